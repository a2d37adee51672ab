import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { currentContent, emptyIncidentContent, isDeleted, type Incident } from '$lib/domain/incident';
import { makeContent, makePerson } from '$lib/domain/test-factories';
import { InvalidInputError } from '$lib/domain/validate';
import { describeError } from '$lib/state/describe-error';
import { fakeRecordCipher } from '$lib/testing/fake-record-cipher';
import { FAST_VAULT } from '$lib/testing/fast-kdf';
import { TEST_PASSPHRASE, useTestDiaries } from '$lib/testing/vault';
import { VaultDb } from './db';
import { DiaryStore } from './diary-store';
import { sealExhibit, storeThumbnail, verifyExhibit } from './exhibits';
import { Vault } from './vault';

const diaries = useTestDiaries('diary');
/** For tests of the store's own rules, where what the rows are sealed with does not matter. */
const FAKE_CIPHER = { ...FAST_VAULT, recordCipher: fakeRecordCipher };
let db: VaultDb;

beforeEach(() => {
	db = diaries.newDb();
});

async function reopen(vault: Vault): Promise<{ vault: Vault; store: DiaryStore }> {
	vault.lock();
	const again = await Vault.unlock(db, TEST_PASSPHRASE);
	return { vault: again, store: await DiaryStore.open(again) };
}

