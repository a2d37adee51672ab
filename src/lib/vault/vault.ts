// Create, unlock, lock and re-key the diary, and read and write its sealed rows. Everything above this layer sees
// plain JSON values; everything below it sees only sealed bytes.
import {
	OpenFailedError,
	computeMac,
	createRecordCipher,
	deriveKey,
	loadSodium,
	newDiaryKey,
	newKdfParams,
	unwrapKey,
	streamOpener,
	streamSealer,
	wrapKey,
	type KdfParams,
	type MacHex,
	type RecordCipher,
	type StreamOpener,
	type StreamSealer
} from '$lib/crypto';
import { remainingDelay } from '$lib/domain/lockout';
import { VAULT_FORMAT, type AttemptsRow, type HeaderRow, type SealedRow, type VaultDb } from './db';
import {
	DiaryExistsError,
	LockedError,
	NoDiaryError,
	StorageFullError,
	WaitBeforeRetryError,
	WeakPassphraseError,
	WrongPassphraseError
} from './errors';
import { ratePassphrase } from './passphrase-strength';

const ROWS = 'rows';

export interface CreateOptions {
	/** Argon2id cost; tests pass small values, the app uses the defaults. */
	readonly ops?: number;
	readonly mem?: number;
	/** Skips the strength check; only for tests and benchmarks that need many diaries quickly. */
	readonly skipStrengthCheck?: boolean;
}

export interface ReadResult {
	readonly records: { readonly id: string; readonly value: unknown }[];
	/** Ids of rows that did not open; the others are unaffected. */
	readonly damaged: string[];
}

function toKdfParams(header: HeaderRow): KdfParams {
	return { alg: header.kdf.alg, ops: header.kdf.ops, mem: header.kdf.mem, salt: header.kdf.salt };
}

async function readHeader(db: VaultDb): Promise<HeaderRow | undefined> {
	const row = await db.meta.get('header');
	return row?.key === 'header' ? row : undefined;
}

async function readAttempts(db: VaultDb): Promise<AttemptsRow> {
	const row = await db.meta.get('attempts');
	return row?.key === 'attempts' ? row : { key: 'attempts', failures: 0, lastAt: 0 };
}

/** Turns the browser's quota error into one the person can act on. */
export async function guardQuota<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		const name = (error as { name?: string; inner?: { name?: string } } | null)?.name;
		const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
		if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') throw new StorageFullError();
		throw error;
	}
}

export async function hasDiary(db: VaultDb): Promise<boolean> {
	return (await readHeader(db)) !== undefined;
}

export class Vault {
	#db: VaultDb;
	#cipher: RecordCipher | undefined;
	/** The same bytes the cipher holds (its wipe() zeroes them); kept only for the exhibit streams below. */
	#key: Uint8Array | undefined;

	private constructor(db: VaultDb, cipher: RecordCipher, key: Uint8Array) {
		this.#db = db;
		this.#cipher = cipher;
		this.#key = key;
	}

	static async create(db: VaultDb, passphrase: string, options: CreateOptions = {}): Promise<Vault> {
		if (!options.skipStrengthCheck && !(await ratePassphrase(passphrase)).acceptable) {
			throw new WeakPassphraseError();
		}
		const params = await newKdfParams(options.ops, options.mem);
		const kek = await deriveKey(passphrase, params);
		const diaryKey = await newDiaryKey();
		const wrapped = await wrapKey(kek, diaryKey);
		kek.fill(0);
		const header: HeaderRow = {
			key: 'header',
			format: VAULT_FORMAT,
			kdf: { alg: params.alg, ops: params.ops, mem: params.mem, salt: params.salt },
			wrapped
		};
		await guardQuota(() =>
			db.transaction('rw', db.meta, async () => {
				if (await readHeader(db)) throw new DiaryExistsError();
				await db.meta.put(header);
			})
		);
		return new Vault(db, await createRecordCipher(diaryKey), diaryKey);
	}

	/**
	 * Opens the diary key with the passphrase. A wrong passphrase is simply a failed open (no verifier is stored);
	 * each failure makes the next try wait longer, and the wait is stored so a reload does not reset it.
	 */
	static async unlock(db: VaultDb, passphrase: string, now = Date.now()): Promise<Vault> {
		const header = await readHeader(db);
		if (!header) throw new NoDiaryError();
		const attempts = await readAttempts(db);
		const wait = remainingDelay(attempts.failures, attempts.lastAt, now);
		if (wait > 0) throw new WaitBeforeRetryError(now + wait);

		const kek = await deriveKey(passphrase, toKdfParams(header));
		let diaryKey: Uint8Array;
		try {
			diaryKey = await unwrapKey(kek, header.wrapped);
		} catch (error) {
			if (!(error instanceof OpenFailedError)) throw error;
			const failures = attempts.failures + 1;
			await db.meta.put({ key: 'attempts', failures, lastAt: now });
			throw new WrongPassphraseError(now + remainingDelay(failures, now, now));
		} finally {
			kek.fill(0);
		}
		if (attempts.failures > 0) await db.meta.delete('attempts');
		return new Vault(db, await createRecordCipher(diaryKey), diaryKey);
	}

