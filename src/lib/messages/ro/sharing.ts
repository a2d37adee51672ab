// The Romanian words for making exports and opening share files: "Export and share", the caseworker's viewer, and
// restoring a backup.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/sharing';
import type { Translation } from '../translation';
import { plurals } from '../translation';

const plural = plurals('ro');
/** A count and its noun: "1 probă", "2 probe", "20 de probe". */
const counted = (n: number, one: string, many: string) =>
	plural(n, { one: `${n} ${one}`, few: `${n} ${many}`, other: `${n} de ${many}` });
const entries = (n: number) => counted(n, 'înregistrare', 'înregistrări');
const exhibits = (n: number) => counted(n, 'probă', 'probe');
const persons = (n: number) => counted(n, 'persoană', 'persoane');
const savedVersions = (n: number) => counted(n, 'versiune salvată', 'versiuni salvate');
const versionsOfEntries = (n: number) =>
	plural(n, {
		one: `${n} versiune salvată a unei înregistrări`,
		few: `${n} versiuni salvate ale înregistrărilor`,
		other: `${n} de versiuni salvate ale înregistrărilor`
	});

export const sharing = {
	exportView: {
		heading: 'Export și partajare',
		intro:
			'Faceți o copie a jurnalului pentru poliție, pentru o instanță sau pentru consilierul de caz. Nu pleacă nimic de pe acest telefon până nu alegeți unde trimiteți fișierul.',
		options: 'Ce includeți',
		dates: 'Perioada',
		from: 'De la',
		to: 'Până la',
		datesHint: 'Lăsați ambele câmpuri goale pentru a include tot.',
		behaviours: 'Comportamente',
		behavioursHint: 'Nu alegeți niciunul pentru a include toate comportamentele.',
		disclosureSafe: 'Copie fără date confidențiale',
		disclosureSafeHint:
			'Omite datele de contact ale martorilor și notele private. Folosiți-o pentru orice ar putea fi arătat celeilalte părți.',
		includePrivateNotes: 'Includeți notele mele private',
		includePrivateNotesHint:
			'Dezactivat, dacă nu alegeți altfel. Nu este posibil într-o copie fără date confidențiale.',
		cover: 'Pentru prima pagină (opțional)',
		coverHint:
			'Doar dacă doriți să fie tipărite. Sunt păstrate, încuiate, în acest jurnal pentru data viitoare.',
		name: 'Numele dumneavoastră',
		policeReference: 'Numărul de referință de la poliție',
		make: 'Faceți un fișier',
		pdf: 'PDF cu cronologia',
		pdfHint:
			'Pentru citit și tipărit. Coloanele obișnuite ale unui jurnal de incidente, cu o copertă și tipare.',
		papers: {
			heading: 'Documente pentru poliție și instanțe',
			hint: 'Fiecare este un PDF făcut din aceleași înregistrări, cu același cod de recipisă și același mod de verificare. Niciunul nu reprezintă consultanță juridică și nimeni nu poate promite că o instanță îl va accepta. Marcajele probelor folosesc inițialele numelui de mai sus.',
			police: {
				label: 'Cronologie pentru o declarație la poliție',
				hint: 'Înregistrări numerotate, cu marcaje de probă precum JS/1, care însoțesc declarația pe care un polițist o ia de la dumneavoastră. Nu este o declarație semnată.'
			},
			spo: {
				label:
					'Fișă cu faptele pentru un Stalking Protection Order (ordin de protecție împotriva urmăririi obsesive)',
				hint: 'Ce s-a întâmplat, grupat pe tipuri de comportament, apoi informațiile despre risc, apoi cum v-a afectat, în cuvintele dumneavoastră.'
			},
			kit: {
				label: 'Set pentru încărcarea pe un portal de probe al poliției (zip)',
				hint: 'Pentru portalurile care primesc fișierele pe rând: un index, apoi fiecare fotografie, captură de ecran sau înregistrare audio, denumită după marcajul ei (JS-1 și așa mai departe), ca fiecare fișier să poată fi verificat cu indexul.'
			},
			family: {
				label: 'Cronologie pentru instanța de familie',
				hint: 'Data, evenimentul și proba, în coloanele obișnuite, cu un rezumat al tiparului în timp.'
			}
		},
		csv: 'Foaie de calcul (CSV)',
		json: 'Fișier de date (JSON)',
		pack: 'Pachet de probe (zip)',
		packHint:
			'PDF-ul, foaia de calcul, fișierul de date și toate probele, cu amprente digitale, ca oricine să poată verifica faptul că nu s-a modificat nimic.',
		unlockedWarning:
			'Aceste fișiere nu sunt încuiate. Odată salvate, oricine folosește acest telefon sau computer le-ar putea deschide. Fișierul criptat de mai jos este încuiat cu propria frază de acces.',
		encrypted: 'Fișier criptat pentru consilierul de caz sau copie de rezervă',
		encryptedHint:
			'Pachetul de probe, încuiat cu o frază de acces separată. Comunicați fraza de acces consilierului de caz pe altă cale, de exemplu la telefon, niciodată în același mesaj cu fișierul.',
		purpose: 'Pentru cine este?',
		purposeShare: 'Consilierul de caz sau poliția (folosește opțiunile de mai sus)',
		includeSafetyPlan: 'Includeți planul meu de siguranță',
		includeSafetyPlanHint:
			'Dezactivat, dacă nu alegeți altfel. Bifați doar dacă doriți ca persoana cu care partajați, de exemplu consilierul de caz, să vă vadă planul. O copie de rezervă îl include întotdeauna.',
		purposeBackup: 'O copie de rezervă pentru mine (tot, inclusiv notele private)',
		sharePassphrase: 'Frază de acces pentru acest fișier',
		sharePassphraseHint:
			'Nu este fraza de acces a jurnalului. Alegeți ceva lung, de exemplu șase cuvinte fără legătură între ele, sau folosiți fraza sugerată. Comunicați-o persoanei care va deschide fișierul, față în față sau la telefon, niciodată în același mesaj cu fișierul.',
		confirmSharePassphrase: 'Tastați din nou fraza de acces a fișierului',
		makeEncrypted: 'Faceți fișierul criptat',
		making: (what: string) => `Se pregătește: ${what}…`,
		progress: 'Progres',
		percent: (n: number) => `${n}%`,
		ready: 'Fișierul este gata.',
		sendOrSave: 'Trimiteți sau salvați fișierul',
		shared: 'Fișierul a fost predat aplicației alese.',
		downloaded: 'Fișierul a fost salvat în descărcările acestui dispozitiv.',
		checkpoint:
			'Starea actuală a jurnalului a fost notată, ca o copie ulterioară să poată fi verificată față de aceasta.',
		receipt: 'Codul de recipisă al acestui fișier',
		receiptHint:
			'Consilierul de caz sau poliția pot scrie acest cod în propriile notițe. Cu el pot verifica ulterior dacă o copie a jurnalului conține încă tot ce conținea acest fișier. Codul cuprinde doar de câte ori a fost salvat jurnalul și o amprentă digitală a lui, niciunul dintre cuvintele dumneavoastră.',
		receiptsHeading: 'Recipise date',
		receiptsIntro:
			'Se păstrează un cod de recipisă pentru fiecare fișier făcut, ca să-l puteți citi din nou dacă vi se cere.',
		receiptsNone: 'Nu s-a făcut încă niciun fișier.',
		receiptKinds: { share: 'Fișier de partajare', backup: 'Copie de rezervă', export: 'Export' },
		receiptItem: (kind: string, when: string) => `${kind}, ${when}`,
		lastBackup: (when: string) => `Ultima copie de rezervă: ${when}.`,
		noBackup: 'Nu s-a făcut încă nicio copie de rezervă.',
		nothingToExport: 'Jurnalul nu conține încă nimic de exportat.',
		datesInvalid: 'Data „De la” este după data „Până la”. Verificați-le pe amândouă.',
		// What the evidence pack and the encrypted file will hold of the exhibits, said before anything is made.
		previewHeading: 'Fotografii și fișiere din această copie',
		previewWhere:
			'Acestea vor fi cuprinse în pachetul de probe și în fișierul criptat. PDF-ul, foaia de calcul și fișierul de date doar le enumeră.',
		previewNone: 'În această copie nu intră nicio fotografie și niciun fișier.',
		previewFull: (n: number) =>
			`${plural(n, {
				one: 'O fotografie sau un fișier intră exact așa cum este.',
				few: `${n} fotografii și fișiere intră exact așa cum sunt.`,
				other: `${n} de fotografii și fișiere intră exact așa cum sunt.`
			})} Fotografiile pot arăta unde și când au fost făcute și cu ce telefon. Alegeți o copie fără date confidențiale pentru a elimina aceste informații.`,
		previewCleaned: (n: number) =>
			plural(n, {
				one: `La ${n} fotografie se vor elimina locația și detaliile camerei foto.`,
				few: `La ${n} fotografii se vor elimina locația și detaliile camerei foto.`,
				other: `La ${n} de fotografii se vor elimina locația și detaliile camerei foto.`
			}),
		previewConverted: (n: number) =>
			plural(n, {
				one: `${n} fotografie HEIC va fi transformată în JPEG, fără locație și fără detaliile camerei foto, dacă acest dispozitiv o poate deschide. Dacă nu, va fi omisă.`,
				few: `${n} fotografii HEIC vor fi transformate în JPEG, fără locație și fără detaliile camerei foto, dacă acest dispozitiv le poate deschide. Dacă nu, vor fi omise.`,
				other: `${n} de fotografii HEIC vor fi transformate în JPEG, fără locație și fără detaliile camerei foto, dacă acest dispozitiv le poate deschide. Dacă nu, vor fi omise.`
			}),
		previewVideos: (n: number) =>
			plural(n, {
				one: `${n} videoclip va fi omis din această copie.`,
				few: `${n} videoclipuri vor fi omise din această copie.`,
				other: `${n} de videoclipuri vor fi omise din această copie.`
			}),
		previewRecordings: (n: number) =>
			plural(n, {
				one: `${n} înregistrare audio va fi omisă din această copie.`,
				few: `${n} înregistrări audio vor fi omise din această copie.`,
				other: `${n} de înregistrări audio vor fi omise din această copie.`
			}),
		previewOthers: (n: number) =>
			plural(n, {
				one: `${n} alt fișier (de exemplu, un document) va fi omis din această copie.`,
				few: `${n} alte fișiere (de exemplu, documente) vor fi omise din această copie.`,
				other: `${n} de alte fișiere (de exemplu, documente) vor fi omise din această copie.`
			}),
		previewLeftOut:
			'Tot ce este omis rămâne în siguranță în jurnal și apare în continuare în listă, cu amprenta digitală. Copia completă conține tot.',
		fontMissing:
			'PDF-ul nu a putut fi făcut, deoarece o parte a aplicației lipsește de pe acest dispozitiv. Reîncărcarea aplicației când există conexiune la internet ar trebui să rezolve problema.',
		fontNotAvailable:
			'O parte din textul jurnalului are nevoie de caractere (fonturi) pe care acest dispozitiv nu le-a salvat încă, așa că PDF-ul nu a putut fi făcut. Încercați din nou când aveți conexiune la internet. Nu s-a schimbat nimic în jurnal, iar fișierele CSV și JSON pot fi făcute acum.'
	},
	openShared: {
		open: 'Deschideți un fișier de partajare',
		openHint:
			'Pentru consilierii de caz: citiți un fișier pe care cineva l-a partajat cu dumneavoastră. Nu se păstrează nimic pe acest dispozitiv.',
		heading: 'Deschideți un fișier de partajare',
		intro:
			'Deschide un fișier criptat făcut cu această aplicație sau un pachet de probe (.zip) făcut cu ea, pentru a-l citi și verifica. Nimic din fișier nu se păstrează pe acest dispozitiv și nu se adaugă în niciun jurnal. Fișierul este uitat când îl închideți, când încuiați sau când ieșiți.',
		file: 'Fișierul de deschis',
		passphrase: 'Fraza de acces a fișierului',
		passphrasePlainPack: 'Un pachet de probe (.zip) nu are nevoie de frază de acces.',
		submit: 'Deschideți fișierul',
		opening: 'Se deschide și se verifică fișierul. Poate dura câteva secunde…',
		noFile: 'Alegeți fișierul.',
		noPassphrase: 'Tastați fraza de acces a fișierului.',
		close: 'Închideți fișierul',
		back: 'Înapoi'
	},
	viewer: {
		heading: 'Jurnal partajat',
		readOnly: 'Doar pentru citire. Nimic din acest fișier nu se păstrează pe acest dispozitiv.',
		print: 'Tipăriți',
		made: (when: string) => `Fișier făcut la ${when}.`,
		chainHead: 'Capătul lanțului',
		chainHeadValue: (seq: number, link: string) => `${link} (poziția ${seq} în registrul modificărilor)`,
		disclosureSafe:
			'Aceasta este o copie fără date confidențiale: datele de contact ale martorilor și notele private sunt omise.',
		privateNotes: 'Această copie include notele private.',
		checkHeading: 'Verificări',
		allMatch: (n: number, m: number) =>
			`${n <= 1 ? `${entries(n)} și ${exhibits(m)} corespund amprentelor digitale` : `Fiecare dintre cele ${entries(n)} și ${exhibits(m)} corespunde amprentei sale digitale`}, iar registrul modificărilor este complet.`,
		allMatchPartial: (n: number, m: number) =>
			`${n <= 1 ? `${entries(n)} și ${exhibits(m)} corespund amprentelor digitale` : `Fiecare dintre cele ${entries(n)} și ${exhibits(m)} corespunde amprentei sale digitale`}, iar fiecare versiune salvată își are locul în registrul modificărilor.`,
		partial: (shown: number, total: number) =>
			`Aceasta este o copie a unei părți din jurnal: conține ${shown} din cele ${savedVersions(total)} din registrul modificărilor. Restul nu se află în acest fișier, așa că, mai jos, capătul lanțului poate fi verificat doar cu jurnalul complet sau cu o copie ulterioară.`,
		withheld: (n: number) =>
			plural(n, {
				one: `${n} versiune salvată are detalii omise din această copie, așa că poate fi verificată doar cu copia completă.`,
				few: `${n} versiuni salvate au detalii omise din această copie, așa că pot fi verificate doar cu copia completă.`,
				other: `${n} de versiuni salvate au detalii omise din această copie, așa că pot fi verificate doar cu copia completă.`
			}),
		problemsIntro: 'Unele elemente din acest fișier nu corespund amprentelor digitale:',
		// One a kind of problem the checks report, each given that problem, so the viewer needs no switch of its own.
		problems: {
			revision: ({ entry, version }: { entry: number; version: number }) =>
				`Înregistrarea ${entry}, versiunea ${version}, nu corespunde amprentei sale digitale. Este posibil să fi fost modificată după salvare.`,
			chain: ({ seq }: { seq: number }) =>
				`Registrul modificărilor nu continuă corect la pasul ${seq}. Este posibil ca ceva să fi fost modificat, adăugat sau eliminat.`,
			missing: ({ entry, version }: { entry: number; version: number }) =>
				`Înregistrarea ${entry}, versiunea ${version}, nu se află în registrul modificărilor.`,
			head: 'Capătul lanțului nu corespunde registrului modificărilor.',
			exhibit: ({ number }: { number: string }) =>
				`Proba ${number} nu corespunde amprentei digitale păstrate în înregistrarea ei.`,
			withheld: ({ entry, version }: { entry: number; version: number }) =>
				`Înregistrarea ${entry}, versiunea ${version}, indică detalii omise pe care acest tip de copie nu le omite. Este posibil ca textul ei să fi fost modificat.`,
			versions: ({ entry }: { entry: number }) =>
				`Înregistrarea ${entry} nu are toate versiunile salvate în acest fișier. Este posibil ca una să fi fost eliminată.`,
			part: 'Acest fișier spune că este o copie a unei părți din jurnal, dar nu a fost aleasă nicio parte. Este posibil ca unele versiuni salvate să fi fost eliminate din el.'
		},
		clockWentBack: (n: number) =>
			`Ceasul telefonului a dat înapoi ${plural(n, {
				one: 'o dată',
				few: `de ${n} ori`,
				other: `de ${n} de ori`
			})} între salvări. Nu este o eroare în registru; este afișat ca să nu fie ascuns nimic.`,
		plainPack:
			'Acesta este un pachet de probe care nu a fost încuiat cu o frază de acces, așa că oricine l-ar fi putut face sau modifica. Verificările arată dacă este coerent cu el însuși; pentru a ști că este copia făcută de persoana respectivă, comparați codul lui de recipisă cu cel primit de la ea.',
		receipt: 'Codul de recipisă al acestui fișier',
		receiptHint:
			'Persoanei care a făcut acest fișier i s-a afișat același cod. Dacă vă citește un cod, ar trebui să fie acesta. Scrieți-l în propriile notițe: o copie ulterioară a jurnalului persoanei poate fi verificată cu el.',
		receiptCheckHeading: 'Verificați un cod de recipisă',
		receiptCheckIntro:
			'Dacă ați notat un cod de recipisă dintr-un fișier anterior, tastați-l aici pentru a verifica dacă acest fișier conține încă, neschimbat, tot ce era în acela.',
		receiptField: 'Cod de recipisă',
		receiptFieldHint: 'De exemplu 214-7KQ2-M9XD-4HF3-R2B8-Q. Spațiile, cratimele și majusculele nu contează.',
		receiptCheck: 'Verificați codul',
		receiptPartial:
			'Aceasta este o copie a unei părți din jurnal, așa că acest cod arată doar ce declară fișierul: fișierul nu poate dovedi că este autentic. O copie completă sau o copie de rezervă de la aceeași persoană poate fi verificată cu el.',
		receiptResult: {
			empty: 'Tastați codul de recipisă.',
			shape:
				'Acesta nu pare a fi un cod de recipisă. Este format dintr-un număr, apoi 16 litere și cifre, apoi încă un caracter, de exemplu 214-7KQ2-M9XD-4HF3-R2B8-Q.',
			check:
				'Acest cod conține o greșeală: poate un caracter a fost tastat greșit sau două au fost inversate. Verificați-l cu notițele dumneavoastră.',
			confirmed: (seq: number) =>
				plural(seq, {
					one: `Confirmat. Acest fișier conține, neschimbată, versiunea salvată (${seq}) pe care o conținea fișierul anterior, iar tot ce s-a salvat de atunci vine după ea.`,
					few: `Confirmat. Acest fișier conține, neschimbate, cele ${seq} versiuni salvate pe care le conținea fișierul anterior, iar tot ce s-a salvat de atunci vine după ele.`,
					other: `Confirmat. Acest fișier conține, neschimbate, cele ${seq} de versiuni salvate pe care le conținea fișierul anterior, iar tot ce s-a salvat de atunci vine după ele.`
				}),
			confirmedWithheld: (seq: number, withheld: number) =>
				`${plural(seq, {
					one: `Registrul modificărilor din acest fișier conține versiunea salvată (${seq}) pe care o conținea fișierul anterior.`,
					few: `Registrul modificărilor din acest fișier conține cele ${seq} versiuni salvate pe care le conținea fișierul anterior.`,
					other: `Registrul modificărilor din acest fișier conține cele ${seq} de versiuni salvate pe care le conținea fișierul anterior.`
				})} ${plural(withheld, {
					one: `${withheld} versiune salvată are detalii omise din această copie, așa că textul ei poate fi verificat doar cu o copie completă sau cu o copie de rezervă.`,
					few: `${withheld} versiuni salvate au detalii omise din această copie, așa că textul lor poate fi verificat doar cu o copie completă sau cu o copie de rezervă.`,
					other: `${withheld} de versiuni salvate au detalii omise din această copie, așa că textul lor poate fi verificat doar cu o copie completă sau cu o copie de rezervă.`
				})}`,
			fewer: (seq: number, held: number) =>
				`Acest fișier conține ${savedVersions(held)}, mai puține decât cele ${seq} ale fișierului pentru care a fost făcut codul. Poate fi o copie mai veche sau pot lipsi salvări din el.`,
			notHeld: (seq: number) =>
				`Neconfirmat. Acest fișier nu conține registrul din care a fost făcut codul: ceva salvat în ${plural(
					seq,
					{
						one: 'prima versiune salvată',
						few: `primele ${seq} versiuni salvate`,
						other: `primele ${seq} de versiuni salvate`
					}
				)} lipsește sau este diferit.`,
			partial:
				'Aceasta este o copie a unei părți din jurnal, așa că nu poate confirma un cod de recipisă. O copie completă sau o copie de rezervă poate face acest lucru.',
			damaged:
				'Unele elemente din acest fișier nu corespund amprentelor digitale (vedeți Verificări, mai sus), așa că nu poate confirma un cod de recipisă.',
			noEntries: 'Acest fișier nu are înregistrări, așa că nu poate confirma un cod de recipisă.'
		},
		chronology: 'Cronologie, începând cu cele mai vechi',
		entry: (n: number) => `Înregistrarea ${n}`,
		noEntries: 'Acest fișier nu conține înregistrări.',
		patterns: 'Tipare',
		byBehaviour: 'Înregistrări după comportament',
		behaviour: 'Comportament',
		count: 'Înregistrări',
		perWeek: 'Înregistrări pe săptămână',
		weekOf: 'Săptămâna începând cu',
		exhibits: 'Probe',
		noExhibits: 'Acest fișier nu conține probe.',
		exhibitDetails: (type: string, size: string, entry: number) => `${type}, ${size}, înregistrarea ${entry}`,
		fingerprint: 'SHA-256',
		open: (name: string) => `Deschideți ${name}`,
		close: (name: string) => `Închideți ${name}`,
		save: (name: string) => `Salvați o copie a fișierului ${name}`,
		saveHint:
			'Acest tip de fișier nu poate fi afișat aici. O copie salvată nu este încuiată și oricine folosește acest dispozitiv ar putea să o găsească.'
	},
	restore: {
		open: 'Restaurați o copie de rezervă',
		openHint:
			'Adaugă în acest jurnal înregistrările, persoanele și probele dintr-un fișier de copie de rezervă. Înainte de orice adăugare, vi se arată ce se va adăuga.',
		heading: 'Restaurați o copie de rezervă',
		intro:
			'Alegeți o copie de rezervă făcută cu „Fișier criptat pentru consilierul de caz sau copie de rezervă”. Tot ce conține este verificat mai întâi; dacă ceva nu corespunde, nu se adaugă nimic.',
		submit: 'Restaurați',
		restoring: 'Se verifică și se restaurează. Poate dura puțin…',
		done: (versions: number, people: number, exhibitCount: number) =>
			`S-au restaurat: ${versionsOfEntries(versions)}, ${persons(people)} și ${exhibits(exhibitCount)}.`,
		nothingNew: 'Tot ce este în această copie de rezervă se află deja în jurnal. Nu s-a adăugat nimic.',
		nothingNewKept:
			'Acest fișier nu are înregistrări noi. Înregistrările din el se află deja în jurnal și au fost lăsate exact cum sunt. Nu s-a adăugat nimic.',
		planHeading: 'Înainte de orice adăugare',
		planNew: (entryCount: number, exhibitCount: number) =>
			`Acest fișier va adăuga ${entries(entryCount)} și ${exhibits(exhibitCount)}. Nu va schimba nicio înregistrare care se află deja în jurnal.`,
		planKept: (n: number) =>
			plural(n, {
				one: `${n} înregistrare din fișier se află deja în jurnal și va fi lăsată exact cum este.`,
				few: `${n} înregistrări din fișier se află deja în jurnal și vor fi lăsate exact cum sunt.`,
				other: `${n} de înregistrări din fișier se află deja în jurnal și vor fi lăsate exact cum sunt.`
			}),
		planOwn: (entryCount: number, updated: number, exhibitCount: number) =>
			`Aceasta este o copie de rezervă a acestui jurnal. Va adăuga ${entries(entryCount)} și ${exhibits(exhibitCount)} și va actualiza ${entries(updated)} care există deja aici cu versiunile salvate după ele (modificări, retrageri și ștergeri definitive).`,
		planSafetyPlan: 'Va aduce și planul de siguranță salvat în copia de rezervă.',
		donePlan: 'Planul de siguranță din copia de rezervă se află acum în jurnal.',
		planPeople: (n: number) => `Va adăuga și ${persons(n)} în listă.`,
		confirm: 'Adăugați în jurnal',
		cancel: 'Anulați',
		cancelled: 'Nu s-a adăugat nimic.',
		planOutdated:
			'Jurnalul s-a schimbat după verificarea fișierului, așa că nu s-a adăugat nimic. Deschideți din nou fișierul.',
		exhibitMissing: (name: string) =>
			`O înregistrare din acest fișier face referire la ${name}, dar fișierul nu îl conține, așa că nu s-a adăugat nimic.`,
		exhibitMismatch: (name: string) =>
			`O înregistrare din acest fișier face referire la ${name}, dar fișierul sau jurnalul conține un alt fișier cu acest nume, așa că nu s-a adăugat nimic.`,
		notABackup:
			'Acest fișier este o copie făcută pentru partajare, cu unele detalii omise, așa că nu poate fi restaurat ca o copie de rezervă. Nu s-a adăugat nimic.',
		checkFailed:
			'Unele elemente din acest fișier nu corespund amprentelor digitale, așa că nu s-a adăugat nimic. Deschideți-l cu „Deschideți un fișier de partajare” pentru a vedea care anume.',
		exhibitChanged: (name: string) =>
			`Fișierul ${name} nu a ieșit din copia de rezervă așa cum a intrat, așa că nu s-a mai adăugat nimic. Încercați din nou.`
	}
} satisfies Translation<typeof en.sharing>;
