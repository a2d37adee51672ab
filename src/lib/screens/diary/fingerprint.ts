/**
 * An exhibit's SHA-256 as the diary shows it: the first four groups of four hex digits, enough to compare by eye
 * with a printed exhibit list or `sha256sum` at a glance; the whole value is there to copy and for screen readers.
 */
export const SHORT_GROUPS = 4;

export function shortFingerprint(hex: string, groups = SHORT_GROUPS): string {
	return (hex.slice(0, groups * 4).match(/.{1,4}/g) ?? []).join(' ');
}
