// Exhibit numbers are given once, when an entry that refers to the exhibit is first saved, and kept for ever:
// every export prints the same EXH-00n for the same file, a deleted exhibit's number is not given again, two tabs
// saving at once never give out the same number, and exhibits saved before numbers were kept get theirs once.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ExhibitRef } from '$lib/domain/incident';
import { makeContent } from '$lib/domain/test-factories';
import { makeCsv, makeJson, prepareExport } from '$lib/export/diary-export';
import { parseExportJson } from '$lib/export/json';
import { storeSnapshot, useTestDiaries } from '$lib/testing/vault';
import { DiaryStore } from './diary-store';
import { sealExhibit } from './exhibits';
import { parseStoredRecord } from './stored-records';
import { Vault } from './vault';

const OPTIONS = { disclosureSafe: false, includePrivateNotes: false, timeZone: 'Europe/London' };

const { newDiary, openTab } = useTestDiaries('numbers');

function seal(vault: Vault, name: string): Promise<ExhibitRef> {
	return sealExhibit(vault, new File([`the bytes of ${name}`], name, { type: 'image/jpeg' }));
}

/** What the JSON, the CSV and the pack's file names say each exhibit (by file name) is numbered. */
async function exported(store: DiaryStore): Promise<Record<string, string>> {
	await store.numberExhibits();
	const prepared = await prepareExport(storeSnapshot(store), OPTIONS);
	const json = parseExportJson(await makeJson(prepared));
	const csv = makeCsv(prepared);
	const numbers: Record<string, string> = {};
	for (const exhibit of json.exhibits) {
		numbers[exhibit.name] = exhibit.number;
		expect(exhibit.path).toBe(`exhibits/${exhibit.number}.jpg`);
		expect(csv).toContain(exhibit.number);
	}
	expect(prepared.exhibits.map((e) => [e.ref.name, e.number])).toEqual(
		json.exhibits.map((e) => [e.name, e.number])
	);
	return numbers;
}

