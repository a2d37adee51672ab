import { describe, expect, it } from 'vitest';
import {
	InvalidTimeError,
	dayKeyOf,
	formatDay,
	formatIsoDateTime,
	formatSavedAt,
	formatWhen,
	fromDayNumber,
	instantOf,
	isIsoDate,
	isIsoDateTime,
	parseIsoDateTime,
	toDayKey,
	toDayNumber
} from './iso-time';

describe('formatIsoDateTime', () => {
	it('writes the wall clock and the offset in force in the given zone', () => {
		expect(formatIsoDateTime(new Date(Date.UTC(2026, 10, 29, 7, 30)), 'Europe/London')).toBe(
			'2026-11-29T07:30:00.000+00:00'
		);
		expect(formatIsoDateTime(new Date(Date.UTC(2026, 6, 1, 12, 0, 5, 42)), 'Europe/London')).toBe(
			'2026-07-01T13:00:05.042+01:00'
		);
		expect(formatIsoDateTime(new Date(Date.UTC(2026, 0, 1, 0, 0)), 'Asia/Kolkata')).toBe(
			'2026-01-01T05:30:00.000+05:30'
		);
		expect(formatIsoDateTime(new Date(Date.UTC(2026, 0, 1, 12, 0)), 'America/St_Johns')).toBe(
			'2026-01-01T08:30:00.000-03:30'
		);
	});

	it('tells apart the two 01:30s of the night the clocks go back', () => {
		expect(formatIsoDateTime(new Date(Date.UTC(2026, 9, 25, 0, 30)), 'Europe/London')).toBe(
			'2026-10-25T01:30:00.000+01:00'
		);
		expect(formatIsoDateTime(new Date(Date.UTC(2026, 9, 25, 1, 30)), 'Europe/London')).toBe(
			'2026-10-25T01:30:00.000+00:00'
		);
	});

	it('uses the device zone by default and reads back to the same instant', () => {
		const date = new Date(Date.UTC(2026, 2, 29, 0, 59, 59, 999));
		const text = formatIsoDateTime(date);
		expect(text).toMatch(/^2026-03-\d\dT\d\d:\d\d:59\.999[+-]\d\d:\d\d$/);
		expect(parseIsoDateTime(text).getTime()).toBe(date.getTime());
	});

	it('refuses an invalid Date rather than writing "NaN" into a record', () => {
		expect(() => formatIsoDateTime(new Date(Number.NaN))).toThrow(InvalidTimeError);
	});
});

describe('parseIsoDateTime', () => {
	it('reads offsets, Z and times without seconds', () => {
		expect(parseIsoDateTime('2026-07-01T13:00:00.000+01:00').toISOString()).toBe('2026-07-01T12:00:00.000Z');
		expect(parseIsoDateTime('2026-07-01T13:00Z').toISOString()).toBe('2026-07-01T13:00:00.000Z');
		expect(parseIsoDateTime('2026-07-01T13:00:00.5-02:30').toISOString()).toBe('2026-07-01T15:30:00.500Z');
	});

	it.each([
		'2026-02-30T10:00:00Z',
		'2026-11-29T07:30:00',
		'2026-11-29 07:30:00Z',
		'2026-11-29T24:00:00Z',
		'2026-11-29',
		'29/11/2026 07:30',
		''
	])('rejects %j', (text) => {
		expect(() => parseIsoDateTime(text)).toThrow(InvalidTimeError);
		expect(isIsoDateTime(text)).toBe(false);
	});
});

describe('calendar dates', () => {
	it('accepts only real dates', () => {
		expect(isIsoDate('2028-02-29')).toBe(true);
		expect(isIsoDate('2026-02-29')).toBe(false);
		expect(isIsoDate('2026-13-01')).toBe(false);
		expect(isIsoDate('2026-11-29T07:30Z')).toBe(false);
	});

	it('counts whole days and back', () => {
		expect(toDayNumber('1970-01-02')).toBe(1);
		expect(fromDayNumber(toDayNumber('2026-03-29') + 1)).toBe('2026-03-30');
	});

	it('finds the day an instant falls on in a zone', () => {
		const lateEvening = new Date(Date.UTC(2026, 5, 30, 23, 30));
		expect(toDayKey(lateEvening, 'Europe/London')).toBe('2026-07-01');
		expect(toDayKey(lateEvening, 'UTC')).toBe('2026-06-30');
		expect(dayKeyOf('2026-06-30T23:30:00.000+00:00', 'Europe/London')).toBe('2026-07-01');
		expect(dayKeyOf('2026-06-30', 'Pacific/Honolulu')).toBe('2026-06-30');
		expect(dayKeyOf('soon')).toBeNull();
		expect(instantOf('2026-06-30')).toBeNull();
	});
});

describe('display', () => {
	it('shows a date and time in en-GB form in the person’s zone', () => {
		const text = formatWhen(
			{ kind: 'datetime', start: '2026-07-01T12:00:00.000+00:00', approximate: false },
			{ timeZone: 'Europe/London' }
		);
		expect(text).toContain('1 Jul 2026');
		expect(text).toContain('13:00');
	});

	it('keeps a date-only entry on its day whatever the zone', () => {
		const text = formatWhen(
			{ kind: 'date', start: '2026-11-29', approximate: true },
			{ timeZone: 'Pacific/Honolulu' }
		);
		expect(text).toContain('29 Nov 2026');
	});

	it('shows a range with both ends', () => {
		const text = formatWhen(
			{
				kind: 'range',
				start: '2026-11-29T07:30:00.000+00:00',
				end: '2026-11-29T09:15:00.000+00:00',
				approximate: false
			},
			{ timeZone: 'Europe/London' }
		);
		expect(text).toContain('07:30');
		expect(text).toContain('09:15');
	});

	it('gives a day heading and a save time', () => {
		expect(formatDay('2026-11-29')).toMatch(/Sunday,? 29 November 2026/);
		expect(formatSavedAt('2026-11-29T07:30:00.000+00:00', { timeZone: 'Europe/London' })).toContain('07:30');
	});
});
