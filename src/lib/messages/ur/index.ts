// The app's words in Urdu, of the English source's shape (../en/index.ts).
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import { sizeFormatter } from '$lib/format/file-size';
import { errorTable } from '../error-table';
import type { AppMessages } from '../index';
import { messages } from './common';
import { device } from './device';
import { behaviourNames, channelNames, diary, fieldNames, problemMessages } from './diary';
import { errorWords } from './errors';
import { exportErrors } from './export-errors';
import { fileSizeWords } from './file-size';
import { forms } from './forms';
import { language } from './language';
import { records } from './records';
import { safety } from './safety';
import { sharing } from './sharing';

const own = {
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
	fileSize: sizeFormatter(fileSizeWords, 'ur')
};

/** With the words for every error code, drawn from the rest (../error-table.ts). */
const words = { ...own, errorMessages: errorTable(errorWords, own) } satisfies AppMessages;

export default words;