describe('the open diary', () => {
	it('saves incidents and amendments that survive locking, with the original kept', async () => {
		const vault = await Vault.create(db, TEST_PASSPHRASE, FAST_VAULT);
		const store = await DiaryStore.open(vault);
		const created = await store.saveIncident(makeContent({ whatHappened: 'Car parked outside again' }));
		const edited = await store.saveIncident(makeContent({ whatHappened: 'Blue car parked outside again' }), {
			editing: created.id,
			reason: 'Remembered the colour'
		});
		expect(edited.revisions).toHaveLength(2);

		const { store: reopened } = await reopen(vault);
		const incident = reopened.incident(created.id)!;
		expect(incident.revisions.map((r) => r.content?.whatHappened)).toEqual([
			'Car parked outside again',
			'Blue car parked outside again'
		]);
		expect(incident.revisions[1]!.reason).toBe('Remembered the colour');
		expect(incident.recordedAt).toBe(created.recordedAt);
		const verification = await reopened.verify();
		expect(verification.ok).toBe(true);
		expect(verification.head?.seq).toBe(2);
	});

	it('does not store an edit that changes nothing', async () => {
		const vault = await Vault.create(db, TEST_PASSPHRASE, FAKE_CIPHER);
		const store = await DiaryStore.open(vault);
		const created = await store.saveIncident(makeContent());
		const rows = await db.rows.count();
		await store.saveIncident(makeContent(), { editing: created.id });
		expect(await db.rows.count()).toBe(rows);
	});

	it('keeps the chain in order when saves overlap', async () => {
		const vault = await Vault.create(db, TEST_PASSPHRASE, FAKE_CIPHER);
		const store = await DiaryStore.open(vault);
		await Promise.all(
			Array.from({ length: 8 }, (_, i) => store.saveIncident(makeContent({ whatHappened: `n${i}` })))
		);
		expect(store.chain.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		const { store: reopened } = await reopen(vault);
		expect((await reopened.verify()).ok).toBe(true);
	});

	it('withdraws and permanently deletes, leaving a marker that still verifies', async () => {
		const vault = await Vault.create(db, TEST_PASSPHRASE, FAST_VAULT);
		const store = await DiaryStore.open(vault);
		const keep = await store.saveIncident(makeContent({ whatHappened: 'keep me' }));
		const remove = await store.saveIncident(makeContent({ whatHappened: 'SECRET words to remove' }));
		await store.withdrawIncident(keep.id, 'Entered twice');
		await store.deleteIncident(remove.id);

		const { store: reopened } = await reopen(vault);
		const deleted = reopened.incident(remove.id) as Incident;
		expect(isDeleted(deleted)).toBe(true);
		expect(JSON.stringify(deleted)).not.toContain('SECRET');
		expect(deleted.revisions[0]!.deletedHash).toMatch(/^[0-9a-f]{64}$/);
		expect(currentContent(reopened.incident(keep.id)!)?.whatHappened).toBe('keep me');
		expect(reopened.incident(keep.id)!.revisions.at(-1)!.kind).toBe('withdraw');
		expect((await reopened.verify()).ok).toBe(true);
	});

	it('a permanent delete also removes the exhibits and thumbnails nothing else refers to', async () => {
		const vault = await Vault.create(db, TEST_PASSPHRASE, FAST_VAULT);
		const store = await DiaryStore.open(vault);
		const seal = (text: string) =>
			sealExhibit(vault, {
				name: `${text}.jpg`,
				type: 'image/jpeg',
				size: text.length,
				stream: () => new Blob([text]).stream()
			});
		const own = await storeThumbnail(vault, await seal('only in the deleted entry'), new Uint8Array([1, 2]));
		const shared = await seal('also in a kept entry');
		const earlier = await seal('taken off by an edit');
		const drafted = await seal('also in the draft');
		const kept = await store.saveIncident(makeContent({ whatHappened: 'kept', exhibits: [shared] }));
		const doomed = await store.saveIncident(makeContent({ exhibits: [own, shared, earlier, drafted] }));
		await store.saveIncident(makeContent({ exhibits: [own, shared, drafted] }), { editing: doomed.id });
		await store.saveDraft({ content: makeContent({ exhibits: [drafted] }), reason: '' });
		const stored = async () => new Set((await db.chunks.toArray()).map((c) => c.exhibitId));
		expect(await stored()).toEqual(new Set([own.id, own.thumbnailId, shared.id, earlier.id, drafted.id]));

		await store.deleteIncident(doomed.id);
		expect(await stored()).toEqual(new Set([shared.id, drafted.id]));
		expect(await verifyExhibit(vault, shared)).toBe(true);
		expect(store.incident(kept.id)!.revisions[0]!.content!.exhibits).toEqual([shared]);
	});

	it('keeps a draft, people and settings across locking', async () => {
		const vault = await Vault.create(db, TEST_PASSPHRASE, FAST_VAULT);
		const store = await DiaryStore.open(vault);
		await store.saveDraft({ content: makeContent({ whatHappened: 'half typed' }), reason: '' });
		await store.saveDraft({ content: makeContent({ whatHappened: 'half typed, more' }), reason: '' });
		const person = makePerson({ name: 'Zoë' });
		await store.savePerson(person);
		await store.saveSettings({ name: 'A. Person', policeReference: 'HT/123' });

		const { store: reopened } = await reopen(vault);
		expect(reopened.draft?.content.whatHappened).toBe('half typed, more');
		expect(reopened.people).toEqual([person]);
		expect(reopened.settings.policeReference).toBe('HT/123');
		await reopened.clearDraft();
		const { store: third } = await reopen(vault);
		expect(third.draft).toBeUndefined();
	});

	it('reports a damaged row by id, and shows everything else', async () => {
		const vault = await Vault.create(db, TEST_PASSPHRASE, FAST_VAULT);
		const store = await DiaryStore.open(vault);
		await store.saveIncident(makeContent({ whatHappened: 'one' }));
		// The first save's row: losing it leaves a gap in the chain (losing only the newest would not, without a
		// checkpoint, which is why shares and backups record one).
		// (The other row is the head row every write rewrites, so the revision's is found by opening them.)
		const { records } = await vault.readAll();
		const row = await db.rows.get(records.find((r) => (r.value as { t?: string }).t === 'rev')!.id);
		await store.saveIncident(makeContent({ whatHappened: 'two' }));
		const altered = row!.sealed.slice();
		altered[30]! ^= 0xff;
		await db.rows.put({ id: row!.id, sealed: altered });

		const { store: reopened } = await reopen(vault);
		expect(reopened.damaged).toEqual([row!.id]);
		expect(reopened.incidents).toHaveLength(1);
		const verification = await reopened.verify();
		expect(verification.ok).toBe(false);
		// The chain entry lived in the damaged row, so the chain shows a gap where it was.
		expect(verification.problems.map((p) => p.kind)).toContain('broken');
	});
});

describe('restoring a backup into a diary', () => {
	/** A second diary on its own database, as on another phone. */
	async function otherDiary(): Promise<{ store: DiaryStore; close: () => Promise<void> }> {
		const otherDb = diaries.newDb();
		const vault = await Vault.create(otherDb, TEST_PASSPHRASE, FAST_VAULT);
		return {
			store: await DiaryStore.open(vault),
			close: async () => {
				otherDb.close();
				await otherDb.delete();
			}
		};
	}

	it('adds what the diary lacks, keeps every revision and hash, re-chains it, and adds nothing twice', async () => {
		const source = await otherDiary();
		try {
			const person = makePerson({ name: 'Łukasz' });
			await source.store.savePerson(person);
			const first = await source.store.saveIncident(makeContent({ whatHappened: 'at the gate' }));
			await source.store.saveIncident(makeContent({ whatHappened: 'at the gate at 8' }), {
				editing: first.id,
				reason: 'Remembered the time'
			});
			const removed = await source.store.saveIncident(makeContent({ whatHappened: 'SECRET mistake' }));
			await source.store.deleteIncident(removed.id);
			const backup = { revisions: source.store.revisionsInChainOrder, people: source.store.people };

			const vault = await Vault.create(db, TEST_PASSPHRASE, FAST_VAULT);
			const store = await DiaryStore.open(vault);
			await store.saveIncident(makeContent({ whatHappened: 'my own entry here' }));

			expect(await store.importRevisions(backup)).toEqual({ revisions: 4, people: 1, safetyPlan: false });
			const { store: reopened } = await reopen(vault);
			expect(reopened.incidents).toHaveLength(3);
			const restored = reopened.incident(first.id)!;
			expect(restored.revisions).toEqual(source.store.incident(first.id)!.revisions);
			expect(restored.revisions[1]!.reason).toBe('Remembered the time');
			expect(isDeleted(reopened.incident(removed.id)!)).toBe(true);
			expect(JSON.stringify(reopened.incidents)).not.toContain('SECRET');
			expect(reopened.people).toEqual([person]);
			// The imported revisions keep their own hashes; this diary's chain gets new links after its own entry.
			const sourceHashes = source.store.chain.map((e) => e.revisionHash);
			expect(reopened.chain.slice(1).map((e) => e.revisionHash)).toEqual(sourceHashes);
			expect(reopened.chain.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
			expect((await reopened.verify()).ok).toBe(true);

			const rows = await db.rows.count();
			expect(await reopened.importRevisions(backup)).toEqual({ revisions: 0, people: 0, safetyPlan: false });
			expect(await db.rows.count()).toBe(rows);
			expect(reopened.chain).toHaveLength(5);
		} finally {
			await source.close();
		}
	});

	it('adds only the newer revisions of an incident it already holds, and applies a later delete', async () => {
		const source = await otherDiary();
		try {
			const created = await source.store.saveIncident(makeContent({ whatHappened: 'SECRET first words' }));
			const older = { revisions: source.store.revisionsInChainOrder, people: [] };
			const vault = await Vault.create(db, TEST_PASSPHRASE, FAST_VAULT);
			const store = await DiaryStore.open(vault);
			expect(await store.importRevisions(older)).toEqual({ revisions: 1, people: 0, safetyPlan: false });

			await source.store.saveIncident(makeContent({ whatHappened: 'SECRET second words' }), {
				editing: created.id
			});
			await source.store.deleteIncident(created.id);
			const newer = { revisions: source.store.revisionsInChainOrder, people: [] };
			// By default no file may change an entry this diary holds: nothing is written.
			const rows = (await db.rows.toArray()).map((r) => [r.id, [...r.sealed].join()]);
			expect(await store.importRevisions(newer)).toEqual({ revisions: 0, people: 0, safetyPlan: false });
			expect((await db.rows.toArray()).map((r) => [r.id, [...r.sealed].join()])).toEqual(rows);
			expect(store.incident(created.id)!.revisions).toHaveLength(1);
			// Only when the caller has authenticated the backup as this diary's own (state/restore.ts).
			expect(await store.importRevisions({ ...newer, changeExisting: true })).toEqual({
				revisions: 2,
				people: 0,
				safetyPlan: false
			});

			const { store: reopened } = await reopen(vault);
			const incident = reopened.incident(created.id)!;
			expect(incident.revisions.map((r) => r.seq)).toEqual([1, 2, 3]);
			expect(isDeleted(incident)).toBe(true);
			// The first revision, held before the delete arrived, had its words removed too, keeping its hash.
			expect(JSON.stringify(incident)).not.toContain('SECRET');
			expect((await reopened.verify()).ok).toBe(true);
		} finally {
			await source.close();
		}
	});

	it('notes the chain head when a file is shared, and when a backup was made', async () => {
		const vault = await Vault.create(db, TEST_PASSPHRASE, FAST_VAULT);
		const store = await DiaryStore.open(vault);
		await store.saveIncident(makeContent());
		const now = new Date('2026-11-29T08:00:00.000Z');
		const shared = await store.recordDelivery('share', now);
		expect(shared).toMatchObject({ seq: 1, link: store.head!.link, purpose: 'share' });
		expect(store.settings.lastBackupAt).toBeUndefined();
		await store.recordDelivery('backup', new Date(now.getTime() + 60_000));
		const { store: reopened } = await reopen(vault);
		expect(reopened.checkpoints.map((c) => c.purpose)).toEqual(['share', 'backup']);
		expect(reopened.settings.lastBackupAt).toMatch(/^2026-11-29T/);
		expect(reopened.settings.incidentsAtLastBackup).toBe(1);
	});

	it('notes the head a file was made from, not one saved since, so its receipt is the one the file shows', async () => {
		const vault = await Vault.create(db, TEST_PASSPHRASE, FAST_VAULT);
		const store = await DiaryStore.open(vault);
		await store.saveIncident(makeContent({ whatHappened: 'Followed me 🚶' }));
		const madeFrom = { seq: store.head!.seq, link: store.head!.link };
		// Saved in the time between making the file and handing it over (another tab, say).
		await store.saveIncident(makeContent({ whatHappened: 'Rang twice' }));
		const exported = await store.recordDelivery('export', new Date('2026-11-29T08:00:00Z'), madeFrom);
		expect(exported).toMatchObject({ ...madeFrom, purpose: 'export' });
		expect(store.head!.seq).toBe(2);
		const { store: reopened } = await reopen(vault);
		expect(reopened.checkpoints).toEqual([expect.objectContaining({ ...madeFrom, purpose: 'export' })]);
		// A receipt the diary gave is one its own chain holds: no warning on unlock.
		expect(reopened.missingCheckpoints()).toEqual([]);
	});

	describe('refuses, at its edge, input that cannot be kept, whoever calls it', () => {
		// Half of an emoji: pasting can cut one in two, and canonical JSON (the hash chain) cannot hold it.
		const LONE = 'Sent me this \uD83D';

		it('a quick log with a lone surrogate is refused with a clear reason, and nothing is stored', async () => {
			const vault = await Vault.create(db, TEST_PASSPHRASE, FAST_VAULT);
			const store = await DiaryStore.open(vault);
			const rows = await db.rows.count();
			const quick = {
				...emptyIncidentContent({
					kind: 'datetime',
					start: '2026-11-29T07:00:00.000+00:00',
					approximate: false
				}),
				whatHappened: LONE,
				quickLog: true
			};
			const refused = await store.saveIncident(quick).catch((error: unknown) => error);
			expect(refused).toBeInstanceOf(InvalidInputError);
			expect(refused).toMatchObject({
				code: 'input-invalid',
				facts: { problem: 'text-invalid-characters', field: 'whatHappened' }
			});
			const words = describeError(refused);
			expect(words).toContain('could not be saved');
			expect(words).toContain('what you typed is still here');
			expect(words).not.toContain('Something went wrong');
			expect(store.incidents).toEqual([]);
			expect(store.chain).toEqual([]);
			expect(await db.rows.count()).toBe(rows);
			// The same words, made whole, save as usual: nothing was left half-done.
			await store.saveIncident({ ...quick, whatHappened: 'Sent me this 🙂' });
			expect(store.incidents).toHaveLength(1);
		});

		it('a full entry, an amendment reason, a withdrawal reason, a person and the cover settings too', async () => {
			const vault = await Vault.create(db, TEST_PASSPHRASE, FAST_VAULT);
			const store = await DiaryStore.open(vault);
			const created = await store.saveIncident(makeContent());
			const rows = await db.rows.count();
			const attempts: Promise<unknown>[] = [
				store.saveIncident(makeContent({ location: LONE })),
				store.saveIncident(makeContent({ whatHappened: 'Changed' }), { editing: created.id, reason: LONE }),
				store.withdrawIncident(created.id, LONE),
				store.savePerson(makePerson({ name: LONE })),
				store.saveSettings({ ...store.settings, policeReference: LONE })
			];
			for (const attempt of attempts) {
				await expect(attempt).rejects.toMatchObject({
					code: 'input-invalid',
					facts: { problem: 'text-invalid-characters' }
				});
			}
			// A full entry with a problem the form would have stopped is refused too (no behaviour ticked).
			await expect(store.saveIncident(makeContent({ behaviours: [] }))).rejects.toMatchObject({
				facts: { problem: 'behaviour-missing', field: 'behaviours' }
			});
			expect(await db.rows.count()).toBe(rows);
			expect(store.incident(created.id)!.revisions).toHaveLength(1);
			expect(store.people).toEqual([]);
			expect(store.settings.policeReference).toBe('');
		});

		it('keeps a draft as typed, lone surrogate and all, so nothing is lost while it is put right', async () => {
			const vault = await Vault.create(db, TEST_PASSPHRASE, FAST_VAULT);
			const store = await DiaryStore.open(vault);
			await store.saveDraft({ content: makeContent({ whatHappened: LONE }), reason: '' });
			const { store: reopened } = await reopen(vault);
			expect(reopened.draft?.content.whatHappened).toBe(LONE);
		});
	});
});
