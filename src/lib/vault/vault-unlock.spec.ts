// Unlocking against a hostile or unlucky world: an altered header, a tab closed mid-derivation, two tabs at once,
// a device clock moved, and what is left of the keys in memory after locking.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KDF_BOUNDS } from '$lib/crypto';
// This spec watches what libsodium holds in its heap, so it is the one place above crypto/ that reaches it.
import { loadSodium, sodiumHeap } from '$lib/crypto/sodium';
import { FAST_VAULT } from '$lib/testing/fast-kdf';
import { useTestDiaries } from '$lib/testing/vault';
import { AttemptTracker } from './attempts';
import { VaultDb, type HeaderRow } from './db';
import {
	DiaryHeaderDamagedError,
	DiaryTooNewError,
	WaitBeforeRetryError,
	WrongPassphraseError
} from './errors';
import { Vault } from './vault';

const PASS = 'plum orchard lantern 47 quietly';

const diaries = useTestDiaries('unlock');
let db: VaultDb;

beforeEach(() => {
	db = diaries.newDb();
});
afterEach(() => {
	vi.restoreAllMocks();
});

/** A clock the test moves by hand: the device clock and the page's monotonic clock apart. */
function fakeClock(wall = Date.UTC(2026, 0, 5, 9), mono = 10) {
	const now = { wall, mono };
	return { now, clock: { wall: () => now.wall, monotonic: () => now.mono } };
}

async function header(): Promise<HeaderRow> {
	const row = await db.meta.get('header');
	if (row?.key !== 'header') throw new Error('no header');
	return row;
}

async function failures(): Promise<number | undefined> {
	const row = await db.meta.get('attempts');
	return row?.key === 'attempts' ? row.failures : undefined;
}

describe('an altered header is refused before any key is derived', () => {
	const cases: [string, (h: HeaderRow) => HeaderRow, new (...args: never[]) => Error][] = [
		['a newer format', (h) => ({ ...h, format: 2 }), DiaryTooNewError],
		['a format that is not a number', (h) => ({ ...h, format: '1' as never }), DiaryHeaderDamagedError],
		[
			'another algorithm',
			(h) => ({ ...h, kdf: { ...h.kdf, alg: 'scrypt' as never } }),
			DiaryHeaderDamagedError
		],
		[
			'passes that would hang',
			(h) => ({ ...h, kdf: { ...h.kdf, ops: 4_000_000_000 } }),
			DiaryHeaderDamagedError
		],
		['too few passes', (h) => ({ ...h, kdf: { ...h.kdf, ops: 0 } }), DiaryHeaderDamagedError],
		['fractional passes', (h) => ({ ...h, kdf: { ...h.kdf, ops: 1.5 } }), DiaryHeaderDamagedError],
		[
			'memory that would run out',
			(h) => ({ ...h, kdf: { ...h.kdf, mem: KDF_BOUNDS.maxMem * 16 } }),
			DiaryHeaderDamagedError
		],
		['memory too small', (h) => ({ ...h, kdf: { ...h.kdf, mem: 1024 } }), DiaryHeaderDamagedError],
		['a short salt', (h) => ({ ...h, kdf: { ...h.kdf, salt: new Uint8Array(4) } }), DiaryHeaderDamagedError],
		['no wrapped key', (h) => ({ ...h, wrapped: 'key' as never }), DiaryHeaderDamagedError],
		['a key the header has no place for', (h) => ({ ...h, hint: 'my cat' }) as never, DiaryHeaderDamagedError]
	];

	it.each(cases)('%s', async (_name, alter, expected) => {
		(await Vault.create(db, PASS, FAST_VAULT)).lock();
		await db.meta.put(alter(await header()));
		const sodium = await loadSodium();
		const pwhash = vi.spyOn(sodium, 'crypto_pwhash');
		const started = performance.now();
		await expect(Vault.unlock(db, PASS, new AttemptTracker())).rejects.toBeInstanceOf(expected);
		expect(performance.now() - started).toBeLessThan(1_000);
		expect(pwhash).not.toHaveBeenCalled();
		// Not a guess: nothing is counted against the person.
		expect(await failures()).toBeUndefined();
	});

	it('changing the passphrase checks the header the same way', async () => {
		const vault = await Vault.create(db, PASS, FAST_VAULT);
		await db.meta.put({ ...(await header()), kdf: { ...(await header()).kdf, mem: 2 ** 40 } });
		await expect(vault.changePassphrase(PASS, 'a new one', FAST_VAULT)).rejects.toBeInstanceOf(
			DiaryHeaderDamagedError
		);
	});
});

