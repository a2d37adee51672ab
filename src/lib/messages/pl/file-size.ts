// Słowa rozmiaru pliku; format/file-size.ts stawia obok nich liczbę.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/file-size';
import type { Translation } from '../translation';

// The formatter has one word for "one" and one for every other count, but Polish has three forms (bajt, bajty,
// bajtów), so the symbol B, as Polish file managers show it, is used for both.
export const fileSizeWords = {
	byte: 'B',
	bytes: 'B',
	units: ['kB', 'MB', 'GB', 'TB']
} satisfies Translation<typeof en.fileSizeWords>;
