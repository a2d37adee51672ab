/**
 * The timeline: incidents newest first, grouped by day, filtered and searched in memory.
 *
 * Searching 10,000 incidents must take well under a frame per keystroke, so everything that does not depend on
 * the filter (normalised search text, sort keys, day) is worked out once per incident and cached against the
 * incident object. Incidents are immutable, so an edit makes a new object and only that one is worked out again.
 */
import type { BehaviourId } from './behaviours';
import {
	currentContent,
	isWithdrawn,
	type Incident,
	type IncidentContent,
	type IsoDate,
	type Person,
	type PersonId
} from './incident';
import { dayKeyOf, instantOf, toDayKey } from './iso-time';

export interface TimelineFilter {
	/** Incidents with any of these behaviours. */
	behaviours?: readonly BehaviourId[];
	/** Incidents involving any of these people. */
	personIds?: readonly PersonId[];
	/** Inclusive calendar days; a range incident matches if any part of it falls inside. */
	from?: IsoDate;
	to?: IsoDate;
	hasExhibits?: boolean;
	needsDetail?: boolean;
	/** Withdrawn incidents are shown, marked, unless this is false. */
	includeWithdrawn?: boolean;
	/** Every word must appear (in any text field or in the name of a person involved), ignoring case and accents. */
	search?: string;
}

export interface TimelineEntry {
	incident: Incident;
	content: IncidentContent;
	day: IsoDate;
	withdrawn: boolean;
	needsDetail: boolean;
}

export interface TimelineDay {
	day: IsoDate;
	entries: TimelineEntry[];
}

interface IndexedIncident {
	entry: TimelineEntry;
	/** Worked out on the first search, not on unlock: most openings of the diary never search. */
	text: string | undefined;
	endDay: IsoDate;
	/** -Infinity for a date-only incident, so it sits after the timed ones of its day. */
	occurredInstant: number;
	recordedInstant: number;
}

export interface TimelineIndex {
	readonly timeZone: string | undefined;
	/** Newest first; deleted incidents are not in it. */
	readonly incidents: readonly IndexedIncident[];
	readonly personNames: ReadonlyMap<PersonId, string>;
}

