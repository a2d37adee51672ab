import { describe, expect, it } from 'vitest';
import type { BehaviourId } from './behaviours';
import type { ExhibitId, Incident, IncidentId, PersonId } from './incident';
import { createIncident, deleteIncident, editIncident, withdrawIncident } from './revisions';
import { FIXED_NOW, makeContent, makeIncident, makePerson, testId } from './test-factories';
import {
	buildTimeline,
	indexIncidents,
	normaliseSearchText,
	prepareIndex,
	type TimelineDay
} from './timeline';

const ALEX = testId<PersonId>(901);
const SAM = testId<PersonId>(902);
const people = [
	makePerson({ id: ALEX, name: 'Alex Zoë Example' }),
	makePerson({ id: SAM, name: 'Sam Other' })
];

const exhibit = {
	id: testId<ExhibitId>(77),
	name: 'screenshot.png',
	type: 'image/png',
	size: 1024,
	sha256: 'a'.repeat(64),
	addedAt: '2026-11-20T10:00:00.000+00:00'
};

const ids = (days: TimelineDay[]) =>
	days.flatMap((d) => d.entries.map((e) => Number.parseInt(e.incident.id, 16)));

async function sampleDiary(): Promise<Incident[]> {
	return [
		makeIncident(
			{ occurred: { kind: 'datetime', start: '2026-11-20T08:00:00.000+00:00', approximate: false } },
			{ id: 1 }
		),
		makeIncident(
			{
				occurred: { kind: 'datetime', start: '2026-11-20T18:30:00.000+00:00', approximate: false },
				behaviours: ['contacting'],
				channels: ['text'],
				exactWords: 'I know where you WORK',
				personIds: [ALEX],
				exhibits: [exhibit]
			},
			{ id: 2 }
		),
		makeIncident(
			{ occurred: { kind: 'date', start: '2026-11-20', approximate: true }, quickLog: true },
			{ id: 3 }
		),
		makeIncident(
			{
				occurred: { kind: 'range', start: '2026-11-10', end: '2026-11-14', approximate: false },
				behaviours: ['loitering'],
				location: 'Café on the High Street',
				personIds: [SAM]
			},
			{ id: 4 }
		),
		withdrawIncident(makeIncident({ whatHappened: 'Logged by mistake' }, { id: 5 }), FIXED_NOW),
		await deleteIncident(makeIncident({ whatHappened: 'Gone' }, { id: 6 }), FIXED_NOW)
	];
}

describe('buildTimeline', () => {
	it('puts the newest first, grouped by day; date-only entries after the timed ones of their day', async () => {
		const days = buildTimeline(indexIncidents(await sampleDiary(), { people, timeZone: 'Europe/London' }));
		expect(days.map((d) => d.day)).toEqual(['2026-11-28', '2026-11-20', '2026-11-10']);
		expect(ids(days)).toEqual([5, 2, 1, 3, 4]);
		expect(days[0]?.entries[0]?.withdrawn).toBe(true);
		expect(days[1]?.entries[2]?.needsDetail).toBe(true);
	});

	it('breaks ties on the same time by when they were recorded', () => {
		const occurred = {
			kind: 'datetime' as const,
			start: '2026-11-20T08:00:00.000+00:00',
			approximate: false
		};
		const early = makeIncident({ occurred }, { id: 1, recordedAt: new Date('2026-11-20T09:00:00Z') });
		const late = makeIncident({ occurred }, { id: 2, recordedAt: new Date('2026-11-20T10:00:00Z') });
		expect(ids(buildTimeline([early, late]))).toEqual([2, 1]);
	});

	it('filters by behaviour, person, exhibits, detail and withdrawal', async () => {
		const index = indexIncidents(await sampleDiary(), { people });
		expect(ids(buildTimeline(index, { behaviours: ['contacting', 'loitering'] }))).toEqual([2, 4]);
		expect(ids(buildTimeline(index, { personIds: [SAM] }))).toEqual([4]);
		expect(ids(buildTimeline(index, { hasExhibits: true }))).toEqual([2]);
		expect(ids(buildTimeline(index, { hasExhibits: false, includeWithdrawn: false }))).toEqual([1, 3, 4]);
		expect(ids(buildTimeline(index, { needsDetail: true }))).toEqual([3]);
	});

	it('filters by inclusive dates, matching any part of a range', async () => {
		const index = indexIncidents(await sampleDiary(), { timeZone: 'Europe/London' });
		expect(ids(buildTimeline(index, { from: '2026-11-20', to: '2026-11-20' }))).toEqual([2, 1, 3]);
		expect(ids(buildTimeline(index, { from: '2026-11-12', to: '2026-11-13' }))).toEqual([4]);
		expect(ids(buildTimeline(index, { from: '2026-11-21' }))).toEqual([5]);
	});

	it('searches text without minding case or accents, every word, and the names of people involved', async () => {
		const index = indexIncidents(await sampleDiary(), { people });
		expect(ids(buildTimeline(index, { search: 'work' }))).toEqual([2]);
		expect(ids(buildTimeline(index, { search: '  CAFE high ' }))).toEqual([4]);
		expect(ids(buildTimeline(index, { search: 'zoe' }))).toEqual([2]);
		expect(ids(buildTimeline(index, { search: 'zoe work' }))).toEqual([2]);
		expect(ids(buildTimeline(index, { search: 'zoe cafe' }))).toEqual([]);
		expect(ids(buildTimeline(index, { search: 'gone' }))).toEqual([]);
		expect(normaliseSearchText('ZOË Łódź')).toBe('zoe łodz');
	});

	it('does not search the private note', () => {
		const incident = makeIncident({ privateNote: 'only for me' });
		expect(buildTimeline([incident], { search: 'only for me' })).toEqual([]);
	});

	it('shows the newest revision after an edit', () => {
		const incident = makeIncident({ whatHappened: 'first words' });
		const edited = editIncident(incident, makeContent({ whatHappened: 'second words' }), FIXED_NOW);
		expect(buildTimeline([incident], { search: 'first' })).toHaveLength(1);
		expect(buildTimeline([edited], { search: 'first' })).toHaveLength(0);
		expect(buildTimeline([edited], { search: 'second' })).toHaveLength(1);
	});
});

