/**
 * How long the passphrase screen waits after wrong passphrases.
 *
 * This slows guessing on the phone itself, by someone who has it in their hands for a while. It does nothing
 * against a copied browser profile: whoever holds a copy can guess offline, at Argon2id's cost per guess and
 * without any wait, which is why the passphrase minimum and the calibrated Argon2id cost are what protect the diary.
 * The first two mistakes cost nothing, because a frightened person mistypes; after that the wait doubles from
 * 2 seconds, and stops at 5 minutes so that the person is never locked out of their own evidence for long.
 *
 * The wait is counted on a monotonic clock (performance.now()), never the device's clock, so setting the clock
 * forward (or back) neither ends nor stretches it. What is stored is the wait still owed, so a reload carries it on;
 * the cost is that the wait only runs down while the app is open.
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

/** What is stored between attempts: how many failed in a row, and the wait still owed when it was written. */
export interface AttemptRecord {
	readonly failures: number;
	readonly waitMs: number;
}

/**
 * The record to store before an attempt is checked. The attempt is counted as a failure before the key is even
 * derived, so stopping the page mid-derivation cannot skip the count; a success then clears it.
 */
export function countAttempt(previous: AttemptRecord | undefined): AttemptRecord {
	const failures = readFailures(previous) + 1;
	return { failures, waitMs: delayAfterFailures(failures) };
}

function readFailures(record: AttemptRecord | undefined): number {
	const failures = record?.failures;
	return typeof failures === 'number' && Number.isSafeInteger(failures) && failures >= 0 ? failures : 0;
}

/**
 * The wait owed by a stored record, made sane: a record from before waits were stored, or one edited by hand, is
 * owed the full delay for its failures, and never more than the cap.
 */
export function owedWait(record: AttemptRecord | undefined): number {
	if (!record) return 0;
	const full = delayAfterFailures(readFailures(record));
	const stored = record.waitMs;
	if (typeof stored !== 'number' || !Number.isFinite(stored) || stored < 0) return full;
	return Math.min(stored, MAX_DELAY_MS);
}

/**
 * Milliseconds still to wait, `elapsed` monotonic milliseconds after `owed` was read. A negative `elapsed` (which a
 * monotonic clock never gives) counts as none.
 */
export function waitLeft(owed: number, elapsed: number): number {
	return Math.max(0, owed - Math.max(0, elapsed));
}
