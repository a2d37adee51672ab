// Argon2id off the page's thread: unlocking, setting up (with the calibration), changing the passphrase and
// sealing a share file each run it for a second or more, and the quick exit must answer all that time. The
// passphrase comes here for one derivation only; the key goes back moved, not copied, and this worker's memory,
// the WebAssembly heap Argon2id worked in with it, is ended with the worker (workers/tasks.ts never reuses one).
import { serveTask } from '$lib/workers/serve';
import { deriveKey } from './kdf';
import { calibrateKdf, type Calibration } from './kdf-calibrate';
import type { KdfRequest } from './kdf-off-thread';

async function run(request: KdfRequest): Promise<Uint8Array | Calibration> {
	if (request.kind === 'calibrate') return calibrateKdf({ targetMs: request.targetMs });
	const derived = await deriveKey(request.passphrase, request.params);
	// A key of its own buffer, so moving it moves nothing else.
	const key = derived.slice();
	derived.fill(0);
	return key;
}

serveTask<KdfRequest, Uint8Array | Calibration>(run, {
	transferOf: (result) => (result instanceof Uint8Array ? [result.buffer] : [])
});