describe('buildTimeline on 10,000 incidents', () => {
	it('returns exactly the incidents a plain scan finds, in order', () => {
		const behaviours: BehaviourId[] = ['following', 'contacting', 'watching', 'loitering', 'other'];
		const base = Date.UTC(2026, 10, 28, 12);
		const incidents = Array.from({ length: 10_000 }, (_, i) =>
			createIncident(
				makeContent({
					occurred: {
						kind: 'datetime',
						start: new Date(base - i * 3_600_000 * 7).toISOString().replace('Z', '+00:00'),
						approximate: false
					},
					behaviours: [behaviours[i % behaviours.length] as BehaviourId],
					otherBehaviour: i % 5 === 4 ? 'Sent a parcel' : '',
					whatHappened: `Entry number ${i}${i % 97 === 0 ? ' with the RED van outside' : ''}`,
					personIds: i % 3 === 0 ? [ALEX] : [],
					exhibits: i % 10 === 0 ? [exhibit] : []
				}),
				new Date(base + i * 1000),
				testId<IncidentId>(i + 1)
			)
		);
		const index = indexIncidents(incidents, { people, timeZone: 'UTC' });

		const found = buildTimeline(index, { search: 'red VAN' });
		const expected = incidents.filter((_, i) => i % 97 === 0).map((incident) => incident.id);
		expect(found.flatMap((d) => d.entries.map((e) => e.incident.id))).toEqual(expected);

		const combined = buildTimeline(index, { search: 'zoe', behaviours: ['watching'], hasExhibits: true });
		const combinedExpected = incidents.filter((_, i) => i % 3 === 0 && i % 5 === 2 && i % 10 === 0);
		expect(combined.flatMap((d) => d.entries.map((e) => e.incident))).toEqual(combinedExpected);

		const all = buildTimeline(index);
		expect(all.reduce((total, day) => total + day.entries.length, 0)).toBe(10_000);
		const dayKeys = all.map((d) => d.day);
		expect([...dayKeys].sort().reverse()).toEqual(dayKeys);
		expect(new Set(dayKeys).size).toBe(dayKeys.length);

		// Re-indexing the same incidents reuses the work done for each one.
		expect(indexIncidents(incidents, { people, timeZone: 'UTC' }).incidents[0]).toBe(index.incidents[0]);
	});
});

describe('prepareIndex', () => {
	it('indexes a batch at a time with a pause between, and leaves each entry done for the first draw', async () => {
		const incidents = Array.from({ length: 1_200 }, (_, i) =>
			makeIncident({ whatHappened: `Entry ${i}` }, { id: 3000 + i })
		);
		let pauses = 0;
		const prepared = await prepareIndex(incidents, { people, timeZone: 'Europe/London' }, async () => {
			pauses++;
		});
		// 1,200 in batches of 500: two pauses, none before the first batch.
		expect(pauses).toBe(2);
		const drawn = indexIncidents(incidents, { people, timeZone: 'Europe/London' });
		expect(drawn).toEqual(prepared);
		// The very same items: the first draw indexed nothing again.
		drawn.incidents.forEach((item, i) => expect(item).toBe(prepared.incidents[i]));
		expect(drawn.incidents).toHaveLength(1_200);
	});

	it('prepares for the time zone asked, not another', async () => {
		const incidents = [makeIncident({}, { id: 4001 })];
		const prepared = await prepareIndex(incidents, { timeZone: 'Asia/Tokyo' }, async () => {});
		expect(indexIncidents(incidents, { timeZone: 'America/New_York' }).incidents[0]).not.toBe(
			prepared.incidents[0]
		);
	});
});
