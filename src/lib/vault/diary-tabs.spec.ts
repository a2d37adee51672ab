// One diary open in several tabs, in Node: two DiaryStores on one fake-indexeddb database are two tabs (each its
// own connection, vault and memory). Writes from both must make one chain, each tab must learn of the other's,
// a chain forked the way older versions forked it must be joined, and losing the newest rows must be noticed.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { appendToChain, verifyChain, type ChainEntry } from '$lib/domain/hash-chain';
import { isDeleted, newId, type Incident, type IncidentId, type Revision } from '$lib/domain/incident';
import { createIncident, deleteIncident, editIncident } from '$lib/domain/revisions';
import { makeContent, makePerson } from '$lib/domain/test-factories';
import { BACKUP_OPTIONS, makeJson, prepareExport } from '$lib/export/diary-export';
import { parseExportJson } from '$lib/export/json';
import { checkTimeline } from '$lib/export/open-shared';
import { storeSnapshot, useTestDiaries, type TestDiary } from '$lib/testing/vault';
import { DiaryStore } from './diary-store';
import { runExclusive } from './exclusive';
import { parseStoredRecord, type RevisionRecord } from './stored-records';
import { Vault } from './vault';

type Tab = TestDiary;
const { newDiary, openTab: openByName } = useTestDiaries('tabs');

/** The same diary in another tab: its own connection, unlock and memory. */
const openTab = (of: Tab): Promise<Tab> => openByName(of.db.name);

const words = (store: DiaryStore) =>
	store.incidents.map((i) => i.revisions.at(-1)?.content?.whatHappened).sort();

/** Resolves at the next change the store reports. */
const nextChange = (store: DiaryStore) =>
	new Promise<void>((resolve) => {
		const stop = store.onChange(() => {
			stop();
			resolve();
		});
	});

async function expectClean(store: DiaryStore): Promise<void> {
	const verification = await store.verify();
	expect(verification.problems).toEqual([]);
	expect(verification.clockWentBack).toEqual([]);
	expect(verification.ok).toBe(true);
	expect(store.chain.map((e) => e.seq)).toEqual(store.chain.map((_, i) => i + 1));
	expect(store.missingCheckpoints()).toEqual([]);
}

