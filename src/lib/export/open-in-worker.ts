// The page's side of opening a shared or backup file in a worker (open-file.worker.ts). The same result as
// openSharedFile, and the same typed errors; but the work runs off the page's thread, can be cancelled, and is
// ended at once on lock or quick exit (workers/tasks.ts), taking the passphrase and the key with it.
import { runTask } from '$lib/workers/tasks';
import { rebuildError, type OpenFileRequest } from './open-file-protocol';
import type { OpenedShare, OpenProgress } from './open-shared';

export interface OpenInWorkerOptions {
	signal?: AbortSignal;
	onProgress?: (progress: OpenProgress) => void;
	/** See OpenSharedOptions.allowPlainPack. */
	allowPlainPack?: boolean;
}

/**
 * Decrypts, unpacks and checks a shared or backup file in a worker. Rejects with the typed errors openSharedFile
 * throws, or an AbortError when `signal` aborts or stopAllTasks is called.
 */
export function openSharedInWorker(
	file: Blob,
	passphrase: string,
	options: OpenInWorkerOptions = {}
): Promise<OpenedShare> {
	return runTask<OpenFileRequest, OpenedShare, OpenProgress>(
		() => new Worker(new URL('./open-file.worker.ts', import.meta.url), { type: 'module' }),
		{ file, passphrase, allowPlainPack: options.allowPlainPack === true },
		{ signal: options.signal, onProgress: options.onProgress, rebuild: rebuildError }
	);
}
