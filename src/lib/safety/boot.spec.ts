import { indexedDB as fakeIndexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PrefsRow } from '$lib/vault/db';
import { opensSetup, readBootState, startsAsCalculator, startsDisguised, type BootState } from './boot';
import { hashUnlockCode, SETUP_CODE } from './unlock-code';

const code = await hashUnlockCode('1973', new Uint8Array(16).fill(7), 1_000);

function prefsWith(disguise: boolean, withCode = true): PrefsRow {
	return {
		key: 'prefs',
		v: 2,
		disguise,
		exitUrl: 'https://www.bbc.co.uk/weather',
		autoLockMinutes: 5,
		hiddenLockSeconds: 30,
		...(withCode ? { code } : {})
	};
}

const fresh: BootState = { hasHeader: false, prefs: undefined };
const disguised: BootState = { hasHeader: true, prefs: prefsWith(true) };
const plain: BootState = { hasHeader: true, prefs: prefsWith(false) };
const noCode: BootState = { hasHeader: true, prefs: prefsWith(true, false) };

describe('the first screen', () => {
	it('is the calculator on a fresh visit, as it is for a diary with the disguise on', () => {
		expect(startsAsCalculator(fresh)).toBe(true);
		expect(startsAsCalculator(disguised)).toBe(true);
		// Only the returning person opens through their code; a fresh visit needs the setup code instead.
		expect(startsDisguised(fresh)).toBe(false);
		expect(startsDisguised(disguised)).toBe(true);
	});

	it('is the passphrase screen only where a diary chose to have no disguise', () => {
		expect(startsAsCalculator(plain)).toBe(false);
		expect(startsAsCalculator(noCode)).toBe(false);
	});
});

describe('the setup code', () => {
	it('is eight digits that no sum needs', () => {
		expect(SETUP_CODE).toBe('85208520');
	});

	it('opens the first-run steps only where there is no diary', () => {
		expect(opensSetup(fresh, SETUP_CODE)).toBe(true);
		// A device whose diary the browser cleared has no header either: the steps show the notice about it.
		expect(opensSetup({ hasHeader: false, prefs: prefsWith(true) }, SETUP_CODE)).toBe(true);
		expect(opensSetup(disguised, SETUP_CODE)).toBe(false);
		expect(opensSetup(plain, SETUP_CODE)).toBe(false);
	});

	it('is the only number that does', () => {
		for (const typed of ['1973', '8520', '852085', '852085200', '123456', '0', '58008520'])
			expect(opensSetup(fresh, typed)).toBe(false);
	});
});

describe('reading what the first screen needs', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.restoreAllMocks();
	});

	it('on a fresh visit finds nothing, and leaves no database behind', async () => {
		vi.stubGlobal('indexedDB', fakeIndexedDB);
		expect(await readBootState()).toEqual({ hasHeader: false, prefs: undefined });
		expect(await fakeIndexedDB.databases()).toEqual([]);
	});

	it('keeps the code and the disguise from a stored prefs row that fails its check', async () => {
		vi.stubGlobal('indexedDB', fakeIndexedDB);
		await new Promise<void>((resolve, reject) => {
			const request = fakeIndexedDB.open('calc', 1);
			request.onupgradeneeded = () => request.result.createObjectStore('meta', { keyPath: 'key' });
			request.onsuccess = () => {
				const db = request.result;
				const store = db.transaction('meta', 'readwrite').objectStore('meta');
				store.put({ key: 'header', format: 1 });
				// A damaged row: its disguise flag is not a boolean, and it has a key this version has no place for.
				store.put({ ...prefsWith(true), disguise: 'yes', added: 1 });
				store.transaction.oncomplete = () => {
					db.close();
					resolve();
				};
			};
			request.onerror = () => reject(request.error);
		});
		const state = await readBootState();
		// The disguise it could not read stays on, and the code still opens the diary.
		expect(state.prefs?.disguise).toBe(true);
		expect(state.prefs?.code).toEqual(code);
		expect(state.prefs).not.toHaveProperty('added');
		expect(startsAsCalculator(state)).toBe(true);
		expect(startsDisguised(state)).toBe(true);
		await new Promise((resolve) => {
			fakeIndexedDB.deleteDatabase('calc').onsuccess = resolve;
		});
	});

	it('says so when the browser refuses storage, rather than leaving the page blank', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => undefined);
		// Storage blocked for the site: opening throws.
		vi.stubGlobal('indexedDB', {
			open: () => {
				throw new DOMException('The user denied permission to access the database.', 'SecurityError');
			}
		});
		expect(await readBootState()).toMatchObject({ hasHeader: false, unavailable: true });

		// A private mode that refuses it: the request fails.
		vi.stubGlobal('indexedDB', {
			open: () => {
				const request = {} as { error: DOMException; onerror?: () => void };
				request.error = new DOMException('A mutation operation was attempted', 'InvalidStateError');
				setTimeout(() => request.onerror?.(), 0);
				return request;
			}
		});
		expect(await readBootState()).toMatchObject({ unavailable: true });

		// No IndexedDB at all.
		vi.stubGlobal('indexedDB', undefined);
		expect(await readBootState()).toMatchObject({ unavailable: true });
	});
});
