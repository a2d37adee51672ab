// The Romanian words for what can go wrong reading a shared file, a pack or a timeline file.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/export-errors';
import type { Translation } from '../translation';

export const exportErrors = {
	shareWrongPassphrase:
		'Această frază de acces nu a deschis fișierul. Verificați-o și încercați din nou. Dacă fraza de acces este cu siguranță corectă, este posibil ca fișierul să se fi deteriorat pe drum.',
	shareDamaged:
		'Acest fișier a fost deteriorat sau modificat de când a fost făcut, așa că nu s-a deschis nimic. Cereți să vă fie trimis din nou.',
	shareVersion:
		'Acest fișier a fost făcut de o versiune mai nouă a aplicației. Actualizați aplicația și încercați din nou. Nu s-a deschis nimic.',
	shareTooLarge:
		'Acest fișier este mai mare decât poate deschide în siguranță acest dispozitiv, așa că nu s-a deschis nimic.',
	notAShareFile: 'Acesta nu este un fișier pe care aplicația îl poate deschide. Nu s-a deschis nimic.',
	packUnsafePath: (name: string) =>
		`Fișierul conține un element cu un nume nesigur („${name}”), așa că nu s-a deschis nimic.`,
	packUnexpectedEntry: (name: string) =>
		`Fișierul conține ceva ce nu ar trebui să se afle în el („${name}”), așa că nu s-a deschis nimic.`,
	packTooLarge:
		'Dezarhivat, fișierul ar ocupa mai mult decât poate păstra în siguranță acest dispozitiv, așa că nu s-a deschis nimic.',
	packHashMismatch: (name: string) =>
		`„${name}” nu corespunde amprentei digitale cu care a fost trimis, așa că este posibil să fi fost modificat. Nu s-a deschis nimic.`,
	packMissingEntry: (name: string) => `„${name}” lipsește din fișier, așa că nu s-a deschis nimic.`,
	packDamaged:
		'Fișierul din interior nu a putut fi dezarhivat. Este posibil să fie deteriorat. Nu s-a deschis nimic.',
	packExhibitChanged: (number: string) =>
		`Proba ${number} nu mai corespunde amprentei digitale luate când a fost adăugată, așa că pachetul nu a fost făcut. Este posibil ca proba să se fi deteriorat pe acest dispozitiv.`,
	exportJsonInvalid: 'Acest fișier de cronologie nu are forma așteptată, așa că nu a fost deschis.',
	exportJsonVersion:
		'Acest fișier de cronologie a fost făcut de o versiune mai nouă a aplicației. Actualizați aplicația și încercați din nou.'
} satisfies Translation<typeof en.exportErrors>;
