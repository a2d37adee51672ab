// The page of the exhibit-sealing bench (seal-page.bench.ts), built by Vite apart from the app: the app's own
// sealExhibitInWorkers, its two workers and all, over a File chosen in this page, against the sequential baseline
// over the same File's bytes in a worker of its own. Only the chunk writes are dropped, as in exhibits.bench.ts:
// IndexedDB is the browser's cost, not the pipeline's.
import Dexie from 'dexie';
import type { Sha256Hex } from '$lib/domain/incident';
import { VaultDb } from '$lib/vault/db';
import { sealExhibitInWorkers, warmExhibitWorkers } from '$lib/vault/exhibits-in-workers';
import { Vault } from '$lib/vault/vault';
import type { BareRequest, BareResult } from './bare.worker';

export interface AppResult {
	readonly ms: number;
	readonly sha256: Sha256Hex;
}

export interface SealBench {
	app(): Promise<AppResult>;
	bare(request: Omit<BareRequest, 'file'>): Promise<BareResult>;
}

declare global {
	interface Window {
		sealBench: SealBench;
	}
}

const MiB = 1024 * 1024;

function chosenFile(): File {
	const file = document.querySelector('input')?.files?.[0];
	if (!file) throw new Error('No file chosen');
	return file;
}

let vault: Promise<Vault> | undefined;

/** A vault of the lowest cost, whose chunk writes are dropped; see the note at the top. */
async function benchVault(): Promise<Vault> {
	const db = new VaultDb(`bench-seal-${Date.now()}`);
	const made = await Vault.create(db, 'bench passphrase', { ops: 1, mem: 8 * MiB, skipStrengthCheck: true });
	db.chunks.bulkPut = (() => Dexie.Promise.resolve<[string, number]>(['', 0])) as typeof db.chunks.bulkPut;
	return made;
}

window.sealBench = {
	async app() {
		vault ??= benchVault();
		const file = chosenFile();
		// As the app's form does when it opens (exhibit-queue.svelte.ts): a person then takes a moment to choose.
		warmExhibitWorkers();
		await new Promise((resolve) => setTimeout(resolve, 500));
		const started = performance.now();
		const ref = await sealExhibitInWorkers(await vault, file, { maxBytes: Number.MAX_SAFE_INTEGER });
		return { ms: performance.now() - started, sha256: ref.sha256 };
	},
	bare(request) {
		const worker = new Worker(new URL('./bare.worker.ts', import.meta.url), { type: 'module' });
		return new Promise<BareResult>((resolve, reject) => {
			worker.onmessage = ({ data }: MessageEvent<BareResult>) => resolve(data);
			worker.onerror = (event) => reject(new Error(event.message));
			worker.postMessage({ ...request, file: chosenFile() } satisfies BareRequest);
		}).finally(() => worker.terminate());
	}
};
