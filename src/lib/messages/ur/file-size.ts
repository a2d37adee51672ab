// The Urdu words of a file size; format/file-size.ts puts the figure beside them.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/file-size';
import type { Translation } from '../translation';

export const fileSizeWords = {
	byte: 'بائٹ',
	bytes: 'بائٹس',
	/** SI units, kept in Latin letters as phones' storage settings show them. */
	units: ['kB', 'MB', 'GB', 'TB']
} satisfies Translation<typeof en.fileSizeWords>;
