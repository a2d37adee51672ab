import { describe, expect, it } from 'vitest';
import { revisionKey, sortInChainOrder } from './chain-order';

describe('revisionKey', () => {
	it('names a revision by its incident and its number, so no two revisions share a key', () => {
		expect(revisionKey('abc', 2)).toBe('abc:2');
		expect(revisionKey('abc', 12)).not.toBe(revisionKey('abc', 1));
		expect(revisionKey('abc', 1)).not.toBe(revisionKey('abd', 1));
	});
});

describe('sortInChainOrder', () => {
	const chain = [
		{ incidentId: 'b', revisionSeq: 1, seq: 1 },
		{ incidentId: 'a', revisionSeq: 1, seq: 2 },
		{ incidentId: 'b', revisionSeq: 2, seq: 3 }
	];

	it('puts revisions in the order their entries stand in the chain, not by incident', () => {
		const revisions = [
			{ incidentId: 'a', seq: 1 },
			{ incidentId: 'b', seq: 2 },
			{ incidentId: 'b', seq: 1 }
		];
		const sorted = sortInChainOrder(revisions, chain);
		expect(sorted).toBe(revisions);
		expect(sorted.map((r) => revisionKey(r.incidentId, r.seq))).toEqual(['b:1', 'a:1', 'b:2']);
	});

	it('puts revisions no entry names last, in the order they came', () => {
		const revisions = [
			{ incidentId: 'x', seq: 1 },
			{ incidentId: 'b', seq: 2 },
			{ incidentId: 'y', seq: 1 },
			{ incidentId: 'b', seq: 1 }
		];
		expect(sortInChainOrder(revisions, chain).map((r) => r.incidentId + r.seq)).toEqual([
			'b1',
			'b2',
			'x1',
			'y1'
		]);
	});
});