describe('two tabs writing to one diary', () => {
	it('interleaved and simultaneous writes from two tabs make one chain, with no reading of the whole diary', async () => {
		const a = await newDiary();
		const b = await openTab(a);
		const readAllA = vi.spyOn(a.vault, 'readAll');
		const readAllB = vi.spyOn(b.vault, 'readAll');
		const getManyB = vi.spyOn(b.vault, 'getMany');

		const first = await a.store.saveIncident(makeContent({ whatHappened: 'Seen at the corner' }));
		await b.store.saveIncident(makeContent({ whatHappened: 'Twelve missed calls' }));
		await a.store.saveIncident(makeContent({ whatHappened: 'Car outside again' }));
		await Promise.all([
			a.store.saveIncident(makeContent({ whatHappened: 'Flowers on the doorstep' })),
			b.store.saveIncident(makeContent({ whatHappened: 'Seen at the corner, with a hood up' }), {
				editing: first.id
			}),
			a.store.savePerson(makePerson()),
			b.store.saveIncident(makeContent({ whatHappened: 'Message on social media' })),
			b.store.withdrawIncident(first.id, 'Not sure it was him')
		]);

		const fresh = await openTab(a);
		expect(fresh.store.incidents).toHaveLength(5);
		expect(fresh.store.chain).toHaveLength(7);
		expect(fresh.store.incident(first.id)!.revisions.map((r) => r.kind)).toEqual([
			'create',
			'edit',
			'withdraw'
		]);
		expect(fresh.store.people).toHaveLength(1);
		await expectClean(fresh.store);

		// Each tab holds the same record in memory, without having read every row again.
		await Promise.all([a.store.catchUp(), b.store.catchUp()]);
		for (const tab of [a, b]) {
			expect(tab.store.head).toEqual(fresh.store.head);
			expect(words(tab.store)).toEqual(words(fresh.store));
			expect(tab.store.people).toHaveLength(1);
		}
		expect(readAllA).not.toHaveBeenCalled();
		expect(readAllB).not.toHaveBeenCalled();
		// Catching up reads the head row, and then only the rows written since.
		for (const [ids] of getManyB.mock.calls) expect(ids.length).toBeLessThanOrEqual(4);
	});

	it('a tab hears of another tab’s save and shows it without writing anything itself', async () => {
		const a = await newDiary();
		const b = await openTab(a);
		const heard = nextChange(b.store);
		const saved = await a.store.saveIncident(makeContent({ whatHappened: 'Waiting by the gate' }));
		await heard;
		expect(b.store.incident(saved.id)?.revisions[0]?.content?.whatHappened).toBe('Waiting by the gate');
		expect(b.store.head).toEqual(a.store.head);

		// Settings and checkpoints written in one tab reach the other too.
		const again = nextChange(b.store);
		await a.store.recordDelivery('backup');
		await again;
		expect(b.store.settings.lastBackupAt).toBe(a.store.settings.lastBackupAt);
		expect(b.store.checkpoints).toHaveLength(1);
	});

	it('a save made while another tab holds the lock waits, then follows on, and every change is reported', async () => {
		const a = await newDiary();
		const b = await openTab(a);
		await a.store.saveIncident(makeContent({ whatHappened: 'Before' }));
		await b.store.catchUp();

		// What each tab's screens would see, at every change the store reports.
		const seen = { a: [] as number[], b: [] as number[] };
		a.store.onChange(() => seen.a.push(a.store.incidents.length));
		b.store.onChange(() => seen.b.push(b.store.incidents.length));

		let release!: () => void;
		const holding = runExclusive(`${a.db.name}-rows`, () => new Promise<void>((r) => (release = r)));
		const savedA = a.store.saveIncident(makeContent({ whatHappened: 'A while held' }));
		const savedB = b.store.saveIncident(makeContent({ whatHappened: 'B while held' }));
		await Promise.resolve();
		expect(a.store.incidents).toHaveLength(1);
		release();
		await holding;
		await Promise.all([savedA, savedB]);
		await Promise.all([a.store.catchUp(), b.store.catchUp()]);

		for (const tab of [a, b]) {
			expect(words(tab.store)).toEqual(['A while held', 'B while held', 'Before']);
		}
		// The last change each tab reported already held all three: none was taken in without being reported.
		expect(seen.a.at(-1)).toBe(3);
		expect(seen.b.at(-1)).toBe(3);
		await expectClean((await openTab(a)).store);
	});
});

describe('checkpoints', () => {
	it('finds that the newest saves are missing after a backup, which the chain alone cannot show', async () => {
		const tab = await newDiary();
		for (const what of ['One', 'Two', 'Three'])
			await tab.store.saveIncident(makeContent({ whatHappened: what }));
		await tab.store.recordDelivery('backup', new Date('2026-11-29T07:30:00.000Z'));
		expect((await openTab(tab)).store.missingCheckpoints()).toEqual([]);

		// The newest revision's row is lost from the database.
		const { records } = await tab.vault.readAll();
		const revisions = records
			.map((r) => ({ id: r.id, record: parseStoredRecord(r.value) }))
			.filter((r): r is { id: string; record: RevisionRecord } => r.record?.t === 'rev');
		const newest = revisions.reduce((x, y) => (y.record.chain.seq > x.record.chain.seq ? y : x));
		await tab.db.rows.delete(newest.id);

		const after = await openTab(tab);
		expect(after.store.incidents).toHaveLength(2);
		expect((await after.store.verify()).ok).toBe(true);
		expect(after.store.missingCheckpoints()).toEqual([
			expect.objectContaining({ purpose: 'backup', seq: 3, at: '2026-11-29T07:30:00.000+00:00' })
		]);
		// A later save takes the lost one's place in the numbering, but not its link: still missing.
		await after.store.saveIncident(makeContent({ whatHappened: 'Four' }));
		expect((await openTab(tab)).store.missingCheckpoints()).toHaveLength(1);
	});
});

