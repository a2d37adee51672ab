// The Welsh words for what can go wrong reading a shared file, a pack or a timeline file.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/export-errors';
import type { Translation } from '../translation';

export const exportErrors = {
	shareWrongPassphrase:
		'Ni wnaeth y cyfrinymadrodd hwnnw agor y ffeil hon. Gwiriwch ef a rhowch gynnig arall arni. Os ydych yn siŵr ei fod yn gywir, efallai fod y ffeil wedi’i difrodi ar y ffordd.',
	shareDamaged:
		'Mae’r ffeil hon wedi’i difrodi neu ei newid ers iddi gael ei gwneud, felly ni chafodd dim ei agor. Gofynnwch i rywun ei hanfon eto.',
	shareVersion:
		'Cafodd y ffeil hon ei gwneud gan fersiwn fwy newydd o’r ap. Diweddarwch yr ap a rhowch gynnig arall arni. Ni chafodd dim ei agor.',
	shareTooLarge:
		'Mae’r ffeil hon yn rhy fawr i’r ddyfais hon ei hagor yn ddiogel, felly ni chafodd dim ei agor.',
	notAShareFile: 'Nid yw hon yn ffeil y gall yr ap ei hagor. Ni chafodd dim ei agor.',
	packUnsafePath: (name: string) =>
		`Mae’r ffeil yn cynnwys eitem ag enw anniogel (‘${name}’), felly ni chafodd dim ei agor.`,
	packUnexpectedEntry: (name: string) =>
		`Mae’r ffeil yn cynnwys rhywbeth nad yw’n perthyn iddi (‘${name}’), felly ni chafodd dim ei agor.`,
	packTooLarge:
		'O’i dadbacio, byddai’r ffeil yn fwy nag y gall y ddyfais hon ei ddal yn ddiogel, felly ni chafodd dim ei agor.',
	packHashMismatch: (name: string) =>
		`Nid yw ‘${name}’ yn cyfateb i’r ôl bys a anfonwyd gydag ef, felly efallai ei fod wedi’i newid. Ni chafodd dim ei agor.`,
	packMissingEntry: (name: string) => `Mae ‘${name}’ ar goll o’r ffeil, felly ni chafodd dim ei agor.`,
	packDamaged:
		'Nid oedd modd dadbacio’r ffeil sydd y tu mewn. Efallai ei bod wedi’i difrodi. Ni chafodd dim ei agor.',
	packExhibitChanged: (number: string) =>
		`Nid yw arddangosyn ${number} yn cyfateb mwyach i’r ôl bys a gymerwyd pan gafodd ei ychwanegu, felly ni chafodd y pecyn ei wneud. Efallai fod yr arddangosyn wedi’i ddifrodi ar y ddyfais hon.`,
	exportJsonInvalid: 'Nid yw’r ffeil llinell amser hon ar y ffurf ddisgwyliedig, felly ni chafodd ei hagor.',
	exportJsonVersion:
		'Cafodd y ffeil llinell amser hon ei gwneud gan fersiwn fwy newydd o’r ap. Diweddarwch yr ap a rhowch gynnig arall arni.'
} satisfies Translation<typeof en.exportErrors>;
