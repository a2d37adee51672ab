import { describe, expect, it } from 'vitest';
import { MAX_DELAY_MS, delayAfterFailures, nextAllowedAt, remainingDelay } from './lockout';

describe('delayAfterFailures', () => {
	it.each([
		[0, 0],
		[1, 0],
		[2, 0],
		[3, 2_000],
		[4, 4_000],
		[5, 8_000],
		[6, 16_000],
		[10, 256_000],
		[11, 300_000],
		[12, 300_000]
	])('after %i failures waits %i ms', (failures, ms) => {
		expect(delayAfterFailures(failures)).toBe(ms);
	});

	it('never exceeds 5 minutes, however many failures', () => {
		expect(MAX_DELAY_MS).toBe(300_000);
		expect(delayAfterFailures(1_000)).toBe(MAX_DELAY_MS);
		expect(delayAfterFailures(Number.MAX_SAFE_INTEGER)).toBe(MAX_DELAY_MS);
	});

	it('never shrinks as failures grow', () => {
		for (let n = 1; n < 40; n++)
			expect(delayAfterFailures(n)).toBeGreaterThanOrEqual(delayAfterFailures(n - 1));
	});

	it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses a failure count of %d', (failures) => {
		expect(() => delayAfterFailures(failures)).toThrow(RangeError);
	});
});

describe('nextAllowedAt', () => {
	const at = Date.UTC(2025, 0, 1, 12);

	it('allows the next try at once after the first two failures', () => {
		expect(nextAllowedAt(1, at)).toBe(at);
		expect(nextAllowedAt(2, at)).toBe(at);
	});

	it('adds the delay to the time of the last failure', () => {
		expect(nextAllowedAt(3, at)).toBe(at + 2_000);
		expect(nextAllowedAt(20, at)).toBe(at + MAX_DELAY_MS);
	});
});

describe('remainingDelay', () => {
	const at = Date.UTC(2025, 0, 1, 12);

	it('counts down to zero', () => {
		expect(remainingDelay(4, at, at)).toBe(4_000);
		expect(remainingDelay(4, at, at + 1_500)).toBe(2_500);
		expect(remainingDelay(4, at, at + 4_000)).toBe(0);
		expect(remainingDelay(4, at, at + 60_000)).toBe(0);
	});

	it('never waits longer than the delay when the clock has gone back', () => {
		expect(remainingDelay(4, at, at - 24 * 3_600_000)).toBe(4_000);
		expect(remainingDelay(2, at, at - 1_000)).toBe(0);
	});
});
