// The safety plan, with the real vault (libsodium) on fake-indexeddb: sealed like the entries, kept across
// locking, seen by another tab, never in the record of changes, and in a file only when the person chose it (a
// backup always holds it, and a restore brings it in only where the diary has none).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyPlanAnswers, type SafetyPlan } from '$lib/domain/safety-plan';
import { makeContent } from '$lib/domain/test-factories';
import { InvalidInputError, MAX_TEXT_LENGTH } from '$lib/domain/validate';
import {
	BACKUP_OPTIONS,
	collectBlob,
	makeJson,
	makeShareStream,
	prepareExport
} from '$lib/export/diary-export';
import { ExportJsonInvalidError } from '$lib/export/errors';
import { parseExportJson } from '$lib/export/json';
import { openSharedFile } from '$lib/export/open-shared';
import { nodeFonts } from '$lib/export/test-fixtures';
import type { TimelineOptions } from '$lib/export/timeline-rows';
import { restoreBackup } from '$lib/state/restore';
import { FAST_KDF } from '$lib/testing/fast-kdf';
import { storeSnapshot, useTestDiaries, type TestDiary } from '$lib/testing/vault';
import { openExhibit } from './exhibits';

const { newDiary, openTab } = useTestDiaries('plan');

const PLAN: SafetyPlan = {
	people: 'Mum 07700 900123, my ISAC at Safer Places',
	codeWord: 'Pineapple-umbrella 🍍',
	safePlaces: 'Tesco on the High Street; مكتبة البلدة',
	routes: 'Vary the 7:40 bus; leave by the side door',
	emergency: 'Call 999; if I cannot speak, press 55',
	keepReady: 'Passport, spare key, charger',
	device: 'Check Find My and location sharing every Sunday',
	updatedAt: '2026-12-01T19:00:00.000+00:00'
};
const SHARE: TimelineOptions = {
	disclosureSafe: false,
	includePrivateNotes: false,
	timeZone: 'Europe/London'
};
const FILE_PASS = 'copper meadow violin 83 slowly';

async function reopen(diary: TestDiary): Promise<TestDiary> {
	diary.vault.lock();
	diary.store.close();
	return openTab(diary.db.name);
}

async function jsonOf(diary: TestDiary, options: TimelineOptions) {
	const prepared = await prepareExport(storeSnapshot(diary.store), options);
	return parseExportJson(await makeJson(prepared));
}

async function backupOf(diary: TestDiary) {
	const prepared = await prepareExport(storeSnapshot(diary.store), BACKUP_OPTIONS);
	const stream = makeShareStream(
		prepared,
		{
			fonts: nodeFonts(),
			openExhibit: (ref) => openExhibit(diary.vault, ref),
			backupMac: (bytes: Uint8Array) => diary.vault.backupMac(bytes)
		},
		FILE_PASS,
		FAST_KDF
	);
	return openSharedFile(await collectBlob(stream, 'application/octet-stream'), FILE_PASS);
}

describe('the safety plan in the diary', () => {
	it('is sealed: kept across locking, and none of its words is in the database', async () => {
		const diary = await newDiary();
		await diary.store.saveIncident(makeContent({ whatHappened: 'Waiting at the gate' }));
		const chainBefore = diary.store.chain.length;
		await diary.store.saveSafetyPlan(PLAN);
		// Not evidence: saving it adds nothing to the record of changes.
		expect(diary.store.chain).toHaveLength(chainBefore);

		const raw = JSON.stringify(
			(await diary.db.rows.toArray()).map((row) => Buffer.from(row.sealed).toString('latin1'))
		);
		for (const words of ['Pineapple', 'Safer Places', 'side door', 'Passport'])
			expect(raw).not.toContain(words);

		const again = await reopen(diary);
		expect(again.store.safetyPlan).toEqual(PLAN);
		expect((await again.store.verify()).ok).toBe(true);
	});

	it('is rewritten in its one row when changed, and the newest version is the one that opens', async () => {
		const diary = await newDiary();
		await diary.store.saveSafetyPlan(PLAN);
		const rows = await diary.db.rows.count();
		const changed = { ...PLAN, codeWord: 'Lighthouse', updatedAt: '2026-12-02T08:00:00.000+00:00' };
		await diary.store.saveSafetyPlan(changed);
		// One head row is rewritten with each write; the plan's own row is rewritten, not added to.
		expect(await diary.db.rows.count()).toBe(rows);
		expect((await reopen(diary)).store.safetyPlan).toEqual(changed);
	});

	it('refuses words that cannot be kept, with a reason, and stores nothing', async () => {
		const diary = await newDiary();
		await diary.store.saveSafetyPlan(PLAN);
		const before = await diary.db.rows.toArray();
		await expect(diary.store.saveSafetyPlan({ ...PLAN, routes: 'Bus \uD83D' })).rejects.toBeInstanceOf(
			InvalidInputError
		);
		expect(await diary.db.rows.toArray()).toEqual(before);
		expect(diary.store.safetyPlan).toEqual(PLAN);
	});

	it('keeps only the plan’s own parts, so what it saves always opens again', async () => {
		const diary = await newDiary();
		const extra = { ...PLAN, injected: 'not a part of the plan' } as SafetyPlan;
		await diary.store.saveSafetyPlan(extra);
		const again = await reopen(diary);
		expect(again.store.safetyPlan).toEqual(PLAN);
		expect(again.store.damaged).toEqual([]);
	});

	it('shows in another tab once saved in one', async () => {
		const a = await newDiary();
		const b = await openTab(a.db.name);
		expect(b.store.safetyPlan).toBeUndefined();
		await a.store.saveSafetyPlan(PLAN);
		await b.store.catchUp();
		expect(b.store.safetyPlan).toEqual(PLAN);
		const changed = { ...PLAN, device: 'New phone, new passcode' };
		await b.store.saveSafetyPlan(changed);
		await a.store.catchUp();
		expect(a.store.safetyPlan).toEqual(changed);
	});
});

