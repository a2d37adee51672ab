import { describe, expect, it } from 'vitest';
import { canonicalJson } from '$lib/domain/canonical-json';
import { computeLink, GENESIS_LINK, sha256Hex } from '$lib/domain/hash-chain';
import type { ExhibitId } from '$lib/domain/incident';
import { testId } from '$lib/domain/test-factories';
import { ExportJsonInvalidError, ExportJsonUnexpectedKeyError, ExportJsonVersionError } from './errors';
import { isExportJson, parseExportJson, toExportJson, type ExportInput, type ExportJson } from './json';
import { buildChain, makeExhibit, makeSampleDiary } from './test-fixtures';
import type { TimelineOptions } from './timeline-rows';

const GENERATED_AT = '2026-11-29T07:30:00.000+00:00';

async function sampleInput(options: Partial<TimelineOptions> = {}): Promise<ExportInput> {
	const { incidents, people } = await makeSampleDiary();
	return {
		incidents,
		people,
		chain: await buildChain(incidents),
		options: { disclosureSafe: false, includePrivateNotes: true, timeZone: 'Europe/London', ...options },
		generatedAt: GENERATED_AT
	};
}

describe('toExportJson', () => {
	it('writes a versioned object with the chain head, every revision, people and exhibits', async () => {
		const input = await sampleInput();
		const json = await toExportJson(input);
		expect(json).toMatchObject({ type: 'waymark-timeline', version: 1, generatedAt: GENERATED_AT });
		expect(json.chainHead).toEqual({ seq: 8, link: input.chain.at(-1)?.link });
		expect(json.incidents.map((i) => [i.number, i.status, i.revisions.length])).toEqual([
			[1, 'current', 1],
			[2, 'current', 2],
			[3, 'withdrawn', 2],
			[4, 'deleted', 2],
			[5, 'current', 1]
		]);
		expect(json.people.map((p) => p.name)).toEqual(['Alex Example', 'Zażółć gęślą jaźń']);
		expect(json.exhibits.map((e) => e.number)).toEqual(['EXH-001', 'EXH-002', 'EXH-003']);
	});

	it('lets anyone recompute each revision hash and the chain head from the file alone', async () => {
		const json = await toExportJson(await sampleInput());
		for (const incident of json.incidents) {
			for (const { revision, hash, chain } of incident.revisions) {
				const recomputed = revision.deletedHash ?? (await sha256Hex(canonicalJson(revision)));
				expect(recomputed).toBe(hash);
				expect(chain).not.toBeNull();
			}
		}
		let link = GENESIS_LINK;
		for (const entry of json.chain) link = await computeLink(link, entry.revisionHash, entry.seq);
		expect(link).toBe(json.chainHead?.link);
	});

	it('withholds witness contacts and private notes in a disclosure-safe copy, keeping the original hash', async () => {
		const full = await toExportJson(await sampleInput());
		const safe = await toExportJson(await sampleInput({ disclosureSafe: true }));
		const text = JSON.stringify(safe);
		expect(text).not.toContain('07700 900123');
		expect(text).not.toContain('Secret note');
		const [fullRevision, safeRevision] = [full.incidents[1]?.revisions[0], safe.incidents[1]?.revisions[0]];
		expect(safeRevision?.withheld).toEqual(['content.witnesses[0].contact', 'content.privateNote']);
		expect(safeRevision?.revision.content?.witnesses[0]).toEqual({
			name: 'Sam Witness',
			contact: '[Withheld from this copy]'
		});
		// The listed hash is the original's, which this copy can no longer reproduce: it needs the full copy.
		expect(safeRevision?.hash).toBe(fullRevision?.hash);
		expect(await sha256Hex(canonicalJson(safeRevision?.revision))).not.toBe(safeRevision?.hash);
		expect(safe.note).toContain('full copy');
		// Revisions with nothing withheld still verify from the disclosure-safe file.
		const plain = safe.incidents[0]?.revisions[0];
		expect(plain?.withheld).toEqual([]);
		expect(await sha256Hex(canonicalJson(plain?.revision))).toBe(plain?.hash);
	});

	it('withholds private notes when they were not asked for', async () => {
		const json = await toExportJson(await sampleInput({ includePrivateNotes: false }));
		expect(JSON.stringify(json)).not.toContain('Secret note');
		expect(json.privateNotesIncluded).toBe(false);
		expect(json.incidents[1]?.revisions[0]?.revision.content?.witnesses[0]?.contact).toBe('07700 900123');
		// The full copy says which revisions it cannot prove by itself, and how many.
		expect(json.note).toContain(
			'In this copy, 2 revisions had a private note left out (listed in “withheld”).'
		);
		expect(json.note).toContain('cannot be re-checked from this file');
		const withheld = json.incidents.flatMap((i) => i.revisions).filter((r) => r.withheld.length > 0);
		expect(withheld).toHaveLength(2);
		const withNotes = await toExportJson(await sampleInput());
		expect(withNotes.note).not.toContain('left out');
	});
});

