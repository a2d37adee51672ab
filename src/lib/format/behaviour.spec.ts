import { describe, expect, it } from 'vitest';
import { BEHAVIOUR_IDS } from '$lib/domain/behaviours';
import { m } from '$lib/messages';
import { exportMessages } from '$lib/messages/export';
import { formatBehaviour, formatCountedBehaviour } from './behaviour';

describe('formatBehaviour', () => {
	it("puts the Act's letter before each statutory behaviour, in the words it is given", () => {
		expect(formatBehaviour('following', m.behaviourNames)).toBe('(a) Following');
		expect(formatBehaviour('contacting', m.behaviourNames)).toBe('(b) Contacting or trying to contact');
		expect(formatBehaviour('contacting', exportMessages.behaviours)).toBe(
			'(b) Contacting, or trying to contact, by any means'
		);
		expect(formatBehaviour('watching', exportMessages.behaviours)).toBe('(g) Watching or spying');
	});

	it('gives "other" no letter, since the Act does not list it', () => {
		expect(formatBehaviour('other', m.behaviourNames)).toBe('Something else');
		expect(formatBehaviour('other', exportMessages.behaviours)).toBe('Other');
	});

	it('labels every behaviour with its own name', () => {
		const labels = BEHAVIOUR_IDS.map((id) => formatBehaviour(id, m.behaviourNames));
		expect(new Set(labels).size).toBe(BEHAVIOUR_IDS.length);
		for (const [i, id] of BEHAVIOUR_IDS.entries()) expect(labels[i]).toContain(m.behaviourNames[id]);
	});

	it('names the count of quick logs with no behaviour yet in the words given for it, and others as ever', () => {
		expect(formatCountedBehaviour('unspecified', m.behaviourNames, m.diary.patterns.unspecified)).toBe(
			'Not yet chosen'
		);
		expect(formatCountedBehaviour('following', m.behaviourNames, m.diary.patterns.unspecified)).toBe(
			'(a) Following'
		);
	});
});
