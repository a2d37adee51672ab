import { describe, expect, it } from 'vitest';
import { formatSavedAt } from '$lib/domain/iso-time';
import { formatStoredTime } from './stored-time';

describe('formatStoredTime', () => {
	it('writes a stored time as the app shows save times', () => {
		const value = '2026-11-29T07:30:00.000+00:00';
		expect(formatStoredTime(value)).toBe(formatSavedAt(value));
		expect(formatStoredTime(value, (v) => formatSavedAt(v, { timeZone: 'UTC' }))).toBe(
			'Sun, 29 Nov 2026, 07:30'
		);
	});

	it('prints a time it cannot read exactly as stored', () => {
		expect(formatStoredTime('yesterday, about 3')).toBe('yesterday, about 3');
		expect(formatStoredTime('')).toBe('');
		expect(formatStoredTime('2026-13-45T99:00:00Z')).toBe('2026-13-45T99:00:00Z');
	});

	it('prints the stored value when the way of writing it fails', () => {
		const failing = () => {
			throw new RangeError('Invalid time zone');
		};
		expect(formatStoredTime('2026-11-29T07:30:00.000+00:00', failing)).toBe('2026-11-29T07:30:00.000+00:00');
	});
});
