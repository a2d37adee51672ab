// Create, unlock, lock and re-key the diary, and read and write its sealed rows. Everything above this layer sees
// plain JSON values; everything below it sees only sealed bytes.
import { yieldToPage } from '$lib/workers/yield';
import {
	DEFAULT_MEM,
	DEFAULT_OPS,
	KdfParamsError,
	OpenFailedError,
	calibrateKdfOffThread,
	checkKdfParams,
	computeMac,
	createRecordCipher,
	deriveKeyOffThread,
	warmKdfWorker,
	keyedRowId,
	newDiaryKey,
	newKdfParams,
	openStream,
	sealStream,
	unwrapKey,
	wrapKey,
	type ByteSource,
	type CalibrateOptions,
	type KdfCost,
	type KdfParams,
	type MacHex,
	type RecordCipher,
	type StreamOptions
} from '$lib/crypto';
import * as v from 'valibot';
import { countAttempt } from '$lib/domain/lockout';
import { attemptTracker, type AttemptTracker } from './attempts';
import { VAULT_FORMAT, type AttemptsRow, type HeaderRow, type SealedRow, type VaultDb } from './db';
import {
	DiaryExistsError,
	DiaryHeaderDamagedError,
	DiaryTooNewError,
	LockedError,
	NoDiaryError,
	StorageFullError,
	WaitBeforeRetryError,
	WeakPassphraseError,
	WrongPassphraseError
} from './errors';
import { runExclusive } from './exclusive';
import { headerRowSchema } from './meta-rows';
import { ratePassphraseOffThread } from './rate-off-thread';
import { guardQuota } from './storage-errors';

export { guardQuota };

const ROWS = 'rows';

export interface CreateOptions {
	/**
	 * Argon2id cost; tests pass small values. Without them, create() measures this device (kdf-calibrate.ts) and
	 * changePassphrase() keeps the diary's own cost.
	 */
	readonly ops?: number;
	readonly mem?: number;
	/** For create() without a cost: how to measure (tests inject fake timings). */
	readonly calibrate?: CalibrateOptions;
	/** Skips the strength check; only for tests and benchmarks that need many diaries quickly. */
	readonly skipStrengthCheck?: boolean;
	/**
	 * For create(): the cipher the diary's rows are sealed with, given the diary key; the real one (crypto/record.ts)
	 * unless a spec of the layers above, where encryption is incidental, swaps in testing/fake-record-cipher.ts.
	 */
	readonly recordCipher?: (diaryKey: Uint8Array) => RecordCipher | Promise<RecordCipher>;
}

export interface ReadResult<Value = unknown> {
	readonly records: { readonly id: string; readonly value: Value }[];
	/** Ids of rows that did not open; the others are unaffected. */
	readonly damaged: string[];
}

/**
 * The header's format and key-derivation parameters, checked before anything is derived, as a share file's are: a
 * copied or altered profile must not make unlocking hang, run out of memory, or run anything but Argon2id. The
 * format comes first, so a diary from a newer app says "update", not "damaged".
 */
function checkHeader(header: HeaderRow): KdfParams {
	const format: unknown = header.format;
	if (typeof format === 'number' && Number.isInteger(format) && format > VAULT_FORMAT) {
		throw new DiaryTooNewError(format);
	}
	if (format !== VAULT_FORMAT) throw new DiaryHeaderDamagedError('format');
	let params: KdfParams;
	try {
		params = checkKdfParams(header.kdf);
	} catch (error) {
		if (error instanceof KdfParamsError) throw new DiaryHeaderDamagedError(error.problem);
		throw error;
	}
	const shape = v.safeParse(headerRowSchema, header);
	if (!shape.success) throw new DiaryHeaderDamagedError(v.getDotPath(shape.issues[0]) ?? 'shape');
	return params;
}

/** The lock every tab takes to try a passphrase; the name is neutral, like every stored name. */
function unlockLockName(db: VaultDb): string {
	return `${db.name}-open`;
}

async function readHeader(db: VaultDb): Promise<HeaderRow | undefined> {
	const row = await guardQuota(() => db.meta.get('header'));
	return row?.key === 'header' ? row : undefined;
}

async function readAttempts(db: VaultDb): Promise<AttemptsRow | undefined> {
	const row = await guardQuota(() => db.meta.get('attempts'));
	return row?.key === 'attempts' ? row : undefined;
}

/**
 * Stores the attempts row. A phone too full to store it must not keep the person out of their own diary for as long
 * as it stays full, so the count is then kept by this page only (a reload loses it; Argon2id's cost per guess
 * remains). Any other failure stops the attempt.
 */
