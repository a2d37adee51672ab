/**
 * What the papers for the courts print, apart from how: the exhibit marks a police statement uses, the acts grouped
 * by the behaviours of s.2A(3) for a Stalking Protection Order fact sheet, and the rows and pattern summary of a
 * family-court chronology. Each is built from the export's own rows (timeline-rows.ts), so every paper numbers the
 * incidents and exhibits exactly as the timeline PDF and the pack do.
 */
import { BEHAVIOUR_IDS, type BehaviourId } from '$lib/domain/behaviours';
import { currentContent, type Incident, type IncidentId, type IsoDate } from '$lib/domain/incident';
import type { TimelineRow } from './timeline-rows';

/** The papers the export screen offers besides the timeline itself. */
export const PAPER_KINDS = ['police', 'spo', 'family'] as const;
export type PaperKind = (typeof PAPER_KINDS)[number];

export function isPaperKind(value: unknown): value is PaperKind {
	return typeof value === 'string' && (PAPER_KINDS as readonly string[]).includes(value);
}

/**
 * The initials a police officer would put on exhibits, from the person's name: the first letter of the first and
 * the last word, in capitals ("Jo Smith" gives JS, "Małgorzata Żółć" gives MŻ). Empty when there is no name.
 */
export function initialsOf(name: string): string {
	const words = name
		.normalize('NFC')
		// Split at spaces only: "Jo Smith-Jones" is JS, the surname's own first letter.
		.split(/\s+/u)
		.map((word) => word.replace(/^[^\p{L}]+/u, ''))
		.filter((word) => word !== '');
	const first = words[0];
	const last = words.length > 1 ? words.at(-1) : undefined;
	// Whole characters, not UTF-16 halves: a letter outside the Basic Multilingual Plane stays whole.
	const letter = (word: string | undefined) =>
		word === undefined ? '' : [...word][0]!.toLocaleUpperCase('en-GB');
	return `${letter(first)}${letter(last)}`;
}

export interface ExhibitMark {
	/** JS/1, JS/2, … in the order the exhibits first appear in the chronology. */
	mark: string;
	/** The exhibit's permanent number (EXH-004), which the pack's files and SHA256SUMS use. */
	number: string;
}

/**
 * Exhibit marks for this paper: the person's initials and a number from 1, in the order each exhibit first appears
 * in `rows`, which are the rows the paper prints in the order it prints them. Without a name, the permanent
 * numbers stand as the marks, so nothing is ever unmarked.
 */
export function exhibitMarks(
	rows: readonly TimelineRow[],
	personName: string | undefined
): Map<string, ExhibitMark> {
	const initials = initialsOf(personName ?? '');
	const marks = new Map<string, ExhibitMark>();
	for (const row of rows) {
		if (row.deleted) continue;
		for (const { number } of row.exhibits) {
			if (marks.has(number)) continue;
			marks.set(number, { number, mark: initials ? `${initials}/${marks.size + 1}` : number });
		}
	}
	return marks;
}

/** The marks of one row's exhibits, in its own order. */
export function marksOf(row: TimelineRow, marks: ReadonlyMap<string, ExhibitMark>): string[] {
	return row.exhibits.map(({ number }) => marks.get(number)?.mark ?? number);
}

/** The rows a paper for a court sets out as acts: not deleted, and not withdrawn (the person said they should not stand). */
export function standingRows(rows: readonly TimelineRow[]): TimelineRow[] {
	return rows.filter((row) => !row.deleted && !row.withdrawn);
}

export interface BehaviourGroup {
	/** A behaviour of s.2A(3), in the Act's order, then 'other', then 'unspecified' for entries with none chosen. */
	id: BehaviourId | 'unspecified';
	rows: TimelineRow[];
}

/**
 * The acts grouped by the behaviours of s.2A(3), in the Act's order, each group oldest first; an entry with two
 * behaviours stands in both groups, and one with none chosen yet in a last group of its own.
 */
