import { describe, expect, it } from 'vitest';
import { ExhibitNumbers, MAX_KEPT_NUMBER } from './exhibit-numbers';
import type { ExhibitId } from './incident';
import { makeContent, testId } from './test-factories';
import { createIncident } from './revisions';

const ids = [1, 2, 3, 4].map((n) => testId<ExhibitId>(n));

describe('ExhibitNumbers', () => {
	it('gives each exhibit the next number after the highest ever given, once', () => {
		const numbers = new ExhibitNumbers();
		numbers.take([
			{ id: ids[0]!, n: 1 },
			{ id: ids[1]!, n: 5 }
		]);
		expect(numbers.assign([ids[2]!, ids[0]!, ids[2]!, ids[3]!])).toEqual([
			{ id: ids[2], n: 6 },
			{ id: ids[3], n: 7 }
		]);
		// Nothing is taken until it is stored, and an exhibit keeps the first number it was given.
		expect(numbers.get(ids[2]!)).toBeUndefined();
		numbers.take([{ id: ids[0]!, n: 9 }]);
		expect(numbers.get(ids[0]!)).toBe(1);
	});

	it('keeps a restored backup’s number only where no other exhibit holds it', () => {
		const numbers = new ExhibitNumbers();
		numbers.take([{ id: ids[0]!, n: 2 }]);
		const preferred = new Map([
			[ids[1]!, 2],
			[ids[2]!, 4],
			[ids[3]!, 4]
		]);
		expect(numbers.assign([ids[1]!, ids[2]!, ids[3]!], preferred)).toEqual([
			{ id: ids[1], n: 5 },
			{ id: ids[2], n: 4 },
			{ id: ids[3], n: 6 }
		]);
	});

	it('does not keep a number a file asks for beyond what any diary holds, so later numbers stay readable', () => {
		const numbers = new ExhibitNumbers();
		const preferred = new Map([
			[ids[0]!, 999_999_999],
			[ids[1]!, MAX_KEPT_NUMBER]
		]);
		expect(numbers.assign([ids[0]!, ids[1]!], preferred)).toEqual([
			{ id: ids[0], n: MAX_KEPT_NUMBER + 1 },
			{ id: ids[1], n: MAX_KEPT_NUMBER }
		]);
	});

	it('lists the exhibits without a number in the order entries first refer to them', () => {
		const numbers = new ExhibitNumbers();
		const ref = (id: ExhibitId) => ({
			id,
			name: 'f.jpg',
			type: 'image/jpeg',
			size: 1,
			sha256: '0'.repeat(64),
			addedAt: '2026-11-29T07:30:00.000+00:00'
		});
		const first = createIncident(makeContent({ exhibits: [ref(ids[2]!), ref(ids[0]!)] }), new Date());
		const second = createIncident(makeContent({ exhibits: [ref(ids[0]!), ref(ids[1]!)] }), new Date());
		numbers.take([{ id: ids[0]!, n: 1 }]);
		expect(numbers.unnumbered([...first.revisions, ...second.revisions])).toEqual([ids[2], ids[1]]);
	});
});
