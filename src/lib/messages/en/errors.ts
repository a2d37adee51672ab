// The words only errors say. Which words each error code is said with is one table for every language
// (../error-table.ts); the rest are sentences the screens already say.
import type { ErrorWords } from '../error-table';

export const errorWords = {
	timeInvalid: 'This date or time could not be read. Please choose it again.',
	entryUnserialisable:
		'Part of this entry could not be prepared for safe keeping, so nothing was saved yet. What you typed is still here; please check it and try again.',
	chainOrder:
		'This change could not be added to the record of changes in the right order, so it was not saved yet. Please try again.',
	idInvalid: 'This record’s reference is not in the expected form, so it was not opened.',
	incidentDeleted: 'This entry was permanently deleted, so it cannot be changed.',
	nothingSavedYet: 'Nothing was saved yet, and what you typed is still here.',
	brokenRecord:
		'Something kept on this phone could not be read, so nothing was changed. The rest of the diary is not affected. If it keeps happening, restoring a backup may help.'
} satisfies ErrorWords;
