/**
 * The people from the diary's list (People) that an export names, with the details the person gave for each: how
 * they know them, a description, vehicles. An officer needs these beside the incidents; they are kept apart from
 * any description of a stranger in an incident, so the two are never read as the same person.
 */
import type { Person, PersonId } from '$lib/domain/incident';
import { exportMessages } from '$lib/messages/export';
import type { TimelineRow } from './timeline-rows';

const text = exportMessages.people;

export interface NamedPerson {
	person: Person;
	/** Row numbers of the incidents that name them, in order. */
	incidents: number[];
}

/** Everyone the rows name, in order of first mention, each with the incidents that name them. */
export function listNamedPeople(rows: readonly TimelineRow[]): NamedPerson[] {
	const named = new Map<PersonId, NamedPerson>();
	for (const row of rows) {
		for (const person of row.people) {
			const entry = named.get(person.id) ?? { person, incidents: [] };
			if (!entry.incidents.includes(row.number)) entry.incidents.push(row.number);
			named.set(person.id, entry);
		}
	}
	return [...named.values()];
}

/** Label and value pairs for one person, leaving out what was not given. */
export function personFields(person: Person): [label: string, value: string][] {
	const vehicles = person.vehicles.map((v) => v.trim()).filter(Boolean);
	const fields: [string, string][] = [
		[text.relationship, person.relationship.trim()],
		[text.description, person.description.trim()],
		[text.vehicles, vehicles.join('; ')]
	];
	return fields.filter(([, value]) => value !== '');
}

/** One line per person for a spreadsheet cell: "Alex Example: How I know them: ex-partner; Description: …". */
export function formatPeopleDetails(people: readonly Person[]): string {
	return people
		.map((person) => {
			const fields = personFields(person).map(([label, value]) => text.field(label, value));
			return fields.length > 0 ? text.line(person.name, fields.join('; ')) : person.name;
		})
		.join('\n');
}
