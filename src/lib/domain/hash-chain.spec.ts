import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import {
	ChainOrderError,
	GENESIS_LINK,
	appendToChain,
	computeLink,
	hashRevision,
	sha256Hex,
	verifyChain,
	type ChainEntry
} from './hash-chain';
import type { Incident, IncidentId, Revision } from './incident';
import { createIncident, deleteIncident, editIncident } from './revisions';
import { makeContent, testId } from './test-factories';

const A = testId<IncidentId>(0xa);
const B = testId<IncidentId>(0xb);
const C = testId<IncidentId>(0xc);
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 1, 9, minutes));

async function chainOf(revisions: readonly Revision[]): Promise<ChainEntry[]> {
	const entries: ChainEntry[] = [];
	for (const revision of revisions)
		entries.push(await appendToChain(entries.at(-1) ?? null, revision, entries.length + 1));
	return entries;
}

/** Three incidents saved and amended in interleaved order, as a real diary would be. */
function buildDiary(): { revisions: Revision[]; incidents: Record<'a' | 'b' | 'c', Incident> } {
	const a1 = createIncident(makeContent({ whatHappened: 'Followed me to the bus stop' }), at(0), A);
	const b1 = createIncident(makeContent({ whatHappened: 'Twelve missed calls' }), at(5), B);
	const a2 = editIncident(
		a1,
		makeContent({ whatHappened: 'Followed me to the bus stop and got on' }),
		at(10)
	);
	const c1 = createIncident(makeContent({ whatHappened: 'Flowers left on the doorstep' }), at(15), C);
	const b2 = editIncident(b1, makeContent({ whatHappened: 'Fourteen missed calls' }), at(20));
	const order = [a1.revisions[0], b1.revisions[0], a2.revisions[1], c1.revisions[0], b2.revisions[1]];
	return { revisions: order as Revision[], incidents: { a: a2, b: b2, c: c1 } };
}

describe('hashRevision and links', () => {
	it('hashes the canonical JSON, so anyone can recompute it', async () => {
		const { revisions } = buildDiary();
		const revision = revisions[0] as Revision;
		expect(await hashRevision(revision)).toBe(await sha256Hex(canonicalJson(revision)));
		expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
	});

	it('links each entry to the one before, starting from 64 zeros', async () => {
		const { revisions } = buildDiary();
		const [first, second] = await chainOf(revisions.slice(0, 2));
		expect(first?.link).toBe(await computeLink(GENESIS_LINK, first!.revisionHash, 1));
		expect(second?.link).toBe(
			await sha256Hex(canonicalJson({ prev: first!.link, hash: second!.revisionHash, seq: 2 }))
		);
		expect(second).toMatchObject({ seq: 2, incidentId: B, revisionSeq: 1, savedAt: revisions[1]?.savedAt });
	});

	it('refuses a sequence number out of turn', async () => {
		const { revisions } = buildDiary();
		const first = await appendToChain(null, revisions[0] as Revision, 1);
		await expect(appendToChain(first, revisions[1] as Revision, 3)).rejects.toThrow(ChainOrderError);
		await expect(appendToChain(null, revisions[1] as Revision, 2)).rejects.toThrow(ChainOrderError);
	});
});

