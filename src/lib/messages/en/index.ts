// The English source: every other language's words have this shape (../translation.ts), checked by the type check
// and by ../languages.spec.ts.
import { formatFileSize } from '$lib/format/file-size';
import { errorTable } from '../error-table';
import { messages } from './common';
import { device } from './device';
import { behaviourNames, channelNames, diary, fieldNames, problemMessages } from './diary';
import { errorWords } from './errors';
import { exportErrors } from './export-errors';
import { forms } from './forms';
import { language } from './language';
import { records } from './records';
import { safety } from './safety';
import { sharing } from './sharing';

const words = {
	...messages,
	diary,
	behaviourNames,
	channelNames,
	fieldNames,
	problemMessages,
	safety,
	sharing,
	device,
	forms,
	records,
	exportErrors,
	language,
	fileSize: formatFileSize
};

/** With the words for every error code, drawn from the rest (../error-table.ts). */
export const english = { ...words, errorMessages: errorTable(errorWords, words) };

export default english;
