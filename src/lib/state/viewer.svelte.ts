// The caseworker's viewer: one shared file, opened and checked, held in memory only. Nothing from it is written
// anywhere, and it is dropped on close, on lock and on quick exit. Kept apart from the diary on purpose: it has
// no access to the vault, and opening a file needs no diary at all.
import type { OpenedShare, SharedView } from '$lib/export/open-shared';
import { describeError } from './describe-error';

export interface ViewedFile {
	readonly opened: OpenedShare;
	readonly view: SharedView;
}

export class SharedViewer {
	#file = $state.raw<ViewedFile | undefined>();
	#busy = $state(false);
	#problem = $state<string | undefined>();
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

	async open(file: Blob, passphrase: string): Promise<void> {
		const generation = ++this.#generation;
		this.#busy = true;
		this.#problem = undefined;
		this.#file = undefined;
		try {
			// Loaded only when a file is opened: the calculator's first load stays small.
			const { describeShared, openSharedFile } = await import('$lib/export/open-shared');
			const opened = await openSharedFile(file, passphrase);
			const view = await describeShared(opened.pack.timeline);
			if (generation === this.#generation) this.#file = { opened, view };
		} catch (error) {
			if (generation === this.#generation) this.#problem = describeError(error);
		} finally {
			if (generation === this.#generation) this.#busy = false;
		}
	}

	clear(): void {
		this.#generation++;
		this.#file = undefined;
		this.#problem = undefined;
		this.#busy = false;
	}
}

export const viewer = new SharedViewer();
