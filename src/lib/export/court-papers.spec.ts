import { describe, expect, it } from 'vitest';
import type { IncidentId } from '$lib/domain/incident';
import { makeIncident, makeRiskDiary, testId } from '$lib/domain/test-factories';
import { FIXED_NOW } from '$lib/domain/test-factories';
import { withdrawIncident } from '$lib/domain/revisions';
import {
	exhibitMarks,
	familyChronology,
	familyRows,
	groupByBehaviour,
	initialsOf,
	marksOf,
	monthlyPattern
} from './court-papers';
import { makeExhibit } from './test-fixtures';
import { buildTimelineRows } from './timeline-rows';

const options = { disclosureSafe: false, includePrivateNotes: false, timeZone: 'Europe/London' };

/** Three entries, given out of order, with exhibits: the newest shares one with the oldest. */
async function diaryWithExhibits() {
	const [a, b, c] = [makeExhibit(1), makeExhibit(2), makeExhibit(3)];
	const incidents = [
		makeIncident(
			{ occurred: { kind: 'date', start: '2026-11-20', approximate: false }, exhibits: [c!, a!] },
			{ id: 3 }
		),
		makeIncident(
			{ occurred: { kind: 'date', start: '2026-10-01', approximate: false }, exhibits: [a!, b!] },
			{ id: 1 }
		),
		makeIncident({ occurred: { kind: 'date', start: '2026-10-15', approximate: false } }, { id: 2 })
	];
	return { incidents, rows: await buildTimelineRows(incidents, [], options) };
}

describe('initialsOf', () => {
	it('takes the first letter of the first and last names, in capitals, in any script', () => {
		expect(initialsOf('Jo Smith')).toBe('JS');
		expect(initialsOf('  małgorzata   anna żółć ')).toBe('MŻ');
		expect(initialsOf('Mary-Jane Watson')).toBe('MW');
		expect(initialsOf('Jo Smith-Jones')).toBe('JS');
		expect(initialsOf('Ayşe')).toBe('A');
		expect(initialsOf('(Zoë) Łukasiewicz')).toBe('ZŁ');
		expect(initialsOf('𝒜da Lovelace')).toBe('𝒜L');
		expect(initialsOf('')).toBe('');
	});
});

describe('exhibitMarks', () => {
	it('numbers each exhibit from 1 in the order it first appears in the chronology, once', async () => {
		const { rows } = await diaryWithExhibits();
		const marks = exhibitMarks(rows, 'Jo Smith');
		// Rows run oldest first: entry 1 (1 October) shows exhibits 1 and 2, entry 3 shows 3 and 1 again.
		expect([...marks.values()]).toEqual([
			{ number: rows[0]!.exhibits[0]!.number, mark: 'JS/1' },
			{ number: rows[0]!.exhibits[1]!.number, mark: 'JS/2' },
			{ number: rows[2]!.exhibits[0]!.number, mark: 'JS/3' }
		]);
		expect(marksOf(rows[2]!, marks)).toEqual(['JS/3', 'JS/1']);
		expect(marksOf(rows[1]!, marks)).toEqual([]);
	});

	it('falls back to the permanent exhibit numbers when there is no name to take initials from', async () => {
		const { rows } = await diaryWithExhibits();
		const marks = exhibitMarks(rows, undefined);
		expect(marksOf(rows[2]!, marks)).toEqual(rows[2]!.exhibits.map((x) => x.number));
	});
});

describe('groupByBehaviour', () => {
	it('groups the standing acts by s.2A(3) in the Act’s order, oldest first, one entry in each of its groups', async () => {
		const diary = [
			...(await makeRiskDiary()),
			makeIncident(
				{
					occurred: { kind: 'date', start: '2026-11-25', approximate: false },
					behaviours: ['watching', 'following']
				},
				{ id: 10 }
			)
		];
		const rows = await buildTimelineRows(diary, [], options);
		const ids = (n: number[]) => n.map((i) => testId<IncidentId>(i));
		const groups = groupByBehaviour(rows, diary).map((g) => ({
			id: g.id,
			incidents: g.rows.map((r) => r.incidentId)
		}));
		expect(groups).toEqual([
			{ id: 'following', incidents: ids([2, 10]) },
			{ id: 'contacting', incidents: ids([6]) },
			{ id: 'loitering', incidents: ids([3]) },
			{ id: 'interfering', incidents: ids([7]) },
			{ id: 'watching', incidents: ids([7, 9, 10, 1]) },
			{ id: 'unspecified', incidents: ids([8]) }
		]);
	});
});

