// Adding an exhibit in the seal and hash workers, over a real MessageChannel: the page's end runs
// sealExhibitInWorkers, the workers' ends run runSeal and runHash under serveTask, and every message goes through
// structured clone as between threads (only spawning the threads is left out: Node has no Web Worker; the module
// workers themselves run in Chromium end to end). The rows must be those sealExhibit stores on one thread, and every
// failure must leave nothing of the file stored.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHUNK_BYTES, openStream } from '$lib/crypto';
import type { ExhibitId } from '$lib/domain/incident';
import { formatIsoDateTime } from '$lib/domain/iso-time';
import { sha256Hex } from '$lib/testing/bytes';
import { FAST_VAULT } from '$lib/testing/fast-kdf';
import { fullOnSecondChunkWrite, useTestDiaries } from '$lib/testing/vault';
import { channelWorker } from '$lib/testing/channel-worker';
import type { Call } from '$lib/workers/serve';
import { runningTasks, stopAllTasks } from '$lib/workers/tasks';
import type { VaultDb } from './db';
import { ExhibitTooLargeError, LockedError, SealCancelledError, StorageFullError } from './errors';
import type { HashRequest, HashResult, SealCalls, SealRequest, SealResult } from './exhibit-seal-protocol';
import { exhibitStreamOptions } from './exhibit-format';
import { PIECES_AHEAD, runHash, runSeal } from './exhibit-seal-work';
import { openExhibit, sealExhibit, verifyExhibit } from './exhibits';
import { sealExhibitInWorkers, type SealWorkers } from './exhibits-in-workers';
import { Vault } from './vault';

const diaries = useTestDiaries('exhibits-in-workers');
let db: VaultDb;
let vault: Vault;
const NOW = new Date('2026-12-04T10:00:00.000Z');
const FILE_TIME = Date.parse('2026-12-01T08:30:00.000Z');

beforeEach(async () => {
	db = diaries.newDb();
	vault = await Vault.create(db, 'pass', FAST_VAULT);
});
afterEach(() => {
	stopAllTasks();
	vi.restoreAllMocks();
	vault.lock();
});

/** Stand-ins for the two `new Worker(…)`: the same serveTask, over MessageChannels (testing/channel-worker.ts). */
function channelWorkers() {
	const seal = channelWorker<SealRequest, SealResult, never, SealCalls>((request, _onProgress, call) =>
		runSeal(request, call)
	);
	const hash = channelWorker<HashRequest, HashResult, never>((request) => runHash(request));
	const spawn: SealWorkers = { seal: seal.spawn, hash: hash.spawn };
	// How many of each the page ended: each stand-in serves one task, as a worker does.
	const ended = {
		get seal() {
			return seal.ended.terminated ? 1 : 0;
		},
		get hash() {
			return hash.ended.terminated ? 1 : 0;
		}
	};
	return { spawn, ended };
}

const fileOf = (bytes: Uint8Array, name = 'doorbell.mp4') =>
	new File([new Uint8Array(bytes)], name, { type: 'video/MP4', lastModified: FILE_TIME });

/**
 * The two workers' ends run straight over a MessageChannel of their own, as the page joins them: the rows the seal
 * worker hands over to be stored, after checking the hash worker's answer is the file's own.
 */
async function sealedInPair(blob: Blob, key: Uint8Array, limit: number): Promise<Uint8Array[]> {
	const { port1: pieces, port2: forward } = new MessageChannel();
	const rows: Uint8Array[] = [];
	const call = (async (_method: string, arg: unknown) => {
		rows.push(...(arg as { value: { sealed: Uint8Array[] } }).value.sealed);
		return null;
	}) as Call<SealCalls>;
	const [hashed] = await Promise.all([
		runHash({ blob, forward, name: 'x', limit }),
		runSeal({ pieces, id: 'x', key, name: 'x', limit }, call)
	]);
	const bytes = new Uint8Array(await blob.arrayBuffer());
	expect(hashed).toEqual({ size: bytes.length, sha256: sha256Hex(bytes) });
	pieces.close();
	forward.close();
	return rows;
}

