/**
 * Shared factories for specs, here and in the layers above, so every test builds records the same way and a new
 * field needs adding in one place.
 */
import type { AnyId, Incident, IncidentContent, IncidentId, Person, PersonId } from './incident';
import { emptyIncidentContent } from './incident';
import { createIncident, editIncident } from './revisions';

/** A fixed "now" (a Sunday morning) so specs do not depend on the day they run. */
export const FIXED_NOW = new Date('2026-11-29T07:30:00.000Z');

/** A readable, valid id: testId(1) is 000…001. */
export function testId<T extends AnyId>(n: number): T {
	return n.toString(16).padStart(32, '0') as T;
}

export function makeContent(overrides: Partial<IncidentContent> = {}): IncidentContent {
	return {
		...emptyIncidentContent({ kind: 'datetime', start: '2026-11-28T21:15:00.000+00:00', approximate: false }),
		behaviours: ['watching'],
		whatHappened: 'He sat in a car opposite the house for an hour.',
		...overrides
	};
}

export function makePerson(overrides: Partial<Person> = {}): Person {
	return {
		id: testId<PersonId>(900),
		name: 'Alex Example',
		description: 'Tall, short grey hair',
		relationship: 'ex-partner',
		vehicles: ['Blue Ford Focus AB12 CDE'],
		...overrides
	};
}

export interface MakeIncidentOptions {
	id?: IncidentId | number;
	recordedAt?: Date;
	/** Each one becomes an edit revision, saved a minute after the one before. */
	edits?: Partial<IncidentContent>[];
}

export function makeIncident(
	content: Partial<IncidentContent> = {},
	options: MakeIncidentOptions = {}
): Incident {
	const id = typeof options.id === 'number' ? testId<IncidentId>(options.id) : options.id;
	const recordedAt = options.recordedAt ?? FIXED_NOW;
	let incident = createIncident(makeContent(content), recordedAt, id);
	(options.edits ?? []).forEach((edit, index) => {
		const at = new Date(recordedAt.getTime() + (index + 1) * 60_000);
		incident = editIncident(incident, makeContent({ ...content, ...edit }), at);
	});
	return incident;
}

const onDay = (start: string, end?: string): IncidentContent['occurred'] =>
	end === undefined
		? { kind: start.length === 10 ? 'date' : 'datetime', start, approximate: false }
		: { kind: 'range', start, end, approximate: false };

/**
 * A small diary with a known answer to every risk fact (risk-facts.ts), as of FIXED_NOW (Sunday 29 November 2026)
 * in Europe/London. The ids say which entry is which: 1 is the newest that counts.
 */
export async function makeRiskDiary(): Promise<Incident[]> {
	const { withdrawIncident, deleteIncident } = await import('./revisions');
	return [
		makeIncident(
			{
				occurred: onDay('2026-11-28T23:30:00.000+00:00'),
				behaviours: ['watching'],
				places: ['home'],
				impact: { fearOfViolence: true, alarmOrDistress: true, changedDailyLife: false, inOwnWords: '' }
			},
			{ id: 1 }
		),
		makeIncident(
			{
				occurred: onDay('2026-11-10'),
				behaviours: ['following'],
				channels: ['through-other-people'],
				threatened: true,
				exactWords: 'You will regret this'
			},
			{ id: 2 }
		),
		makeIncident(
			{
				occurred: onDay('2026-09-01T08:00:00.000+01:00'),
				behaviours: ['loitering'],
				places: ['work', 'children'],
				impact: {
					fearOfViolence: false,
					alarmOrDistress: true,
					changedDailyLife: true,
					inOwnWords: 'I no longer walk to work 🚶‍♀️ and I check the street before I leave.'
				}
			},
			{ id: 3 }
		),
		withdrawIncident(
			makeIncident(
				{ occurred: onDay('2026-11-20'), behaviours: ['interfering'], threatened: true },
				{ id: 4 }
			),
			FIXED_NOW
		),
		await deleteIncident(
			makeIncident({ occurred: onDay('2026-11-27'), behaviours: ['following'], places: ['home'] }, { id: 5 }),
			FIXED_NOW
		),
		makeIncident({ occurred: onDay('2026-11-18', '2026-11-22'), behaviours: ['contacting'] }, { id: 6 }),
		makeIncident({ occurred: onDay('2026-10-01'), behaviours: ['watching', 'interfering'] }, { id: 7 }),
		// 30 days back, today included: the first day of "the last month", and one day before it.
		makeIncident({ occurred: onDay('2026-10-31'), behaviours: [], quickLog: true }, { id: 8 }),
		makeIncident({ occurred: onDay('2026-10-30'), behaviours: ['watching'] }, { id: 9 })
	];
}
