// Helpers the words of every language share.

/** Names from a hostile file are shown in messages, so they are shortened and stripped of control characters. */
export function cleanName(name: string | undefined): string {
	const clean = (name ?? '').replace(/[\p{Cc}\p{Cf}]/gu, '?');
	return clean.length > 80 ? `${clean.slice(0, 80)}…` : clean;
}

/** Whole seconds still to wait, never less than one while any wait is left. */
export function waitSeconds(waitMs: number | undefined): number {
	return Math.max(1, Math.ceil((waitMs ?? 0) / 1000));
}

/**
 * Digits as someone says or types them, one at a time: "8 5 2 0 8 5 2 0". The spaces do not break, so a narrow
 * screen never splits the sequence over two lines.
 */
export const spellDigits = (digits: string) => [...digits].join('\u00a0');
