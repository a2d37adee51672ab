/**
 * The facts a stalking caseworker asks about when they assess risk (the stalking questions of the DASH checklist;
 * the police's FOUR: fixated, obsessive, unwanted, repeated), counted from the diary and each linked to the entries
 * it counts. Counts only: there is no score, because the caseworker assesses risk, with the person, not the app.
 *
 * Withdrawn and deleted entries are never counted, as in patterns.ts: the person has said they should not stand.
 */
import type { BehaviourId, ChannelId } from './behaviours';
import {
	currentContent,
	isWithdrawn,
	type Incident,
	type IncidentContent,
	type IncidentId
} from './incident';
import { dayKeyOf, toDayKey, toDayNumber } from './iso-time';
import { escalation, incidentsPerWeek } from './patterns';

/** In the order a caseworker's questions take them: how often, where, what kind, and the fear it causes. */
export const RISK_FACT_IDS = [
	'lastWeek',
	'lastMonth',
	'home',
	'work',
	'children',
	'loitering',
	'following',
	'throughOthers',
	'threats',
	'property',
	'fearOfViolence'
] as const;

export type RiskFactId = (typeof RISK_FACT_IDS)[number];

/** The days each "how often" fact looks back over, today included. */
export const RECENT_DAYS = { lastWeek: 7, lastMonth: 30 } as const;
/** Behaviours first recorded within this many days count as new in kind: the four weeks the frequency compares. */
export const NEW_KIND_DAYS = 28;

export interface RiskFact {
	id: RiskFactId;
	/** The entries it counts, oldest first; the count is their number. */
	incidents: IncidentId[];
}

export interface RiskFacts {
	/** Every fact, in RISK_FACT_IDS order, those with no entries too: "none recorded" is an answer as well. */
	facts: RiskFact[];
	/** Entries in the last four weeks and the four before; `rising` as patterns.ts's escalation says. */
	frequency: { recent: number; before: number; rising: boolean };
	/** Behaviours recorded in the last four weeks that no earlier entry had, with the entries that have them. */
	newKinds: { id: BehaviourId; incidents: IncidentId[] }[];
	/** The person's own words about how it affected them, oldest first. */
	ownWords: { incidentId: IncidentId; words: string }[];
}

interface Counted {
	id: IncidentId;
	content: IncidentContent;
	/** Days since 1970 on the person's calendar, of the start and the end (the same for a single time). */
	first: number;
	last: number;
}

const BEHAVIOUR_FACTS: Partial<Record<RiskFactId, BehaviourId>> = {
	loitering: 'loitering',
	following: 'following',
	property: 'interfering'
};
const CHANNEL_FACTS: Partial<Record<RiskFactId, ChannelId>> = { throughOthers: 'through-other-people' };

function dayOf(value: string | undefined, timeZone: string | undefined): number | null {
	try {
		const day = value === undefined ? null : dayKeyOf(value, timeZone);
		return day === null ? null : toDayNumber(day);
	} catch {
		// A time that reads as a day outside the years 0000 to 9999 (9999-12-31T23:59-10:00) has no day to count by.
		return null;
	}
}

/** The entries that count, oldest first; one with no readable date is still counted by kind, never by when. */
function countedEntries(incidents: readonly Incident[], timeZone: string | undefined): Counted[] {
	const counted: Counted[] = [];
	for (const incident of incidents) {
		const content = currentContent(incident);
		if (!content || isWithdrawn(incident)) continue;
		const first = dayOf(content.occurred.start, timeZone) ?? Number.NaN;
		const end = content.occurred.kind === 'range' ? dayOf(content.occurred.end, timeZone) : null;
		counted.push({ id: incident.id, content, first, last: end ?? first });
	}
	// Undated entries last, then by the day they started, then by when they were first saved.
	const recordedAt = new Map(incidents.map((i) => [i.id, i.recordedAt]));
	return counted.sort(
		(a, b) =>
			(Number.isNaN(a.first) ? 1 : 0) - (Number.isNaN(b.first) ? 1 : 0) ||
			(a.first || 0) - (b.first || 0) ||
			(recordedAt.get(a.id) ?? '').localeCompare(recordedAt.get(b.id) ?? '')
	);
}

function matches(id: RiskFactId, entry: Counted, today: number): boolean {
	const { content } = entry;
	const behaviour = BEHAVIOUR_FACTS[id];
	if (behaviour) return content.behaviours.includes(behaviour);
	const channel = CHANNEL_FACTS[id];
	if (channel) return content.channels.includes(channel);
	switch (id) {
		case 'lastWeek':
		case 'lastMonth':
			// Any part of it within the window; a range that ends in it counts, as in the export's date filter.
			return entry.last > today - RECENT_DAYS[id] && entry.first <= today;
		case 'home':
		case 'work':
		case 'children':
			return content.places?.includes(id) ?? false;
		case 'threats':
			return content.threatened === true;
		case 'fearOfViolence':
			return content.impact.fearOfViolence;
		default:
			return false;
	}
}

function findNewKinds(entries: readonly Counted[], today: number): RiskFacts['newKinds'] {
	const since = today - NEW_KIND_DAYS;
	const before = new Set<BehaviourId>();
	const recent = new Map<BehaviourId, IncidentId[]>();
	for (const entry of entries) {
		if (Number.isNaN(entry.first)) continue;
		for (const id of new Set(entry.content.behaviours)) {
			if (entry.first <= since) before.add(id);
			else if (entry.first <= today) recent.set(id, [...(recent.get(id) ?? []), entry.id]);
		}
	}
	// Only where there is an earlier record to compare with: in a new diary everything would look new.
	if (!entries.some((e) => e.first <= since)) return [];
	return [...recent].filter(([id]) => !before.has(id)).map(([id, incidents]) => ({ id, incidents }));
}

/** The facts as of `now` (the time of an export, for a file), on the calendar of `timeZone`. */
export function countRiskFacts(incidents: readonly Incident[], now: Date, timeZone?: string): RiskFacts {
	const entries = countedEntries(incidents, timeZone);
	const today = toDayNumber(toDayKey(now, timeZone));
	const facts = RISK_FACT_IDS.map((id) => ({
		id,
		incidents: entries.filter((entry) => matches(id, entry, today)).map((entry) => entry.id)
	}));
	const weeks = incidentsPerWeek(incidents, now, 8, timeZone).map((w) => w.count);
	const sum = (counts: number[]) => counts.reduce((total, count) => total + count, 0);
	const ownWords = entries.flatMap((entry) => {
		const words = entry.content.impact.inOwnWords.trim();
		return words === '' ? [] : [{ incidentId: entry.id, words }];
	});
	return {
		facts,
		frequency: { recent: sum(weeks.slice(-4)), before: sum(weeks.slice(0, 4)), rising: escalation(weeks) },
		newKinds: findNewKinds(entries, today),
		ownWords
	};
}
