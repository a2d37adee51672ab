// Restoring files into a diary, end to end in Node: a real vault in fake-indexeddb, real libsodium, real share
// files made by the export code, and forgeries built the way an attacker holding a share file would.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { appendToChain, type ChainEntry } from '$lib/domain/hash-chain';
import {
	isDeleted,
	newId,
	type ExhibitRef,
	type IncidentContent,
	type IncidentId,
	type Revision
} from '$lib/domain/incident';
import { makeContent, makePerson } from '$lib/domain/test-factories';
import { BACKUP_OPTIONS, collectBlob, makeShareStream, prepareExport } from '$lib/export/diary-export';
import type { ExportIncident, ExportJson } from '$lib/export/json';
import { openSharedFile, type OpenedShare } from '$lib/export/open-shared';
import { makeEvidencePack } from '$lib/export/pack';
import { sealShareFile } from '$lib/export/share-file';
import { nodeFonts } from '$lib/export/test-fixtures';
import type { TimelineOptions } from '$lib/export/timeline-rows';
import { VaultDb } from '$lib/vault/db';
import { DiaryStore } from '$lib/vault/diary-store';
import { hasExhibit, openExhibit, sealExhibit, verifyExhibit } from '$lib/vault/exhibits';
import { Vault } from '$lib/vault/vault';
import { FAST_KDF } from '$lib/testing/fast-kdf';
import { storeSnapshot, TEST_PASSPHRASE, useTestDiaries, type TestDiary } from '$lib/testing/vault';
import {
	RestoreExhibitMismatchError,
	RestoreExhibitMissingError,
	RestoredExhibitChangedError,
	applyRestore,
	planRestore,
	restoreBackup
} from './restore';

const FILE_PASS = 'copper meadow violin 83 slowly';
const SHARE: TimelineOptions = {
	disclosureSafe: false,
	includePrivateNotes: true,
	timeZone: 'Europe/London'
};

const { newDb, newDiary, openTab } = useTestDiaries('restore');

/** A second database holding exactly the same rows, so the same key: this diary as it was at that moment. */
async function cloneDiary(from: VaultDb): Promise<TestDiary> {
	const db = newDb();
	await db.meta.bulkPut(await from.meta.toArray());
	await db.rows.bulkPut(await from.rows.toArray());
	await db.chunks.bulkPut(await from.chunks.toArray());
	return openTab(db.name);
}

/** Every stored byte of a diary, so "unchanged" means byte for byte. */
async function dump(db: VaultDb): Promise<string> {
	const bytes = (b: Uint8Array) => Buffer.from(b).toString('hex');
	const rows = (await db.rows.toArray()).map((r) => `${r.id}=${bytes(r.sealed)}`).sort();
	const chunks = (await db.chunks.toArray())
		.map((c) => `${c.exhibitId}/${c.index}=${bytes(c.sealed)}`)
		.sort();
	const meta = (await db.meta.toArray()).map((row) =>
		JSON.stringify(row, (_k, v: unknown) => (v instanceof Uint8Array ? bytes(v) : v))
	);
	return JSON.stringify({ rows, chunks, meta });
}

/** The restore is refused with `error`, and not one stored byte of the diary has changed. */
async function expectRefusedUnchanged(
	diary: TestDiary,
	file: Parameters<typeof restoreBackup>[2],
	error: new (...args: never[]) => Error
): Promise<void> {
	const before = await dump(diary.db);
	await expect(restoreBackup(diary.store, diary.vault, file)).rejects.toThrow(error);
	expect(await dump(diary.db)).toBe(before);
}

function addPhoto(vault: Vault, text: string): Promise<ExhibitRef> {
	const blob = new Blob([text], { type: 'image/png' });
	return sealExhibit(vault, {
		name: `${text}.png`,
		type: 'image/png',
		size: blob.size,
		stream: () => blob.stream()
	});
}

/** A share or backup file exactly as the app makes one. */
async function makeFile(
	store: DiaryStore,
	vault: Vault,
	options: TimelineOptions,
	backup = false
): Promise<OpenedShare> {
	const prepared = await prepareExport(storeSnapshot(store), options);
	const stream = makeShareStream(
		prepared,
		{
			fonts: nodeFonts(),
			openExhibit: (ref) => openExhibit(vault, ref),
			...(backup ? { backupMac: (bytes: Uint8Array) => vault.backupMac(bytes) } : {})
		},
		FILE_PASS,
		FAST_KDF
	);
	return openSharedFile(await collectBlob(stream, 'application/octet-stream'), FILE_PASS);
}

