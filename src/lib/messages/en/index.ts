// The English source: every other language's words have this shape (../translation.ts), checked by the type check
// and by ../languages.spec.ts.
import { formatFileSize } from '$lib/format/file-size';
import { messages } from './common';
import { device } from './device';
import { behaviourNames, channelNames, diary, fieldNames, problemMessages } from './diary';
import { errorMessages } from './errors';
import { exportErrors } from './export-errors';
import { forms } from './forms';
import { language } from './language';
import { records } from './records';
import { safety } from './safety';
import { sharing } from './sharing';

export const english = {
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
	errorMessages,
	language,
	fileSize: formatFileSize
};

export default english;
