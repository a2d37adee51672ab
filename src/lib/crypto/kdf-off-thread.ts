// Argon2id in a worker (kdf.worker.ts), with the same results as deriveKey and calibrateKdf. The parameters are
// checked here, before a worker is made, so a hostile header or share file is refused with its typed error at once.
// Node, where the unit tests and the bench's bare floor run, has no Web Worker: there the same code runs in-thread.
import { runTask } from '$lib/workers/tasks';
import { checkKdfParams, deriveKey, type KdfParams } from './kdf';
import { calibrateKdf, type Calibration, type CalibrateOptions } from './kdf-calibrate';

export type KdfRequest =
	{ kind: 'derive'; passphrase: string; params: KdfParams } | { kind: 'calibrate'; targetMs?: number };

const canSpawn = () => typeof Worker !== 'undefined';

function spawn(): Worker {
	return new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module' });
}

/** Sent to a worker started ahead of need: the memory its derivation will take, to make ready. */
export interface KdfWarm {
	warm: number;
}

let warm: Worker | undefined;

/**
 * Starts the next derivation's worker now, loading libsodium, so that the derivation itself costs Argon2id alone
 * (a fresh worker first spends a few hundred milliseconds loading it). It holds nothing secret until a request
 * comes, and is used once.
 */
export function warmKdfWorker(mem?: number): void {
	if (!canSpawn() || warm) return;
	warm = spawn();
	if (mem !== undefined) warm.postMessage({ warm: mem } satisfies KdfWarm);
}

function warmOrFresh(): Worker {
	const worker = warm ?? spawn();
	warm = undefined;
	return worker;
}

/** deriveKey, off the page's thread. */
export function deriveKeyOffThread(passphrase: string, params: KdfParams): Promise<Uint8Array> {
	const checked = checkKdfParams(params);
	if (!canSpawn()) return deriveKey(passphrase, checked);
	return runTask<KdfRequest, Uint8Array>(warmOrFresh, { kind: 'derive', passphrase, params: checked });
}

/** calibrateKdf, off the page's thread; a `measure` given (by a test) runs here, since a function cannot cross. */
export function calibrateKdfOffThread(options: CalibrateOptions = {}): Promise<Calibration> {
	if (!canSpawn() || options.measure || options.now) return calibrateKdf(options);
	return runTask<KdfRequest, Calibration>(warmOrFresh, { kind: 'calibrate', targetMs: options.targetMs });
}