/** Seals any timeline as a share file the way the app would, carrying the exhibits of `source` along. */
async function sealForged(timeline: ExportJson, source: OpenedShare): Promise<OpenedShare> {
	const pack = makeEvidencePack({
		pdf: source.pack.pdf ?? new Uint8Array(),
		csv: '',
		json: JSON.stringify(timeline),
		chainHead: timeline.chainHead,
		generatedAt: '',
		verifyText: '',
		exhibits: [...source.pack.exhibits.values()]
			.filter(({ entry }) => timeline.exhibits.some((e) => e.path === entry.path))
			.map(({ entry, bytes }) => ({
				number: entry.number,
				name: entry.name,
				sha256: entry.sha256,
				chunks: (async function* () {
					yield bytes;
				})()
			}))
	});
	const sealed = await collectBlob(sealShareFile(FILE_PASS, pack, FAST_KDF), 'application/octet-stream');
	return openSharedFile(sealed, FILE_PASS);
}

/** A forger's new entry holding `content`, added to the end of `timeline` with its hash and a link that holds. */
async function appendNewEntry(timeline: ExportJson, content: IncidentContent): Promise<void> {
	const last = timeline.chain.at(-1)!;
	const revision: Revision = {
		incidentId: newId<IncidentId>(),
		seq: 1,
		kind: 'create',
		savedAt: '2026-12-01T09:00:00.000+00:00',
		recordedAt: '2026-12-01T09:00:00.000+00:00',
		content
	};
	const entry = await appendToChain(last, revision, last.seq + 1);
	timeline.incidents.push({
		number: 99,
		id: revision.incidentId,
		recordedAt: revision.recordedAt,
		status: 'current',
		revisions: [
			{ revision, hash: entry.revisionHash, chain: { seq: entry.seq, link: entry.link }, withheld: [] }
		]
	});
	timeline.chain = [...timeline.chain, entry];
	timeline.chainHead = { seq: entry.seq, link: entry.link };
}

/**
 * What someone holding a share file (and no key) can build: revisions that permanently delete the first entry,
 * withdraw the second and rewrite the third with an earlier date, each with its hash and a chain that links,
 * so every fingerprint in the file checks out.
 */
async function forgeFromShare(share: OpenedShare): Promise<ExportJson> {
	const timeline = structuredClone(share.pack.timeline);
	const chain: ChainEntry[] = [...timeline.chain];
	const append = async (incident: ExportIncident, revision: Revision) => {
		const entry = await appendToChain(chain.at(-1)!, revision, chain.at(-1)!.seq + 1);
		chain.push(entry);
		incident.revisions.push({
			revision,
			hash: entry.revisionHash,
			chain: { seq: entry.seq, link: entry.link },
			withheld: []
		});
	};
	const [wiped, withdrawn, backdated] = timeline.incidents as [
		ExportIncident,
		ExportIncident,
		ExportIncident
	];
	const last = (i: ExportIncident) => i.revisions.at(-1)!.revision;
	const later = '2026-12-01T09:00:00.000+00:00';

	// A redacted revision "hashes" to the hash it claims, so copying the hash from the share file is enough.
	wiped.revisions = wiped.revisions.map((r) => ({
		...r,
		revision: {
			incidentId: r.revision.incidentId,
			seq: r.revision.seq,
			kind: r.revision.kind,
			savedAt: r.revision.savedAt,
			content: null,
			deletedHash: r.hash,
			recordedAt: r.revision.recordedAt
		}
	}));
	await append(wiped, {
		...last(wiped),
		seq: last(wiped).seq + 1,
		kind: 'delete',
		savedAt: later,
		content: null,
		deletedHash: undefined,
		reason: undefined
	});
	wiped.status = 'deleted';
	await append(withdrawn, {
		...last(withdrawn),
		seq: last(withdrawn).seq + 1,
		kind: 'withdraw',
		savedAt: later,
		reason: 'Made up'
	});
	withdrawn.status = 'withdrawn';
	const content = last(backdated).content as IncidentContent;
	await append(backdated, {
		...last(backdated),
		seq: last(backdated).seq + 1,
		kind: 'edit',
		savedAt: later,
		content: { ...content, occurred: { ...content.occurred, start: '2020-01-01T09:00:00.000+00:00' } }
	});
	timeline.chain = chain;
	timeline.chainHead = { seq: chain.at(-1)!.seq, link: chain.at(-1)!.link };
	// The wiped entry's photo is no longer named by any revision, so it leaves the list as a real delete would.
	timeline.exhibits = [];
	for (const i of timeline.incidents)
		for (const r of i.revisions) if (r.revision.deletedHash === undefined) delete r.revision.deletedHash;
	for (const i of timeline.incidents)
		for (const r of i.revisions) if (r.revision.reason === undefined) delete r.revision.reason;
	return timeline;
}

