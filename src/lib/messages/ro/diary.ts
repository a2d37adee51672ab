// The diary screens' words in Romanian: the timeline, the log form, an entry's history, people and patterns.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/diary';
import type { Translation } from '../translation';
import { plurals } from '../translation';

const plural = plurals('ro');
const entries = (n: number) =>
	plural(n, { one: `${n} înregistrare`, few: `${n} înregistrări`, other: `${n} de înregistrări` });
const exhibitCount = (n: number) =>
	plural(n, { one: `${n} probă`, few: `${n} probe`, other: `${n} de probe` });
const savedVersions = (n: number) =>
	plural(n, {
		one: `${n} versiune salvată`,
		few: `${n} versiuni salvate`,
		other: `${n} de versiuni salvate`
	});

export const behaviourNames = {
	following: 'Mă urmează pe unde merg',
	contacting: 'Mă contactează sau încearcă să mă contacteze',
	publishing: 'Publică lucruri despre mine sau se dă drept mine',
	monitoring: 'Îmi monitorizează telefonul, e-mailul sau conturile online',
	loitering: 'Pândește sau stă prin preajmă',
	interfering: 'Umblă la bunurile mele',
	watching: 'Mă supraveghează sau mă spionează',
	other: 'Altceva'
} satisfies Translation<typeof en.behaviourNames>;

export const channelNames = {
	call: 'Apel telefonic',
	text: 'SMS',
	'messaging-app': 'Aplicație de mesagerie',
	'social-media': 'Rețele sociale',
	email: 'E-mail',
	letter: 'Scrisoare',
	gift: 'Cadou sau obiect lăsat',
	'in-person': 'Față în față',
	'through-other-people': 'Prin alte persoane',
	other: 'Altă cale'
} satisfies Translation<typeof en.channelNames>;

export const fieldNames = {
	occurred: 'Când s-a întâmplat',
	behaviours: 'Tipul de comportament',
	otherBehaviour: 'Altceva, în cuvintele dumneavoastră',
	threatened: 'A existat o amenințare',
	channels: 'Cum a luat legătura',
	whatHappened: 'Ce s-a întâmplat',
	exactWords: 'Cuvintele exacte folosite',
	location: 'Unde',
	places: 'La sau lângă casă, locul de muncă sau școală',
	personIds: 'Cine',
	unknownPersonDescription: 'Descrierea persoanei',
	personDescription: 'Cum arăta persoana',
	vehicle: 'Vehicul',
	vehicleDetails: 'Culoarea, marca și modelul vehiculului',
	registration: 'Număr de înmatriculare',
	sighting: 'Despre momentul în care ați văzut persoana',
	witnesses: 'Martori',
	'impact.fearOfViolence': 'Teamă de violență',
	'impact.alarmOrDistress': 'Spaimă sau suferință',
	'impact.changedDailyLife': 'Schimbări în viața de zi cu zi',
	'impact.inOwnWords': 'Cum v-a afectat',
	'impact.rating': 'Cât de mult v-a afectat',
	'actions.reportedToPolice': 'Sesizare la poliție',
	'actions.crimeReference': 'Numărul de referință al cazului',
	'actions.officer': 'Polițist',
	'actions.reportedToPlatform': 'Raportare către o platformă',
	'actions.platformDetails': 'Detaliile raportării către platformă',
	'actions.toldSomeone': 'Ați spus cuiva',
	'actions.toldWho': 'Cui i-ați spus',
	exhibits: 'Probe',
	privateNote: 'Notă privată',
	quickLog: 'Notare rapidă'
} satisfies Translation<typeof en.fieldNames>;

