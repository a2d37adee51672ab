/**
 * The behaviours of the Protection from Harassment Act 1997 s.2A(3), in the Act's order, and the ways contact
 * can be made. Only ids and statutory letters live here: the words people see belong in the messages module, so
 * they can be translated without touching stored data.
 */

export const STATUTORY_BEHAVIOURS = [
	{ id: 'following', letter: 'a' },
	{ id: 'contacting', letter: 'b' },
	{ id: 'publishing', letter: 'c' },
	{ id: 'monitoring', letter: 'd' },
	{ id: 'loitering', letter: 'e' },
	{ id: 'interfering', letter: 'f' },
	{ id: 'watching', letter: 'g' }
] as const;

export type StatutoryBehaviourId = (typeof STATUTORY_BEHAVIOURS)[number]['id'];
export type BehaviourLetter = (typeof STATUTORY_BEHAVIOURS)[number]['letter'];
/** 'other' is described in the person's own words (`otherBehaviour`), because the s.2A list is not exhaustive. */
export type BehaviourId = StatutoryBehaviourId | 'other';

export const BEHAVIOUR_IDS: readonly BehaviourId[] = [...STATUTORY_BEHAVIOURS.map((b) => b.id), 'other'];

export const CHANNEL_IDS = [
	'call',
	'text',
	'messaging-app',
	'social-media',
	'email',
	'letter',
	'gift',
	'in-person',
	'through-other-people',
	'other'
] as const;

export type ChannelId = (typeof CHANNEL_IDS)[number];

const behaviourIdSet: ReadonlySet<string> = new Set(BEHAVIOUR_IDS);
const channelIdSet: ReadonlySet<string> = new Set(CHANNEL_IDS);

export function isBehaviourId(value: unknown): value is BehaviourId {
	return typeof value === 'string' && behaviourIdSet.has(value);
}

export function isChannelId(value: unknown): value is ChannelId {
	return typeof value === 'string' && channelIdSet.has(value);
}

/** The statutory letter, for exports that cite "s.2A(3)(b)"; 'other' has none. */
export function getBehaviourLetter(id: BehaviourId): BehaviourLetter | null {
	return STATUTORY_BEHAVIOURS.find((b) => b.id === id)?.letter ?? null;
}
