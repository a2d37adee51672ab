// The app's basic words in Romanian: common buttons, the passphrase, setting up and opening the diary.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/common';
import type { Translation } from '../translation';
import { plurals } from '../translation';

const plural = plurals('ro');
const inSeconds = (n: number) =>
	plural(n, { one: `${n} secundă`, few: `${n} secunde`, other: `${n} de secunde` });

export const messages = {
	app: {
		/** The tab title is always the disguise's, whatever screen shows. */
		title: 'Calculator',
		name: 'Waymark'
	},
	common: {
		continue: 'Continuați',
		cancel: 'Anulați',
		back: 'Înapoi',
		save: 'Salvați',
		close: 'Închideți',
		show: 'Afișați',
		hide: 'Ascundeți',
		working: 'Se lucrează…',
		somethingWentWrong:
			'Ceva nu a funcționat și nu s-a schimbat nimic. Încercați din nou. Dacă se tot întâmplă, reporniți aplicația.'
	},
	passphrase: {
		label: 'Frază de acces',
		showPassphrase: 'Afișați fraza de acces',
		hidePassphrase: 'Ascundeți fraza de acces',
		strength: [
			'Foarte ușor de ghicit',
			'Ușor de ghicit',
			'Ar putea fi ghicită',
			'Greu de ghicit',
			'Foarte greu de ghicit'
		],
		strengthLabel: 'Cât de greu poate fi ghicită',
		tooWeak:
			'Această frază de acces ar fi prea ușor de ghicit. Încercați fraza sugerată sau șase cuvinte obișnuite care nu au legătură între ele.',
		dontSave:
			'Dacă browserul sau tastatura se oferă să salveze ori să rețină această frază de acces, alegeți „Niciodată”. O frază de acces salvată poate fi găsită de oricine poate deschide browserul.',
		suggestion: {
			heading: 'O frază de acces sugerată',
			intro:
				'Șase cuvinte alese la întâmplare. Unui calculator i-ar lua mulți ani să ghicească o astfel de frază de acces.',
			writeDown:
				'Scrieți-o pe hârtie și păstrați hârtia într-un loc sigur, la care doar dumneavoastră aveți acces, departe de acest telefon, până când o știți pe de rost.',
			label: 'Frază de acces sugerată',
			use: 'Folosiți această frază de acces',
			another: 'Sugerați alta',
			used: 'Fraza de acces sugerată a fost completată în ambele căsuțe.'
		},
		tooShort: (min: number) => `Folosiți cel puțin ${min} caractere.`,
		mismatch: 'Cele două fraze de acces nu sunt la fel. Tastați-le din nou.'
	},
	create: {
		heading: 'Creați-vă jurnalul',
		intro:
			'Jurnalul este păstrat doar pe acest telefon, încuiat cu o frază de acces pe care doar dumneavoastră o știți. Nu se trimite nimic nicăieri decât dacă alegeți să partajați.',
		passphraseHint:
			'Alegeți ceva lung, pe care îl veți ține minte, de exemplu șase cuvinte fără legătură între ele, sau folosiți fraza sugerată. Dacă este uitată, nu mai poate fi recuperată, pentru că nimeni altcineva nu are o copie a ei, nici măcar noi.',
		confirmLabel: 'Tastați din nou fraza de acces',
		submit: 'Creați jurnalul',
		creating:
			'Se creează jurnalul. Se măsoară cât de puternic poate fi lacătul pe care acest telefon îl deschide repede; poate dura câteva secunde…',
		created: 'Jurnalul este gata.'
	},
	unlock: {
		heading: 'Deschideți jurnalul',
		submit: 'Deschideți',
		opening: 'Se deschide jurnalul…',
		wrong: 'Această frază de acces nu a deschis jurnalul. Verificați-o și încercați din nou.',
		wait: (seconds: number) =>
			`Din motive de siguranță, așteptați ${inSeconds(seconds)} înainte de a încerca din nou.`,
		/** The visible countdown, once a second; not announced each time (it is a timer, not a live region). */
		waitLeft: (seconds: number) =>
			`Puteți încerca din nou peste ${inSeconds(seconds)}. Textul introdus se păstrează.`,
		waitOver: 'Puteți încerca din nou acum.',
		empty: 'Tastați fraza de acces.',
		tooNew:
			'Acest jurnal a fost salvat de o versiune mai nouă a aplicației. Reîncărcați pagina sau reinstalați aplicația pentru a obține cea mai nouă versiune; nu s-a schimbat nimic.',
		headerDamaged:
			'Jurnalul de pe acest telefon nu poate fi deschis, deoarece informațiile necesare pentru a-l descuia au fost deteriorate sau modificate. Încercarea nu a schimbat nimic. Dacă aveți un fișier criptat de copie de rezervă, puteți crea un jurnal nou și puteți restaura în el copia de rezervă.'
	},
	home: {
		heading: 'Jurnalul dumneavoastră',
		lock: 'Încuiați',
		locked: 'Jurnalul este încuiat.',
		damaged: (count: number) =>
			plural(count, {
				one: 'O înregistrare salvată nu a putut fi deschisă. Este posibil să se fi deteriorat pe acest telefon. Tot restul este în siguranță și este afișat aici.',
				few: `${count} înregistrări salvate nu au putut fi deschise. Este posibil să se fi deteriorat pe acest telefon. Tot restul este în siguranță și este afișat aici.`,
				other: `${count} de înregistrări salvate nu au putut fi deschise. Este posibil să se fi deteriorat pe acest telefon. Tot restul este în siguranță și este afișat aici.`
			}),
		empty: 'Nu s-a consemnat încă nimic.'
	},
	errors: {
		storageFull:
			'Telefonul a rămas fără spațiu, așa că acest lucru nu a putut fi salvat. Nu s-a pierdut nimic din ce era deja salvat. Eliberați puțin spațiu și încercați din nou; ar trebui să funcționeze.',
		noDiary: 'Pe acest telefon nu există încă un jurnal.',
		diaryExists: 'Pe acest telefon există deja un jurnal.',
		cancelled: 'Operațiunea a fost oprită. Nu s-a schimbat nimic.',
		locked:
			'Jurnalul s-a încuiat înainte ca operațiunea să se termine, așa că nu s-a schimbat nimic. Deschideți-l din nou pentru a continua.',
		storageUnavailable:
			'Browserul nu permite acum aplicației să păstreze nimic pe acest telefon, așa că nu s-a schimbat nimic. Poate ajuta să închideți celelalte file ale aplicației și să o deschideți din nou. Și navigarea privată poate împiedica acest lucru.',
		incidentMissing:
			'Această înregistrare nu a fost găsită. Este posibil să fi fost eliminată într-o altă filă. Nu s-a schimbat nimic.',
		codeInvalid: 'Codul calculatorului trebuie să aibă între 4 și 12 cifre. Alegeți alt cod.',
		codeRecordDamaged:
			'Codul calculatorului salvat nu a putut fi citit, așa că niciun cod nu va funcționa. Setați din nou codul din Setări.'
	}
} satisfies Translation<typeof en.messages>;
