/**
 * How long the passphrase screen waits after wrong passphrases.
 *
 * This slows guessing on the phone itself, by someone who has it in their hands for a while. It does nothing
 * against a copied browser profile, where Argon2id's cost is what slows guessing. The first two mistakes cost
 * nothing, because a frightened person mistypes; after that the wait doubles from 2 seconds, and stops at
 * 5 minutes so that the person is never locked out of their own evidence for long.
 */

export const FREE_FAILURES = 2;
export const FIRST_DELAY_MS = 2_000;
export const MAX_DELAY_MS = 5 * 60_000;

/** The wait, in milliseconds, after `failures` wrong passphrases in a row: 0, 0, 2 s, 4 s, 8 s ... up to 5 min. */
export function delayAfterFailures(failures: number): number {
	if (!Number.isInteger(failures) || failures < 0) {
		throw new RangeError(`A failure count must be a whole number of 0 or more, not ${failures}.`);
	}
	if (failures <= FREE_FAILURES) return 0;
	// Doubling stops well before 2 ** n could overflow; the cap is reached after 10 failures anyway.
	const doublings = Math.min(failures - FREE_FAILURES - 1, 30);
	return Math.min(FIRST_DELAY_MS * 2 ** doublings, MAX_DELAY_MS);
}

/** When the next attempt may be made, as a time on the same clock as `lastFailureAt` (ms since the epoch). */
export function nextAllowedAt(failures: number, lastFailureAt: number): number {
	return lastFailureAt + delayAfterFailures(failures);
}

/**
 * Milliseconds still to wait at `now`. Never more than the delay itself: if the clock was set back, or a stored
 * failure time lies in the future, the wait must not stretch to hours.
 */
export function remainingDelay(failures: number, lastFailureAt: number, now: number): number {
	const delay = delayAfterFailures(failures);
	return Math.min(delay, Math.max(0, nextAllowedAt(failures, lastFailureAt) - now));
}
