// The Romanian words for first run, the calculator code, practising the exit, settings and auto-lock.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import { SETUP_CODE } from '$lib/safety/unlock-code';
import type * as en from '../en/safety';
import { spellDigits } from '../names';
import type { Translation } from '../translation';

export const safety = {
	welcome: {
		steps: [
			{
				heading: 'Un jurnal privat care arată ca un calculator',
				body: [
					'Această aplicație păstrează o evidență a ceea ce vă face cineva, ca să o puteți arăta poliției, unei instanțe sau consilierului de caz.',
					'Pe ecranul de pornire și când se deschide, arată și funcționează ca un calculator obișnuit. Pentru a deschide jurnalul, tastați un cod ales de dumneavoastră și apoi apăsați =.',
					`Ați ajuns aici tastând ${spellDigits(SETUP_CODE)} și = pe calculator. După ce jurnalul este creat, această combinație nu mai face nimic pe acest telefon: doar codul dumneavoastră îl deschide.`
				]
			},
			{
				heading: 'Fraza de acces îl ține încuiat',
				body: [
					'Tot ce consemnați este încuiat cu o frază de acces și rămâne pe acest telefon. Nu se trimite nimic nicăieri decât dacă alegeți să partajați.',
					'Nimeni nu poate recupera fraza de acces dacă este uitată, nici măcar noi. Alegeți una pe care o veți ține minte și faceți o copie de rezervă după ce aveți înregistrări.'
				]
			},
			{
				heading: 'Ieșirea rapidă',
				body: [
					'Pe fiecare ecran există un buton „Ieșire rapidă”. Dacă îl apăsați, sau apăsați tasta Shift de trei ori pe o tastatură, jurnalul este ascuns imediat, se încuie și în locul lui se deschide o pagină cu prognoza meteo. Dacă apăsați Înapoi, apare calculatorul, încuiat.',
					'Nu poate elimina alte site-uri din istoricul browserului și nu poate oferi protecție împotriva unui program de spionaj instalat deja pe telefon sau în cazul în care cineva vă obligă să îl descuiați.'
				]
			}
		],
		stepOf: (n: number, total: number) => `Pasul ${n} din ${total}`,
		next: 'Următorul',
		start: 'Creați jurnalul',
		help: 'Ajutor și sprijin'
	},
	code: {
		label: 'Codul calculatorului',
		hint: 'Între 4 și 12 cifre. În calculator, tastați aceste cifre și apoi = pentru a deschide jurnalul. Nu este fraza de acces. Nu folosiți PIN-ul cardului bancar sau PIN-ul telefonului: cineva care are o copie a datelor stocate pe acest telefon ar putea afla un cod scurt și ar cunoaște astfel și acel PIN.',
		problems: {
			'too-short': 'Folosiți cel puțin 4 cifre.',
			'too-long': 'Folosiți cel mult 12 cifre.',
			'not-digits': 'Folosiți doar cifrele de la 0 la 9.',
			'setup-code': `Alegeți alte cifre. ${spellDigits(SETUP_CODE)} este codul de configurare pe care îl primește toată lumea, așa că nu ar ține jurnalul ascuns.`
		},
		disguise: 'Deschidere sub formă de calculator',
		disguiseHint:
			'Recomandat. Dezactivați această opțiune doar dacă nimeni altcineva nu se va uita la acest telefon.'
	},
	practice: {
		heading: 'Exersați ieșirea rapidă',
		body: 'Încercați o dată acum, ca să știți ce se întâmplă. Apăsați „Ieșire rapidă” sau apăsați tasta Shift de trei ori. În acest exercițiu, aplicația nu se va închide.',
		covered:
			'Asta se întâmplă: ecranul este ascuns imediat, jurnalul se încuie și se deschide o pagină cu prognoza meteo. Când reveniți, apare calculatorul. Tastați codul și = pentru a deschide din nou jurnalul.',
		done: 'Mergeți la jurnal',
		skip: 'Omiteți deocamdată'
	},
	settings: {
		heading: 'Setări',
		disguise: 'Deschidere sub formă de calculator',
		code: 'Cod nou pentru calculator',
		codeSaved: 'Codul nou este salvat.',
		saveCode: 'Salvați codul',
		exitUrl: 'Ieșirea rapidă duce la',
		exitUrlHint: 'O adresă web care începe cu https://. Implicit, este o pagină cu prognoza meteo.',
		exitUrlInvalid: 'Introduceți o adresă web care începe cu https://',
		autoLockMinutes: 'Se încuie după atâtea minute fără folosire',
		hiddenLockSeconds: 'Se încuie la atâtea secunde după ce aplicația este lăsată deoparte',
		save: 'Salvați setările',
		saved: 'Setările au fost salvate.',
		passphraseHeading: 'Schimbați fraza de acces',
		currentPassphrase: 'Fraza de acces actuală',
		newPassphrase: 'Fraza de acces nouă',
		confirmPassphrase: 'Tastați din nou fraza de acces nouă',
		changePassphrase: 'Schimbați fraza de acces',
		passphraseChanged: 'Fraza de acces a fost schimbată.',
		numberInvalid: 'Introduceți un număr întreg, de la 1 în sus.',
		secondsInvalid: 'Introduceți un număr întreg, de la 0 în sus.'
	}
} satisfies Translation<typeof en.safety>;