async function storeAttempts(db: VaultDb, tracker: AttemptTracker, row: AttemptsRow): Promise<void> {
	try {
		await guardQuota(() => db.meta.put(row));
	} catch (error) {
		if (!(error instanceof StorageFullError)) throw error;
		tracker.keepUnsaved(db.name, row);
	}
}

export async function hasDiary(db: VaultDb): Promise<boolean> {
	return (await readHeader(db)) !== undefined;
}

/** Rows opened between two pauses for the page (readAll): a few milliseconds of work on a phone. */
const OPEN_BATCH = 200;
/** Rows taken from IndexedDB at a time: handing over ten thousand at once took 90 ms of the page's thread. */
const READ_PAGE = 1000;

/**
 * Every sealed row, in one read transaction (so they are one moment's rows), a page at a time in key order, so no
 * one task on the page's thread is long.
 */
function readSealedRows(db: VaultDb): Promise<SealedRow[]> {
	return guardQuota(() =>
		db.transaction('r', db.rows, async () => {
			const rows: SealedRow[] = [];
			for (;;) {
				const last = rows.at(-1)?.id;
				const page = await (last === undefined ? db.rows.orderBy(':id') : db.rows.where(':id').above(last))
					.limit(READ_PAGE)
					.toArray();
				rows.push(...page);
				if (page.length < READ_PAGE) return rows;
			}
		})
	);
}

export class Vault {
	#db: VaultDb;
	#cipher: RecordCipher | undefined;
	/** The same bytes the cipher holds (its wipe() zeroes them); kept only for the exhibit streams below. */
	#key: Uint8Array | undefined;
	#cost: KdfCost;
	/** The sealed rows unlock read while Argon2id ran, for the first readAll; read again after that. */
	#prefetched: Promise<SealedRow[]> | undefined;

	private constructor(
		db: VaultDb,
		cipher: RecordCipher,
		key: Uint8Array,
		cost: KdfCost,
		prefetched?: Promise<SealedRow[]>
	) {
		this.#db = db;
		this.#cipher = cipher;
		this.#key = key;
		this.#cost = cost;
		this.#prefetched = prefetched;
	}

	static async create(db: VaultDb, passphrase: string, options: CreateOptions = {}): Promise<Vault> {
		if (!options.skipStrengthCheck && !(await ratePassphraseOffThread(passphrase)).acceptable) {
			throw new WeakPassphraseError();
		}
		const cost =
			options.ops !== undefined || options.mem !== undefined
				? { ops: options.ops ?? DEFAULT_OPS, mem: options.mem ?? DEFAULT_MEM }
				: (await calibrateKdfOffThread(options.calibrate)).cost;
		const params = await newKdfParams(cost.ops, cost.mem);
		const kek = await deriveKeyOffThread(passphrase, params);
		const diaryKey = await newDiaryKey();
		let wrapped: Uint8Array;
		try {
			wrapped = await wrapKey(kek, diaryKey);
		} catch (error) {
			diaryKey.fill(0);
			throw error;
		} finally {
			kek.fill(0);
		}
		const header: HeaderRow = {
			key: 'header',
			format: VAULT_FORMAT,
			kdf: { alg: params.alg, ops: params.ops, mem: params.mem, salt: params.salt },
			wrapped
		};
		try {
			await guardQuota(() =>
				db.transaction('rw', db.meta, async () => {
					if (await readHeader(db)) throw new DiaryExistsError();
					await db.meta.put(header);
				})
			);
		} catch (error) {
			diaryKey.fill(0);
			throw error;
		}
		const cipher = await (options.recordCipher ?? createRecordCipher)(diaryKey);
		return new Vault(db, cipher, diaryKey, cost);
	}

	/**
	 * Makes the next unlock start at once: its key derivation's worker is started now, with the memory this diary's
	 * Argon2id takes (crypto). A header that does not pass its check is left for unlock to refuse.
	 */
	static async prepareUnlock(db: VaultDb): Promise<void> {
		const header = await readHeader(db);
		let mem: number | undefined;
		try {
			mem = header ? checkHeader(header).mem : undefined;
		} catch {
			mem = undefined;
		}
		warmKdfWorker(mem);
	}

