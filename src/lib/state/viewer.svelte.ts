// The caseworker's viewer: one shared file, opened and checked, held in memory only. Nothing from it is written
// anywhere, and it is dropped on close, on lock and on quick exit. Kept apart from the diary on purpose: it has
// no access to the vault, and opening a file needs no diary at all.
import type { OpenedShare, OpenProgress, SharedView } from '$lib/export/open-shared';
import { yieldToPage } from '$lib/workers/yield';
import { runAction } from './run-action';

export interface ViewedFile {
	readonly opened: OpenedShare;
	readonly view: SharedView;
}

export class ViewerState {
	#file = $state.raw<ViewedFile | undefined>();
	#busy = $state(false);
	#problem = $state<string | undefined>();
	#progress = $state<number | undefined>();
	/** Stops the worker opening a file; clear() calls it, so a lock or exit ends the work, not only its result. */
	#cancel: AbortController | undefined;
	/** Bumped by clear(), so a file that finishes opening after a lock or exit is thrown away, not shown. */
	#generation = 0;

	get file(): ViewedFile | undefined {
		return this.#file;
	}

	get busy(): boolean {
		return this.#busy;
	}

	get problem(): string | undefined {
		return this.#problem;
	}

	/** How far the current stage of opening has got, 0 to 1, where it can be told. */
	get progress(): number | undefined {
		return this.#progress;
	}

	async open(file: Blob, passphrase: string): Promise<void> {
		const generation = ++this.#generation;
		this.#busy = true;
		this.#problem = undefined;
		this.#file = undefined;
		this.#progress = undefined;
		this.#cancel?.abort();
		const cancel = new AbortController();
		this.#cancel = cancel;
		const onProgress = (progress: OpenProgress) => {
			if (generation === this.#generation) {
				this.#progress =
					'total' in progress && progress.total > 0 ? progress.done / progress.total : undefined;
			}
		};
		// Stopped by clear() (a lock, an exit or leaving the viewer) is a cancellation: nothing to show.
		const outcome = await runAction(async () => {
			// Loaded only when a file is opened: the calculator's first load stays small.
			const { openAndDescribeInWorker } = await import('$lib/export/open-in-worker');
			return openAndDescribeInWorker(file, passphrase, {
				signal: cancel.signal,
				onProgress,
				// The viewer also checks a plain evidence pack; restoring never takes one.
				allowPlainPack: true
			});
		});
		if (generation !== this.#generation) return;
		// The file has just been copied over from the worker, which takes a while for a long diary; it is drawn in
		// a task of its own, so the quick exit can answer in between.
		if (outcome.ok) await yieldToPage();
		if (generation !== this.#generation) return;
		if (outcome.ok) this.#file = outcome.value;
		else if (!outcome.cancelled) this.#problem = outcome.message;
		this.#busy = false;
		this.#progress = undefined;
	}

	clear(): void {
		this.#cancel?.abort();
		this.#cancel = undefined;
		this.#progress = undefined;
		this.#generation++;
		this.#file = undefined;
		this.#problem = undefined;
		this.#busy = false;
	}
}

export const viewer = new ViewerState();