describe('counting attempts', () => {
	it('counts the attempt before the key is derived, so a tab closed mid-derivation is still counted', async () => {
		(await Vault.create(db, PASS, FAST_VAULT)).lock();
		const sodium = await loadSodium();
		// Stands in for the tab being closed while Argon2id runs: derivation never returns a key.
		vi.spyOn(sodium, 'crypto_pwhash').mockImplementation(() => {
			throw new Error('the tab was closed');
		});
		const tracker = new AttemptTracker();
		await expect(Vault.unlock(db, 'a guess', tracker)).rejects.toThrow('the tab was closed');
		expect(await failures()).toBe(1);
		vi.restoreAllMocks();
		// The right passphrase clears the count.
		(await Vault.unlock(db, PASS, tracker)).lock();
		expect(await failures()).toBeUndefined();
	});

	it('still opens with the right passphrase when the phone is too full to store the count', async () => {
		(await Vault.create(db, PASS, FAST_VAULT)).lock();
		const tracker = new AttemptTracker();
		const put = db.meta.put.bind(db.meta);
		// A phone whose storage is full refuses every new write; removing rows still works.
		vi.spyOn(db.meta, 'put').mockImplementation((...args: Parameters<typeof put>) =>
			args[0].key === 'attempts'
				? Dexie.Promise.reject(new DOMException('No room', 'QuotaExceededError'))
				: put(...args)
		);
		await expect(Vault.unlock(db, 'wrong', tracker)).rejects.toBeInstanceOf(WrongPassphraseError);
		await expect(Vault.unlock(db, 'wrong again', tracker)).rejects.toBeInstanceOf(WrongPassphraseError);
		// The count this page kept still starts the wait after the third mistake, though none could be stored.
		await expect(Vault.unlock(db, 'and again', tracker)).rejects.toBeInstanceOf(WrongPassphraseError);
		await expect(Vault.unlock(db, PASS, tracker)).rejects.toBeInstanceOf(WaitBeforeRetryError);
		const fresh = new AttemptTracker();
		(await Vault.unlock(db, PASS, fresh)).lock();
	});

	it('serialises attempts: three at once are counted as three', async () => {
		(await Vault.create(db, PASS, FAST_VAULT)).lock();
		const tracker = new AttemptTracker();
		// Three connections, as three tabs would have.
		const tabs = [new VaultDb(db.name), new VaultDb(db.name), new VaultDb(db.name)];
		const results = await Promise.allSettled(tabs.map((tab) => Vault.unlock(tab, 'wrong', tracker)));
		for (const result of results) {
			expect(result.status).toBe('rejected');
			expect((result as PromiseRejectedResult).reason).toBeInstanceOf(WrongPassphraseError);
		}
		expect(await failures()).toBe(3);
		// The third failure began a wait, which the next try, even with the right passphrase, must sit out.
		await expect(Vault.unlock(db, PASS, tracker)).rejects.toBeInstanceOf(WaitBeforeRetryError);
		for (const tab of tabs) tab.close();
	});

	it('uses the Web Locks API where the browser has it', async () => {
		(await Vault.create(db, PASS, FAST_VAULT)).lock();
		const names: string[] = [];
		vi.stubGlobal('navigator', {
			locks: {
				request: <T>(name: string, _options: unknown, work: () => Promise<T>) => {
					names.push(name);
					return work();
				}
			}
		});
		try {
			(await Vault.unlock(db, PASS, new AttemptTracker())).lock();
		} finally {
			vi.unstubAllGlobals();
		}
		expect(names).toEqual([`${db.name}-open`]);
	});
});

