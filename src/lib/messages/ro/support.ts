// The support pages in Romanian: what stalking is, keeping evidence, phone safety and who can help. They work
// offline, so there are phone numbers (tel: links) but no web addresses; the numbers are exactly the English ones.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import { SETUP_CODE } from '$lib/safety/unlock-code';
import { spellDigits } from '../names';
import type { SupportContact, SupportMessages } from '../support-types';

/** The setup code as a caseworker says it and a person types it. */
const setupCode = spellDigits(SETUP_CODE);

const emergency: SupportContact = {
	label: 'Urgență',
	display: '999',
	tel: '999',
	callLabel: 'Sunați la 999 în caz de urgență',
	details: [
		'Sunați la 999 dacă sunteți în pericol acum sau dacă persoana este lângă dumneavoastră ori încearcă să ajungă la dumneavoastră.',
		'Dacă nu puteți vorbi la un telefon mobil: formați 999 și ascultați. Apoi apăsați 55 când vi se cere. Acest serviciu se numește Silent Solution („soluția silențioasă”). Îi arată operatorului că aveți nevoie de poliție.',
		'Apăsarea tastelor 55 nu îi spune poliției unde vă aflați. Dacă puteți, tușiți, bateți ușor în telefon sau șoptiți ca să răspundeți la întrebări.'
	]
};

const contacts: readonly SupportContact[] = [
	emergency,
	{
		label: 'Poliția, când nu este o urgență',
		display: '101',
		tel: '101',
		callLabel: 'Sunați la poliție la 101 când nu este o urgență',
		details: [
			'Sunați la 101 pentru a raporta ceva ce s-a întâmplat deja sau pentru a da poliției mai multe informații despre o sesizare.'
		]
	},
	{
		label: 'National Stalking Helpline (linia națională de asistență pentru victimele urmăririi obsesive)',
		display: '0808 802 0300',
		tel: '08088020300',
		callLabel: 'Sunați la National Stalking Helpline la 0808 802 0300',
		details: [
			'Sfaturi și sprijin pentru orice persoană care se confruntă cu urmărirea obsesivă și pentru persoanele îngrijorate pentru altcineva. Apelurile sunt gratuite.'
		]
	},
	{
		label:
			'Paladin National Stalking Advocacy Service (serviciul național de consiliere pentru victimele urmăririi obsesive)',
		display: '020 3866 4107',
		tel: '02038664107',
		callLabel: 'Sunați la Paladin la 020 3866 4107',
		details: [
			'Consilieri specializați în cazuri de urmărire obsesivă, care vă pot sprijini, vă pot ajuta să rămâneți în siguranță și vă pot însoți în relația cu poliția și instanțele.'
		]
	},
	{
		label: 'Serviciul ISAC din Hertfordshire (Safer Places)',
		display: '03301 025811',
		tel: '03301025811',
		callLabel: 'Sunați la serviciul ISAC din Hertfordshire la 03301 025811',
		details: [
			'ISAC (Independent Stalking Advocacy Caseworker) înseamnă consilier de caz independent pentru victimele urmăririi obsesive. Serviciul este pentru persoanele din comitatul Hertfordshire, inclusiv pentru cele urmărite de un partener sau de un fost partener. Este deschis 24 de ore din 24, în fiecare zi.',
			'Vă puteți adresa direct, fără trimitere. Vă poate trimite și un profesionist, de exemplu un polițist, un medic sau un lucrător de sprijin.',
			'Oferă sprijin și sfaturi, planificarea siguranței, ajutor în relația cu poliția și instanța, precum și consiliere psihologică.'
		]
	}
];

