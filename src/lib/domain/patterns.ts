/**
 * The patterns a caseworker looks for first: which behaviours, how often, and whether it is getting worse.
 * Withdrawn and deleted incidents are left out of every count: the person has said they should not stand.
 */
import { BEHAVIOUR_IDS, type BehaviourId } from './behaviours';
import { currentContent, isWithdrawn, type Incident, type IncidentContent, type IsoDate } from './incident';
import { dayKeyOf, fromDayNumber, isIsoDate, toDayKey, toDayNumber } from './iso-time';

/** Counts per behaviour; 'unspecified' counts quick logs that have no behaviour yet. */
export type BehaviourCounts = Record<BehaviourId | 'unspecified', number>;

/** The Act's order, then the quick logs with no behaviour yet: the order every count is listed in. */
const COUNTED_IDS: readonly (keyof BehaviourCounts)[] = [...BEHAVIOUR_IDS, 'unspecified'];

function countedContents(incidents: readonly Incident[]): IncidentContent[] {
	const contents: IncidentContent[] = [];
	for (const incident of incidents) {
		const content = currentContent(incident);
		if (content && !isWithdrawn(incident)) contents.push(content);
	}
	return contents;
}

/** An incident with two behaviours counts once under each, so the counts can add up to more than the incidents. */
export function countByBehaviour(incidents: readonly Incident[]): BehaviourCounts {
	const counts = Object.fromEntries(COUNTED_IDS.map((id) => [id, 0])) as BehaviourCounts;
	for (const content of countedContents(incidents)) {
		if (content.behaviours.length === 0) counts.unspecified++;
		for (const id of new Set(content.behaviours)) if (id in counts) counts[id]++;
	}
	return counts;
}

export interface BehaviourCount {
	id: keyof BehaviourCounts;
	count: number;
}

/** The behaviours that were counted at least once, in the Act's order, then "not yet described". */
export function listCountedBehaviours(counts: BehaviourCounts): BehaviourCount[] {
	return COUNTED_IDS.map((id) => ({ id, count: counts[id] })).filter((row) => row.count > 0);
}

/** The Monday that starts the ISO week holding a day, both as days since 1 January 1970 (toDayNumber). */
export function mondayOf(dayNumber: number): number {
	// Day 0 (1 January 1970) was a Thursday, so Monday is 3 days later in the cycle.
	return dayNumber - ((((dayNumber - 4) % 7) + 7) % 7);
}

export interface WeekCount {
	/** The Monday that starts the ISO week ("w/c" in UK usage). */
	weekStart: IsoDate;
	count: number;
}

/**
 * Incidents per ISO week (Monday to Sunday, on the person's local calendar), oldest first, ending with the week
 * that holds `now`. An incident counts in the week of the day it started.
 */
export function incidentsPerWeek(
	incidents: readonly Incident[],
	now: Date,
	weeks: number,
	timeZone?: string
): WeekCount[] {
	const thisMonday = mondayOf(toDayNumber(toDayKey(now, timeZone)));
	return countWeeksFrom(incidents, thisMonday - 7 * (weeks - 1), weeks, timeZone);
}

/** Incidents per week for `weeks` weeks from the Monday `firstMonday` (a day number), on the local calendar. */
function countWeeksFrom(
	incidents: readonly Incident[],
	firstMonday: number,
	weeks: number,
	timeZone: string | undefined
): WeekCount[] {
	const counts = new Array<number>(Math.max(0, weeks)).fill(0);
	for (const content of countedContents(incidents)) {
		const day = dayKeyOf(content.occurred.start, timeZone);
		// A time that reads as a day outside the years 0000 to 9999 has no week to count in.
		if (day === null || !isIsoDate(day)) continue;
		const week = Math.floor((toDayNumber(day) - firstMonday) / 7);
		if (week >= 0 && week < counts.length) counts[week] = (counts[week] ?? 0) + 1;
	}
	return counts.map((count, week) => ({ weekStart: fromDayNumber(firstMonday + week * 7), count }));
}

/** The longest span a weekly chart covers: two years, the latest weeks kept. */
export const MAX_CHART_WEEKS = 104;

/**
 * Incidents per week over every week from the one holding `first` to the one holding `last` (calendar days), or
 * the latest `maxWeeks` of them: the one weekly window the PDF's chart and the caseworker's viewer both draw.
 */
export function incidentsPerWeekBetween(
	incidents: readonly Incident[],
	first: IsoDate,
	last: IsoDate,
	timeZone?: string,
	maxWeeks = MAX_CHART_WEEKS
): WeekCount[] {
	const [firstDay, lastDay] = [toDayNumber(first), toDayNumber(last)];
	const weeks = Math.min(maxWeeks, Math.max(1, (mondayOf(lastDay) - mondayOf(firstDay)) / 7 + 1));
	// Calendar days throughout, never an instant: noon UTC on a Sunday is already Monday in New Zealand.
	return countWeeksFrom(incidents, mondayOf(lastDay) - 7 * (weeks - 1), weeks, timeZone);
}

/**
 * "Clearly more" needs both: at least 4 more incidents, and at least half as many again. The ratio alone would
 * call 1 -> 2 an escalation, which is noise; the difference alone would call 40 -> 44 one, which is ordinary
 * variation. Together they pick out the rises a caseworker would want pointed out.
 */
export const ESCALATION_MIN_INCREASE = 4;
export const ESCALATION_MIN_RATIO = 1.5;

/** True when the last four weeks hold clearly more incidents than the four before. Needs eight weeks of counts. */
export function escalation(perWeek: readonly WeekCount[] | readonly number[]): boolean {
	if (perWeek.length < 8) return false;
	const counts = perWeek.map((week) => (typeof week === 'number' ? week : week.count));
	const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
	const recent = sum(counts.slice(-4));
	const before = sum(counts.slice(-8, -4));
	return recent - before >= ESCALATION_MIN_INCREASE && recent >= before * ESCALATION_MIN_RATIO;
}