	/** When the next unlock may be tried (0: now), for a screen that has just loaded. */
	static async retryAt(db: VaultDb, now = Date.now()): Promise<number> {
		const attempts = await readAttempts(db);
		const wait = remainingDelay(attempts.failures, attempts.lastAt, now);
		return wait > 0 ? now + wait : 0;
	}

	get locked(): boolean {
		return this.#cipher === undefined;
	}

	get db(): VaultDb {
		return this.#db;
	}

	/** The record cipher, for layers that seal their own rows (exhibit chunks). Throws once locked. */
	get cipher(): RecordCipher {
		if (!this.#cipher) throw new LockedError();
		return this.#cipher;
	}

	/** A secretstream sealer under the diary key, for exhibit chunks; the key bytes never leave the vault. */
	async streamSealer(ad: string): Promise<StreamSealer> {
		const sodium = await loadSodium();
		if (!this.#key) throw new LockedError();
		return streamSealer(sodium, this.#key, ad);
	}

	/** Opens a stream sealed by streamSealer(); `header` is its piece 0. */
	async streamOpener(header: Uint8Array, ad: string): Promise<StreamOpener> {
		const sodium = await loadSodium();
		if (!this.#key) throw new LockedError();
		return streamOpener(sodium, this.#key, header, ad);
	}

	/**
	 * The MAC that proves a backup was made by this diary (crypto/mac.ts), under a subkey of the diary key; the key
	 * itself never leaves the vault. Verify by computing it again and comparing with crypto's macsEqual.
	 */
	async backupMac(bytes: Uint8Array): Promise<MacHex> {
		if (!this.#key) throw new LockedError();
		return computeMac(this.#key, bytes);
	}

	/** Re-wraps the diary key under a new passphrase; no row is re-encrypted. */
	async changePassphrase(current: string, next: string, options: CreateOptions = {}): Promise<void> {
		if (!options.skipStrengthCheck && !(await ratePassphrase(next)).acceptable)
			throw new WeakPassphraseError();
		const header = await readHeader(this.#db);
		if (!header) throw new NoDiaryError();
		const oldKek = await deriveKey(current, toKdfParams(header));
		let diaryKey: Uint8Array;
		try {
			diaryKey = await unwrapKey(oldKek, header.wrapped);
		} catch (error) {
			if (error instanceof OpenFailedError) throw new WrongPassphraseError(0);
			throw error;
		} finally {
			oldKek.fill(0);
		}
		const params = await newKdfParams(options.ops ?? header.kdf.ops, options.mem ?? header.kdf.mem);
		const newKek = await deriveKey(next, params);
		const wrapped = await wrapKey(newKek, diaryKey);
		newKek.fill(0);
		diaryKey.fill(0);
		await guardQuota(() =>
			this.#db.meta.put({
				...header,
				kdf: { alg: params.alg, ops: params.ops, mem: params.mem, salt: params.salt },
				wrapped
			})
		);
	}

	/**
	 * Seals a row now, with the key as it is at this moment, to be written later with `putSealed`. The draft uses
	 * this so that what was typed is sealed before a quick exit wipes the key, even if the write finishes after.
	 */
	sealRow(id: string, value: unknown): SealedRow {
		return { id, sealed: this.cipher.sealJson(value, { table: ROWS, id }) };
	}

	async putSealed(row: SealedRow): Promise<void> {
		await guardQuota(() => this.#db.rows.put(row));
	}

	async put(id: string, value: unknown): Promise<void> {
		const sealed = this.cipher.sealJson(value, { table: ROWS, id });
		await guardQuota(() => this.#db.rows.put({ id, sealed }));
	}

	async putMany(entries: readonly { readonly id: string; readonly value: unknown }[]): Promise<void> {
		const cipher = this.cipher;
		const rows = entries.map(({ id, value }) => ({
			id,
			sealed: cipher.sealJson(value, { table: ROWS, id })
		}));
		await guardQuota(() => this.#db.rows.bulkPut(rows));
	}

	async get(id: string): Promise<unknown> {
		const row = await this.#db.rows.get(id);
		return row ? this.cipher.openJson(row.sealed, { table: ROWS, id }) : undefined;
	}

	async remove(id: string): Promise<void> {
		await this.#db.rows.delete(id);
	}

	/** Opens every row. A row that fails to open is reported by id, and the others still open. */
	async readAll(): Promise<ReadResult> {
		const cipher = this.cipher;
		const rows = await this.#db.rows.toArray();
		const records: { id: string; value: unknown }[] = [];
		const damaged: string[] = [];
		for (const row of rows) {
			try {
				records.push({ id: row.id, value: cipher.openJson(row.sealed, { table: ROWS, id: row.id }) });
			} catch {
				damaged.push(row.id);
			}
		}
		return { records, damaged };
	}

	/** Drops the key: wipes its bytes so nothing in memory can open the rows again. */
	lock(): void {
		this.#cipher?.wipe();
		this.#cipher = undefined;
		this.#key = undefined;
	}
}