/** Two tabs as older versions kept them: each with the chain head in memory, writing rows without a lock. */
class StaleTab {
	head: ChainEntry;
	readonly incidents: Map<IncidentId, Incident>;
	constructor(
		readonly vault: Vault,
		store: DiaryStore
	) {
		this.head = store.head!;
		this.incidents = new Map(store.incidents.map((i) => [i.id, i]));
	}

	async save(next: Incident, rewrites: { id: string; revision: Revision; chain: ChainEntry }[] = []) {
		const revision = next.revisions.at(-1)!;
		const chain = await appendToChain(this.head, revision, this.head.seq + 1);
		for (const r of rewrites)
			await this.vault.put(r.id, { t: 'rev', v: 1, revision: r.revision, chain: r.chain });
		await this.vault.put(newId(), { t: 'rev', v: 1, revision, chain } satisfies RevisionRecord);
		this.head = chain;
		this.incidents.set(next.id, next);
		return next;
	}

	async checkpoint(purpose: 'share' | 'backup') {
		const { seq, link } = this.head;
		await this.vault.put(newId(), { t: 'checkpoint', v: 1, seq, link, at: at(30), purpose });
	}
}

const at = (minute: number) => `2026-11-29T10:${String(minute).padStart(2, '0')}:00.000+00:00`;
const time = (minute: number) => new Date(at(minute));

/** Every revision row as stored, in the order of its chain number, as the old code read them. */
async function storedRevisions(vault: Vault) {
	const { records } = await vault.readAll();
	return records
		.map((r) => ({ id: r.id, record: parseStoredRecord(r.value) }))
		.filter((r): r is { id: string; record: RevisionRecord } => r.record?.t === 'rev')
		.sort((x, y) => x.record.chain.seq - y.record.chain.seq);
}