/** Lower case without accents, so "zoe" finds "Zoë" and "ZOË". */
export function normaliseSearchText(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function searchTextOf(content: IncidentContent): string {
	const { impact, actions } = content;
	return normaliseSearchText(
		[
			content.whatHappened,
			content.exactWords,
			content.location,
			content.unknownPersonDescription,
			content.vehicle,
			content.registration,
			...content.witnesses.flatMap((w) => [w.name, w.contact]),
			impact.inOwnWords,
			actions.crimeReference,
			actions.officer,
			actions.platformDetails,
			actions.toldWho,
			content.otherBehaviour
		].join('\n')
	);
}

/** dayKeyOf, given the instant already read from the same value (null for a calendar date or an unreadable one). */
function dayOf(value: string, instant: number | null, timeZone: string | undefined): IsoDate | null {
	return instant === null ? dayKeyOf(value, timeZone) : toDayKey(new Date(instant), timeZone);
}

function searchTextOfItem(item: IndexedIncident): string {
	item.text ??= searchTextOf(item.entry.content);
	return item.text;
}

const cache = new WeakMap<Incident, { timeZone: string | undefined; indexed: IndexedIncident | null }>();

function indexOne(incident: Incident, timeZone: string | undefined): IndexedIncident | null {
	const cached = cache.get(incident);
	if (cached && cached.timeZone === timeZone) return cached.indexed;
	const content = currentContent(incident);
	let indexed: IndexedIncident | null = null;
	if (content) {
		const { start, end } = content.occurred;
		// Each stored time is read once: the day and the sort key both come from the one parse.
		const startInstant = instantOf(start);
		// An unreadable time should not hide an incident: it falls back to the day it was recorded.
		const day = dayOf(start, startInstant, timeZone) ?? dayKeyOf(incident.recordedAt, timeZone) ?? '';
		const endDay = content.occurred.kind === 'range' && end ? (dayKeyOf(end, timeZone) ?? day) : day;
		indexed = {
			entry: { incident, content, day, withdrawn: isWithdrawn(incident), needsDetail: content.quickLog },
			text: undefined,
			endDay: endDay < day ? day : endDay,
			occurredInstant: startInstant ?? -Infinity,
			recordedInstant: instantOf(incident.recordedAt) ?? -Infinity
		};
	}
	cache.set(incident, { timeZone, indexed });
	return indexed;
}

function compareNewestFirst(a: IndexedIncident, b: IndexedIncident): number {
	if (a.entry.day !== b.entry.day) return a.entry.day < b.entry.day ? 1 : -1;
	if (a.occurredInstant !== b.occurredInstant) return a.occurredInstant < b.occurredInstant ? 1 : -1;
	if (a.recordedInstant !== b.recordedInstant) return a.recordedInstant < b.recordedInstant ? 1 : -1;
	// Ids are random, so this only makes the order the same every time.
	return a.entry.incident.id < b.entry.incident.id ? 1 : -1;
}

/** Build once when the diary opens or changes; then filter with `buildTimeline` on every keystroke. */
export function indexIncidents(
	incidents: readonly Incident[],
	options: { people?: readonly Person[]; timeZone?: string } = {}
): TimelineIndex {
	const indexed: IndexedIncident[] = [];
	for (const incident of incidents) {
		const one = indexOne(incident, options.timeZone);
		if (one) indexed.push(one);
	}
	indexed.sort(compareNewestFirst);
	const personNames = new Map((options.people ?? []).map((p) => [p.id, normaliseSearchText(p.name)]));
	return { timeZone: options.timeZone, incidents: indexed, personNames };
}

/** Incidents indexed between two pauses by prepareIndex: a few milliseconds of work on a phone. */
const INDEX_BATCH = 500;

/**
 * indexIncidents a batch at a time, pausing between batches. Each incident's entry is kept (by incident), so a later
 * indexIncidents of the same incidents, such as the timeline's first draw on unlock, finds every one done and only
 * sorts: a diary of ten thousand entries then opens without one long task. The result is indexIncidents' own.
 */
export async function prepareIndex(
	incidents: readonly Incident[],
	options: { people?: readonly Person[]; timeZone?: string },
	pause: () => Promise<void>
): Promise<TimelineIndex> {
	for (let start = 0; start < incidents.length; start += INDEX_BATCH) {
		if (start > 0) await pause();
		for (const incident of incidents.slice(start, start + INDEX_BATCH)) indexOne(incident, options.timeZone);
	}
	return indexIncidents(incidents, options);
}

function isTimelineIndex(source: TimelineIndex | readonly Incident[]): source is TimelineIndex {
	return !Array.isArray(source);
}

/** Filtered incidents, newest first, grouped by the day they happened. */
export function buildTimeline(
	source: TimelineIndex | readonly Incident[],
	filter: TimelineFilter = {}
): TimelineDay[] {
	const index = isTimelineIndex(source) ? source : indexIncidents(source);
	const terms = normaliseSearchText(filter.search ?? '')
		.split(/\s+/)
		.filter((term) => term !== '');
	// People are few, so which of them each word names is worked out once per search, not once per incident.
	const peopleByTerm = terms.map((term) => {
		const ids = new Set<PersonId>();
		for (const [id, name] of index.personNames) if (name.includes(term)) ids.add(id);
		return ids;
	});
	const behaviours = filter.behaviours?.length ? new Set(filter.behaviours) : null;
	const personIds = filter.personIds?.length ? new Set(filter.personIds) : null;

	const days: TimelineDay[] = [];
	for (const item of index.incidents) {
		const { entry } = item;
		const { content } = entry;
		if (filter.includeWithdrawn === false && entry.withdrawn) continue;
		if (filter.needsDetail !== undefined && entry.needsDetail !== filter.needsDetail) continue;
		if (filter.hasExhibits !== undefined && content.exhibits.length > 0 !== filter.hasExhibits) continue;
		if (filter.from !== undefined && item.endDay < filter.from) continue;
		if (filter.to !== undefined && entry.day > filter.to) continue;
		if (behaviours && !content.behaviours.some((id) => behaviours.has(id))) continue;
		if (personIds && !content.personIds.some((id) => personIds.has(id))) continue;
		const found = terms.every(
			(term, i) =>
				searchTextOfItem(item).includes(term) ||
				content.personIds.some((id) => peopleByTerm[i]?.has(id) ?? false)
		);
		if (!found) continue;

		const last = days.at(-1);
		if (last && last.day === entry.day) last.entries.push(entry);
		else days.push({ day: entry.day, entries: [entry] });
	}
	return days;
}
