import { formatSavedAt } from '$lib/domain/iso-time';

/**
 * A stored time (recorded, amended, when a file was made) for people to read. One that cannot be read, from a
 * damaged or hand-edited file, is printed exactly as stored: it is still evidence of what was there, and a screen
 * or an export that stopped on it would hide everything after it. `format` is how a readable time is written; an
 * export adds its offset from UTC.
 */
export function formatStoredTime(value: string, format: (value: string) => string = formatSavedAt): string {
	try {
		return format(value);
	} catch {
		return value;
	}
}
