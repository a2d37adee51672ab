// What the first screen needs to know, read straight from IndexedDB without Dexie, so the calculator's first load
// stays small (Dexie, libsodium and the diary's screens load only when they are needed). It never creates the
// database: on a phone with no diary, it leaves nothing behind.
import { DEFAULT_PREFS, readPrefsRow, salvagePrefsRow, type PrefsRow } from '$lib/vault/meta-rows';
import { SETUP_CODE } from './unlock-code';

export interface BootState {
	/**
	 * Whether a diary is on this device (its header row is stored). Named for the row, not the diary: this module is
	 * in the calculator's own chunk, and nothing in that chunk may say what the app is.
	 */
	readonly hasHeader: boolean;
	readonly prefs: PrefsRow | undefined;
	/** The prefs row as stored, unchecked: the rest of the app checks it again with its own defaults. */
	readonly storedPrefs?: unknown;
	/**
	 * The browser would not open the page's storage at all (blocked site data, a private mode that refuses it, a
	 * failing disk). The first screen is still the calculator, with a neutral note, never a blank page.
	 */
	readonly unavailable?: boolean;
}

const DB_NAME = 'calc';
const NOTHING: BootState = { hasHeader: false, prefs: undefined };
const UNAVAILABLE: BootState = { ...NOTHING, unavailable: true };

export function readBootState(): Promise<BootState> {
	return new Promise((resolve) => {
		let request: IDBOpenDBRequest;
		try {
			request = indexedDB.open(DB_NAME);
		} catch (error) {
			console.error(error);
			resolve(UNAVAILABLE);
			return;
		}
		let aborted = false;
		// An upgrade here means the database did not exist: abort, so that opening it did not create it.
		request.onupgradeneeded = () => {
			aborted = true;
			request.transaction?.abort();
		};
		request.onerror = () => {
			if (!aborted) console.error(request.error);
			resolve(aborted ? NOTHING : UNAVAILABLE);
		};
		request.onblocked = () => resolve(NOTHING);
		request.onsuccess = () => {
			const db = request.result;
			if (!db.objectStoreNames.contains('meta')) {
				db.close();
				resolve(NOTHING);
				return;
			}
			let store: IDBObjectStore;
			let header: IDBRequest<IDBValidKey | undefined>;
			let prefs: IDBRequest<unknown>;
			try {
				store = db.transaction('meta').objectStore('meta');
				header = store.getKey('header');
				prefs = store.get('prefs');
			} catch (error) {
				console.error(error);
				db.close();
				resolve(UNAVAILABLE);
				return;
			}
			store.transaction.oncomplete = () => {
				db.close();
				// A row that fails its check keeps what can still be read: the code, and the disguise, which is on
				// when it cannot be read, so a damaged row never shows the passphrase screen to a stranger.
				const row = readPrefsRow(prefs.result) ?? salvagePrefsRow(prefs.result, DEFAULT_PREFS);
				resolve({ hasHeader: header.result !== undefined, prefs: row, storedPrefs: prefs.result });
			};
			// An error, or an abort with none (the connection closed under it): either way, never a blank page.
			store.transaction.onabort = () => {
				console.error(store.transaction.error);
				db.close();
				resolve(UNAVAILABLE);
			};
		};
	});
}

/**
 * Whether the browser will let the page keep a database at all: one opened with a version, as the diary's is, then
 * deleted again, so nothing is left behind. A private mode or blocked site data can allow the first screen's plain
 * look and still refuse this, so the first-run steps check it before they show, and a refusal shows the calculator's
 * note then, rather than after a passphrase has been chosen.
 */
export function canKeepStorage(): Promise<boolean> {
	return new Promise((resolve) => {
		const name = `${DB_NAME}-check`;
		let request: IDBOpenDBRequest;
		try {
			request = indexedDB.open(name, 1);
		} catch (error) {
			console.error(error);
			resolve(false);
			return;
		}
		request.onerror = () => {
			console.error(request.error);
			resolve(false);
		};
		request.onsuccess = () => {
			request.result.close();
			const removal = indexedDB.deleteDatabase(name);
			removal.onsuccess = removal.onerror = removal.onblocked = () => resolve(true);
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
