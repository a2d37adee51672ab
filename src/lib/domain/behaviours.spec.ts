import { describe, expect, it } from 'vitest';
import {
	BEHAVIOUR_IDS,
	CHANNEL_IDS,
	STATUTORY_BEHAVIOURS,
	getBehaviourLetter,
	isBehaviourId,
	isChannelId
} from './behaviours';

describe('behaviours', () => {
	it('lists the seven s.2A(3) behaviours in the order of the Act, then other', () => {
		expect(STATUTORY_BEHAVIOURS.map((b) => `${b.letter}:${b.id}`)).toEqual([
			'a:following',
			'b:contacting',
			'c:publishing',
			'd:monitoring',
			'e:loitering',
			'f:interfering',
			'g:watching'
		]);
		expect(BEHAVIOUR_IDS).toHaveLength(8);
		expect(BEHAVIOUR_IDS.at(-1)).toBe('other');
	});

	it('gives the statutory letter, and none for other', () => {
		expect(getBehaviourLetter('monitoring')).toBe('d');
		expect(getBehaviourLetter('other')).toBeNull();
	});

	it('recognises only known ids, so data from a file cannot smuggle in new ones', () => {
		expect(isBehaviourId('watching')).toBe(true);
		expect(isBehaviourId('Watching')).toBe(false);
		expect(isBehaviourId(3)).toBe(false);
		expect(isChannelId('in-person')).toBe(true);
		expect(isChannelId('carrier-pigeon')).toBe(false);
		expect(CHANNEL_IDS).toContain('other');
		expect(new Set(CHANNEL_IDS).size).toBe(CHANNEL_IDS.length);
	});
});