describe('parseExportJson', () => {
	it('reads back exactly what was written', async () => {
		const json = await toExportJson(await sampleInput());
		expect(parseExportJson(JSON.stringify(json))).toEqual(json);
	});

	it('rejects a newer version with a version error', async () => {
		const json = { ...(await toExportJson(await sampleInput())), version: 2 };
		const error = (() => {
			try {
				parseExportJson(JSON.stringify(json));
			} catch (caught) {
				return caught;
			}
		})();
		expect(error).toBeInstanceOf(ExportJsonVersionError);
		expect((error as ExportJsonVersionError).version).toBe(2);
	});

	it.each([
		['not JSON', '{'],
		['not an object', '[]'],
		['another type', JSON.stringify({ type: 'something-else', version: 1 })]
	])('rejects %s', (_name, text) => {
		expect(() => parseExportJson(text)).toThrow(ExportJsonInvalidError);
	});

	it('rejects a file whose shape is wrong deep inside', async () => {
		const json = await toExportJson(await sampleInput());
		const broken = JSON.parse(JSON.stringify(json)) as { incidents: { revisions: { revision: object }[] }[] };
		const revision = broken.incidents[1]?.revisions[0]?.revision as { content: { behaviours: unknown } };
		revision.content.behaviours = ['shouting'];
		expect(() => parseExportJson(JSON.stringify(broken))).toThrow(ExportJsonInvalidError);
		const badHash = JSON.parse(JSON.stringify(json)) as { chainHead: { link: string } };
		badHash.chainHead.link = 'not a hash';
		expect(() => parseExportJson(JSON.stringify(badHash))).toThrow(ExportJsonInvalidError);
	});

	it('refuses a file that lists one incident twice, by id or by number, as a hostile file would', async () => {
		const json = await toExportJson(await sampleInput());
		expect(json.incidents.length).toBeGreaterThan(1);
		const [first, second] = json.incidents;
		const sameId = { ...json, incidents: [first!, { ...second!, id: first!.id }] };
		expect(() => parseExportJson(JSON.stringify(sameId))).toThrow(ExportJsonInvalidError);
		const sameNumber = { ...json, incidents: [first!, { ...second!, number: first!.number }] };
		expect(() => parseExportJson(JSON.stringify(sameNumber))).toThrow(ExportJsonInvalidError);
		expect(parseExportJson(JSON.stringify(json)).incidents).toHaveLength(json.incidents.length);
	});

	// JSON.parse turns a "__proto__" key into an own property (it does not set the prototype), so a file can carry
	// one anywhere; each place below is reached by text surgery on a real export.
	it.each([
		['at the top', (t: string) => t.replace('{', '{"__proto__":{"disclosureSafe":true},')],
		[
			'in a revision',
			(t: string) => t.replace('"kind": "create"', '"__proto__": {"kind":"delete"}, "kind": "create"')
		],
		['in a chain entry', (t: string) => t.replace('"revisionSeq":', '"__proto__": 1, "revisionSeq":')],
		['in a person', (t: string) => t.replace('"relationship":', '"__proto__": null, "relationship":')]
	])('refuses an own __proto__ key %s, with a typed error', async (_where, edit) => {
		const text = JSON.stringify(await toExportJson(await sampleInput()), null, 2);
		const hostile = edit(text);
		expect(hostile).not.toBe(text);
		expect(Object.keys(JSON.parse(hostile) as object).length).toBeGreaterThan(0);
		const error = (() => {
			try {
				parseExportJson(hostile);
			} catch (caught) {
				return caught;
			}
		})();
		expect(error).toBeInstanceOf(ExportJsonUnexpectedKeyError);
		expect((error as ExportJsonUnexpectedKeyError).key).toBe('__proto__');
	});

	it.each([
		['at the top', (j: Record<string, unknown>) => (j.extra = 1)],
		['in the filter', (j: ExportJson) => Object.assign(j.filter, { behaviours2: [] })],
		['in an incident', (j: ExportJson) => Object.assign(j.incidents[0]!, { hidden: true })],
		[
			'in content',
			(j: ExportJson) => Object.assign(j.incidents[0]!.revisions[0]!.revision.content!, { x: '' })
		],
		[
			'in the occurred time',
			(j: ExportJson) => Object.assign(j.incidents[0]!.revisions[0]!.revision.content!.occurred, { tz: 'x' })
		],
		[
			'in a witness',
			(j: ExportJson) =>
				Object.assign(j.incidents[1]!.revisions[0]!.revision.content!.witnesses[0]!, { age: 3 })
		],
		[
			'in an exhibit reference',
			(j: ExportJson) =>
				Object.assign(j.incidents[1]!.revisions[0]!.revision.content!.exhibits[0]!, { url: 'x' })
		],
		['in an exhibit list entry', (j: ExportJson) => Object.assign(j.exhibits[0]!, { note: '' })],
		['in a chain checkpoint', (j: ExportJson) => Object.assign(j.chainHead!, { at: '' })]
	])('refuses an unknown key %s, with a typed error', async (_where, edit) => {
		const json = JSON.parse(JSON.stringify(await toExportJson(await sampleInput()))) as ExportJson;
		edit(json as ExportJson & Record<string, unknown>);
		expect(() => parseExportJson(JSON.stringify(json))).toThrow(ExportJsonUnexpectedKeyError);
		expect(isExportJson(json)).toBe(false);
	});

	it('accepts every optional field the app writes', async () => {
		const input = await sampleInput();
		const [incident] = input.incidents;
		const revision = incident!.revisions[0]!;
		const ref = {
			...makeExhibit(9),
			fileDate: '2026-11-01T10:00:00.000+00:00',
			thumbnailId: testId<ExhibitId>(77)
		};
		const withAll = {
			...incident!,
			revisions: [{ ...revision, reason: 'why', content: { ...revision.content!, exhibits: [ref] } }]
		};
		const json = await toExportJson({ ...input, incidents: [withAll, ...input.incidents.slice(1)] });
		json.backupMac = 'ab'.repeat(32);
		expect(parseExportJson(JSON.stringify(json))).toEqual(json);
	});
});