describe('the wait after failures', () => {
	async function failThreeTimes(tracker: AttemptTracker) {
		for (let i = 0; i < 3; i++) {
			await expect(Vault.unlock(db, 'wrong', tracker)).rejects.toBeInstanceOf(WrongPassphraseError);
		}
	}

	it('is not ended by setting the device clock forward', async () => {
		(await Vault.create(db, PASS, FAST_VAULT)).lock();
		const { now, clock } = fakeClock();
		const tracker = new AttemptTracker(clock);
		await failThreeTimes(tracker);
		now.wall += 24 * 3_600_000;
		await expect(Vault.unlock(db, PASS, tracker)).rejects.toBeInstanceOf(WaitBeforeRetryError);
		// Nor after a reload: the new page starts from the wait still owed.
		now.mono = 0;
		const reloaded = new AttemptTracker(clock);
		now.wall += 24 * 3_600_000;
		await expect(Vault.unlock(db, PASS, reloaded)).rejects.toMatchObject({ waitMs: expect.any(Number) });
		await expect(Vault.unlock(db, PASS, reloaded)).rejects.toBeInstanceOf(WaitBeforeRetryError);
		now.mono += 2_000;
		(await Vault.unlock(db, PASS, reloaded)).lock();
	});

	it('is not stretched by setting the device clock back', async () => {
		(await Vault.create(db, PASS, FAST_VAULT)).lock();
		const { now, clock } = fakeClock();
		const tracker = new AttemptTracker(clock);
		await failThreeTimes(tracker);
		now.wall -= 30 * 24 * 3_600_000;
		now.mono += 2_000;
		(await Vault.unlock(db, PASS, tracker)).lock();
	});

	it('runs down while the page is open, and a reload owes only what is left', async () => {
		(await Vault.create(db, PASS, FAST_VAULT)).lock();
		const { now, clock } = fakeClock();
		const tracker = new AttemptTracker(clock);
		await failThreeTimes(tracker);
		await expect(Vault.unlock(db, 'wrong', tracker)).rejects.toBeInstanceOf(WaitBeforeRetryError);
		now.mono += 1_500;
		await expect(Vault.unlock(db, PASS, tracker)).rejects.toMatchObject({ waitMs: 500 });
		now.mono = 0;
		const reloaded = new AttemptTracker(clock);
		await expect(Vault.unlock(db, PASS, reloaded)).rejects.toMatchObject({ waitMs: 500 });
		now.mono = 500;
		(await Vault.unlock(db, PASS, reloaded)).lock();
	});
});

describe('key bytes after locking', () => {
	function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
		const first = needle[0];
		for (let i = haystack.indexOf(first!); i !== -1; i = haystack.indexOf(first!, i + 1)) {
			let j = 1;
			while (j < needle.length && haystack[i + j] === needle[j]) j++;
			if (j === needle.length) return true;
		}
		return false;
	}

	it('every key the vault derived or opened is zero, in JavaScript and in the WebAssembly heap', async () => {
		(await Vault.create(db, PASS, FAST_VAULT)).lock();
		const sodium = await loadSodium();
		const outputs: Uint8Array[] = [];
		const copies: Uint8Array[] = [];
		type Call = (...args: unknown[]) => Uint8Array;
		const pwhash = sodium.crypto_pwhash.bind(sodium) as unknown as Call;
		const decrypt = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt.bind(sodium) as unknown as Call;
		// Watches, without changing, what libsodium hands back: the key-encryption key and the opened diary key.
		vi.spyOn(sodium, 'crypto_pwhash').mockImplementation(((...args: unknown[]) => {
			const out = pwhash(...args);
			// The throwaway derivation that scrubs the stack (sodium.ts) derives nothing worth keeping.
			if (args[4] === sodium.crypto_pwhash_MEMLIMIT_MIN) return out;
			outputs.push(out);
			copies.push(out.slice());
			return out;
		}) as never);
		vi.spyOn(sodium, 'crypto_aead_xchacha20poly1305_ietf_decrypt').mockImplementation(((
			...args: unknown[]
		) => {
			const out = decrypt(...args);
			outputs.push(out);
			copies.push(out.slice(0, 32));
			return out;
		}) as never);

		const vault = await Vault.unlock(db, PASS, new AttemptTracker());
		await vault.put('r', 'something');
		expect(outputs).toHaveLength(2);
		vi.restoreAllMocks();
		vault.lock();

		for (const out of outputs) expect(out.every((byte) => byte === 0)).toBe(true);
		const heap = sodiumHeap(sodium);
		expect(heap).not.toBeNull();
		for (const copy of copies) {
			expect(copy.some((byte) => byte !== 0)).toBe(true);
			expect(contains(heap!.HEAPU8, copy)).toBe(false);
		}
	});
});
