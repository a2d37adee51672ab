import { describe, expect, it } from 'vitest';
import type { BehaviourId } from './behaviours';
import type { Incident } from './incident';
import {
	countByBehaviour,
	escalation,
	incidentsPerWeek,
	incidentsPerWeekBetween,
	listCountedBehaviours,
	MAX_CHART_WEEKS,
	mondayOf
} from './patterns';
import { toDayNumber } from './iso-time';
import { deleteIncident, withdrawIncident } from './revisions';
import { FIXED_NOW, makeIncident } from './test-factories';

const on = (start: string, behaviours: BehaviourId[] = ['watching']) =>
	makeIncident({
		occurred: { kind: start.length === 10 ? 'date' : 'datetime', start, approximate: false },
		behaviours
	});

describe('countByBehaviour', () => {
	it('counts each behaviour once per incident, leaving out withdrawn and deleted ones', async () => {
		const incidents: Incident[] = [
			on('2026-11-01', ['watching', 'following']),
			on('2026-11-02', ['watching', 'watching']),
			on('2026-11-03', []),
			withdrawIncident(on('2026-11-04', ['contacting']), FIXED_NOW),
			await deleteIncident(on('2026-11-05', ['contacting']), FIXED_NOW)
		];
		expect(countByBehaviour(incidents)).toEqual({
			following: 1,
			contacting: 0,
			publishing: 0,
			monitoring: 0,
			loitering: 0,
			interfering: 0,
			watching: 2,
			other: 0,
			unspecified: 1
		});
	});
});

describe('listCountedBehaviours', () => {
	it("lists only behaviours counted at least once, in the Act's order, with no behaviour yet last", () => {
		const incidents = [
			on('2026-11-01', []),
			on('2026-11-02', ['watching', 'other']),
			on('2026-11-03', ['following']),
			on('2026-11-04', ['watching'])
		];
		expect(listCountedBehaviours(countByBehaviour(incidents))).toEqual([
			{ id: 'following', count: 1 },
			{ id: 'watching', count: 2 },
			{ id: 'other', count: 1 },
			{ id: 'unspecified', count: 1 }
		]);
	});

	it('lists nothing when nothing was counted', () => {
		expect(listCountedBehaviours(countByBehaviour([]))).toEqual([]);
	});
});

describe('mondayOf', () => {
	it('finds the Monday that starts the ISO week, for every day of that week', () => {
		const monday = toDayNumber('2026-11-23');
		for (const day of ['2026-11-23', '2026-11-25', '2026-11-29'])
			expect(mondayOf(toDayNumber(day))).toBe(monday);
		expect(mondayOf(toDayNumber('2026-11-30'))).toBe(toDayNumber('2026-11-30'));
		// Before 1970 too: 31 December 1969 was a Wednesday.
		expect(mondayOf(toDayNumber('1969-12-31'))).toBe(toDayNumber('1969-12-29'));
	});
});

describe('incidentsPerWeek', () => {
	// FIXED_NOW is Sunday 29 November 2026, so its ISO week began on Monday 23 November.
	it('counts by ISO week from Monday, oldest first, ending with this week', () => {
		const incidents = [
			on('2026-11-23'),
			on('2026-11-29T23:30:00.000+00:00'),
			on('2026-11-22'),
			on('2026-11-16T00:10:00.000+00:00'),
			on('2026-11-15T23:59:00.000+00:00'),
			on('2026-11-01')
		];
		expect(incidentsPerWeek(incidents, FIXED_NOW, 3, 'Europe/London')).toEqual([
			{ weekStart: '2026-11-09', count: 1 },
			{ weekStart: '2026-11-16', count: 2 },
			{ weekStart: '2026-11-23', count: 2 }
		]);
	});

	it('uses the local calendar: late evening in summer is the next day in London', () => {
		const sunday = new Date('2026-07-05T12:00:00.000Z');
		const lateSundayUtc = on('2026-06-28T23:30:00.000+00:00');
		expect(incidentsPerWeek([lateSundayUtc], sunday, 2, 'Europe/London')).toEqual([
			{ weekStart: '2026-06-22', count: 0 },
			{ weekStart: '2026-06-29', count: 1 }
		]);
		expect(incidentsPerWeek([lateSundayUtc], sunday, 2, 'UTC').map((w) => w.count)).toEqual([1, 0]);
	});
});

