// What the first screen needs to know, read straight from IndexedDB without Dexie, so the calculator's first load
// stays small (Dexie, libsodium and the diary's screens load only when they are needed). It never creates the
// database: on a phone with no diary, it leaves nothing behind.
import type { PrefsRow } from '$lib/vault/db';

export interface BootState {
	readonly hasDiary: boolean;
	readonly prefs: PrefsRow | undefined;
}

const DB_NAME = 'calc';
const NOTHING: BootState = { hasDiary: false, prefs: undefined };

export function readBootState(): Promise<BootState> {
	return new Promise((resolve) => {
		let request: IDBOpenDBRequest;
		try {
			request = indexedDB.open(DB_NAME);
		} catch {
			resolve(NOTHING);
			return;
		}
		// An upgrade here means the database did not exist: abort, so that opening it did not create it.
		request.onupgradeneeded = () => request.transaction?.abort();
		request.onerror = () => resolve(NOTHING);
		request.onblocked = () => resolve(NOTHING);
		request.onsuccess = () => {
			const db = request.result;
			if (!db.objectStoreNames.contains('meta')) {
				db.close();
				resolve(NOTHING);
				return;
			}
			const store = db.transaction('meta').objectStore('meta');
			const header = store.getKey('header');
			const prefs = store.get('prefs');
			store.transaction.oncomplete = () => {
				db.close();
				resolve({ hasDiary: header.result !== undefined, prefs: prefs.result as PrefsRow | undefined });
			};
			store.transaction.onerror = () => {
				db.close();
				resolve(NOTHING);
			};
		};
	});
}

/** The calculator shows first when there is a diary, the disguise is on and a code has been set. */
export function startsDisguised(state: BootState): boolean {
	return state.hasDiary && state.prefs?.disguise === true && state.prefs.code !== undefined;
}
