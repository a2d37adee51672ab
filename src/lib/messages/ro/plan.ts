// The safety plan form's words in Romanian (screens/diary/SafetyPlan.svelte), loaded only with that screen.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/plan';
import type { Translation } from '../translation';

export const planMessages = {
	heading: 'Planul dumneavoastră de siguranță',
	intro:
		'Un plan pentru a rămâne în siguranță, în cuvintele dumneavoastră. Este încuiat în acest jurnal, ca și înregistrările. Completați cât de mult sau cât de puțin vă ajută și schimbați-l oricând doriți. Un consilier de caz îl poate parcurge împreună cu dumneavoastră.',
	hints: {
		people:
			'Persoane de încredere pe care le puteți suna pentru ajutor și numerele lor: un prieten, un vecin, o rudă, consilierul de caz.',
		codeWord:
			'Un cuvânt sau o expresie stabilită cu persoanele de încredere, care înseamnă „Am nevoie de ajutor, vă rog, sunați la poliție”.',
		safePlaces:
			'Locuri cu oameni în jur unde ați putea merge dacă cineva vă urmează: un magazin, o secție de poliție, casa unui prieten.',
		routes:
			'Drumuri pe care le faceți des, de exemplu la serviciu, la școală sau la cumpărături, și alte trasee și ore pe care le-ați putea folosi.',
		emergency: 'De exemplu pe cine ați suna, unde ați merge și cum ați pleca.',
		keepReady:
			'Lucruri de care ați putea avea nevoie în grabă, păstrate împreună într-un loc sigur: pașaportul sau actul de identitate, cardurile bancare, medicamentele, cheile, un încărcător de telefon, niște bani, copii ale actelor de la instanță.',
		device:
			'Pași precum verificarea partajării locației, schimbarea parolelor, activarea autentificării în doi pași și verificarea dispozitivelor conectate la conturile dumneavoastră.'
	},
	emergencyHeading: 'În caz de urgență',
	emergencyGuide: [
		'Dacă sunteți în pericol acum, sunați la 999.',
		'Dacă sunați la 999 de pe un mobil și nu puteți vorbi, ascultați întrebările, apoi apăsați 55 când vi se cere. Astfel operatorul află că este o urgență reală, iar apelul va fi transferat la poliție.',
		'De pe un telefon fix, rămâneți la telefon dacă nu puteți vorbi. Dacă operatorul aude doar zgomot de fundal, va transfera apelul la poliție.'
	],
	save: 'Salvați planul',
	saved: 'Planul de siguranță este salvat.',
	lastSaved: (when: string) => `Salvat ultima dată: ${when}.`,
	sharing:
		'Planul intră într-un fișier de partajare doar dacă bifați „Includeți planul meu de siguranță” în ecranul Export și partajare. O copie de rezervă îl include întotdeauna, ca să poată fi restaurat.'
} satisfies Translation<typeof en.planMessages>;
