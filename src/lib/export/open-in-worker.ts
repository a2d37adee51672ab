// The page's side of opening a shared or backup file in a worker (open-file.worker.ts). The same result as
// openSharedFile, and the same typed errors; but the work runs off the page's thread, can be cancelled, and is
// ended at once on lock or quick exit (workers/tasks.ts), taking the passphrase and the key with it.
import { runTask } from '$lib/workers/tasks';
import { rebuildError, type OpenFileRequest, type OpenFileResult } from './open-file-protocol';
import type { OpenedShare, OpenProgress, SharedView } from './open-shared';

export interface OpenInWorkerOptions {
	signal?: AbortSignal;
	onProgress?: (progress: OpenProgress) => void;
	/** See OpenSharedOptions.allowPlainPack. */
	allowPlainPack?: boolean;
}

function openInWorker(
	file: Blob,
	passphrase: string,
	options: OpenInWorkerOptions,
	describe: boolean
): Promise<OpenFileResult> {
	return runTask<OpenFileRequest, OpenFileResult, OpenProgress>(
		() => new Worker(new URL('./open-file.worker.ts', import.meta.url), { type: 'module' }),
		{ file, passphrase, allowPlainPack: options.allowPlainPack === true, describe },
		{ signal: options.signal, onProgress: options.onProgress, rebuild: rebuildError }
	);
}

/**
 * Decrypts, unpacks and checks a shared or backup file in a worker. Rejects with the typed errors openSharedFile
 * throws, or an AbortError when `signal` aborts or stopAllTasks is called.
 */
export async function openSharedInWorker(
	file: Blob,
	passphrase: string,
	options: OpenInWorkerOptions = {}
): Promise<OpenedShare> {
	return (await openInWorker(file, passphrase, options, false)).opened;
}

/** As openSharedInWorker, with the viewer's rows and counts (describeShared) built in the worker too. */
export async function openAndDescribeInWorker(
	file: Blob,
	passphrase: string,
	options: OpenInWorkerOptions = {}
): Promise<{ opened: OpenedShare; view: SharedView }> {
	const { opened, view } = await openInWorker(file, passphrase, options, true);
	if (!view) throw new Error('The worker did not describe the file');
	return { opened, view };
}