describe('familyChronology', () => {
	it('lists the standing entries by date with their event and exhibit marks', async () => {
		const { incidents } = await diaryWithExhibits();
		const undated = makeIncident(
			{ occurred: { kind: 'date', start: 'sometime', approximate: true } },
			{ id: 4 }
		);
		const all = [...incidents, undated];
		const allRows = await buildTimelineRows(all, [], options);
		const chronology = familyChronology(allRows, exhibitMarks(allRows, 'Jo Smith'));
		// A date that cannot be read stands at the day it was recorded (29 November), as in every export.
		expect(chronology.map((r) => r.day)).toEqual(['2026-10-01', '2026-10-15', '2026-11-20', '2026-11-29']);
		expect(chronology.at(-1)?.when).toBe('approx. sometime');
		expect(chronology.map((r) => r.refs)).toEqual([['JS/1', 'JS/2'], [], ['JS/3', 'JS/1'], []]);
		expect(chronology[0]?.event).toBe(
			'(g) Watching or spying\nHe sat in a car opposite the house for an hour.'
		);
	});

	it('leaves out withdrawn and deleted entries', async () => {
		const diary = await makeRiskDiary();
		const rows = await buildTimelineRows(diary, [], options);
		const numbers = familyChronology(rows, new Map()).map((r) => r.number);
		const of = (n: number) => rows.find((r) => r.incidentId === testId(n))?.number;
		expect(numbers).not.toContain(of(4));
		expect(numbers).not.toContain(of(5));
		expect(numbers).toHaveLength(7);
	});
});

describe('marks for the rows a paper prints', () => {
	it('number the exhibits of a family chronology in its own order, and leave a withdrawn entry’s unmarked', async () => {
		const [a, b] = [makeExhibit(1), makeExhibit(2)];
		const incidents = [
			// Withdrawn, and first in the timeline: its exhibit is in no paper that leaves it out.
			withdrawIncident(
				makeIncident(
					{ occurred: { kind: 'date', start: '2026-09-01', approximate: false }, exhibits: [b!] },
					{ id: 1 }
				),
				FIXED_NOW
			),
			makeIncident(
				{ occurred: { kind: 'date', start: '2026-10-01', approximate: false }, exhibits: [a!] },
				{ id: 2 }
			)
		];
		const rows = await buildTimelineRows(incidents, [], options);
		const printed = familyRows(rows);
		expect(printed.map((r) => r.incidentId)).toEqual([testId(2)]);
		const marks = exhibitMarks(printed, 'Jo Smith');
		expect([...marks.values()].map((x) => x.mark)).toEqual(['JS/1']);
		expect(familyChronology(rows, marks)[0]?.refs).toEqual(['JS/1']);
	});
});

describe('monthlyPattern', () => {
	it('leaves out a day outside the years 0000 to 9999 and lists only the months with entries over a long span', async () => {
		const far = [
			makeIncident({ occurred: { kind: 'date', start: '1990-01-05', approximate: false } }, { id: 1 }),
			makeIncident({ occurred: { kind: 'date', start: '2026-02-03', approximate: false } }, { id: 2 })
		];
		const rows = await buildTimelineRows(far, [], options);
		const odd = { ...rows[1]!, incidentId: testId<IncidentId>(3), day: '10000-01-01' };
		expect(monthlyPattern([...rows, odd], far).map((m) => [m.month, m.entries])).toEqual([
			['1990-01', 1],
			['2026-02', 1]
		]);
	});

	it('counts entries per month with every month between, and the behaviours each month', async () => {
		const diary = await makeRiskDiary();
		const rows = await buildTimelineRows(diary, [], options);
		expect(monthlyPattern(rows, diary)).toEqual([
			{ month: '2026-09', entries: 1, behaviours: [{ id: 'loitering', count: 1 }] },
			{
				month: '2026-10',
				entries: 3,
				behaviours: [
					{ id: 'interfering', count: 1 },
					{ id: 'watching', count: 2 },
					{ id: 'unspecified', count: 1 }
				]
			},
			{
				month: '2026-11',
				entries: 3,
				behaviours: [
					{ id: 'following', count: 1 },
					{ id: 'contacting', count: 1 },
					{ id: 'watching', count: 1 }
				]
			}
		]);
		const gap = [
			makeIncident({ occurred: { kind: 'date', start: '2025-11-03', approximate: false } }, { id: 1 }),
			makeIncident({ occurred: { kind: 'date', start: '2026-02-03', approximate: false } }, { id: 2 })
		];
		const gapRows = await buildTimelineRows(gap, [], options);
		expect(monthlyPattern(gapRows, gap).map((m) => [m.month, m.entries])).toEqual([
			['2025-11', 1],
			['2025-12', 0],
			['2026-01', 0],
			['2026-02', 1]
		]);
	});
});
