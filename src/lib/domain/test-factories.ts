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
