import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { FAST_VAULT } from '$lib/testing/fast-kdf';
import { useTestDiaries } from '$lib/testing/vault';
import { VaultDb } from './db';
import {
	DiaryExistsError,
	NoDiaryError,
	WaitBeforeRetryError,
	WeakPassphraseError,
	WrongPassphraseError
} from './errors';
import { AttemptTracker } from './attempts';
import { hasDiary, Vault } from './vault';

const PASS = 'plum orchard lantern 47 quietly';

const diaries = useTestDiaries('test');
let db: VaultDb;

beforeEach(() => {
	db = diaries.newDb();
});

describe('creating a diary', () => {
	it('stores only the header: format, parameters, salt and the wrapped key', async () => {
		expect(await hasDiary(db)).toBe(false);
		const vault = await Vault.create(db, PASS, FAST_VAULT);
		expect(await hasDiary(db)).toBe(true);
		const header = await db.meta.get('header');
		expect(header).toMatchObject({
			key: 'header',
			format: 1,
			kdf: { alg: 'argon2id13', ops: 1, mem: 8388608 }
		});
		if (header?.key !== 'header') throw new Error('no header');
		expect(header.kdf.salt).toHaveLength(16);
		expect(header.wrapped.length).toBeGreaterThan(32);
		expect(await db.rows.count()).toBe(0);
		vault.lock();
	});

	it('refuses a weak passphrase, and a second diary', async () => {
		await expect(Vault.create(db, 'password1', { ops: 1, mem: 8 * 1024 * 1024 })).rejects.toBeInstanceOf(
			WeakPassphraseError
		);
		expect(await hasDiary(db)).toBe(false);
		(await Vault.create(db, PASS, FAST_VAULT)).lock();
		await expect(Vault.create(db, PASS, FAST_VAULT)).rejects.toBeInstanceOf(DiaryExistsError);
	});

	it('uses the parameters stored in the header to unlock', async () => {
		(await Vault.create(db, PASS, { ...FAST_VAULT, ops: 2 })).lock();
		const header = await db.meta.get('header');
		expect(header).toMatchObject({ kdf: { ops: 2 } });
		const vault = await Vault.unlock(db, PASS);
		expect(vault.locked).toBe(false);
	});
});

describe('rows', () => {
	it('round-trips values, and stores nothing readable', async () => {
		const vault = await Vault.create(db, PASS, FAST_VAULT);
		await vault.put('r1', { note: 'MARKER-seen-outside-the-house' });
		await vault.putMany([
			{ id: 'r2', value: { n: 2 } },
			{ id: 'r3', value: { n: 3 } }
		]);
		const row = await db.rows.get('r1');
		const asText = new TextDecoder('latin1').decode(row!.sealed);
		expect(asText).not.toContain('MARKER');
		const { records, damaged } = await vault.readAll();
		expect(damaged).toEqual([]);
		expect(Object.fromEntries(records.map((r) => [r.id, r.value]))).toEqual({
			r1: { note: 'MARKER-seen-outside-the-house' },
			r2: { n: 2 },
			r3: { n: 3 }
		});
	});

	it('reports a damaged row by id and still opens the others', async () => {
		const vault = await Vault.create(db, PASS, FAST_VAULT);
		await vault.putMany([
			{ id: 'good', value: 1 },
			{ id: 'bad', value: 2 }
		]);
		const bad = await db.rows.get('bad');
		const altered = bad!.sealed.slice();
		altered[40]! ^= 1;
		await db.rows.put({ id: 'bad', sealed: altered });
		const { records, damaged } = await vault.readAll();
		expect(damaged).toEqual(['bad']);
		expect(records).toEqual([{ id: 'good', value: 1 }]);
	});

	it('gives the page back every 200 rows, and a lock in a pause ends the reading instead of marking rows damaged', async () => {
		const vault = await Vault.create(db, PASS, FAST_VAULT);
		await vault.putMany(Array.from({ length: 450 }, (_, i) => ({ id: `r${i}`, value: i })));
		// yieldToPage uses the browser's scheduler.yield where there is one; here it stands in, to count the pauses
		// and to lock inside one, exactly where a quick exit's tap would run.
		const scheduler = globalThis as { scheduler?: { yield(): Promise<void> } };
		let pauses = 0;
		scheduler.scheduler = { yield: async () => void pauses++ };
		try {
			const { records, damaged } = await vault.readAll();
			expect([records.length, damaged, pauses]).toEqual([450, [], 2]);

			scheduler.scheduler = { yield: async () => vault.lock() };
			await expect(vault.readAll()).rejects.toThrow(/locked/);
		} finally {
			delete scheduler.scheduler;
		}
	});

	it('detects two rows swapped in the database', async () => {
		const vault = await Vault.create(db, PASS, FAST_VAULT);
		await vault.putMany([
			{ id: 'a', value: 'A' },
			{ id: 'b', value: 'B' }
		]);
		const [a, b] = [await db.rows.get('a'), await db.rows.get('b')];
		await db.rows.bulkPut([
			{ id: 'a', sealed: b!.sealed },
			{ id: 'b', sealed: a!.sealed }
		]);
		expect((await vault.readAll()).damaged.sort()).toEqual(['a', 'b']);
	});
});

