import { describe, expect, it } from 'vitest';
import { dateLocale, formatDay } from './display-time';

describe('dates on screen', () => {
	it('are in the language’s own words where the runtime has them', () => {
		expect(dateLocale('pl')).toBe('pl');
		expect(dateLocale('ur')).toBe('ur');
		expect(dateLocale('en-GB')).toBe('en-GB');
	});

	it('fall back to British English where the runtime has no dates for the language', () => {
		// A language no runtime has: what a browser without Welsh dates does with "cy".
		expect(dateLocale('tlh')).toBe('en-GB');
		expect(dateLocale('zz-Qaaa')).toBe('en-GB');
	});

	it('follow the language in use (English in the unit tests)', () => {
		expect(formatDay('2026-12-08')).toBe('Tuesday, 8 December 2026');
	});
});
