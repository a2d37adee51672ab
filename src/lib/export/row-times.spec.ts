import { describe, expect, it } from 'vitest';
import { formatIsoDateTime } from '$lib/domain/iso-time';
import { formatExportTime, toUtcIso, utcOffsetAt } from './row-times';

describe('utcOffsetAt', () => {
	it('gives the offset in force either side of each clock change, to the minute', () => {
		// Europe/London, 2026: summer time from 01:00 UTC on 29 March until 01:00 UTC on 25 October.
		const cases: [string, string][] = [
			['2026-03-29T00:59:00Z', '+00:00'],
			['2026-03-29T01:00:00Z', '+01:00'],
			['2026-10-25T00:59:00Z', '+01:00'],
			['2026-10-25T01:00:00Z', '+00:00'],
			['2026-07-01T12:00:00Z', '+01:00'],
			['2026-12-25T23:59:00Z', '+00:00']
		];
		for (const [instant, offset] of cases)
			expect(utcOffsetAt(Date.parse(instant), 'Europe/London'), instant).toBe(offset);
	});

	it('agrees with reading the zone directly, every 17 minutes through a year in several zones', () => {
		const zones = ['Europe/London', 'America/St_Johns', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];
		const start = Date.parse('2026-01-01T00:00:00Z');
		for (const zone of zones) {
			for (let t = start; t < start + 366 * 86_400_000; t += 17 * 60_000) {
				const exact = formatIsoDateTime(new Date(t), zone).slice(-6);
				if (utcOffsetAt(t, zone) !== exact)
					expect(`${zone} ${toUtcIso(t)}: ${utcOffsetAt(t, zone)}`).toBe(exact);
			}
		}
		expect(utcOffsetAt(Date.parse('2026-07-01T00:00:00Z'), 'Australia/Lord_Howe')).toBe('+10:30');
	}, 120_000);
});

describe('formatExportTime', () => {
	it('writes a stored time in the zone asked for, with the offset in force then', () => {
		expect(formatExportTime('2026-10-25T00:30:00Z', 'Europe/London')).toBe(
			'Sun, 25 Oct 2026, 01:30 (UTC+01:00)'
		);
		expect(formatExportTime('2026-10-25T01:30:00Z', 'Europe/London')).toBe(
			'Sun, 25 Oct 2026, 01:30 (UTC+00:00)'
		);
	});

	it('prints a time it cannot read, or cannot show in the zone asked for, exactly as stored', () => {
		expect(formatExportTime('not a time', 'Europe/London')).toBe('not a time');
		expect(formatExportTime('2026-10-25T00:30:00Z', 'Not/AZone')).toBe('2026-10-25T00:30:00Z');
	});
});