export const problemMessages = {
	'occurred-missing':
		'Adăugați când s-a întâmplat. Este în regulă și o oră aproximativă; bifați „Nu știu ora exactă”.',
	'occurred-invalid': 'Data sau ora nu a putut fi citită. Verificați-o.',
	'occurred-in-future': 'Momentul acesta este în viitor. Verificați data și ora.',
	'range-end-missing': 'Adăugați când s-a terminat sau alegeți în schimb un singur moment.',
	'range-end-invalid': 'Data sau ora de sfârșit nu a putut fi citită. Verificați-o.',
	'range-end-before-start': 'Sfârșitul este înainte de început. Verificați-le pe amândouă.',
	'behaviour-missing':
		'Alegeți cel puțin un tip de comportament sau salvați ca notare rapidă și adăugați asta mai târziu.',
	'behaviour-unknown': 'Unul dintre comportamente nu a fost recunoscut. Alegeți din nou.',
	'other-behaviour-empty': 'Ați ales „Altceva”. Spuneți în câteva cuvinte ce a fost.',
	'channel-unknown': 'Unul dintre modurile de contact nu a fost recunoscut. Alegeți din nou.',
	'channel-without-contacting':
		'Ați ales cum a luat legătura persoana. Poate doriți să bifați și „Mă contactează sau încearcă să mă contacteze”.',
	'what-happened-empty': 'Ajută să scrieți câteva cuvinte despre ce s-a întâmplat, când puteți.',
	'text-too-long':
		'Textul este mai lung decât poate păstra jurnalul într-un singur câmp. Împărțiți-l în două înregistrări.',
	'text-invalid-characters':
		'Unele caractere de aici nu au putut fi salvate. Se poate întâmpla când o parte dintr-un emoji este tăiată. Tastați din nou ultimele caractere.',
	'list-too-long': 'Lista este mai lungă decât poate păstra jurnalul.',
	'person-id-invalid': 'Una dintre persoanele alese nu a fost găsită. Alegeți din nou.',
	'exhibit-invalid': 'Una dintre probe nu a putut fi citită.'
} satisfies Translation<typeof en.problemMessages>;

