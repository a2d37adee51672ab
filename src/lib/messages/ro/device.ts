// Words about the app on this phone, in Romanian: a new version waiting, storage, the backup reminder, a cleared diary.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/device';
import type { Translation } from '../translation';
import { plurals } from '../translation';

const plural = plurals('ro');
const entries = (n: number) =>
	plural(n, { one: `${n} înregistrare`, few: `${n} înregistrări`, other: `${n} de înregistrări` });

export const device = {
	/**
	 * A screen whose code could not be loaded (the phone went offline before the app had kept a copy of it). Said
	 * the same before and after unlocking, so it tells no one what the app is.
	 */
	notLoaded: {
		heading: 'Acest lucru nu a putut fi deschis',
		body: 'O parte a aplicației nu a putut fi încărcată, poate pentru că telefonul nu are conexiune la internet. Nu s-a schimbat nimic din ce ați păstrat. Verificați conexiunea, apoi încercați din nou.',
		retry: 'Încercați din nou'
	},
	update: {
		/** Shown only inside the unlocked diary, never on the calculator or the lock screens. */
		ready: 'O versiune nouă este gata. Va fi folosită data viitoare când deschideți aplicația.',
		useNow: 'Folosiți-o acum',
		applying: 'Se salvează textul introdus, apoi se repornește…'
	},
	storage: {
		heading: 'Spațiul de stocare de pe acest telefon',
		persistent: 'Păstrat în siguranță: browserul nu va șterge jurnalul pentru a elibera spațiu.',
		notPersistent:
			'Browserul ar putea șterge jurnalul dacă telefonul rămâne fără spațiu. Acest lucru devine mai puțin probabil dacă instalați aplicația pe ecranul de pornire sau îi permiteți să își păstreze spațiul de stocare. O copie de rezervă îl păstrează în siguranță oricum.',
		unknown:
			'Acest browser nu spune cum păstrează jurnalul. O copie de rezervă îl păstrează în siguranță oricum.',
		askPersist: 'Cereți browserului să îl păstreze',
		askRefused:
			'Browserul nu a fost de acord de data aceasta. Deseori este de acord după ce aplicația este instalată pe ecranul de pornire sau este folosită regulat.',
		used: 'Folosit de aplicație',
		free: 'Disponibil pentru aplicație',
		notKnown: 'Necunoscut',
		lastBackup: 'Ultima copie de rezervă',
		noBackup: 'Încă nicio copie de rezervă'
	},
	backupReminder: (since: number, hasBackup: boolean) =>
		hasBackup
			? `Ați consemnat ${entries(since)} de la ultima copie de rezervă. Un fișier criptat de copie de rezervă le păstrează în siguranță dacă acest telefon este pierdut, stricat sau golit. Puteți face unul din „Export și partajare”.`
			: `Aveți ${entries(since)} și încă nicio copie de rezervă. Un fișier criptat de copie de rezervă le păstrează în siguranță dacă acest telefon este pierdut, stricat sau golit. Puteți face unul din „Export și partajare”.`,
	wiped: {
		heading: 'Jurnalul care era pe acest telefon nu a fost găsit',
		body: [
			'Browserul a șters ce păstra această aplicație pe acest telefon. Browserele fac uneori acest lucru când telefonul rămâne fără spațiu, când se șterg datele de navigare sau când o aplicație nu a fost deschisă de ceva timp. Nu este o greșeală a dumneavoastră.',
			'Dacă ați făcut un fișier criptat de copie de rezervă, tot ce este în el poate fi readus: creați un jurnal nou, apoi în Setări alegeți „Restaurați o copie de rezervă”, selectați fișierul copiei de rezervă și tastați fraza de acces pe care ați ales-o pentru acea copie de rezervă. Înregistrările, probele și istoricul lor revin așa cum erau.',
			'Dacă nu există o copie de rezervă, puteți crea un jurnal nou. Puteți adăuga din nou tot ce vă amintiți, cu o dată aproximativă acolo unde nu știți exact.'
		]
	}
} satisfies Translation<typeof en.device>;
