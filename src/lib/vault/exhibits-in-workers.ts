// Adding an exhibit in two workers (issue 16): the hash worker reads the file once (a Blob crosses to a worker
// without its bytes) and takes its SHA-256, moving each piece on to the seal worker, which seals it at the same time,
// over a port of their own (exhibit-seal-work.ts). The page only stores the sealed rows it is handed, a batch at a
// time, so its thread stays free for the quick exit, and the seal worker seals no further than one batch ahead of
// what is stored, so memory stays flat. The rows and the reference are those sealExhibit (exhibits.ts) makes on the
// page's thread, which stays for Node and is the reference the spec compares with.
import type { ExhibitRef } from '$lib/domain/incident';
import { runTask, type Answers } from '$lib/workers/tasks';
import { LockedError, SealCancelledError } from './errors';
import {
	rebuildSealError,
	type HashRequest,
	type HashResult,
	type SealCalls,
	type SealRequest,
	type SealResult
} from './exhibit-seal-protocol';
import { removeChunks, startSeal, type ExhibitSource, type SealOptions } from './exhibits';
import { wipe } from '$lib/crypto';
import { guardQuota, type Vault } from './vault';

/** Starts the two workers: separate so a test can run the same protocol over a MessageChannel. */
export interface SealWorkers {
	readonly seal: () => Worker;
	readonly hash: () => Worker;
}

const fresh: SealWorkers = {
	seal: () => new Worker(new URL('./exhibit-seal.worker.ts', import.meta.url), { type: 'module' }),
	hash: () => new Worker(new URL('./exhibit-hash.worker.ts', import.meta.url), { type: 'module' })
};

/** The next exhibit's workers, started ahead of need; each is used once, then started again (warmExhibitWorkers). */
const warm: { seal?: Worker; hash?: Worker } = {};

/**
 * Starts the next exhibit's two workers now, so that sealing a file begins with libsodium already loaded in both
 * (a fresh worker spends 30 to 60 ms loading it). They hold nothing until a request comes, with the key moved to
 * the seal worker only then. The form that adds exhibits calls this when it opens and as each file starts.
 */
export function warmExhibitWorkers(): void {
	if (typeof Worker === 'undefined') return;
	for (const kind of ['seal', 'hash'] as const) {
		if (warm[kind]) continue;
		const worker = fresh[kind]();
		// One that fails to load, or dies while it waits, is never handed a file: the file gets a fresh one instead.
		worker.addEventListener(
			'error',
			() => {
				if (warm[kind] === worker) delete warm[kind];
				worker.terminate();
			},
			{ once: true }
		);
		warm[kind] = worker;
	}
}

/** Ends the workers started ahead of need (the form closed): nothing is left running for a file never chosen. */
export function endWarmExhibitWorkers(): void {
	warm.seal?.terminate();
	warm.hash?.terminate();
	delete warm.seal;
	delete warm.hash;
}

function warmOrFresh(kind: keyof SealWorkers): Worker {
	const worker = warm[kind] ?? fresh[kind]();
	delete warm[kind];
	return worker;
}

const spawnWorkers: SealWorkers = { seal: () => warmOrFresh('seal'), hash: () => warmOrFresh('hash') };

/** The sizes the two workers counted differ: never expected, since one reads and the other is handed every piece. */
export class ExhibitReadTwiceDifferentlyError extends Error {
	override name = 'ExhibitReadTwiceDifferentlyError';
}

/**
 * Rows put in one transaction. IndexedDB copies each row on the page's thread as it is put, and a whole batch of
 * 1 MiB held it for up to 80 ms under load (profiled in Chromium); a quarter at a time, the thread turns between.
 */
const PUT_ROWS = 4;

/** A File, or bytes already in memory as a Blob described apart (a restored exhibit keeps its own name and type). */
export type WorkerExhibitSource = (ExhibitSource & Blob) | (ExhibitSource & { readonly blob: Blob });

/**
 * Seals a file into the vault in workers, and returns the reference to keep in the incident: the same contract as
 * sealExhibit. Throws ExhibitTooLargeError (before anything is read when the declared size is over the limit),
 * StorageFullError, SealCancelledError (cancelled, or every task stopped by the quick exit) or LockedError; in every
 * case nothing of this file is left stored, and nothing saved before is touched.
 */
export async function sealExhibitInWorkers(
	vault: Vault,
	source: WorkerExhibitSource,
	options: SealOptions = {},
	spawn: SealWorkers = spawnWorkers
): Promise<ExhibitRef> {
	const { limit, id, describe } = startSeal(source, options);
	const db = vault.db;
	const blob = 'blob' in source ? source.blob : source;
	const key = vault.streamKeyForTask();
	// Cancelling, or either task failing, ends both.
	const both = new AbortController();
	const stopBoth = () => both.abort();
	options.signal?.addEventListener('abort', stopBoth, { once: true });
	// The batch being stored, if any: the worker sends the next only once this one is answered.
	let storing: Promise<unknown> = Promise.resolve();
	const answers: Answers<SealCalls> = {
		store: async ({ from, sealed, stored }) => {
			if (vault.locked) throw new LockedError();
			const rows = sealed.map((piece, i) => ({ exhibitId: id, index: from + i, sealed: piece }));
			const put = (async () => {
				for (let at = 0; at < rows.length; at += PUT_ROWS)
					await guardQuota(() => db.chunks.bulkPut(rows.slice(at, at + PUT_ROWS)));
			})();
			storing = put.catch(() => undefined);
			await put;
			options.onProgress?.(stored, Math.max(source.size, stored));
			return null;
		}
	};
	const failBoth = (error: unknown): never => {
		both.abort();
		throw error;
	};
	try {
		// The two workers' own port: the file's pieces one way, their buffers back the other.
		const { port1: pieces, port2: forward } = new MessageChannel();
		const [sealed, hashed] = await Promise.all([
			runTask<SealRequest, SealResult, never, SealCalls>(
				spawn.seal,
				{ pieces, id, key, name: source.name, limit },
				{ signal: both.signal, transfer: [key.buffer, pieces], rebuild: rebuildSealError, answers }
			).catch(failBoth),
			runTask<HashRequest, HashResult>(
				spawn.hash,
				{ blob, forward, name: source.name, limit },
				{ signal: both.signal, transfer: [forward], rebuild: rebuildSealError }
			).catch(failBoth)
		]);
		if (sealed.size !== hashed.size) throw new ExhibitReadTwiceDifferentlyError();
		return describe({ size: sealed.size, sha256: hashed.sha256 });
	} catch (error) {
		// A batch still being written would land after the removal; it is let finish first.
		await storing;
		try {
			await removeChunks(db, [id]);
		} catch (cleanupError) {
			// The person needs to see why adding the file failed, not this; the stray chunks hold nothing readable.
			console.error(cleanupError);
		}
		throw sealError(error, vault, options.signal);
	} finally {
		options.signal?.removeEventListener('abort', stopBoth);
		// Moved to the seal worker, this is already empty (detached); kept here (the task never started), it is wiped.
		if (key.byteLength > 0) wipe(key);
	}
}

/** A task stopped (runTask's AbortError) as the person's cancel, the lock or the quick exit. */
function sealError(error: unknown, vault: Vault, signal: AbortSignal | undefined): unknown {
	if (!(error instanceof DOMException) || error.name !== 'AbortError') return error;
	if (!signal?.aborted && vault.locked) return new LockedError();
	return new SealCancelledError();
}