describe('a diary forked by two tabs of an older version', () => {
	async function forkedDiary() {
		const tab = await newDiary();
		const start = await tab.store.saveIncident(makeContent({ whatHappened: 'Shared start' }), {
			now: time(0)
		});
		await tab.store.saveIncident(makeContent({ whatHappened: 'Second' }), { now: time(1) });
		const a = new StaleTab(tab.vault, tab.store);
		const b = new StaleTab(tab.vault, tab.store);
		await a.save(createIncident(makeContent({ whatHappened: 'A one' }), time(2)));
		await b.save(createIncident(makeContent({ whatHappened: 'B one' }), time(3)));
		await a.save(
			editIncident(a.incidents.get(start.id)!, makeContent({ whatHappened: 'Edited in A' }), time(4))
		);
		await a.checkpoint('backup');
		await b.save(
			editIncident(b.incidents.get(start.id)!, makeContent({ whatHappened: 'Edited in B' }), time(5))
		);
		await b.save(createIncident(makeContent({ whatHappened: 'B two' }), time(6)));
		await b.checkpoint('share');
		return { tab, start };
	}

	it('was really forked: read as before, the record does not match', async () => {
		const { tab } = await forkedDiary();
		const rows = await storedRevisions(tab.vault);
		const old = await verifyChain(
			rows.map((r) => r.record.revision),
			rows.map((r) => r.record.chain)
		);
		expect(old.ok).toBe(false);
		expect(old.problems.length).toBeGreaterThan(0);
	});

	it('is joined on unlock: one record that checks out, the join on it, both versions of an entry changed in both', async () => {
		const { tab, start } = await forkedDiary();
		const joined = await openTab(tab);
		// B's copy reaches further, so it stays as it was; A's two saves follow the join.
		expect(joined.store.joinReport).toEqual({ joined: 2, changedInBoth: [start.id], deletedInOne: [] });
		await expectClean(joined.store);
		expect(words(joined.store)).toEqual(['A one', 'B one', 'B two', 'Edited in A', 'Second']);
		expect(joined.store.incident(start.id)!.revisions.map((r) => [r.seq, r.content?.whatHappened])).toEqual([
			[1, 'Shared start'],
			[2, 'Edited in B'],
			[3, 'Edited in A']
		]);
		const join = joined.store.chain.find((e) => e.joined)!;
		expect(join.seq).toBe(6);
		expect(join.joined!.saves.map((s) => [s.was.seq, s.was.revisionSeq, s.revisionSeq])).toEqual([
			[3, 1, 1],
			[4, 2, 3]
		]);
		// Both checkpoints, one taken on each copy, are still held: A's through the join.
		expect(joined.store.checkpoints).toHaveLength(2);

		// Joined once: the next unlock finds one clean record and nothing to join.
		const again = await openTab(tab);
		expect(again.store.joinReport).toBeUndefined();
		expect(again.store.head).toEqual(joined.store.head);
		await expectClean(again.store);

		// A backup of it checks out in the viewer, clock and all.
		const prepared = await prepareExport(storeSnapshot(again.store), BACKUP_OPTIONS);
		const timeline = parseExportJson(await makeJson(prepared));
		const check = await checkTimeline(timeline);
		expect(check.problems).toEqual([]);
		expect(check.clockWentBack).toBe(0);
		expect(check.partial).toBeNull();
	});

	it('a join whose list of saves was altered afterwards no longer checks out', async () => {
		const { tab } = await forkedDiary();
		const { store } = await openTab(tab);
		const revisions = store.revisionsInChainOrder;
		const altered = structuredClone(store.chain as ChainEntry[]);
		const join = altered.find((e) => e.joined)!;
		join.joined!.saves[0]!.was.link = '1'.repeat(64);
		expect((await verifyChain(revisions, altered)).ok).toBe(false);
		expect((await verifyChain(revisions, store.chain)).ok).toBe(true);
	});

	it('an entry deleted in one copy while changed in the other stays deleted, with no words left', async () => {
		const tab = await newDiary();
		const target = await tab.store.saveIncident(makeContent({ whatHappened: 'Words to delete' }), {
			now: time(0)
		});
		const a = new StaleTab(tab.vault, tab.store);
		const b = new StaleTab(tab.vault, tab.store);
		await b.save(
			editIncident(b.incidents.get(target.id)!, makeContent({ whatHappened: 'Typed in B' }), time(2))
		);
		await b.save(createIncident(makeContent({ whatHappened: 'B later' }), time(3)));
		// A deletes it the way the old store did: the earlier rows rewritten without words, then the marker.
		const deleted = await deleteIncident(a.incidents.get(target.id)!, time(4));
		const rows = await storedRevisions(tab.vault);
		const first = rows.find(
			(r) => r.record.revision.incidentId === target.id && r.record.revision.seq === 1
		)!;
		await a.save(deleted, [{ id: first.id, revision: deleted.revisions[0]!, chain: first.record.chain }]);

		const joined = await openTab(tab);
		expect(joined.store.joinReport).toEqual({
			joined: 1,
			changedInBoth: [target.id],
			deletedInOne: [target.id]
		});
		const incident = joined.store.incident(target.id)!;
		expect(isDeleted(incident)).toBe(true);
		expect(incident.revisions.every((r) => r.content === null)).toBe(true);
		await expectClean(joined.store);
		const everything = JSON.stringify((await tab.vault.readAll()).records);
		expect(everything).not.toContain('Typed in B');
		expect(everything).not.toContain('Words to delete');
		expect(everything).toContain('B later');
	});
});
