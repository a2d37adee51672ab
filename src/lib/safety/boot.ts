// What the first screen needs to know, read straight from IndexedDB without Dexie, so the calculator's first load
// stays small (Dexie, libsodium and the diary's screens load only when they are needed). It never creates the
// database: on a phone with no diary, it leaves nothing behind.
import type { PrefsRow } from '$lib/vault/db';
import { SETUP_CODE } from './unlock-code';

export interface BootState {
	/**
	 * Whether a diary is on this device (its header row is stored). Named for the row, not the diary: this module is
	 * in the calculator's own chunk, and nothing in that chunk may say what the app is.
	 */
	readonly hasHeader: boolean;
	readonly prefs: PrefsRow | undefined;
}

const DB_NAME = 'calc';
const NOTHING: BootState = { hasHeader: false, prefs: undefined };

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
				resolve({ hasHeader: header.result !== undefined, prefs: prefs.result as PrefsRow | undefined });
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
	return state.hasHeader && state.prefs?.disguise === true && state.prefs.code !== undefined;
}

/**
 * Whether the first screen is the calculator: always, unless a diary is here with the disguise turned off. A
 * fresh visit (a private tab, a new phone, someone trying an address found in the history) sees only a calculator.
 */
export function startsAsCalculator(state: BootState): boolean {
	return !state.hasHeader || startsDisguised(state);
}

/** Whether digits typed then `=` open the first-run steps: the setup code, on a device with no diary. */
export function opensSetup(state: BootState, code: string): boolean {
	return !state.hasHeader && code === SETUP_CODE;
}