describe('exhibit numbers', () => {
	it('are the same in every export, also after one exhibit is deleted and another added', async () => {
		const { db, vault, store } = await newDiary();
		const first = await seal(vault, 'first.jpg');
		const second = await seal(vault, 'second.jpg');
		const older = await store.saveIncident(makeContent({ exhibits: [first] }));
		await store.saveIncident(
			makeContent({ occurred: { kind: 'date', start: '2026-11-01', approximate: false }, exhibits: [second] })
		);
		// The second exhibit's entry happened earlier, so it comes first in the export, but keeps its own number.
		expect(await exported(store)).toEqual({ 'first.jpg': 'EXH-001', 'second.jpg': 'EXH-002' });
		expect(await exported(store)).toEqual({ 'first.jpg': 'EXH-001', 'second.jpg': 'EXH-002' });

		await store.deleteIncident(older.id);
		const third = await seal(vault, 'third.jpg');
		await store.saveIncident(makeContent({ exhibits: [third] }));
		// EXH-001 went with its entry and is not given again.
		expect(await exported(store)).toEqual({ 'second.jpg': 'EXH-002', 'third.jpg': 'EXH-003' });

		// Kept through a lock and unlock, and an edit that carries the exhibit forward changes nothing.
		store.close();
		vault.lock();
		const { store: reopened } = await openTab(db.name);
		const entry = reopened.incidents.find((i) => i.revisions.at(-1)?.content?.exhibits[0]?.id === third.id)!;
		await reopened.saveIncident(makeContent({ whatHappened: 'Amended', exhibits: [third] }), {
			editing: entry.id
		});
		expect(await exported(reopened)).toEqual({ 'second.jpg': 'EXH-002', 'third.jpg': 'EXH-003' });
	});

	it('two tabs saving at the same moment give different numbers, and both tabs agree on them', async () => {
		const { db, vault, store: a } = await newDiary();
		const { vault: vaultB, store: b } = await openTab(db.name);
		const [fromA, fromB] = await Promise.all([seal(vault, 'from-a.jpg'), seal(vaultB, 'from-b.jpg')]);
		await Promise.all([
			a.saveIncident(makeContent({ exhibits: [fromA] })),
			b.saveIncident(makeContent({ exhibits: [fromB] }))
		]);
		await Promise.all([a.catchUp(), b.catchUp()]);
		const numbers = [a.exhibitNumbers.get(fromA.id), a.exhibitNumbers.get(fromB.id)];
		expect(numbers.sort()).toEqual([1, 2]);
		expect([...b.exhibitNumbers]).toEqual([...a.exhibitNumbers]);
		const third = await openTab(db.name);
		expect([...third.store.exhibitNumbers].sort()).toEqual([...a.exhibitNumbers].sort());
	});

	it('exhibits saved before numbers were kept get one each, once, in the order they were first saved', async () => {
		const { db, vault, store } = await newDiary();
		const refs = [];
		for (const name of ['one.jpg', 'two.jpg', 'three.jpg']) refs.push(await seal(vault, name));
		await store.saveIncident(makeContent({ exhibits: [refs[1]!] }));
		await store.saveIncident(makeContent({ exhibits: [refs[2]!, refs[0]!] }));
		// As an older version of the app left it: the entries, and no numbers.
		const { records } = await vault.readAll();
		const numberRows = records.filter(({ value }) => parseStoredRecord(value)?.t === 'numbers');
		expect(numberRows).toHaveLength(2);
		for (const { id } of numberRows) await vault.remove(id);

		const { store: upgraded } = await openTab(db.name);
		expect(upgraded.exhibitNumbers.size).toBe(0);
		const { store: otherTab } = await openTab(db.name);
		await Promise.all([upgraded.numberExhibits(), otherTab.numberExhibits()]);
		const expected = [
			[refs[1]!.id, 1],
			[refs[2]!.id, 2],
			[refs[0]!.id, 3]
		];
		expect([...upgraded.exhibitNumbers]).toEqual(expected);
		await otherTab.catchUp();
		expect([...otherTab.exhibitNumbers]).toEqual(expected);
		// Numbered once: one row was written, and asking again writes nothing.
		const after = await vault.readAll();
		expect(after.records.filter(({ value }) => parseStoredRecord(value)?.t === 'numbers')).toHaveLength(1);
		const rows = await db.rows.count();
		await upgraded.numberExhibits();
		expect(await db.rows.count()).toBe(rows);

		// A new exhibit comes after them.
		const four = await seal(vault, 'four.jpg');
		await upgraded.saveIncident(makeContent({ exhibits: [four] }));
		expect(upgraded.exhibitNumbers.get(four.id)).toBe(4);
	});

	it('a restored backup keeps the numbers it printed, unless this diary gave one to another exhibit', async () => {
		const { vault, store } = await newDiary();
		const mine = await seal(vault, 'mine.jpg');
		await store.saveIncident(makeContent({ exhibits: [mine] }));
		const [kept, clashing] = [await seal(vault, 'kept.jpg'), await seal(vault, 'clashing.jpg')];
		const other = await newDiary();
		await other.store.saveIncident(makeContent({ exhibits: [kept, clashing] }));
		await store.importRevisions({
			revisions: other.store.revisionsInChainOrder,
			people: [],
			exhibitNumbers: new Map([
				[kept.id, 5],
				[clashing.id, 1]
			])
		});
		expect([...store.exhibitNumbers]).toEqual([
			[mine.id, 1],
			[kept.id, 5],
			[clashing.id, 6]
		]);
	});

	it('are stored sealed: no exhibit id or number is readable in the database', async () => {
		const { db, vault, store } = await newDiary();
		const ref = await seal(vault, 'photo.jpg');
		await store.saveIncident(makeContent({ exhibits: [ref] }));
		expect(store.exhibitNumbers.get(ref.id)).toBe(1);
		const readable = async () =>
			(await db.rows.toArray())
				.map((row) => new TextDecoder('latin1').decode(row.sealed))
				.filter((text) => text.includes(ref.id) || text.includes('numbers'));
		expect(await readable()).toEqual([]);
		// The check can fail: the same record stored unsealed, in the same table, is found.
		const plain = JSON.stringify({ t: 'numbers', numbers: [{ id: ref.id, n: 1 }] });
		await db.rows.put({ id: 'unsealed', sealed: new TextEncoder().encode(plain) });
		expect(await readable()).toEqual([plain]);
	});
});
