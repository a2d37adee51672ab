// Argon2id off the page's thread: unlocking, setting up (with the calibration), changing the passphrase and
// sealing a share file each run it for a second or more, and the quick exit must answer all that time. The
// passphrase comes here for one derivation only; the key goes back moved, not copied, and this worker's memory,
// the WebAssembly heap Argon2id worked in with it, is ended with the worker (workers/tasks.ts never reuses one).
import { serveTask } from '$lib/workers/serve';
import { deriveKey, KDF_BOUNDS } from './kdf';
import { calibrateKdf, type Calibration } from './kdf-calibrate';
import { growHeap, loadSodium } from './sodium';
import type { KdfRequest, KdfWarm } from './kdf-off-thread';

/** Argon2id's blocks are not all it allocates. */
const HEAP_SLACK = 4 * 1024 * 1024;

async function run(request: KdfRequest): Promise<Uint8Array | Calibration> {
	if (request.kind === 'calibrate') return calibrateKdf({ targetMs: request.targetMs });
	const derived = await deriveKey(request.passphrase, request.params);
	// A key of its own buffer, so moving it moves nothing else.
	const key = derived.slice();
	derived.fill(0);
	return key;
}

// Loaded at once, before any request: a worker started ahead of need (warmKdfWorker) is then ready.
const sodium = loadSodium();

/** The page's word ahead of a derivation: grow the heap now to what Argon2id will take. */
function prepare(message: unknown): boolean {
	const mem = (message as Partial<KdfWarm> | null)?.warm;
	if (typeof mem !== 'number') return false;
	void sodium.then((loaded) => growHeap(loaded, Math.min(mem, KDF_BOUNDS.maxMem) + HEAP_SLACK));
	return true;
}

serveTask<KdfRequest, Uint8Array | Calibration>(run, {
	prepare,
	transferOf: (result) => (result instanceof Uint8Array ? [result.buffer] : [])
});
