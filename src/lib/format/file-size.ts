// The one way sizes are written: SI units (1 kB is 1,000 bytes), as phones' storage settings and file managers show
// them, so the size in the diary, the viewer and the PDF is the same figure. On screen the words and the decimal
// sign are the chosen language's (each language's bundle makes its own with sizeFormatter); the documents are
// written in English, with formatFileSize.
import { fileSizeWords } from '$lib/messages/en/file-size';

export interface FileSizeWords {
	readonly byte: string;
	readonly bytes: string;
	/** Thousands, then millions, and so on. */
	readonly units: readonly [string, string, string, string];
}

/** "0 bytes", "1 byte", "999 bytes", "12.3 kB", "4.5 MB": at most one decimal, never "1,000 kB". */
export function sizeFormatter(words: FileSizeWords, locale: string): (bytes: number) => string {
	const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
	const plural = new Intl.PluralRules(locale);
	return (bytes) => {
		const whole = Number.isFinite(bytes) ? Math.max(0, Math.round(bytes)) : 0;
		if (whole < 1000)
			return `${number.format(whole)} ${plural.select(whole) === 'one' ? words.byte : words.bytes}`;
		let value = whole / 1000;
		let unit = 0;
		// Compare after rounding to one decimal, so 999,960 bytes is "1 MB" rather than "1,000 kB".
		while (Math.round(value * 10) / 10 >= 1000 && unit < words.units.length - 1) {
			value /= 1000;
			unit++;
		}
		return `${number.format(value)} ${words.units[unit]}`;
	};
}

/** In English, for the documents made from the diary. */
export const formatFileSize = sizeFormatter(fileSizeWords, 'en-GB');
