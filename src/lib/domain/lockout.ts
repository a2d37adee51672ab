// How long to wait after wrong passphrases. The first two are free (typing slips happen, often in a hurry); after
// that the wait doubles from 2 seconds up to 5 minutes. Argon2id already makes each guess slow; this makes guessing
// at the screen slower still without ever locking the person out of their own diary for long.
export const FREE_FAILURES = 2;
export const FIRST_DELAY_MS = 2_000;
export const MAX_DELAY_MS = 5 * 60_000;

export function delayAfterFailures(failures: number): number {
	if (failures <= FREE_FAILURES) return 0;
	const doublings = failures - FREE_FAILURES - 1;
	return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(doublings, 30));
}

export function nextAllowedAt(failures: number, lastFailureAt: number): number {
	const delay = delayAfterFailures(failures);
	return delay === 0 ? 0 : lastFailureAt + delay;
}
