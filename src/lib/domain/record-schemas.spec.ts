import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { GENESIS_LINK, type ChainEntry } from './hash-chain';
import type { IncidentId, Revision } from './incident';
import {
	chainEntrySchema,
	contentSchema,
	countSchema,
	hashSchema,
	personSchema,
	revisionSchema,
	unexpectedKeyOf
} from './record-schemas';
import { makeContent, makePerson, testId } from './test-factories';

const revision: Revision = {
	incidentId: testId<IncidentId>(1),
	seq: 1,
	kind: 'create',
	savedAt: '2026-11-29T07:30:00.000+00:00',
	content: makeContent({ behaviours: ['following'] }),
	recordedAt: '2026-11-29T07:30:00.000+00:00'
};

const entry: ChainEntry = {
	seq: 1,
	incidentId: revision.incidentId,
	revisionSeq: 1,
	revisionHash: 'a'.repeat(64),
	link: GENESIS_LINK,
	savedAt: revision.savedAt
};

describe('the record schemas', () => {
	it('take what the domain makes, and give back an equal value', () => {
		expect(v.parse(revisionSchema, revision)).toEqual(revision);
		expect(v.parse(personSchema, makePerson())).toEqual(makePerson());
		expect(v.parse(chainEntrySchema, entry)).toEqual(entry);
		expect(v.parse(revisionSchema, { ...revision, kind: 'delete', content: null })).toMatchObject({
			content: null
		});
	});

	it('count only whole, safe, non-negative numbers', () => {
		for (const n of [0, 1, 2 ** 53 - 1]) expect(v.is(countSchema, n)).toBe(true);
		for (const n of [-1, 1.5, 2 ** 53, 1e300, Number.POSITIVE_INFINITY, Number.NaN, '1', null])
			expect(v.is(countSchema, n), String(n)).toBe(false);
	});

	it('take a hash only as 64 lowercase hex characters', () => {
		expect(v.is(hashSchema, 'ab'.repeat(32))).toBe(true);
		for (const text of [
			'AB'.repeat(32),
			'ab'.repeat(31),
			`${'ab'.repeat(32)}\n`,
			`${'a'.repeat(63)}\u{d800}`
		])
			expect(v.is(hashSchema, text)).toBe(false);
	});

	it('refuse wrong types deep inside', () => {
		const bad: unknown[] = [
			{ ...revision, seq: '1' },
			{ ...revision, kind: 'undo' },
			{ ...revision, incidentId: 'not-an-id' },
			{ ...revision, content: { ...revision.content, behaviours: ['shouting'] } },
			{ ...revision, content: { ...revision.content, witnesses: [{ name: 'A', contact: 7 }] } },
			{
				...revision,
				content: { ...revision.content, occurred: { kind: 'date', start: 1, approximate: false } }
			}
		];
		for (const value of bad) expect(v.is(revisionSchema, value), JSON.stringify(value)).toBe(false);
	});

	it('refuse a key they have no place for, and name it: an own __proto__ too', () => {
		const cases: [v.GenericSchema, unknown, string][] = [
			[revisionSchema, { ...revision, extra: 1 }, 'extra'],
			[revisionSchema, { ...revision, content: { ...revision.content, x: '' } }, 'x'],
			[contentSchema, { ...revision.content, impact: { ...revision.content!.impact, tz: 'x' } }, 'tz'],
			[
				revisionSchema,
				JSON.parse(`{"__proto__": {"kind": "delete"}, ${JSON.stringify(revision).slice(1)}`),
				'__proto__'
			],
			// A join's saves are as first written: one that was itself a join has a key no save has.
			[
				chainEntrySchema,
				{ ...entry, joined: { saves: [{ was: { ...entry, joined: {} }, revisionSeq: 1 }] } },
				'joined'
			]
		];
		for (const [schema, value, key] of cases) {
			const result = v.safeParse(schema, value);
			expect(result.success).toBe(false);
			expect(unexpectedKeyOf(result.issues ?? [])).toBe(key);
		}
	});

	it('name no key when nothing unknown was found', () => {
		const result = v.safeParse(revisionSchema, { ...revision, seq: -1 });
		expect(result.success).toBe(false);
		expect(unexpectedKeyOf(result.issues ?? [])).toBeUndefined();
	});
});