describe('the record of changes in a copy of part of the diary', () => {
	it('lists only the entries of what the copy shows, each with the link before it', async () => {
		const input = await sampleInput({ from: '2026-11-20', to: '2026-11-21' });
		const json = await toExportJson(input);
		const shown = new Set(json.incidents.map((i) => i.id));
		expect(shown.size).toBeLessThan(input.incidents.length);
		// Nothing about the entries left out: not their ids, not their revision hashes.
		const text = JSON.stringify(json);
		for (const entry of input.chain.filter((e) => !shown.has(e.incidentId))) {
			expect(text).not.toContain(entry.incidentId);
			expect(text).not.toContain(entry.revisionHash);
		}
		expect(json.chain.map((e) => e.seq)).toEqual(
			input.chain.filter((e) => shown.has(e.incidentId)).map((e) => e.seq)
		);
		for (const entry of json.chain) {
			expect(await computeLink(entry.prev!, entry.revisionHash, entry.seq)).toBe(entry.link);
		}
		// The whole diary's head is still named, as the checkpoint a caseworker holds.
		expect(json.chainHead).toEqual({ seq: input.chain.at(-1)!.seq, link: input.chain.at(-1)!.link });
	});

	it('a copy of everything keeps the whole chain, without previous links', async () => {
		const input = await sampleInput();
		const json = await toExportJson(input);
		expect(json.chain).toEqual(input.chain);
		expect(json.chain.some((e) => e.prev !== undefined)).toBe(false);
	});
});