describe('unlocking', () => {
	it('fails with a wrong passphrase and changes nothing', async () => {
		const vault = await Vault.create(db, PASS, FAST_VAULT);
		await vault.put('r1', 'kept');
		vault.lock();
		const headerBefore = await db.meta.get('header');
		const rowBefore = await db.rows.get('r1');
		await expect(Vault.unlock(db, 'not the passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
		expect(await db.meta.get('header')).toEqual(headerBefore);
		expect(await db.rows.get('r1')).toEqual(rowBefore);
		const again = await Vault.unlock(db, PASS);
		expect((await again.getMany(['r1'])).records).toEqual([{ id: 'r1', value: 'kept' }]);
	});

	it('makes repeated failures wait longer, and the wait is stored', async () => {
		(await Vault.create(db, PASS, FAST_VAULT)).lock();
		const clock = { wall: 1_000_000, mono: 50 };
		const fakeClock = { wall: () => clock.wall, monotonic: () => clock.mono };
		const tracker = new AttemptTracker(fakeClock);
		await expect(Vault.unlock(db, 'x', tracker)).rejects.toBeInstanceOf(WrongPassphraseError);
		await expect(Vault.unlock(db, 'x', tracker)).rejects.toBeInstanceOf(WrongPassphraseError);
		const third = Vault.unlock(db, 'x', tracker);
		await expect(third).rejects.toMatchObject({ retryAt: 1_000_000 + 2000, waitMs: 2000 });
		// Even the right passphrase has to wait; a new connection and a new page (as after a reload) see the same wait.
		const reopened = new VaultDb(db.name);
		clock.mono = 0;
		const reloaded = new AttemptTracker(fakeClock);
		await expect(Vault.unlock(reopened, PASS, reloaded)).rejects.toBeInstanceOf(WaitBeforeRetryError);
		expect(await Vault.retryAt(reopened, reloaded)).toBe(1_000_000 + 2000);
		clock.mono = 2000;
		const vault = await Vault.unlock(reopened, PASS, reloaded);
		expect(vault.locked).toBe(false);
		expect(await Vault.retryAt(reopened, reloaded)).toBe(0);
		reopened.close();
	});

	it('says when there is no diary', async () => {
		await expect(Vault.unlock(db, PASS)).rejects.toBeInstanceOf(NoDiaryError);
	});

	it('reads every row while deriving the key, across read pages, and a second read sees later writes', async () => {
		const vault = await Vault.create(db, PASS, FAST_VAULT);
		// More rows than one read page holds (1,000), with ids whose key order is not the order they were written.
		const count = 2_345;
		const ids = Array.from({ length: count }, (_, i) => `r${String((i * 7919) % count).padStart(5, '0')}`);
		await vault.putMany(ids.map((id) => ({ id, value: { id } })));
		vault.lock();

		const again = await Vault.unlock(db, PASS);
		await again.put('after-unlock', { id: 'after-unlock' });
		// The first read is what unlock read: the rows of that moment, every one opened, in key order.
		const first = await again.readAll();
		expect(first.damaged).toEqual([]);
		expect(first.records.map((r) => r.id)).toEqual([...ids].sort());
		expect(first.records.every((r) => (r.value as { id: string }).id === r.id)).toBe(true);
		// Later reads go to the database again.
		const second = await again.readAll();
		expect(second.records.map((r) => r.id)).toEqual([...ids, 'after-unlock'].sort());
	});
});

describe('locking', () => {
	it('wipes the key so nothing more can be read or written', async () => {
		const vault = await Vault.create(db, PASS, FAST_VAULT);
		await vault.put('r1', 1);
		vault.lock();
		expect(vault.locked).toBe(true);
		await expect(vault.readAll()).rejects.toThrow(/locked/);
		await expect(vault.put('r2', 2)).rejects.toThrow(/locked/);
	});
});

describe('changing the passphrase', () => {
	it('re-wraps the key only: every row opens with the new passphrase and none with the old', async () => {
		const vault = await Vault.create(db, PASS, FAST_VAULT);
		await vault.putMany([
			{ id: 'a', value: 'one' },
			{ id: 'b', value: 'two' }
		]);
		const rowsBefore = await db.rows.toArray();
		await vault.changePassphrase(PASS, 'new passphrase for a new phone 9', FAST_VAULT);
		expect(await db.rows.toArray()).toEqual(rowsBefore);
		vault.lock();
		await expect(Vault.unlock(db, PASS)).rejects.toBeInstanceOf(WrongPassphraseError);
		const reopened = await Vault.unlock(db, 'new passphrase for a new phone 9');
		const { records, damaged } = await reopened.readAll();
		expect(damaged).toEqual([]);
		expect(records.map((r) => r.value).sort()).toEqual(['one', 'two']);
	});

	it('refuses the change when the current passphrase is wrong', async () => {
		const vault = await Vault.create(db, PASS, FAST_VAULT);
		const before = await db.meta.get('header');
		await expect(
			vault.changePassphrase('wrong', 'another strong passphrase 77', FAST_VAULT)
		).rejects.toBeInstanceOf(WrongPassphraseError);
		expect(await db.meta.get('header')).toEqual(before);
	});
});
