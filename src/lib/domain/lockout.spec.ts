import { describe, expect, it } from 'vitest';
import { MAX_DELAY_MS, delayAfterFailures, nextAllowedAt } from './lockout';

describe('wait after wrong passphrases', () => {
	it('lets the first two slips through, then doubles up to a cap', () => {
		expect([0, 1, 2, 3, 4, 5, 6].map(delayAfterFailures)).toEqual([0, 0, 0, 2000, 4000, 8000, 16000]);
		expect(delayAfterFailures(50)).toBe(MAX_DELAY_MS);
	});

	it('counts the wait from the last failure', () => {
		expect(nextAllowedAt(2, 1000)).toBe(0);
		expect(nextAllowedAt(4, 1000)).toBe(5000);
	});
});
