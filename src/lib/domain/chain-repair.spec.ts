import { describe, expect, it } from 'vitest';
import { planChainRepair, type ChainRow } from './chain-repair';
import { appendToChain, verifyChain, type ChainEntry } from './hash-chain';
import type { Revision } from './incident';
import { createIncident } from './revisions';
import { makeContent } from './test-factories';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 29, 10, minute));
let rowNumber = 0;

/** Appends new incidents saved at these minutes after `from`, as one tab of an older version did. */
async function saves(from: ChainEntry | null, minutes: number[]): Promise<ChainRow[]> {
	const rows: ChainRow[] = [];
	let prev = from;
	for (const minute of minutes) {
		const revision = createIncident(makeContent({ whatHappened: `at ${minute}` }), at(minute)).revisions[0]!;
		const entry = await appendToChain(prev, revision, (prev?.seq ?? 0) + 1);
		rows.push({ rowId: `row-${rowNumber++}`, entry, revision });
		prev = entry;
	}
	return rows;
}

/** The rows after the repair's writes, in chain order, as verifyChain takes them. */
function applied(rows: readonly ChainRow[], writes: readonly ChainRow[]) {
	const byId = new Map(rows.map((r) => [r.rowId, r]));
	for (const w of writes) byId.set(w.rowId, w);
	const ordered = [...byId.values()].sort((a, b) => a.entry.seq - b.entry.seq);
	return {
		entries: ordered.map((r) => r.entry),
		revisions: ordered.flatMap((r) => (r.revision ? [r.revision as Revision] : []))
	};
}

describe('planChainRepair', () => {
	it('leaves a chain that has not forked alone', async () => {
		expect(await planChainRepair(await saves(null, [0, 1, 2]), at(30))).toBeUndefined();
	});

	it('joins two copies into one chain that checks out, keeping the copy that reaches further', async () => {
		const start = await saves(null, [0, 1]);
		const first = await saves(start.at(-1)!.entry, [2, 4]);
		const second = await saves(start.at(-1)!.entry, [3, 5, 6]);
		const rows = [...start, ...first, ...second];
		expect((await verifyChain(...inOldOrder(rows))).ok).toBe(false);

		const repair = (await planChainRepair(rows, at(30)))!;
		expect(repair.joined).toBe(2);
		expect(repair.join.joined!.saves.map((s) => s.was)).toEqual(first.map((r) => r.entry));
		const { entries, revisions } = applied(rows, repair.writes);
		const verification = await verifyChain(revisions, entries);
		expect(verification.problems).toEqual([]);
		expect(verification.clockWentBack).toEqual([]);
		// The kept copy is untouched: its saves keep their numbers and links.
		expect(entries.slice(0, 5)).toEqual([...start, ...second].map((r) => r.entry));
	});

	it('still shows a clock that really went backwards within one copy', async () => {
		const start = await saves(null, [0]);
		const first = await saves(start[0]!.entry, [9, 2]);
		const second = await saves(start[0]!.entry, [3, 5, 6]);
		const rows = [...start, ...first, ...second];
		const { entries, revisions } = applied(rows, (await planChainRepair(rows, at(30)))!.writes);
		const verification = await verifyChain(revisions, entries);
		expect(verification.ok).toBe(true);
		expect(verification.clockWentBack.map((c) => [c.previousSavedAt, c.savedAt])).toEqual([
			[first[0]!.entry.savedAt, first[1]!.entry.savedAt]
		]);
	});
});

function inOldOrder(rows: readonly ChainRow[]): [Revision[], ChainEntry[]] {
	const sorted = [...rows].sort((a, b) => a.entry.seq - b.entry.seq);
	return [sorted.map((r) => r.revision!), sorted.map((r) => r.entry)];
}