async function sampleDiary() {
	const diary = await newDiary();
	const { store, vault } = diary;
	const photo = await addPhoto(diary.vault, 'doorstep');
	const alex = await store.savePerson(makePerson({ name: 'Alex Example' }));
	const first = await store.saveIncident(
		makeContent({ whatHappened: 'Followed me home', exhibits: [photo], personIds: [alex.id] })
	);
	const second = await store.saveIncident(makeContent({ whatHappened: 'Texted 14 times' }));
	await store.saveIncident(makeContent({ whatHappened: 'Texted 15 times' }), {
		editing: second.id,
		reason: 'Counted again'
	});
	const third = await store.saveIncident(makeContent({ whatHappened: 'Car outside at night' }));
	return { ...diary, first, second, third, photo, vault };
}

describe('a forged backup built from a real share file', () => {
	it('adds nothing to existing entries; the diary and its chain are unchanged byte for byte', async () => {
		const diary = await sampleDiary();
		const share = await makeFile(diary.store, diary.vault, SHARE);
		const forged = await sealForged(await forgeFromShare(share), share);
		// The forgery is good enough to pass every fingerprint check the viewer makes.
		expect(forged.check.problems).toEqual([]);
		expect(forged.pack.timeline.chain.length).toBe(diary.store.chain.length + 3);

		const before = await dump(diary.db);
		const chainBefore = structuredClone(diary.store.chain);
		const plan = await planRestore(diary.store, diary.vault, forged);
		expect(plan).toMatchObject({
			kind: 'new-entries',
			newEntries: 0,
			updatedEntries: 0,
			keptEntries: 3,
			exhibits: 0
		});
		expect(await restoreBackup(diary.store, diary.vault, forged)).toEqual({
			revisions: 0,
			people: 0,
			exhibits: 0,
			safetyPlan: false
		});

		expect(await dump(diary.db)).toBe(before);
		expect(diary.store.chain).toEqual(chainBefore);
		const reopened = await DiaryStore.open(await Vault.unlock(diary.db, TEST_PASSPHRASE));
		expect(isDeleted(reopened.incident(diary.first.id)!)).toBe(false);
		expect(reopened.incident(diary.second.id)!.revisions).toHaveLength(2);
		expect(reopened.incident(diary.third.id)!.revisions).toHaveLength(1);
		expect((await reopened.verify()).ok).toBe(true);
	});

	it('changes nothing either with a made-up MAC, or with the MAC of another diary’s backup', async () => {
		const diary = await sampleDiary();
		const share = await makeFile(diary.store, diary.vault, SHARE);
		const timeline = await forgeFromShare(share);
		const before = await dump(diary.db);

		const madeUp = await sealForged({ ...timeline, backupMac: 'ab'.repeat(32) }, share);
		expect((await planRestore(diary.store, diary.vault, madeUp)).kind).toBe('new-entries');
		expect(await restoreBackup(diary.store, diary.vault, madeUp)).toMatchObject({ revisions: 0 });

		// The attacker's own diary can MAC anything, but not under this diary's key.
		const theirs = await newDiary();
		const { backupMacInput } = await import('$lib/export/json');
		const signed = { ...timeline, backupMac: await theirs.vault.backupMac(backupMacInput(timeline)) };
		const otherMac = await sealForged(signed, share);
		expect(otherMac.check.problems).toEqual([]);
		expect(await restoreBackup(diary.store, diary.vault, otherMac)).toMatchObject({ revisions: 0 });
		expect(await dump(diary.db)).toBe(before);
	});

	it('still adds entries that are new, each with its revisions, and says so first', async () => {
		const diary = await sampleDiary();
		const other = await newDiary();
		const theirs = await other.store.saveIncident(makeContent({ whatHappened: 'From the other phone' }));
		const share = await makeFile(other.store, other.vault, SHARE);
		const plan = await planRestore(diary.store, diary.vault, share);
		expect(plan).toMatchObject({ kind: 'new-entries', newEntries: 1, updatedEntries: 0, keptEntries: 0 });
		const own = diary.store.incidents.map((i) => structuredClone(i));
		expect(await restoreBackup(diary.store, diary.vault, share)).toMatchObject({ revisions: 1 });
		expect(diary.store.incident(theirs.id)!.revisions).toEqual(theirs.revisions);
		for (const incident of own) expect(diary.store.incident(incident.id)).toEqual(incident);
		expect((await diary.store.verify()).ok).toBe(true);
	});
});

