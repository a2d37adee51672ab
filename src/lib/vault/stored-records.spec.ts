import { describe, expect, it } from 'vitest';
import { GENESIS_LINK, type ChainEntry } from '$lib/domain/hash-chain';
import type { IncidentId } from '$lib/domain/incident';
import { makeContent, makePerson, testId } from '$lib/domain/test-factories';
import { parseStoredRecord, type StoredRecord } from './stored-records';

const incidentId = testId<IncidentId>(1);
const savedAt = '2026-11-29T07:30:00.000+00:00';
const chain: ChainEntry = {
	seq: 1,
	incidentId,
	revisionSeq: 1,
	revisionHash: 'a'.repeat(64),
	link: 'b'.repeat(64),
	savedAt
};

const rows: StoredRecord[] = [
	{
		t: 'rev',
		v: 1,
		revision: { incidentId, seq: 1, kind: 'create', savedAt, content: makeContent(), recordedAt: savedAt },
		chain
	},
	{ t: 'person', v: 1, person: makePerson() },
	{ t: 'draft', v: 1, content: makeContent(), reason: '', savedAt },
	{ t: 'draft', v: 1, form: 'log', content: makeContent(), editing: incidentId, reason: 'typo', savedAt },
	{ t: 'draft', v: 1, form: 'withdraw', key: incidentId, fields: { reason: 'half typ' }, savedAt },
	{ t: 'checkpoint', v: 1, seq: 1, link: chain.link, at: savedAt, purpose: 'export' },
	{ t: 'settings', v: 1, settings: { name: '', policeReference: '', incidentsAtLastBackup: 3 } },
	{
		t: 'join',
		v: 1,
		chain: { ...chain, joined: { saves: [{ was: chain, revisionSeq: 2 }] } }
	},
	{
		t: 'head',
		v: 1,
		n: 2,
		seq: 1,
		link: GENESIS_LINK,
		log: [
			{ n: 1, ids: null },
			{ n: 2, ids: ['x'] }
		]
	},
	{ t: 'numbers', v: 1, numbers: [{ id: testId(9), n: 1 }] }
];

describe('parseStoredRecord', () => {
	it('reads every kind of row the diary writes, as written', () => {
		for (const row of rows) expect(parseStoredRecord(structuredClone(row)), row.t).toEqual(row);
	});

	it('keeps a draft whose words are half typed: only its content being an object is required', () => {
		const draft = { t: 'draft', v: 1, content: { whatHappened: 'he was outs' }, reason: '', savedAt };
		expect(parseStoredRecord(draft)).toEqual(draft);
	});

	it('refuses a row of an unknown kind, a newer version, or no version', () => {
		const [rev] = rows as [Extract<StoredRecord, { t: 'rev' }>];
		for (const row of [
			{ ...rev, t: 'secret' },
			{ ...rev, t: '__proto__' },
			{ ...rev, t: 'toString' },
			{ ...rev, v: 2 },
			{ ...rev, v: '1' },
			{ t: 'rev', revision: rev.revision, chain },
			null,
			[],
			'rev'
		])
			expect(parseStoredRecord(row), JSON.stringify(row)).toBeUndefined();
	});

	it('refuses a key no row of its kind has, an own __proto__ included, at any depth', () => {
		for (const row of rows) {
			expect(parseStoredRecord({ ...row, extra: 1 }), row.t).toBeUndefined();
			expect(
				parseStoredRecord(JSON.parse(`{"__proto__": {}, ${JSON.stringify(row).slice(1)}`))
			).toBeUndefined();
		}
		const [rev] = rows as [Extract<StoredRecord, { t: 'rev' }>];
		expect(parseStoredRecord({ ...rev, revision: { ...rev.revision, hidden: true } })).toBeUndefined();
		expect(parseStoredRecord({ ...rev, chain: { ...chain, note: '' } })).toBeUndefined();
	});

	it('refuses wrong types and numbers out of range', () => {
		const [rev, person, , , textDraft, , , join, head, numbers] = rows;
		const bad: unknown[] = [
			{ ...rev, chain: { ...chain, seq: '1' } },
			{ ...rev, chain: { ...chain, seq: 2 ** 53 } },
			{ ...rev, chain: { ...chain, link: 'not a hash' } },
			{ ...person, person: { ...makePerson(), id: 'short' } },
			{ ...textDraft, fields: { reason: 42 } },
			{ ...textDraft, form: 'secret' },
			{ ...join, chain },
			{ ...head, log: [{ n: 1 }] },
			{ ...numbers, numbers: [{ id: testId(9), n: 0 }] },
			{ ...numbers, numbers: [{ id: testId(9), n: 1.5 }] },
			{ ...numbers, numbers: [{ id: testId(9), n: 1e300 }] }
		];
		for (const row of bad) expect(parseStoredRecord(row), JSON.stringify(row)).toBeUndefined();
	});
});
