import { describe, expect, it } from 'vitest';
import { MAX_DELAY_MS, countAttempt, delayAfterFailures, owedWait, waitLeft } from './lockout';

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

describe('countAttempt', () => {
	it('counts one more failure and owes its full delay', () => {
		expect(countAttempt(undefined)).toEqual({ failures: 1, waitMs: 0 });
		expect(countAttempt({ failures: 2, waitMs: 0 })).toEqual({ failures: 3, waitMs: 2_000 });
		expect(countAttempt({ failures: 3, waitMs: 5 })).toEqual({ failures: 4, waitMs: 4_000 });
	});

	it('starts again from one when the stored count is not a count', () => {
		expect(countAttempt({ failures: -4, waitMs: 0 })).toEqual({ failures: 1, waitMs: 0 });
		expect(countAttempt({ failures: Number.NaN, waitMs: 0 })).toEqual({ failures: 1, waitMs: 0 });
	});
});

describe('owedWait', () => {
	it('is what was stored, never more than the cap', () => {
		expect(owedWait(undefined)).toBe(0);
		expect(owedWait({ failures: 4, waitMs: 1_500 })).toBe(1_500);
		expect(owedWait({ failures: 4, waitMs: 10 * 3_600_000 })).toBe(MAX_DELAY_MS);
	});

	it('owes the full delay when the stored wait is missing or nonsense', () => {
		expect(owedWait({ failures: 4 } as never)).toBe(4_000);
		expect(owedWait({ failures: 4, waitMs: -1 })).toBe(4_000);
		expect(owedWait({ failures: 4, waitMs: Number.NaN })).toBe(4_000);
	});
});

describe('waitLeft', () => {
	it('counts down to zero on the monotonic clock', () => {
		expect(waitLeft(4_000, 0)).toBe(4_000);
		expect(waitLeft(4_000, 1_500)).toBe(2_500);
		expect(waitLeft(4_000, 4_000)).toBe(0);
		expect(waitLeft(4_000, 60_000)).toBe(0);
	});

	it('never grows when time seems to run backwards', () => {
		expect(waitLeft(4_000, -24 * 3_600_000)).toBe(4_000);
	});
});