	/**
	 * Opens the diary key with the passphrase. A wrong passphrase is simply a failed open (no verifier is stored);
	 * each failure makes the next try wait longer, and the wait is stored so a reload does not reset it.
	 *
	 * The attempt is counted before the key is derived and cleared only on success, so closing the tab while
	 * Argon2id runs does not skip the count; and counting, deriving and checking run under one lock shared by every
	 * tab, so two tabs cannot each try a passphrase against the same count. The wait is measured on the monotonic
	 * clock (see attempts.ts), so moving the device clock does not end it.
	 */
	static async unlock(
		db: VaultDb,
		passphrase: string,
		tracker: AttemptTracker = attemptTracker
	): Promise<Vault> {
		return runExclusive(unlockLockName(db), async () => {
			const header = await readHeader(db);
			if (!header) throw new NoDiaryError();
			const params = checkHeader(header);
			const { clock } = tracker;
			const previous = tracker.latest(db.name, await readAttempts(db));
			const wait = tracker.waitFor(db.name, previous);
			if (wait > 0 && previous) {
				// What has run down is written back, so a reload owes only what is left.
				const left: AttemptsRow = { ...previous, waitMs: wait, lastAt: clock.wall() };
				await storeAttempts(db, tracker, left);
				tracker.start(db.name, left);
				throw new WaitBeforeRetryError(clock.wall() + wait, wait);
			}

			const counted: AttemptsRow = { key: 'attempts', ...countAttempt(previous), lastAt: clock.wall() };
			await storeAttempts(db, tracker, counted);
			// The rows are read while Argon2id runs in its worker: they are sealed, so reading them needs no key,
			// and the reading costs nothing once it overlaps. (A write another tab makes meanwhile is caught up
			// from the head row, as one made just after reading would be.)
			const prefetched = readSealedRows(db);
			prefetched.catch(() => undefined);
			let diaryKey: Uint8Array;
			try {
				const kek = await deriveKeyOffThread(passphrase, params);
				try {
					diaryKey = await unwrapKey(kek, header.wrapped);
				} finally {
					kek.fill(0);
				}
			} catch (error) {
				if (error instanceof OpenFailedError) {
					// The wait starts once the failure is known, not when the attempt began.
					tracker.start(db.name, counted);
					throw new WrongPassphraseError(clock.wall() + counted.waitMs, counted.waitMs);
				}
				// The attempt stays counted, as it would if the tab had been closed mid-derivation.
				throw error;
			}
			await guardQuota(() => db.meta.delete('attempts'));
			tracker.clear(db.name);
			return new Vault(
				db,
				await createRecordCipher(diaryKey),
				diaryKey,
				{ ops: params.ops, mem: params.mem },
				prefetched
			);
		});
	}

	/**
	 * How long until the next unlock may be tried (0: now), on the monotonic clock, for a screen that has just
	 * loaded: it counts down from the moment this page first saw the stored wait, as unlock() does.
	 */
	static async waitLeft(db: VaultDb, tracker: AttemptTracker = attemptTracker): Promise<number> {
		return tracker.waitFor(db.name, tracker.latest(db.name, await readAttempts(db)));
	}

	/** When the next unlock may be tried (0: now), on the device clock (only for showing it). */
	static async retryAt(db: VaultDb, tracker: AttemptTracker = attemptTracker): Promise<number> {
		const wait = await Vault.waitLeft(db, tracker);
		return wait > 0 ? tracker.clock.wall() + wait : 0;
	}

	/** The Argon2id cost this diary's header holds: chosen for this device at setup, and reused for share files. */
	get kdfCost(): KdfCost {
		return this.#cost;
	}

	get locked(): boolean {
		return this.#cipher === undefined;
	}

	get db(): VaultDb {
		return this.#db;
	}