describe('verifyChain', () => {
	it('accepts an untouched diary and reports its head', async () => {
		const { revisions } = buildDiary();
		const entries = await chainOf(revisions);
		const result = await verifyChain(revisions, entries, { checkpoint: { seq: 3, link: entries[2]!.link } });
		expect(result).toMatchObject({ ok: true, problems: [], clockWentBack: [], checkpoint: 'matches' });
		expect(result.head).toEqual({ seq: 5, link: entries[4]?.link });
	});

	it('accepts an empty diary', async () => {
		expect(await verifyChain([], [])).toMatchObject({ ok: true, head: null });
	});

	it('finds an edited revision and names its incident', async () => {
		const { revisions } = buildDiary();
		const entries = await chainOf(revisions);
		const tampered = [...revisions];
		const original = tampered[1] as Revision;
		tampered[1] = { ...original, content: { ...original.content!, whatHappened: 'Two missed calls' } };
		const result = await verifyChain(tampered, entries);
		expect(result.ok).toBe(false);
		expect(result.problems).toEqual([{ kind: 'edited', incidentId: B, seq: 2, revisionSeq: 1 }]);
	});

	it('finds an edited save time, since it is inside the hash', async () => {
		const { revisions } = buildDiary();
		const entries = await chainOf(revisions);
		const tampered = revisions.map((r, i) =>
			i === 3 ? { ...r, recordedAt: '2026-10-01T09:00:00.000+01:00' } : r
		);
		expect((await verifyChain(tampered, entries)).problems).toEqual([
			{ kind: 'edited', incidentId: C, seq: 4, revisionSeq: 1 }
		]);
	});

	it('finds a removed revision', async () => {
		const { revisions } = buildDiary();
		const entries = await chainOf(revisions);
		const result = await verifyChain(
			revisions.filter((_, i) => i !== 3),
			entries
		);
		expect(result.problems).toEqual([{ kind: 'removed', incidentId: C, seq: 4, revisionSeq: 1 }]);
	});

	it('finds a reordered revision', async () => {
		const { revisions } = buildDiary();
		const entries = await chainOf(revisions);
		const moved = [revisions[0], revisions[2], revisions[3], revisions[4], revisions[1]] as Revision[];
		const result = await verifyChain(moved, entries);
		expect(result.problems).toEqual([{ kind: 'reordered', incidentId: B, seq: 2, revisionSeq: 1 }]);
	});

	it('finds an inserted revision, and a second copy of a real one', async () => {
		const { revisions } = buildDiary();
		const entries = await chainOf(revisions);
		const forged = createIncident(makeContent({ whatHappened: 'Invented' }), at(12), testId<IncidentId>(0xf));
		const withForgery = [...revisions.slice(0, 3), forged.revisions[0] as Revision, ...revisions.slice(3)];
		expect((await verifyChain(withForgery, entries)).problems).toEqual([
			{ kind: 'inserted', incidentId: forged.id, seq: null, revisionSeq: 1 }
		]);
		const copy = {
			...(revisions[0] as Revision),
			content: makeContent({ whatHappened: 'Nothing happened' })
		};
		expect((await verifyChain([...revisions, copy], entries)).problems).toEqual([
			{ kind: 'inserted', incidentId: A, seq: null, revisionSeq: 1 }
		]);
	});

	it('finds a broken link', async () => {
		const { revisions } = buildDiary();
		const entries = await chainOf(revisions);
		const broken = entries.map((e) => (e.seq === 3 ? { ...e, link: GENESIS_LINK } : e));
		const result = await verifyChain(revisions, broken);
		expect(result.problems.map((p) => [p.kind, p.incidentId, p.seq])).toEqual([
			['broken', A, 3],
			['broken', C, 4]
		]);
		const skipped = await verifyChain(revisions, [...entries.slice(0, 2), ...entries.slice(3)]);
		expect(skipped.problems.map((p) => p.kind)).toContain('broken');
	});

	it('finds an entry whose copied save time was changed', async () => {
		const { revisions } = buildDiary();
		const entries = await chainOf(revisions);
		const changed = entries.map((e) =>
			e.seq === 2 ? { ...e, savedAt: '2026-10-01T09:00:00.000+01:00' } : e
		);
		expect((await verifyChain(revisions, changed)).problems).toEqual([
			{ kind: 'broken', incidentId: B, seq: 2, revisionSeq: 1 }
		]);
	});

	it('shows a rewritten chain against a checkpoint taken before', async () => {
		const { revisions } = buildDiary();
		const entries = await chainOf(revisions);
		const checkpoint = { seq: 5, link: entries[4]!.link };
		const rewrittenRevisions = revisions.map((r, i) =>
			i === 0 ? { ...r, content: { ...r.content!, whatHappened: 'Nothing' } } : r
		);
		const rewritten = await verifyChain(rewrittenRevisions, await chainOf(rewrittenRevisions), {
			checkpoint
		});
		expect(rewritten.problems).toEqual([]);
		expect(rewritten.checkpoint).toBe('differs');
		expect(rewritten.ok).toBe(false);
	});

	it('flags a clock that went back without calling the chain broken', async () => {
		const a1 = createIncident(makeContent(), at(30), A);
		const b1 = createIncident(makeContent(), at(10), B);
		const c1 = createIncident(makeContent(), at(40), C);
		const revisions = [a1, b1, c1].map((i) => i.revisions[0] as Revision);
		const result = await verifyChain(revisions, await chainOf(revisions));
		expect(result.ok).toBe(true);
		expect(result.clockWentBack).toEqual([
			{ seq: 2, incidentId: B, previousSavedAt: a1.recordedAt, savedAt: b1.recordedAt }
		]);
	});

	it('does not flag the hour the clocks go back in autumn', async () => {
		const base = createIncident(makeContent(), at(0), A).revisions[0] as Revision;
		const first = { ...base, savedAt: '2026-10-25T01:50:00.000+01:00' };
		const second = { ...base, incidentId: B, savedAt: '2026-10-25T01:10:00.000+00:00' };
		const result = await verifyChain([first, second], await chainOf([first, second]));
		expect(result.clockWentBack).toEqual([]);
	});

	it('still verifies after a permanent delete, from the hashes kept', async () => {
		const { revisions, incidents } = buildDiary();
		const entries = await chainOf(revisions);
		const deleted = await deleteIncident(incidents.b, at(50));
		const marker = deleted.revisions.at(-1) as Revision;
		const stored = revisions.map(
			(r) => deleted.revisions.find((d) => d.incidentId === r.incidentId && d.seq === r.seq) ?? r
		);
		const after = [...stored, marker];
		const result = await verifyChain(after, [...entries, await appendToChain(entries[4]!, marker, 6)], {
			checkpoint: { seq: 5, link: entries[4]!.link }
		});
		expect(result).toMatchObject({ ok: true, problems: [], checkpoint: 'matches' });
		expect(JSON.stringify(after)).not.toContain('missed calls');
	});

	it('calls content removed without a delete marker "removed"', async () => {
		const { revisions, incidents } = buildDiary();
		const entries = await chainOf(revisions);
		const deleted = await deleteIncident(incidents.c, at(50));
		const quietlyRedacted = revisions.map((r) =>
			r.incidentId === C ? (deleted.revisions[0] as Revision) : r
		);
		expect((await verifyChain(quietlyRedacted, entries)).problems).toEqual([
			{ kind: 'removed', incidentId: C, seq: 4, revisionSeq: 1 }
		]);
	});
});

describe('verifyChain on a long diary', () => {
	it('gives the page back between batches and finds the same, a tampered save included', async () => {
		const revisions = Array.from(
			{ length: 450 },
			(_, i) =>
				createIncident(
					makeContent({ whatHappened: `Seen at the gate, ${i}` }),
					at(i),
					testId<IncidentId>(i + 1)
				).revisions[0] as Revision
		);
		const entries = await chainOf(revisions);
		const tampered = revisions.map((r, i) =>
			i === 300 ? { ...r, content: makeContent({ whatHappened: 'changed afterwards' }) } : r
		);
		let pauses = 0;
		const pause = async () => {
			pauses++;
		};
		for (const list of [revisions, tampered]) {
			const whole = await verifyChain(list, entries);
			pauses = 0;
			expect(await verifyChain(list, entries, { pause })).toEqual(whole);
			// 450 revisions and 450 links, 200 at a time: two pauses in each; then one before each of the four
			// checks that follow the hashing (joins, matching, order, clock).
			expect(pauses).toBe(8);
		}
		expect((await verifyChain(tampered, entries, { pause })).problems).toMatchObject([
			{ kind: 'edited', revisionSeq: 1 }
		]);
	});
});