export const supportMessages: SupportMessages = {
	heading: 'Ajutor și sprijin',
	intro:
		'Informații care vă ajută să înțelegeți ce se întâmplă, să păstrați o evidență și să rămâneți în siguranță. Aceste pagini funcționează fără internet.',
	backToTopics: 'Înapoi la subiectele de ajutor',
	emergency: { text: 'Dacă sunteți în pericol acum, sunați la 999.', contact: emergency },
	pages: [
		{
			id: 'stalking',
			title: 'Ce înseamnă urmărirea obsesivă (stalking)',
			summary: 'Semnele și ce spune legea.',
			intro: [
				'Urmărirea obsesivă (în engleză, stalking) înseamnă că cineva vă acordă în mod repetat o atenție pe care nu o doriți și care vă provoacă frică, supărare sau un sentiment de nesiguranță.',
				'Urmărirea obsesivă este o infracțiune. Nu este vina dumneavoastră și meritați să fiți în siguranță.'
			],
			contacts: [],
			sections: [
				{
					heading: 'Un mod de a o recunoaște: FOUR',
					body: [
						'Poliția și serviciile de sprijin folosesc cuvântul englezesc FOUR. Urmărirea obsesivă este un comportament:',
						{
							list: [
								'Fixated (fixat pe o persoană): persoana pare să nu se poată desprinde de dumneavoastră.',
								'Obsessive (obsesiv): continuă orice ați spune sau ați face.',
								'Unwanted (nedorit): nu l-ați cerut și nu îl doriți.',
								'Repeated (repetat): se întâmplă iar și iar.'
							]
						}
					]
				},
				{
					heading: 'Ce spune legea',
					body: [
						'În Anglia și Țara Galilor, Protection from Harassment Act 1997 (legea privind protecția împotriva hărțuirii) dă exemple de ce poate face cineva care urmărește obsesiv o persoană. Printre ele:',
						{
							lettered: [
								{ letter: 'a', text: 'Vă urmează.' },
								{
									letter: 'b',
									text: 'Vă contactează sau încearcă să vă contacteze, în orice mod. De exemplu prin apeluri, SMS-uri, mesaje, scrisori, cadouri sau prin alte persoane.'
								},
								{
									letter: 'c',
									text: 'Publică sau distribuie lucruri despre dumneavoastră ori se dă drept dumneavoastră.'
								},
								{
									letter: 'd',
									text: 'Vă urmărește activitatea pe internet, în e-mail sau în alte mesaje.'
								},
								{
									letter: 'e',
									text: 'Stă prin preajma unui loc unde vă aflați sau unde ați putea fi. Poate fi un loc public sau unul privat.'
								},
								{
									letter: 'f',
									text: 'Umblă la lucrurile dumneavoastră, de exemplu la mașină, la corespondență sau la locuință.'
								},
								{ letter: 'g', text: 'Vă supraveghează sau vă spionează.' }
							]
						},
						'Acestea sunt doar exemple. Și alte comportamente pot fi considerate urmărire obsesivă.'
					]
				},
				{
					heading: 'De câte ori trebuie să se întâmple?',
					body: [
						'Legea vorbește despre un „course of conduct” (un șir de fapte). Pot fi de ajuns chiar și două incidente.',
						'Un singur incident poate părea neînsemnat. Notate împreună, incidentele pot arăta un tipar. De aceea ajută un jurnal.'
					]
				},
				{
					heading: 'Nu este vina dumneavoastră',
					body: [
						'Nimic din ce ați făcut nu a cauzat asta, oricine ar fi persoana și orice s-ar fi întâmplat între dumneavoastră.',
						'Nu trebuie să așteptați să se agraveze situația înainte de a cere ajutor. Dacă vă este frică, aveți încredere în acest sentiment.',
						'Meritați să fiți în siguranță.'
					]
				}
			]
		},
		{
			id: 'evidence',
			title: 'Păstrarea dovezilor',
			summary: 'Ce să notați și ce să păstrați.',
			intro: [
				'O evidență clară ajută poliția și serviciile de sprijin să înțeleagă ce se întâmplă. Nu trebuie să fie perfectă.'
			],
			contacts: [],
			sections: [
				{
					heading: 'Ce să notați',
					body: [
						'De fiecare dată când se întâmplă ceva, notați:',
						{
							list: [
								'Data și ora. Dacă nu le știți exact, spuneți asta.',
								'Unde s-a întâmplat.',
								'Ce s-a întâmplat și cuvintele exacte folosite, dacă vi le amintiți.',
								'Cine a făcut asta sau cum arăta persoana. Adăugați orice mașină și numărul ei de înmatriculare.',
								'Cine a văzut sau a auzit ce s-a întâmplat și datele de contact ale acelor persoane.',
								'Cum v-ați simțit.',
								'Orice ați schimbat din cauza asta, de exemplu traseul, rutina sau numărul de telefon.'
							]
						},
						'Notați cât mai repede, cât încă vă amintiți bine. Câteva cuvinte acum sunt de ajuns. Puteți adăuga mai multe mai târziu.'
					]
				},
				{
					heading: 'Capturi de ecran, mesaje și mesaje vocale',
					body: [
						{
							list: [
								'Faceți capturi de ecran care arată data, ora și numele sau numărul expeditorului.',
								'Păstrați și mesajele, e-mailurile și mesajele vocale originale. Încercați să nu le ștergeți.',
								'Dacă un mesaj este setat să dispară, faceți o captură de ecran cât mai repede.',
								'Pentru rețelele sociale, notați numele contului, precum și ce s-a postat.'
							]
						}
					]
				},
				{
					heading: 'Scrisori, cadouri și alte obiecte',
					body: [
						{
							list: [
								'Păstrați-le. Nu le aruncați, chiar dacă nu le doriți.',
								'Atingeți-le cât mai puțin și puneți-le într-o pungă curată.',
								'Scrieți pe pungă când și unde ați găsit obiectul.',
								'Dacă ceva pare periculos, nu atingeți. Sunați la 999.'
							]
						}
					]
				},
				{
					heading: 'Încercați să nu răspundeți',
					body: [
						'Încercați să nu îi răspundeți persoanei și să nu intrați în contact cu ea, nici măcar pentru a-i cere să se oprească. Un răspuns o poate încuraja să continue.',
						'Dacă ați răspuns înainte, nu este nicio problemă. Tot urmărire obsesivă rămâne.',
						'Siguranța dumneavoastră este pe primul loc. Dacă blocarea persoanei vă ajută să vă simțiți mai în siguranță, blocați-o. Faceți mai întâi capturi de ecran, dacă puteți.'
					]
				},
				{
					heading: 'Sesizarea poliției',
					body: [
						'Puteți raporta urmărirea obsesivă sunând la 101, sau la 999 dacă sunteți în pericol. Puteți raporta chiar dacă nu știți sigur dacă se încadrează.',
						'De fiecare dată când raportați, cereți numărul de referință al cazului (crime reference number). Scrieți-l în jurnal, împreună cu numele polițistului cu care ați vorbit.'
					]
				}
			]
		},
		{
			id: 'phone',
			title: 'Siguranța telefonului',
			summary: 'Verificări pentru telefon și ce face ieșirea rapidă.',
			intro: [
				'Cineva care vrea să știe ce faceți poate încerca să vă folosească telefonul sau conturile. Aceste verificări vă pot ajuta.',
				'Faceți doar schimbările care vi se par sigure. Dacă persoana observă, lucrurile s-ar putea înrăutăți. O linie de asistență vă poate ajuta să plănuiți ce să faceți.'
			],
			contacts: [],
			sections: [
				{
					heading: 'Conturi comune și planuri de familie',
					body: [
						'Dacă aveți cu persoana un cont comun, un abonament de telefon sau un plan de familie, este posibil ca ea să vă poată vedea locația, fotografiile, mesajele sau calendarul.',
						'Verificați cine face parte din orice grup de familie de pe telefon și ce partajați cu membrii lui.'
					]
				},
				{
					heading: 'Partajarea locației',
					body: [
						'Locația poate fi partajată fără să observați. Verificați setările din:',
						{
							list: [
								'aplicațiile de hărți',
								'aplicațiile de găsire a telefonului',
								'rețelele sociale și aplicațiile de mesagerie'
							]
						},
						'Opriți partajarea cu oricine nu doriți să știe unde vă aflați, dacă puteți face asta în siguranță.'
					]
				},
				{
					heading: 'Dispozitive conectate la conturile dumneavoastră',
					body: [
						'Conturile de e-mail, de stocare în cloud și de rețele sociale pot afișa o listă a dispozitivelor conectate. Căutați dispozitive pe care nu le recunoașteți și deconectați-le, dacă puteți face asta în siguranță.',
						'Verificați și adresa de e-mail și numărul de telefon de recuperare ale fiecărui cont. Ar trebui să fie ale dumneavoastră.'
					]
				},
				{
					heading: 'Schimbarea parolelor',
					body: [
						'Schimbați parolele de pe un dispozitiv la care persoana nu a avut niciodată acces. De exemplu un telefon nou sau telefonul unui prieten de încredere.',
						'Folosiți o parolă nouă pentru fiecare cont și activați verificarea în doi pași (un cod trimis pe telefon), dacă puteți.'
					]
				},
				{
					heading: 'Programe de spionaj',
					body: [
						'Un program de spionaj (spyware) este o aplicație ascunsă care îi trimite altcuiva ce faceți pe telefon. Semnele pot fi:',
						{
							list: [
								'persoana știe lucruri pe care le-ar putea afla doar de pe telefonul dumneavoastră',
								'bateria se descarcă mult mai repede decât înainte',
								'telefonul se încălzește sau folosește mai multe date mobile când nu îl folosiți'
							]
						},
						'Dacă bănuiți că pe telefon există un program de spionaj, acesta ar putea vedea și ce tastați aici.',
						'Eliminarea lui ar putea alerta persoana, iar programul poate fi o dovadă. Un specialist vă poate ajuta. National Stalking Helpline (linia națională de asistență) sau consilierul de caz vă pot ajuta să găsiți unul.'
					]
				},
				{
					heading: 'Dispozitive de localizare ascunse',
					body: [
						'Etichetele mici de localizare, ca acelea folosite pentru găsirea cheilor, pot fi ascunse în genți, haine, mașini sau în lucrurile copiilor.',
						'Telefonul vă poate avertiza că un dispozitiv de localizare necunoscut se deplasează odată cu dumneavoastră. Dacă găsiți unul, păstrați-l ca dovadă și spuneți poliției.'
					]
				},
				{
					heading: 'Codul calculatorului',
					body: [
						'Alegeți cifre care nu înseamnă nimic pentru altcineva. Nu folosiți PIN-ul cardului bancar, PIN-ul telefonului sau o dată pe care cineva ar putea-o ghici, de exemplu o zi de naștere.',
						'Codul doar ascunde jurnalul: fraza de acces este cea care îl încuie. Dar cineva care copiază datele stocate pe acest telefon ar putea afla un cod scurt încercând toate numerele. Dacă acesta ar fi și PIN-ul dumneavoastră, l-ar afla și pe acesta.'
					]
				},
				{
					heading: 'Ce face ieșirea rapidă',
					body: [
						{
							list: [
								'Acoperă imediat ecranul.',
								'Încuie jurnalul.',
								'Deschide un alt site.',
								'Dacă cineva apasă Înapoi, vede calculatorul.'
							]
						},
						'Pe o tastatură, dacă apăsați tasta Shift de trei ori, se întâmplă același lucru.'
					]
				},
				{
					heading: 'Ce nu poate face ieșirea rapidă',
					body: [
						{
							list: [
								'Nu poate elimina alte site-uri din istoricul browserului. Poate doriți să le ștergeți chiar dumneavoastră, dacă puteți face asta în siguranță.',
								'Nu vă poate proteja de un program de spionaj care este deja pe telefon.',
								'Nu vă poate ajuta dacă cineva vă obligă să descuiați telefonul sau jurnalul. Dacă se întâmplă asta, siguranța dumneavoastră este pe primul loc.'
							]
						}
					]
				}
			]
		},
		{
			id: 'help',
			title: 'Cine vă poate ajuta',
			summary: 'Numere de telefon ale poliției și ale serviciilor de sprijin.',
			intro: [
				'Nu trebuie să treceți prin asta fără ajutor. Aceste servicii înțeleg ce înseamnă urmărirea obsesivă. Le puteți suna chiar dacă nu știți sigur dacă este urmărire obsesivă.'
			],
			contacts,
			sections: [
				{
					heading: 'În afara comitatului Hertfordshire',
					body: [
						'Dacă locuiți în altă parte, National Stalking Helpline vă poate spune ce sprijin există în apropiere.'
					]
				},
				{
					heading: 'Istoricul apelurilor',
					body: [
						'Apelurile pe care le faceți apar în lista de apeluri recente a telefonului. Dacă cineva vă verifică telefonul, poate doriți să ștergeți apoi apelul din listă.'
					]
				}
			]
		},
		{
			id: 'caseworkers',
			title: 'Pentru consilierii de caz',
			summary:
				'Cum configurează o persoană aplicația și cum deschideți un fișier de partajare primit de la ea.',
			intro: [
				'Adresa web a aplicației se deschide ca un calculator obișnuit, care funcționează, chiar și prima dată. Nimic de pe ea nu arată la ce servește aplicația, așa că cineva care găsește adresa în istoricul browserului nu află nimic.'
			],
			contacts: [],
			sections: [
				{
					heading: 'Cum configurează o persoană aplicația',
					body: [
						`Ce să îi spuneți, într-o singură propoziție: „Deschideți adresa și, pe calculator, tastați ${setupCode}, apoi apăsați egal.”`,
						{
							list: [
								'Deschideți adresa web în browserul telefonului. Apare un calculator.',
								`Tastați ${setupCode} și apoi =. Adică de două ori în jos pe coloana din mijloc a tastelor.`,
								'Trei pași scurți explică aplicația. Apoi persoana alege „Creați jurnalul”, o frază de acces și propriul cod pentru calculator.',
								'Pentru a păstra aplicația pe ecranul de pornire, persoana poate alege „Adăugați pe ecranul de pornire” sau „Instalați” din meniul browserului. Acolo apare ca un calculator.'
							]
						},
						`După ce un jurnal este creat pe un telefon, ${setupCode} nu mai face nimic pe acel telefon: doar codul propriu al persoanei deschide jurnalul. Codul de configurare nu poate fi ales drept cod propriu, pentru că îl știe oricine are aceste instrucțiuni.`
					]
				},
				{
					heading: 'Deschiderea unui fișier de partajare primit',
					body: [
						`Pe propriul dispozitiv, deschideți aceeași adresă, tastați ${setupCode} și =, apoi alegeți „Deschideți un fișier de partajare”. Aveți nevoie de fișier și de fraza de acces pe care persoana a ales-o pentru el. Nimic din fișier nu se păstrează pe dispozitivul dumneavoastră.`
					]
				},
				{
					heading: 'Dacă jurnalul nu se mai deschide cu codul persoanei',
					body: [
						`Browserele șterg uneori ce păstrează o aplicație, de exemplu când telefonul rămâne fără spațiu. Atunci codul nu mai face nimic, pentru că jurnalul nu mai există. Dacă tastați ${setupCode} și =, apare o explicație a ceea ce s-a întâmplat și a modului în care poate fi readusă o copie de rezervă.`
					]
				}
			]
		}
	]
};
