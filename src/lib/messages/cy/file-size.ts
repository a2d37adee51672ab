// The words of a file size in Welsh; format/file-size.ts puts the figure beside them.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/file-size';
import type { Translation } from '../translation';

export const fileSizeWords = {
	// After a number Welsh keeps the singular noun: "1 beit", "500 beit".
	byte: 'beit',
	bytes: 'beit',
	/** Thousands, then millions, and so on: SI units, as phones' storage settings and file managers show them. */
	units: ['kB', 'MB', 'GB', 'TB']
} satisfies Translation<typeof en.fileSizeWords>;
