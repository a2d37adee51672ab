import { getBehaviourLetter, type BehaviourId } from '$lib/domain/behaviours';

/**
 * "(b) Contacting or trying to contact": the Act's letter before the name, as s.2A(3) is cited; 'other' has none.
 * The names are the caller's: the diary speaks to the person, the exports to a police officer.
 */
export function formatBehaviour(id: BehaviourId, names: Readonly<Record<BehaviourId, string>>): string {
	const letter = getBehaviourLetter(id);
	return letter ? `(${letter}) ${names[id]}` : names[id];
}

/** A row of a count by behaviour, where quick logs with no behaviour yet are counted as 'unspecified'. */
export function formatCountedBehaviour(
	id: BehaviourId | 'unspecified',
	names: Readonly<Record<BehaviourId, string>>,
	unspecified: string
): string {
	return id === 'unspecified' ? unspecified : formatBehaviour(id, names);
}
