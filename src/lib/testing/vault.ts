// Real diaries for the specs: the real vault and store on fake-indexeddb (each spec imports
// 'fake-indexeddb/auto' first), with the fast KDF settings, each in a database of its own that is deleted after
// the test.
import Dexie from 'dexie';
import { afterEach, vi } from 'vitest';
import type { DiarySnapshot } from '$lib/export/diary-export';
import { VaultDb } from '$lib/vault/db';
import { DiaryStore } from '$lib/vault/diary-store';
import { Vault } from '$lib/vault/vault';
import { FAST_VAULT } from './fast-kdf';

export const TEST_PASSPHRASE = 'a long enough passphrase for tests';

export interface TestDiary {
	db: VaultDb;
	vault: Vault;
	store: DiaryStore;
}

let made = 0;

/**
 * Databases and diaries for the tests of one spec file; call it at the top of the file. Everything opened through
 * it is closed after each test and its database deleted, so no test sees another's rows.
 */
export function useTestDiaries(prefix: string, passphrase = TEST_PASSPHRASE) {
	const dbs: VaultDb[] = [];
	const stores: DiaryStore[] = [];
	afterEach(async () => {
		for (const store of stores.splice(0)) store.close();
		// Two tabs are two connections to one name: close them all before deleting it.
		const names = new Set(dbs.map((db) => db.name));
		for (const db of dbs.splice(0)) db.close();
		for (const name of names) await Dexie.delete(name);
	});

	/** A connection to `name`, or to a new empty database when no name is given. */
	function newDb(name = `${prefix}-${Date.now()}-${made++}`): VaultDb {
		const db = new VaultDb(name);
		dbs.push(db);
		return db;
	}

	async function opened(db: VaultDb, vault: Vault): Promise<TestDiary> {
		const store = await DiaryStore.open(vault);
		stores.push(store);
		return { db, vault, store };
	}

	return {
		newDb,
		/** A new diary, open in its first tab. */
		async newDiary(): Promise<TestDiary> {
			const db = newDb();
			return opened(db, await Vault.create(db, passphrase, FAST_VAULT));
		},
		/** The diary in database `name` in another tab (or after a reload): its own connection, unlock and memory. */
		async openTab(name: string): Promise<TestDiary> {
			const db = newDb(name);
			return opened(db, await Vault.unlock(db, passphrase));
		}
	};
}

/** What the store holds, as the export takes it, with no names for the cover. */
export function storeSnapshot(store: DiaryStore): DiarySnapshot {
	return {
		incidents: store.incidents,
		people: store.people,
		chain: store.chain,
		exhibitNumbers: store.exhibitNumbers,
		personName: '',
		policeReference: '',
		...(store.safetyPlan ? { safetyPlan: store.safetyPlan } : {})
	};
}

/**
 * The store fills up on its second batch of exhibit chunks: the first write lands, the second is refused as the
 * browser refuses one over its quota. Returns how many writes were tried.
 */
export function fullOnSecondChunkWrite(db: VaultDb): () => number {
	const original = db.chunks.bulkPut.bind(db.chunks);
	let calls = 0;
	vi.spyOn(db.chunks, 'bulkPut').mockImplementation((...args: Parameters<typeof original>) => {
		if (++calls === 2) return Dexie.Promise.reject(new DOMException('No room', 'QuotaExceededError'));
		return original(...args);
	});
	return () => calls;
}