async function rowsOf(id: string) {
	return (await db.chunks.where('[exhibitId+index]').between([id, 0], [id, Dexie.maxKey]).toArray()).map(
		(row) => ({
			index: row.index,
			length: row.sealed.length,
			first: row.index === 0 ? row.sealed[0] : undefined
		})
	);
}

async function bytesOpened(ref: Parameters<typeof openExhibit>[1]) {
	const parts: Uint8Array[] = [];
	for await (const piece of openExhibit(vault, ref)) parts.push(piece);
	return Buffer.concat(parts);
}

describe('an exhibit sealed in the workers', () => {
	it('is stored as sealExhibit stores it on one thread: the same rows, reference, hash and progress', async () => {
		const bytes = randomBytes(40 * CHUNK_BYTES + 10);
		const { spawn, ended } = channelWorkers();
		const seen: [number, number][] = [];
		const id = 'in-workers' as ExhibitId;
		const made = await sealExhibitInWorkers(
			vault,
			fileOf(bytes),
			{ id, now: NOW, onProgress: (done, total) => seen.push([done, total]) },
			spawn
		);
		expect(ended).toEqual({ seal: 1, hash: 1 });
		expect(runningTasks()).toBe(0);

		const expected: [number, number][] = [];
		const here = await sealExhibit(vault, fileOf(bytes), {
			id: 'on-one-thread' as ExhibitId,
			now: NOW,
			onProgress: (done, total) => expected.push([done, total])
		});
		expect(made).toEqual({ ...here, id });
		expect(made.sha256).toBe(sha256Hex(bytes));
		expect(made.type).toBe('video/mp4');
		expect(made.fileDate).toBe(formatIsoDateTime(new Date(FILE_TIME)));
		expect(seen).toEqual(expected);
		// The same rows: one per 64 KiB and row 0, of the same lengths, row 0 with the exhibit format in front.
		const rows = await rowsOf(id);
		expect(rows).toHaveLength(42);
		expect(rows).toEqual(await rowsOf(here.id));
		// And they open as the vault's own exhibit stream under this id: the key, additional data and padding agree.
		expect((await bytesOpened(made)).equals(bytes)).toBe(true);
		expect(await verifyExhibit(vault, made)).toBe(true);
	});

	it('stores an empty file and a one-byte file as on one thread', async () => {
		for (const bytes of [new Uint8Array(0), new Uint8Array([7])]) {
			const made = await sealExhibitInWorkers(vault, fileOf(bytes), { now: NOW }, channelWorkers().spawn);
			const here = await sealExhibit(vault, fileOf(bytes), { now: NOW });
			expect(made).toEqual({ ...here, id: made.id });
			expect(await rowsOf(made.id)).toEqual(await rowsOf(here.id));
			expect(await verifyExhibit(vault, made)).toBe(true);
		}
	});

	it('seals bytes already in memory, described apart as a restored exhibit is, as on one thread', async () => {
		const bytes = randomBytes(3 * CHUNK_BYTES + 1);
		const blob = new Blob([new Uint8Array(bytes)]);
		const described = { name: 'voicemail.WAV', type: 'Audio/WAV; codecs=1', size: blob.size };
		const id = 'restored' as ExhibitId;
		const made = await sealExhibitInWorkers(
			vault,
			{ ...described, stream: () => blob.stream(), blob },
			{ id, now: NOW },
			channelWorkers().spawn
		);
		const here = await sealExhibit(vault, { ...described, stream: () => blob.stream() }, { now: NOW });
		expect(made).toEqual({ ...here, id });
		expect(made.fileDate).toBeUndefined();
		expect((await bytesOpened(made)).equals(bytes)).toBe(true);
	});

	it('reads the file no further ahead of what is stored than a few pieces, however large it is', async () => {
		// A 64 MiB file whose reads are counted, and a store that holds its first writes until told to go on.
		const MiB = 1024 * 1024;
		const size = 64 * MiB;
		let read = 0;
		const piece = randomBytes(MiB);
		const blob = {
			size,
			stream: () =>
				new ReadableStream<Uint8Array>({
					pull(controller) {
						if (read >= size) return controller.close();
						read += MiB;
						controller.enqueue(new Uint8Array(piece));
					}
				})
		} as unknown as Blob;
		let goOn!: () => void;
		const held = new Promise<void>((resolve) => (goOn = resolve));
		let stored = 0;
		const { port1: pieces, port2: forward } = new MessageChannel();
		const store = (async (_method: string, arg: unknown) => {
			await held;
			stored += (arg as { value: { sealed: unknown[] } }).value.sealed.length;
			return null;
		}) as Call<SealCalls>;
		const limit = size;
		const both = Promise.all([
			runHash({ blob, forward, name: 'x', limit }),
			runSeal({ pieces, id: 'x', key: vault.streamKeyForTask(), name: 'x', limit }, store)
		]);
		await new Promise((resolve) => setTimeout(resolve, 300));
		// The seal worker holds a batch being stored and one sealed, the hash worker a few pieces read ahead of it.
		expect(read).toBeGreaterThan(0);
		expect(read).toBeLessThanOrEqual((PIECES_AHEAD + 4) * MiB);
		goOn();
		const [hashed, sealed] = await both;
		expect(hashed.size).toBe(size);
		expect(sealed.size).toBe(size);
		expect(stored).toBe(1 + size / CHUNK_BYTES);
		pieces.close();
		forward.close();
	});

	it('leaves no chunks when cancelled part-way, and ends both workers', async () => {
		const kept = await sealExhibit(vault, fileOf(new Uint8Array(5)));
		const controller = new AbortController();
		const { spawn, ended } = channelWorkers();
		let told = 0;
		const sealing = sealExhibitInWorkers(
			vault,
			fileOf(randomBytes(60 * CHUNK_BYTES)),
			{
				signal: controller.signal,
				onProgress: () => {
					told++;
					controller.abort();
				}
			},
			spawn
		);
		await expect(sealing).rejects.toThrow(SealCancelledError);
		expect(told).toBe(1);
		expect(ended).toEqual({ seal: 1, hash: 1 });
		expect(runningTasks()).toBe(0);
		expect(await db.chunks.count()).toBe(2);
		expect(await verifyExhibit(vault, kept)).toBe(true);
		await expect(
			sealExhibitInWorkers(vault, fileOf(new Uint8Array(1)), { signal: controller.signal }, spawn)
		).rejects.toThrow(SealCancelledError);
	});

	it('leaves no chunks when every task is stopped (the quick exit) or the diary locks part-way', async () => {
		const stopped = sealExhibitInWorkers(
			vault,
			fileOf(randomBytes(60 * CHUNK_BYTES)),
			{ onProgress: () => stopAllTasks() },
			channelWorkers().spawn
		);
		await expect(stopped).rejects.toThrow(SealCancelledError);
		expect(await db.chunks.count()).toBe(0);

		const locked = sealExhibitInWorkers(
			vault,
			fileOf(randomBytes(60 * CHUNK_BYTES)),
			{
				onProgress: () => {
					// As the session locks: every task stopped, then the key wiped.
					stopAllTasks();
					vault.lock();
				}
			},
			channelWorkers().spawn
		);
		await expect(locked).rejects.toThrow(LockedError);
		expect(runningTasks()).toBe(0);
		expect(await db.chunks.count()).toBe(0);
	});

	it('fails with LockedError, leaving no chunks, when the diary locks with the workers still running', async () => {
		const sealing = sealExhibitInWorkers(
			vault,
			fileOf(randomBytes(60 * CHUNK_BYTES)),
			{ onProgress: () => vault.lock() },
			channelWorkers().spawn
		);
		await expect(sealing).rejects.toThrow(LockedError);
		expect(runningTasks()).toBe(0);
		expect(await db.chunks.count()).toBe(0);
		await expect(sealExhibitInWorkers(vault, fileOf(new Uint8Array(1)))).rejects.toThrow(LockedError);
	});

	it('refuses a file declared too large before reading it, and one found too large as it is read', async () => {
		const { spawn, ended } = channelWorkers();
		await expect(
			sealExhibitInWorkers(vault, fileOf(new Uint8Array(11)), { maxBytes: 10 }, spawn)
		).rejects.toThrow(ExhibitTooLargeError);
		expect(ended).toEqual({ seal: 0, hash: 0 });

		// A size that says less than the file holds: the workers count the bytes they read.
		const file = fileOf(randomBytes(40 * CHUNK_BYTES), 'long.mp4');
		Object.defineProperty(file, 'size', { value: 100 });
		const sealing = sealExhibitInWorkers(vault, file, { maxBytes: 20 * CHUNK_BYTES }, spawn);
		await expect(sealing).rejects.toThrow(ExhibitTooLargeError);
		await expect(sealing).rejects.toMatchObject({
			code: 'exhibit-too-large',
			exhibitName: 'long.mp4',
			limitBytes: 20 * CHUNK_BYTES
		});
		expect(ended).toEqual({ seal: 1, hash: 1 });
		expect(await db.chunks.count()).toBe(0);
	});

	it('turns a full store into StorageFullError, the page’s own, and removes the half-written exhibit', async () => {
		const kept = await sealExhibit(vault, fileOf(new Uint8Array(5)));
		const writes = fullOnSecondChunkWrite(db);
		await expect(
			sealExhibitInWorkers(vault, fileOf(randomBytes(40 * CHUNK_BYTES)), {}, channelWorkers().spawn)
		).rejects.toThrow(StorageFullError);
		expect(writes()).toBe(2);
		expect(await db.chunks.count()).toBe(2);
		expect(await verifyExhibit(vault, kept)).toBe(true);
	});

	it('hands the worker a copy of the key that it wipes when done, and keeps none on the page', async () => {
		let handed: Uint8Array | undefined;
		const copy = vault.streamKeyForTask.bind(vault);
		vi.spyOn(vault, 'streamKeyForTask').mockImplementation(() => (handed = copy()));
		await sealExhibitInWorkers(vault, fileOf(new Uint8Array(5)), {}, channelWorkers().spawn);
		// Moved to the worker: nothing of it is left on the page.
		expect(handed?.length).toBe(0);

		const key = vault.streamKeyForTask();
		expect(key.some((b) => b !== 0)).toBe(true);
		const rows = await sealedInPair(new Blob([new Uint8Array(3)]), key, 10);
		expect(rows).toHaveLength(2);
		expect(key.every((b) => b === 0)).toBe(true);
	});

	it('reads a file whose stream gives pieces as they come as it reads one it can read into its own buffer', async () => {
		// Safari's Blob stream is not a byte stream; Chromium's and Node's are, read into buffers that go round.
		const bytes = randomBytes(3 * 1024 * 1024 + 17);
		const asBytes = new Blob([new Uint8Array(bytes)]);
		const asPieces = {
			size: bytes.length,
			arrayBuffer: () => Promise.resolve(new Uint8Array(bytes).buffer),
			stream: () =>
				new ReadableStream<Uint8Array>({
					start(controller) {
						for (let at = 0; at < bytes.length; at += 100_000)
							controller.enqueue(new Uint8Array(bytes.subarray(at, at + 100_000)));
						controller.close();
					}
				})
		} as unknown as Blob;
		expect(() => asPieces.stream().getReader({ mode: 'byob' })).toThrow(TypeError);
		const limit = bytes.length;
		for (const blob of [asBytes, asPieces]) {
			const key = vault.streamKeyForTask();
			const rows = await sealedInPair(blob, key.slice(), limit);
			// Every byte came through, in order, each chunk sealed from what was read and not from a buffer since reused.
			const opened: Uint8Array[] = [];
			rows[0] = rows[0]!.subarray(1);
			for await (const piece of openStream(key, rows, exhibitStreamOptions('x'))) opened.push(piece);
			expect(Buffer.concat(opened).equals(bytes)).toBe(true);
		}
	});
});