export function groupByBehaviour(
	rows: readonly TimelineRow[],
	incidents: readonly Incident[] | ReadonlyMap<IncidentId, Incident>
): BehaviourGroup[] {
	const byId: ReadonlyMap<IncidentId, Incident> =
		incidents instanceof Map ? incidents : new Map((incidents as readonly Incident[]).map((i) => [i.id, i]));
	const groups = new Map<BehaviourGroup['id'], TimelineRow[]>();
	for (const row of standingRows(rows)) {
		const incident = byId.get(row.incidentId);
		const content = incident ? currentContent(incident) : null;
		const ids =
			content && content.behaviours.length > 0
				? new Set(content.behaviours)
				: new Set(['unspecified' as const]);
		for (const id of ids) groups.set(id, [...(groups.get(id) ?? []), row]);
	}
	return [...BEHAVIOUR_IDS, 'unspecified' as const]
		.filter((id) => groups.has(id))
		.map((id) => ({ id, rows: groups.get(id) ?? [] }));
}

export interface FamilyRow {
	/** Incident number, as in every other file of the export. */
	number: number;
	/** The day it happened (the calendar day, for sorting), or null when no date can be read. */
	day: IsoDate | null;
	/** When, as printed: the date and time with its offset. */
	when: string;
	/** What happened, with the behaviours first: the "event" column. */
	event: string;
	/** Exhibit marks. */
	refs: string[];
}

/**
 * The family court's usual chronology: date, event and exhibit reference, one row per standing entry, in date
 * order (an entry without a readable date last), so it reads as the pattern it is rather than as single incidents.
 */
export function familyChronology(
	rows: readonly TimelineRow[],
	marks: ReadonlyMap<string, ExhibitMark>
): FamilyRow[] {
	return familyRows(rows).map((row) => ({
		number: row.number,
		day: row.day,
		when: row.cells.occurred,
		event: [row.cells.behaviours, row.cells.whatHappened].filter((part) => part.trim() !== '').join('\n'),
		refs: marksOf(row, marks)
	}));
}

/** The rows a family-court chronology prints, in the order it prints them: standing entries by date. */
export function familyRows(rows: readonly TimelineRow[]): TimelineRow[] {
	return standingRows(rows).sort(
		(a, b) =>
			(a.day === null ? 1 : 0) - (b.day === null ? 1 : 0) ||
			(a.day ?? '').localeCompare(b.day ?? '') ||
			a.number - b.number
	);
}

export interface MonthPattern {
	/** YYYY-MM. */
	month: string;
	entries: number;
	/** Entries per behaviour that month, in the Act's order; an entry with two behaviours counts under each. */
	behaviours: { id: BehaviourId | 'unspecified'; count: number }[];
}

/** The longest span of months listed one by one; a longer diary lists only the months that have entries. */
export const MAX_PATTERN_MONTHS = 240;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A month as one number (year × 12 + month − 1), so stepping through months cannot run on past a malformed one. */
function monthIndex(month: string): number | null {
	const match = MONTH.exec(month);
	return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : null;
}

function monthOfIndex(index: number): string {
	return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Entries per calendar month, oldest first, with every month between the first and the last (none is a figure
 * too), up to MAX_PATTERN_MONTHS of them. A day that is not a calendar day of the years 0000 to 9999 is left out.
 */
export function monthlyPattern(rows: readonly TimelineRow[], incidents: readonly Incident[]): MonthPattern[] {
	const byId = new Map<IncidentId, Incident>(incidents.map((incident) => [incident.id, incident]));
	const byMonth = new Map<number, TimelineRow[]>();
	for (const row of standingRows(rows)) {
		const index = row.day === null ? null : monthIndex(row.day.slice(0, 7));
		if (index === null) continue;
		byMonth.set(index, [...(byMonth.get(index) ?? []), row]);
	}
	const months = [...byMonth.keys()].sort((a, b) => a - b);
	const [first, last] = [months[0], months.at(-1)];
	if (first === undefined || last === undefined) return [];
	const span = last - first + 1;
	const listed = span <= MAX_PATTERN_MONTHS ? Array.from({ length: span }, (_, i) => first + i) : months;
	return listed.map((index) => {
		const monthRows = byMonth.get(index) ?? [];
		return {
			month: monthOfIndex(index),
			entries: monthRows.length,
			behaviours: groupByBehaviour(monthRows, byId).map((group) => ({
				id: group.id,
				count: group.rows.length
			}))
		};
	});
}
