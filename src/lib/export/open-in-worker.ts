// The page's side of opening a shared or backup file in a worker (open-file.worker.ts). The same result as
// openSharedFile, and the same typed errors; but the work runs off the page's thread, can be cancelled, and every
// worker still running is ended at once on lock or quick exit, taking the passphrase and the key with it.
import { rebuildError, type OpenFileReply, type OpenFileRequest } from './open-file-protocol';
import type { OpenedShare, OpenProgress } from './open-shared';
import { trackOpening } from './opening-files';

export interface OpenInWorkerOptions {
	signal?: AbortSignal;
	onProgress?: (progress: OpenProgress) => void;
	/** See OpenSharedOptions.allowPlainPack. */
	allowPlainPack?: boolean;
}

function cancelled(): DOMException {
	return new DOMException('Opening the file was stopped', 'AbortError');
}

/**
 * Decrypts, unpacks and checks a shared or backup file in a worker. Rejects with the typed errors openSharedFile
 * throws, or an AbortError when `signal` aborts or stopOpeningFiles is called.
 */
export function openSharedInWorker(
	file: Blob,
	passphrase: string,
	options: OpenInWorkerOptions = {}
): Promise<OpenedShare> {
	return new Promise<OpenedShare>((resolve, reject) => {
		if (options.signal?.aborted) {
			reject(cancelled());
			return;
		}
		const worker = new Worker(new URL('./open-file.worker.ts', import.meta.url), { type: 'module' });
		const stop = () => {
			finish();
			reject(cancelled());
		};
		const untrack = trackOpening(stop);
		function finish() {
			worker.terminate();
			untrack();
			options.signal?.removeEventListener('abort', stop);
		}
		options.signal?.addEventListener('abort', stop);
		worker.addEventListener('message', (event: MessageEvent<OpenFileReply>) => {
			const message = event.data;
			if (message.type === 'progress') {
				options.onProgress?.(message.progress);
				return;
			}
			finish();
			if (message.type === 'opened') resolve(message.opened);
			else reject(rebuildError(message.error));
		});
		// A worker that fails to load or dies (out of memory) says nothing more; the person is told it went wrong.
		worker.addEventListener('error', (event) => {
			finish();
			reject(new Error(`The worker opening a shared file failed: ${event.message}`));
		});
		worker.addEventListener('messageerror', () => {
			finish();
			reject(new Error('The worker opening a shared file sent a reply that could not be read'));
		});
		worker.postMessage({
			file,
			passphrase,
			allowPlainPack: options.allowPlainPack === true
		} satisfies OpenFileRequest);
	});
}