describe('a backup of this diary', () => {
	it('carries a MAC only this diary can make, over the whole file', async () => {
		const diary = await sampleDiary();
		const backup = await makeFile(diary.store, diary.vault, BACKUP_OPTIONS, true);
		expect(backup.pack.timeline.backupMac).toMatch(/^[0-9a-f]{64}$/);
		const share = await makeFile(diary.store, diary.vault, SHARE);
		expect(share.pack.timeline.backupMac).toBeUndefined();
	});

	it('restores everything onto a fresh diary with a different key, as new entries', async () => {
		const diary = await sampleDiary();
		await diary.store.deleteIncident(diary.third.id);
		const backup = await makeFile(diary.store, diary.vault, BACKUP_OPTIONS, true);
		const phone = await newDiary();
		const plan = await planRestore(phone.store, phone.vault, backup);
		expect(plan).toMatchObject({
			kind: 'new-entries',
			newEntries: 3,
			keptEntries: 0,
			exhibits: 1,
			people: 1
		});
		await restoreBackup(phone.store, phone.vault, backup);
		for (const incident of diary.store.incidents) expect(phone.store.incident(incident.id)).toEqual(incident);
		expect(phone.store.chain.map((e) => e.revisionHash)).toEqual(
			diary.store.chain.map((e) => e.revisionHash)
		);
		expect(await verifyExhibit(phone.vault, diary.photo)).toBe(true);
		expect((await phone.store.verify()).ok).toBe(true);
		// The photo keeps the number the old phone gave it.
		expect(phone.store.exhibitNumbers.get(diary.photo.id)).toBe(1);
		expect([...phone.store.exhibitNumbers]).toEqual([...diary.store.exhibitNumbers]);
	});

	it('brings a copy of this same diary that is behind up to date, link for link, and only with its MAC', async () => {
		const diary = await sampleDiary();
		const behind = await cloneDiary(diary.db);
		const stale = await cloneDiary(diary.db);
		await diary.store.withdrawIncident(diary.second.id, 'Not him after all');
		await diary.store.deleteIncident(diary.third.id);
		const backup = await makeFile(diary.store, diary.vault, BACKUP_OPTIONS, true);

		const plan = await planRestore(behind.store, behind.vault, backup);
		expect(plan).toMatchObject({ kind: 'own-backup', newEntries: 0, updatedEntries: 2, keptEntries: 1 });
		await restoreBackup(behind.store, behind.vault, backup);
		expect(behind.store.chain).toEqual(diary.store.chain);
		expect(isDeleted(behind.store.incident(diary.third.id)!)).toBe(true);
		expect(JSON.stringify(behind.store.incidents)).not.toContain('Car outside at night');

		// The same file without its MAC is just a file: it changes nothing already there.
		const before = await dump(stale.db);
		const unsigned = await sealForged({ ...backup.pack.timeline, backupMac: undefined }, backup);
		expect((await planRestore(stale.store, stale.vault, unsigned)).kind).toBe('new-entries');
		await restoreBackup(stale.store, stale.vault, unsigned);
		expect(await dump(stale.db)).toBe(before);
	});

	it('does not count as this diary’s own when its chain does not contain this diary’s chain', async () => {
		const diary = await sampleDiary();
		const behind = await cloneDiary(diary.db);
		await diary.store.withdrawIncident(diary.second.id);
		const backup = await makeFile(diary.store, diary.vault, BACKUP_OPTIONS, true);
		// The copy moves on its own way, so the two no longer share a history.
		await behind.store.saveIncident(makeContent({ whatHappened: 'Only on this copy' }), {
			editing: diary.first.id
		});
		const before = await dump(behind.db);
		expect((await planRestore(behind.store, behind.vault, backup)).kind).toBe('new-entries');
		await restoreBackup(behind.store, behind.vault, backup);
		expect(await dump(behind.db)).toBe(before);
	});
});