	/** The record cipher, for layers that seal their own rows (exhibit chunks). Throws once locked. */
	/** Seals a byte stream under the diary key (crypto/stream.ts), for exhibit chunks; the key never leaves the vault. */
	sealStream(source: ByteSource, options: StreamOptions): AsyncGenerator<Uint8Array> {
		if (!this.#key) throw new LockedError();
		return sealStream(this.#key, source, options);
	}

	/**
	 * A copy of the diary key for one task in a worker that seals an exhibit stream exactly as sealStream() does
	 * (exhibits-in-workers.ts): the caller moves it to the worker, which wipes it when done, and the worker is ended
	 * on lock or quick exit (workers/tasks.ts), so the copy lives no longer than the vault's own key. Throws once
	 * locked.
	 */
	streamKeyForTask(): Uint8Array {
		if (!this.#key) throw new LockedError();
		return this.#key.slice();
	}

	/** Opens a stream sealed by sealStream(), from its piece 0 on. */
	openStream(pieces: ByteSource, options: StreamOptions): AsyncGenerator<Uint8Array> {
		if (!this.#key) throw new LockedError();
		return openStream(this.#key, pieces, options);
	}

	/**
	 * The MAC that proves a backup was made by this diary (crypto/mac.ts), under a subkey of the diary key; the key
	 * itself never leaves the vault. Verify by computing it again and comparing with crypto's macsEqual.
	 */
	async backupMac(bytes: Uint8Array): Promise<MacHex> {
		if (!this.#key) throw new LockedError();
		return computeMac(this.#key, bytes);
	}

	/** A row id that stays the same for this diary and looks random (crypto/row-id.ts). */
	async fixedRowId(label: string): Promise<string> {
		if (!this.#key) throw new LockedError();
		return keyedRowId(this.#key, label);
	}

	/** Re-wraps the diary key under a new passphrase; no row is re-encrypted. */
	async changePassphrase(current: string, next: string, options: CreateOptions = {}): Promise<void> {
		if (!options.skipStrengthCheck && !(await ratePassphraseOffThread(next)).acceptable)
			throw new WeakPassphraseError();
		const header = await readHeader(this.#db);
		if (!header) throw new NoDiaryError();
		const oldKek = await deriveKeyOffThread(current, checkHeader(header));
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
		let wrapped: Uint8Array;
		try {
			const newKek = await deriveKeyOffThread(next, params);
			try {
				wrapped = await wrapKey(newKek, diaryKey);
			} finally {
				newKek.fill(0);
			}
		} finally {
			diaryKey.fill(0);
		}
		await guardQuota(() =>
			this.#db.meta.put({
				...header,
				kdf: { alg: params.alg, ops: params.ops, mem: params.mem, salt: params.salt },
				wrapped
			})
		);
		this.#cost = { ops: params.ops, mem: params.mem };
	}

	/**
	 * Seals a row now, with the key as it is at this moment, to be written later with `putSealed`. The draft uses
	 * this so that what was typed is sealed before a quick exit wipes the key, even if the write finishes after.
	 */
	sealRow(id: string, value: unknown): SealedRow {
		return { id, sealed: this.#unlocked().sealJson(value, { table: ROWS, id }) };
	}

	async putSealed(row: SealedRow): Promise<void> {
		await guardQuota(() => this.#db.rows.put(row));
	}

	async put(id: string, value: unknown): Promise<void> {
		const sealed = this.#unlocked().sealJson(value, { table: ROWS, id });
		await guardQuota(() => this.#db.rows.put({ id, sealed }));
	}

	async putMany(entries: readonly { readonly id: string; readonly value: unknown }[]): Promise<void> {
		const cipher = this.#unlocked();
		const rows = entries.map(({ id, value }) => ({
			id,
			sealed: cipher.sealJson(value, { table: ROWS, id })
		}));
		await guardQuota(() => this.#db.rows.bulkPut(rows));
	}

	/** The record cipher while unlocked; callers above the vault never hold it. */
	#unlocked(): RecordCipher {
		if (!this.#cipher) throw new LockedError();
		return this.#cipher;
	}

	/** Opens the rows with these ids, in one read; a row that is not there, or does not open, is left out. */
	async getMany(ids: readonly string[]): Promise<ReadResult> {
		const cipher = this.#unlocked();
		const rows = await this.#db.rows.bulkGet([...ids]);
		const records: { id: string; value: unknown }[] = [];
		const damaged: string[] = [];
		for (const row of rows) {
			if (!row) continue;
			try {
				records.push({ id: row.id, value: cipher.openJson(row.sealed, { table: ROWS, id: row.id }) });
			} catch {
				damaged.push(row.id);
			}
		}
		return { records, damaged };
	}

	async remove(id: string): Promise<void> {
		await guardQuota(() => this.#db.rows.delete(id));
	}

	/**
	 * Opens every row, and reads each with `read` (a schema's parse) in the same pauses. A row that fails to open
	 * is reported by id, and the others still open.
	 */
	async readAll<Value = unknown>(
		read: (value: unknown) => Value = (value) => value as Value
	): Promise<ReadResult<Value>> {
		this.#unlocked();
		const prefetched = this.#prefetched;
		this.#prefetched = undefined;
		const rows = await (prefetched ?? readSealedRows(this.#db));
		let cipher = this.#unlocked();
		const records: { id: string; value: Value }[] = [];
		const damaged: string[] = [];
		for (const [i, row] of rows.entries()) {
			// The page's thread is given back now and then (ten thousand rows take most of a second), so the quick
			// exit answers; a lock in the meantime ends the reading, rather than counting every row left as damaged.
			if (i > 0 && i % OPEN_BATCH === 0) {
				await yieldToPage();
				cipher = this.#unlocked();
			}
			let value: unknown;
			try {
				value = cipher.openJson(row.sealed, { table: ROWS, id: row.id });
			} catch {
				damaged.push(row.id);
				continue;
			}
			records.push({ id: row.id, value: read(value) });
		}
		return { records, damaged };
	}

	/** Drops the key: wipes its bytes so nothing in memory can open the rows again. */
	lock(): void {
		this.#cipher?.wipe();
		this.#cipher = undefined;
		this.#key = undefined;
		this.#prefetched = undefined;
	}
}