describe('incidentsPerWeekBetween', () => {
	it('covers every week from the one holding the first day to the one holding the last, and no more', () => {
		// Monday 2 November to Sunday 15 November: exactly two ISO weeks, whichever day of the week each end is.
		const incidents = [on('2026-11-02'), on('2026-11-15T23:30:00.000+00:00')];
		expect(incidentsPerWeekBetween(incidents, '2026-11-02', '2026-11-15', 'Europe/London')).toEqual([
			{ weekStart: '2026-11-02', count: 1 },
			{ weekStart: '2026-11-09', count: 1 }
		]);
		// Sunday 1 November to Monday 2 November: two days, but two weeks.
		expect(incidentsPerWeekBetween([], '2026-11-01', '2026-11-02').map((w) => w.weekStart)).toEqual([
			'2026-10-26',
			'2026-11-02'
		]);
		expect(incidentsPerWeekBetween([], '2026-11-04', '2026-11-04')).toHaveLength(1);
	});

	it('keeps to the calendar days given in zones far east of UTC, where noon UTC is already the next day', () => {
		// Sunday 29 November 2026, evening in Auckland (UTC+13 in summer): one week, with its entry in it.
		const sundayEvening = on('2026-11-29T20:00:00.000+13:00');
		for (const zone of ['Pacific/Auckland', 'Pacific/Tongatapu', 'Pacific/Kiritimati']) {
			expect(incidentsPerWeekBetween([sundayEvening], '2026-11-29', '2026-11-29', zone), zone).toEqual([
				{ weekStart: '2026-11-23', count: 1 }
			]);
		}
	});

	it('keeps only the latest weeks of a longer span', () => {
		const weeks = incidentsPerWeekBetween(
			[on('2020-01-06'), on('2026-11-25')],
			'2020-01-06',
			'2026-11-29',
			'UTC'
		);
		expect(weeks).toHaveLength(MAX_CHART_WEEKS);
		expect(weeks.at(-1)).toEqual({ weekStart: '2026-11-23', count: 1 });
		expect(weeks.reduce((sum, w) => sum + w.count, 0)).toBe(1);
		expect(incidentsPerWeekBetween([], '2026-01-05', '2026-11-29', 'UTC', 3).map((w) => w.weekStart)).toEqual(
			['2026-11-09', '2026-11-16', '2026-11-23']
		);
	});
});

describe('escalation', () => {
	it.each([
		[[1, 1, 1, 1, 2, 2, 2, 2], true, '4 to 8: at least 4 more and 1.5 times'],
		[[0, 0, 0, 1, 0, 0, 1, 1], false, '1 to 2: doubled, but only one more'],
		[[10, 10, 10, 10, 11, 11, 11, 11], false, '40 to 44: four more, but ordinary variation'],
		[[5, 5, 5, 5, 8, 8, 7, 7], true, '20 to 30: exactly 1.5 times'],
		[[2, 2, 2, 2, 1, 1, 1, 1], false, 'falling'],
		[[0, 0, 0, 0, 0, 0, 9], false, 'fewer than eight weeks known']
	])('%j -> %s (%s)', (counts, expected) => {
		expect(escalation(counts)).toBe(expected);
	});

	it('reads week counts as incidentsPerWeek gives them, using only the last eight', () => {
		const weeks = [9, 9, 0, 0, 0, 0, 1, 2, 3, 4].map((count, i) => ({ weekStart: `w${i}`, count }));
		expect(escalation(weeks)).toBe(true);
	});
});