describe('the safety plan in a file', () => {
	it('is in a shared file only when the person chose it, and always in a backup', async () => {
		const diary = await newDiary();
		await diary.store.saveIncident(makeContent({ whatHappened: 'Waiting at the gate' }));
		await diary.store.saveSafetyPlan(PLAN);

		expect((await jsonOf(diary, SHARE)).safetyPlan).toBeUndefined();
		expect((await jsonOf(diary, { ...SHARE, includeSafetyPlan: true })).safetyPlan).toEqual(PLAN);
		const backup = await backupOf(diary);
		expect(backup.pack.timeline.safetyPlan).toEqual(PLAN);
		// Inside the backup's MAC: a plan changed in the file is a file this diary did not make.
		expect(backup.pack.timeline.backupMac).toMatch(/^[0-9a-f]{64}$/);
	});

	it('is never in a disclosure-safe copy, even when ticked', async () => {
		const diary = await newDiary();
		await diary.store.saveIncident(makeContent({ whatHappened: 'Waiting at the gate' }));
		await diary.store.saveSafetyPlan(PLAN);
		const safe = { ...SHARE, disclosureSafe: true, includeSafetyPlan: true };
		expect((await jsonOf(diary, safe)).safetyPlan).toBeUndefined();
	});

	it('a plan of blanks is no plan, and is not written', async () => {
		const diary = await newDiary();
		await diary.store.saveSafetyPlan({ ...emptyPlanAnswers(), people: '  ', updatedAt: PLAN.updatedAt });
		expect((await jsonOf(diary, { ...SHARE, includeSafetyPlan: true })).safetyPlan).toBeUndefined();
	});

	it('a file whose plan has a key the format has no place for is refused', async () => {
		const diary = await newDiary();
		await diary.store.saveSafetyPlan(PLAN);
		const prepared = await prepareExport(storeSnapshot(diary.store), { ...SHARE, includeSafetyPlan: true });
		const value = JSON.parse(await makeJson(prepared)) as Record<string, unknown>;
		value.safetyPlan = { ...PLAN, script: '<img src=x onerror=alert(1)>' };
		expect(() => parseExportJson(JSON.stringify(value))).toThrow(ExportJsonInvalidError);
		value.safetyPlan = { ...PLAN, codeWord: 42 };
		expect(() => parseExportJson(JSON.stringify(value))).toThrow(ExportJsonInvalidError);
		// A broken half of an emoji would break every later backup of a diary that took it in; too long, likewise.
		value.safetyPlan = { ...PLAN, people: 'Mum \uD800' };
		expect(() => parseExportJson(JSON.stringify(value))).toThrow(ExportJsonInvalidError);
		value.safetyPlan = { ...PLAN, routes: 'x'.repeat(MAX_TEXT_LENGTH + 1) };
		expect(() => parseExportJson(JSON.stringify(value))).toThrow(ExportJsonInvalidError);
		value.safetyPlan = PLAN;
		expect(parseExportJson(JSON.stringify(value)).safetyPlan).toEqual(PLAN);
	});

	it('a restore brings the plan into a diary that has none, and never replaces one it has', async () => {
		const source = await newDiary();
		await source.store.saveIncident(makeContent({ whatHappened: 'Waiting at the gate' }));
		await source.store.saveSafetyPlan(PLAN);
		const file = await backupOf(source);

		const fresh = await newDiary();
		const result = await restoreBackup(fresh.store, fresh.vault, file);
		expect(result.safetyPlan).toBe(true);
		expect((await reopen(fresh)).store.safetyPlan).toEqual(PLAN);

		const own = await newDiary();
		const mine = { ...PLAN, codeWord: 'My own word', updatedAt: '2026-12-03T10:00:00.000+00:00' };
		await own.store.saveSafetyPlan(mine);
		const second = await restoreBackup(own.store, own.vault, file);
		expect(second.safetyPlan).toBe(false);
		expect(second.revisions).toBeGreaterThan(0);
		expect((await reopen(own)).store.safetyPlan).toEqual(mine);

		// A diary already in use, with no plan: another diary's file (anyone could have written its plan, with
		// their own number under "People I can call") brings in its entries, never its plan.
		const keeping = await newDiary();
		await keeping.store.saveIncident(makeContent({ whatHappened: 'Flowers left on the step' }));
		const third = await restoreBackup(keeping.store, keeping.vault, file);
		expect(third.safetyPlan).toBe(false);
		expect(third.revisions).toBeGreaterThan(0);
		expect((await reopen(keeping)).store.safetyPlan).toBeUndefined();
	});

	it('this diary’s own backup brings its plan back into the diary once the plan is gone', async () => {
		const diary = await newDiary();
		await diary.store.saveIncident(makeContent({ whatHappened: 'Waiting at the gate' }));
		await diary.store.saveSafetyPlan(PLAN);
		const file = await backupOf(diary);
		// The plan row lost (a cleared row, say): the person's own backup, checked by its MAC, may bring it back.
		const rows = await diary.db.rows.toArray();
		for (const row of rows) {
			const opened = await diary.vault.getMany([row.id]);
			const value = opened.records[0]?.value as { t?: string } | undefined;
			if (value?.t === 'plan') await diary.db.rows.delete(row.id);
		}
		const again = await reopen(diary);
		expect(again.store.safetyPlan).toBeUndefined();
		const result = await restoreBackup(again.store, again.vault, file);
		expect(result.safetyPlan).toBe(true);
		expect(again.store.safetyPlan).toEqual(PLAN);
	});
});
