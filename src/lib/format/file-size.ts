// The one way sizes are written, in the app and in every export: SI units (1 kB is 1,000 bytes), as phones'
// storage settings and file managers show them, so the size in the diary, the viewer and the PDF is the same figure.
import { fileSizeWords } from '$lib/messages/file-size';

const { units } = fileSizeWords;

const format = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 1 });

/** "0 bytes", "1 byte", "999 bytes", "12.3 kB", "4.5 MB": at most one decimal, never "1,000 kB". */
export function formatFileSize(bytes: number): string {
	const whole = Number.isFinite(bytes) ? Math.max(0, Math.round(bytes)) : 0;
	if (whole < 1000) return `${whole} ${whole === 1 ? fileSizeWords.byte : fileSizeWords.bytes}`;
	let value = whole / 1000;
	let unit = 0;
	// Compare after rounding to one decimal, so 999,960 bytes is "1 MB" rather than "1,000 kB".
	while (Math.round(value * 10) / 10 >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	return `${format(value)} ${units[unit]}`;
}