export const diary = {
	nav: {
		label: 'Jurnal',
		/** The button that shows and hides the list of screens on a small screen. */
		menu: 'Meniu',
		timeline: 'Cronologie',
		log: 'Notați ceva',
		people: 'Persoane',
		plan: 'Plan de siguranță',
		patterns: 'Tipare',
		exportShare: 'Export și partajare',
		help: 'Ajutor',
		settings: 'Setări'
	},
	quickExit: 'Ieșire rapidă',
	quickExitHint: 'Iese imediat. Puteți apăsa și tasta Shift de trei ori.',
	lock: 'Încuiați',
	quickLog: {
		open: 'Notare rapidă',
		heading: 'Notare rapidă',
		hint: 'Salvează ora de acum și câteva cuvinte. Puteți adăuga detaliile mai târziu.',
		label: 'Câteva cuvinte (opțional)',
		save: 'Salvați acum',
		saved: 'S-a salvat. Puteți adăuga detalii când aveți posibilitatea.'
	},
	timeline: {
		heading: 'Cronologie',
		search: 'Căutare',
		searchHint: 'Găsește cuvinte în orice câmp.',
		filters: 'Filtre',
		behaviour: 'Comportament',
		anyBehaviour: 'Orice comportament',
		person: 'Persoană',
		anyPerson: 'Oricine',
		from: 'De la',
		to: 'Până la',
		hasExhibits: 'Cu probe',
		needsDetail: 'Necesită detalii',
		clearFilters: 'Ștergeți filtrele',
		count: (shown: number, total: number) =>
			shown === total ? entries(total) : `Se afișează ${shown} din ${entries(total)}`,
		empty:
			'Nu s-a consemnat încă nimic. Când se întâmplă ceva, „Notare rapidă” salvează ora din două atingeri.',
		noMatches: 'Nimic nu corespunde acestor filtre.',
		showMore: 'Afișați mai multe',
		addDetail: 'Adăugați detalii când puteți',
		withdrawn: 'Retrasă',
		amended: 'Modificată',
		approximate: 'aprox.',
		quickLogged: 'Notare rapidă',
		exhibits: (n: number) => exhibitCount(n),
		open: 'Deschideți',
		noWords: '(Încă fără text)'
	},
	form: {
		newHeading: 'Notați ceva',
		editHeading: 'Modificați înregistrarea',
		draftRestored: 'Textul pe care îl tastați a fost readus.',
		when: 'Când s-a întâmplat',
		whenKind: 'Cât de precis',
		kindDatetime: 'Dată și oră',
		kindDate: 'Doar data',
		kindRange: 'Pe o perioadă',
		date: 'Data',
		time: 'Ora',
		endDate: 'Data de sfârșit',
		endTime: 'Ora de sfârșit',
		approximate: 'Nu știu ora exactă',
		behaviours: 'Tipul de comportament',
		behavioursHint:
			'Alegeți toate variantele potrivite. Literele provin din Protection from Harassment Act 1997 (legea britanică privind protecția împotriva hărțuirii), secțiunea 2A.',
		otherBehaviour: 'Altceva, în cuvintele dumneavoastră',
		threatened: 'M-a amenințat pe mine sau pe cineva apropiat',
		threatenedHint: 'Dacă puteți, scrieți mai jos, la „Cuvintele exacte folosite”, ce a spus persoana.',
		channels: 'Cum a luat legătura',
		whatHappened: 'Ce s-a întâmplat',
		whatHappenedHint: 'Scrieți așa cum i-ați povesti unei persoane de încredere.',
		exactWords: 'Cuvintele exacte folosite',
		exactWordsHint: 'Dacă persoana a spus sau a scris ceva, copiați exact, chiar dacă este neplăcut.',
		location: 'Unde',
		places: 'A fost la sau lângă vreunul dintre aceste locuri?',
		placeNames: {
			home: 'Casa mea',
			work: 'Locul meu de muncă sau de studiu',
			children: 'Școala sau grădinița copiilor mei'
		},
		who: 'Cine',
		whoHint: 'Alegeți persoane pe care le-ați adăugat sau descrieți o persoană necunoscută.',
		unknownPerson: 'Descrierea unei persoane necunoscute',
		vehicle: 'Vehicul (marcă, model, culoare)',
		registration: 'Număr de înmatriculare',
		witnesses: 'Martori',
		witnessName: 'Numele martorului',
		witnessContact: 'Date de contact',
		addWitness: 'Adăugați un martor',
		removeWitness: 'Eliminați acest martor',
		impact: 'Cum v-a afectat',
		fearOfViolence: 'Mi-a fost teamă că se va folosi violență împotriva mea',
		alarmOrDistress: 'Mi-a provocat spaimă sau suferință',
		changedDailyLife: 'Mi-a schimbat viața de zi cu zi (trasee, obiceiuri, muncă, somn)',
		impactWords: 'În cuvintele dumneavoastră',
		rating: 'Cât de mult v-a afectat? (opțional)',
		ratingNames: {
			none: 'Deloc',
			some: 'Puțin',
			'a-lot': 'Mult',
			severe: 'Foarte grav'
		},
		ratingClear: 'Lăsați necompletat',
		sighting: 'Dacă ați văzut persoana: ce ar putea întreba un polițist (opțional)',
		sightingHint:
			'Aceste răspunsuri ajută poliția să evalueze ce ați văzut. Răspundeți doar la ce puteți; un răspuns aproximativ este în regulă, iar „Nu știu” este tot un răspuns.',
		sightingFields: {
			duration: 'Cât timp ați văzut persoana?',
			distance: 'La ce distanță era?',
			obstruction: 'A fost ceva în cale, chiar și pentru o clipă?',
			light: 'Cum era lumina?',
			knownBefore: 'Mai văzuseți persoana înainte? Când?',
			whyRemembered: 'Există un motiv pentru care v-a rămas în minte?',
			timeToRecord: 'Cât timp a trecut până când ați notat?'
		},
		describePerson: 'Descrieți persoana pe care ați văzut-o (opțional)',
		personFields: {
			ageRange: 'Vârsta, aproximativ',
			height: 'Înălțimea',
			build: 'Constituția',
			hair: 'Părul',
			clothing: 'Îmbrăcămintea',
			features: 'Orice semn distinctiv (cicatrici, tatuaje, ochelari, voce)'
		},
		vehicleFields: {
			colour: 'Culoarea vehiculului',
			make: 'Marca',
			model: 'Modelul'
		},
		actions: 'Ce ați făcut',
		reportedToPolice: 'Am sesizat poliția',
		crimeReference: 'Numărul de referință al cazului',
		officer: 'Numele sau numărul polițistului',
		reportedToPlatform: 'Am raportat unui site, unei aplicații sau unei platforme',
		platformDetails: 'Care anume și orice număr de referință',
		toldSomeone: 'Am spus cuiva',
		toldWho: 'Cui',
		privateNote: 'Notă privată',
		privateNoteHint:
			'Doar pentru dumneavoastră. Nu apare în niciun export decât dacă alegeți să o includeți.',
		reason: 'Motivul modificării (opțional)',
		reasonHint: 'Originalul rămâne în istoric, ca un rând tăiat care se poate citi în continuare.',
		save: 'Salvați',
		saveQuick: 'Salvați ca notare rapidă',
		cancel: 'Anulați',
		saved: 'S-a salvat.',
		draftSaved: 'Ciorna este păstrată în siguranță'
	},
	incident: {
		heading: 'Înregistrare',
		recorded: 'Consemnată',
		occurred: 'S-a întâmplat',
		edit: 'Modificați',
		withdraw: 'Retrageți',
		withdrawHint:
			'Retragerea păstrează înregistrarea și istoricul ei, cu mențiunea „retrasă”. Folosiți-o pentru ceva introdus din greșeală.',
		withdrawReason: 'Motivul (opțional)',
		confirmWithdraw: 'Retrageți această înregistrare',
		delete: 'Ștergeți definitiv',
		deleteWarning:
			'Astfel se elimină definitiv de pe acest telefon textul acestei înregistrări și toate versiunile ei anterioare. În registrul modificărilor rămâne un marcaj care arată că s-a eliminat ceva și când. Acțiunea nu poate fi anulată.',
		confirmDelete: 'Da, ștergeți definitiv',
		deleted: 'Această înregistrare a fost ștearsă definitiv.',
		deletedOn: (when: string) =>
			`Ștearsă la ${when}. Textul ei a fost eliminat; registrul modificărilor îi păstrează locul.`,
		history: 'Istoric',
		revisionCreate: 'Prima salvare',
		revisionEdit: 'Modificată',
		revisionWithdraw: 'Retrasă',
		revisionDelete: 'Ștearsă',
		changed: 'Ce s-a modificat:',
		reason: 'Motiv:',
		showVersion: 'Afișați această versiune',
		yes: 'Da',
		none: 'Nimic',
		back: 'Înapoi la cronologie',
		notFound: 'Această înregistrare nu a fost găsită.'
	},
	people: {
		heading: 'Persoane',
		intro: 'Persoanele implicate, ca să le puteți alege repede când notați ceva.',
		add: 'Adăugați o persoană',
		name: 'Numele sau cum îi spuneți',
		description: 'Descriere',
		relationship: 'De unde cunoașteți persoana',
		vehicles: 'Vehicule și numere de înmatriculare',
		vehiclesHint: 'Câte unul pe rând.',
		save: 'Salvați persoana',
		edit: 'Modificați',
		empty: 'Nu a fost adăugată încă nicio persoană.',
		nameMissing: 'Adăugați un nume sau câteva cuvinte după care să recunoașteți persoana.'
	},
	facts: {
		heading: 'Informații pentru consilierul de caz',
		open: 'Informații despre care consilierul de caz v-ar putea întreba',
		intro:
			'Acestea sunt numărători din jurnal, ale lucrurilor despre care întreabă des un consilier de caz sau poliția. Nu sunt o evaluare a riscului și nu dau niciun punctaj: consilierul de caz evaluează riscul împreună cu dumneavoastră. Înregistrările retrase și cele șterse nu sunt numărate.',
		ownWords: 'Cum v-a afectat, în cuvintele dumneavoastră',
		noOwnWords: 'Nu ați scris încă despre cum v-a afectat. Puteți adăuga asta la orice înregistrare.',
		showEntries: (count: number) =>
			plural(count, {
				one: 'Afișați înregistrarea',
				few: `Afișați cele ${count} înregistrări`,
				other: `Afișați cele ${count} de înregistrări`
			}),
		openEntry: (when: string) => (when ? `Deschideți înregistrarea (${when})` : 'Deschideți înregistrarea'),
		exported:
			'Aceste informații apar și în PDF-ul cu cronologia și sunt afișate când consilierul de caz deschide un fișier de partajare făcut de dumneavoastră, numărate în ziua în care este făcut fișierul.',
		none: 'Informațiile vor apărea aici după ce există câteva înregistrări.'
	},
	patterns: {
		heading: 'Tipare',
		byBehaviour: 'Înregistrări după comportament',
		perWeek: 'Înregistrări pe săptămână',
		chartLabel: (weeks: number) =>
			`Grafic cu bare al înregistrărilor pe săptămână ${plural(weeks, {
				one: 'în ultima săptămână',
				few: `în ultimele ${weeks} săptămâni`,
				other: `în ultimele ${weeks} de săptămâni`
			})}. Aceleași cifre sunt în tabelul de mai jos.`,
		weekOf: 'Săptămâna începând cu',
		entries: 'Înregistrări',
		unspecified: 'Încă nu s-a ales',
		escalation:
			'În ultimele patru săptămâni au fost mai multe înregistrări decât în cele patru săptămâni dinainte. Poate ajuta să partajați jurnalul cu consilierul de caz sau cu poliția. Puteți face asta din „Export și partajare”.',
		none: 'Tiparele vor apărea aici după ce există câteva înregistrări.'
	},
	chain: {
		checking: 'Se verifică registrul modificărilor…',
		ok: 'Registrul modificărilor este complet.',
		problem: (n: number) =>
			`${plural(n, {
				one: 'O înregistrare nu corespunde',
				few: `${n} înregistrări nu corespund`,
				other: `${n} de înregistrări nu corespund`
			})} registrului modificărilor. Se poate întâmpla dacă spațiul de stocare al telefonului a fost deteriorat. Înregistrările sunt afișate în continuare; acest lucru va fi menționat în exporturi.`,
		problemIn: 'Nu corespunde registrului modificărilor',
		checkFailed:
			'Verificarea faptului că nu s-a schimbat nimic în jurnal nu a putut fi terminată de data aceasta. Înregistrările sunt în siguranță și sunt afișate aici. Verificarea rulează din nou data viitoare când se deschide jurnalul; dacă se tot întâmplă, este o idee bună să faceți o copie de rezervă.',
		clock: (n: number) =>
			`Ceasul telefonului a dat înapoi ${plural(n, {
				one: 'între două salvări',
				few: `de ${n} ori între salvări`,
				other: `de ${n} de ori între salvări`
			})}. Acest lucru este menționat în exporturi, ca nimeni să nu poată spune că a fost ascuns.`,
		joined: (saves: number, changedInBoth: number, deletedInOne: number) =>
			[
				`Jurnalul a fost deschis în două locuri deodată, iar în al doilea ${plural(saves, {
					one: 's-a făcut o salvare',
					few: `s-au făcut ${saves} salvări`,
					other: `s-au făcut ${saves} de salvări`
				})}. Acum au fost unite într-un singur registru al modificărilor și nu s-a pierdut nicio înregistrare. Unirea este menționată în registru, așa că apare și în exporturi.`,
				...(changedInBoth > 0
					? [
							`${plural(changedInBoth, {
								one: 'O înregistrare a fost modificată',
								few: `${changedInBoth} înregistrări au fost modificate`,
								other: `${changedInBoth} de înregistrări au fost modificate`
							})} în ambele locuri. Ambele versiuni sunt păstrate, una după alta, în istoricul înregistrării; ${plural(
								changedInBoth,
								{ one: 'este marcată', other: 'sunt marcate' }
							)} mai jos, ca să puteți verifica varianta corectă.`
						]
					: []),
				...(deletedInOne > 0
					? [
							plural(deletedInOne, {
								one: 'O înregistrare a fost ștearsă definitiv într-un loc. Rămâne ștearsă, așa că textul salvat pentru ea în celălalt loc a fost și el eliminat.',
								few: `${deletedInOne} înregistrări au fost șterse definitiv într-un loc. Rămân șterse, așa că textul salvat pentru ele în celălalt loc a fost și el eliminat.`,
								other: `${deletedInOne} de înregistrări au fost șterse definitiv într-un loc. Rămân șterse, așa că textul salvat pentru ele în celălalt loc a fost și el eliminat.`
							})
						]
					: [])
			].join(' '),
		changedInBoth: 'Modificată în două locuri: ambele versiuni sunt păstrate',
		/**
		 * The newest checkpoint this diary's chain no longer holds: `held` of the `noted` saved versions it
		 * counted are here now (fewer when the newest are gone; as many when one before it is different).
		 */
		checkpointMissing: (purpose: 'share' | 'backup' | 'export', when: string, noted: number, held: number) =>
			`Înregistrările salvate înainte de ${{ backup: 'copia de rezervă', share: 'fișierul de partajare', export: 'fișierul exportat' }[purpose]} din ${when} nu sunt toate aici. ${
				held < noted
					? `${purpose === 'backup' ? 'Acea copie de rezervă conținea' : 'Acel fișier conținea'} ${savedVersions(noted)} ale înregistrărilor; ${held} dintre ele se află acum pe acest telefon.`
					: 'O versiune salvată dinainte de acel moment lipsește sau este diferită pe acest telefon.'
			} O copie de rezervă făcută în acea zi sau după aceea le conține: „Restaurați o copie de rezervă” din Setări adaugă ce lipsește.`
	},
	exhibits: {
		heading: 'Probe',
		hint: 'Fotografiile, capturile de ecran, înregistrările audio și documentele sunt încuiate în jurnal imediat ce le adăugați. Se păstrează o amprentă digitală, ca oricine să poată verifica ulterior că nu au fost modificate.',
		addFiles: 'Adăugați fotografii, capturi de ecran sau fișiere',
		takePhoto: 'Faceți o fotografie',
		recordAudio: 'Înregistrați audio',
		recording: 'Se înregistrează',
		stopRecording: 'Opriți înregistrarea audio',
		/** The file name of a recording, from the local time it started. */
		recordingName: (stamp: string, extension: string) => `inregistrare-audio-${stamp}.${extension}`,
		microphoneFailed:
			'Microfonul nu a putut fi folosit. Dacă telefonul a cerut permisiunea, este posibil să fi fost refuzată; o puteți acorda din setările browserului și puteți încerca din nou.',
		adding: (name: string) => `Se adaugă ${name}`,
		waiting: 'Se așteaptă…',
		cancel: 'Anulați',
		cancelAdding: (name: string) => `Anulați adăugarea fișierului ${name}`,
		cancelled: (name: string) => `Adăugarea fișierului ${name} a fost anulată.`,
		added: (name: string) => `Fișierul ${name} a fost adăugat.`,
		percent: (value: number) => `${value}%`,
		remove: (name: string) => `Eliminați ${name}`,
		limit: (limit: string) => `Fiecare fișier poate avea cel mult ${limit}.`,
		waitToSave: 'Salvarea va fi posibilă imediat ce fișierele care se adaugă sunt încuiate în jurnal.',
		removeHint:
			'Eliminarea unui fișier îl scoate din această înregistrare. La salvare, eliminarea este consemnată în istoric.',
		tooLarge: (name: string, limit: string) =>
			`Fișierul ${name} are mai mult de ${limit}, cât poate păstra jurnalul cel mult pentru un fișier. Nu a fost afectat nimic altceva. Păstrați originalul într-un loc sigur și scrieți în înregistrare unde se află.`,
		damaged: (name: string) =>
			`Fișierul ${name} nu a putut fi deschis, deoarece a fost deteriorat sau modificat pe acest telefon. Amprenta lui digitală nu mai corespunde.`,
		list: 'Probe',
		none: 'Nicio probă.',
		type: 'Tip',
		sizeLabel: 'Mărime',
		addedAt: 'Data adăugării',
		fingerprint: 'Amprentă digitală (SHA-256)',
		copyFingerprint: 'Copiați amprenta digitală',
		/** Heard after "Copy fingerprint", so each exhibit's button has a name of its own. */
		ofExhibit: (name: string) => `a fișierului ${name}`,
		fingerprintCopied: 'Amprenta digitală a fost copiată.',
		fingerprintNotCopied:
			'Amprenta digitală nu a putut fi copiată pe acest dispozitiv. Iat-o întreagă, ca să poată fi selectată și copiată:',
		open: (name: string) => `Deschideți ${name}`,
		opening: (name: string) => `Se deschide ${name}…`,
		close: (name: string) => `Închideți ${name}`,
		download: (name: string) => `Salvați o copie a fișierului ${name}`,
		downloadHint:
			'Acest tip de fișier nu poate fi afișat în jurnal. O copie salvată nu mai este încuiată și oricine folosește acest telefon ar putea să o găsească.',
		/** Plain names for the kinds of file; the MIME type is shown too. */
		kinds: {
			image: 'Imagine',
			audio: 'Înregistrare audio',
			video: 'Videoclip',
			pdf: 'Document PDF',
			other: 'Fișier'
		}
	},
	damaged: (count: number) =>
		plural(count, {
			one: 'Un element salvat nu a putut fi deschis. Este posibil să se fi deteriorat pe acest telefon. Tot restul este în siguranță și este afișat aici.',
			few: `${count} elemente salvate nu au putut fi deschise. Este posibil să se fi deteriorat pe acest telefon. Tot restul este în siguranță și este afișat aici.`,
			other: `${count} de elemente salvate nu au putut fi deschise. Este posibil să se fi deteriorat pe acest telefon. Tot restul este în siguranță și este afișat aici.`
		})
} satisfies Translation<typeof en.diary>;
