// The Romanian words for every error code (domain/errors.ts), built from the Romanian sections, as en/errors.ts is.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/errors';
import type { Translation } from '../translation';

export const errorWords = {
	timeInvalid: 'Această dată sau oră nu a putut fi citită. Alegeți-o din nou.',
	entryUnserialisable:
		'O parte din această înregistrare nu a putut fi pregătită pentru păstrare în siguranță, așa că nu s-a salvat încă nimic. Textul introdus este tot aici; verificați-l și încercați din nou.',
	chainOrder:
		'Această modificare nu a putut fi adăugată în ordinea corectă în registrul modificărilor, așa că nu a fost salvată încă. Încercați din nou.',
	idInvalid: 'Referința acestui element nu are forma așteptată, așa că nu a fost deschis.',
	incidentDeleted: 'Această înregistrare a fost ștearsă definitiv, așa că nu mai poate fi modificată.',
	nothingSavedYet: 'Nu s-a salvat încă nimic, iar textul introdus este tot aici.',
	brokenRecord:
		'Ceva păstrat pe acest telefon nu a putut fi citit, așa că nu s-a schimbat nimic. Restul jurnalului nu este afectat. Dacă se tot întâmplă, poate ajuta restaurarea unei copii de rezervă.'
} satisfies Translation<typeof en.errorWords>;
