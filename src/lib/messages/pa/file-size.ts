// The words of a file size in Panjabi; format/file-size.ts puts the figure beside them (../en/file-size.ts).
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/file-size';
import type { Translation } from '../translation';

// "ਬਾਈਟ" is the same for one and for many.
export const fileSizeWords = {
	byte: 'ਬਾਈਟ',
	bytes: 'ਬਾਈਟ',
	units: ['kB', 'MB', 'GB', 'TB']
} satisfies Translation<typeof en.fileSizeWords>;
