// The Welsh words for every error code (domain/errors.ts): one table, built from this language's own sections.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/errors';
import type { Translation } from '../translation';

export const errorWords = {
	timeInvalid: 'Nid oedd modd darllen y dyddiad neu’r amser hwn. Dewiswch ef eto.',
	entryUnserialisable:
		'Nid oedd modd paratoi rhan o’r cofnod hwn i’w gadw’n ddiogel, felly nid oes dim wedi’i gadw eto. Mae’r hyn a deipiwyd gennych yma o hyd; gwiriwch ef a rhowch gynnig arall arni.',
	chainOrder:
		'Nid oedd modd ychwanegu’r newid hwn at y gofrestr newidiadau yn y drefn gywir, felly nid yw wedi’i gadw eto. Rhowch gynnig arall arni.',
	idInvalid: 'Nid yw cyfeirnod yr eitem hon ar y ffurf ddisgwyliedig, felly ni chafodd ei hagor.',
	incidentDeleted: 'Cafodd y cofnod hwn ei ddileu’n barhaol, felly nid oes modd ei newid.',
	nothingSavedYet: 'Nid oes dim wedi’i gadw eto, ac mae’r hyn a deipiwyd gennych yma o hyd.',
	brokenRecord:
		'Nid oedd modd darllen rhywbeth sydd wedi’i gadw ar y ffôn hwn, felly ni chafodd dim ei newid. Nid yw gweddill y dyddiadur wedi’i effeithio. Os yw hyn yn dal i ddigwydd, gallai adfer copi wrth gefn helpu.'
} satisfies Translation<typeof en.errorWords>;