describe('exhibits in a restore', () => {
	it('a backup carries, and restores, an exhibit only an earlier revision refers to', async () => {
		const diary = await newDiary();
		const removed = await addPhoto(diary.vault, 'taken off later');
		const created = await diary.store.saveIncident(
			makeContent({ whatHappened: 'Parcel left', exhibits: [removed] })
		);
		await diary.store.saveIncident(makeContent({ whatHappened: 'Parcel left' }), { editing: created.id });
		const backup = await makeFile(diary.store, diary.vault, BACKUP_OPTIONS, true);
		expect([...backup.pack.exhibits.values()].map((f) => f.entry.exhibitId)).toEqual([removed.id]);

		const phone = await newDiary();
		expect(await restoreBackup(phone.store, phone.vault, backup)).toMatchObject({ exhibits: 1 });
		expect(await verifyExhibit(phone.vault, removed)).toBe(true);
	});

	it('refuses an entry that refers to an exhibit the file does not hold, writing nothing', async () => {
		const diary = await sampleDiary();
		const other = await newDiary();
		const photo = await addPhoto(other.vault, 'never packed');
		await other.store.saveIncident(makeContent({ exhibits: [photo] }));
		const share = await makeFile(other.store, other.vault, SHARE);
		const stripped = await sealForged(
			{ ...share.pack.timeline, exhibits: [] },
			{ ...share, pack: { ...share.pack, exhibits: new Map() } }
		);
		await expectRefusedUnchanged(diary, stripped, RestoreExhibitMissingError);
	});

	it('refuses a new entry that claims an exhibit id this diary holds with a different fingerprint', async () => {
		const diary = await sampleDiary();
		const share = await makeFile(diary.store, diary.vault, SHARE);
		const timeline = structuredClone(share.pack.timeline);
		await appendNewEntry(timeline, makeContent({ exhibits: [{ ...diary.photo, sha256: 'f'.repeat(64) }] }));
		// Listing the real photo would show its two fingerprints disagree, so a forger leaves the list empty.
		timeline.exhibits = [];
		const forged = await sealForged(timeline, share);
		expect(forged.check.problems).toEqual([]);
		await expectRefusedUnchanged(diary, forged, RestoreExhibitMismatchError);
	});
});

describe('exhibit ids in a file that is not this diary’s own backup', () => {
	/** A file from the attacker's own diary whose new entry names `ref` (which may point into this diary). */
	async function shareNaming(ref: (theirs: ExhibitRef) => ExhibitRef) {
		const other = await newDiary();
		const theirs = await addPhoto(other.vault, 'their photo');
		await other.store.saveIncident(makeContent({ whatHappened: 'Looks harmless', exhibits: [ref(theirs)] }));
		return makeFile(other.store, other.vault, SHARE);
	}

	it('refuses a new entry whose thumbnail is an exhibit this diary holds, writing nothing', async () => {
		const diary = await sampleDiary();
		const share = await shareNaming((theirs) => ({ ...theirs, thumbnailId: diary.photo.id }));
		expect(share.check.problems).toEqual([]);
		await expectRefusedUnchanged(diary, share, RestoreExhibitMismatchError);
		// Had it been added, deleting the person's own entry would have left its photo behind, shown as the
		// thumbnail of the stranger's entry.
		await diary.store.deleteIncident(diary.first.id);
		expect(await hasExhibit(diary.vault, diary.photo.id)).toBe(false);
	});

	it('refuses a new entry that claims an exhibit an entry of this diary holds, even with its fingerprint', async () => {
		const diary = await sampleDiary();
		// The id, fingerprint and size of the person's photo are in every share file that shows it.
		const share = await makeFile(diary.store, diary.vault, SHARE);
		const timeline = structuredClone(share.pack.timeline);
		await appendNewEntry(timeline, makeContent({ exhibits: [diary.photo] }));
		const forged = await sealForged(timeline, share);
		expect(forged.check.problems).toEqual([]);
		await expectRefusedUnchanged(diary, forged, RestoreExhibitMismatchError);
		await diary.store.deleteIncident(diary.first.id);
		expect(await hasExhibit(diary.vault, diary.photo.id)).toBe(false);
	});
});

describe('a restore that fails part way', () => {
	it('takes out the exhibits it had already stored, leaving the diary byte for byte as it was', async () => {
		const diary = await sampleDiary();
		const backup = await makeFile(diary.store, diary.vault, BACKUP_OPTIONS, true);
		const phone = await newDiary();
		const plan = await planRestore(phone.store, phone.vault, backup);
		expect(plan.files).toHaveLength(1);
		const before = await dump(phone.db);
		// The exhibit is stored before its fingerprint is compared, so this fails after a write.
		const changed = {
			...plan,
			files: plan.files.map((f) => ({ ...f, entry: { ...f.entry, sha256: '0'.repeat(64) } }))
		};
		await expect(applyRestore(phone.store, phone.vault, changed)).rejects.toBeInstanceOf(
			RestoredExhibitChangedError
		);
		expect(await hasExhibit(phone.vault, diary.photo.id)).toBe(false);
		expect(await dump(phone.db)).toBe(before);
		expect(phone.store.incidents).toEqual([]);
	});
});
