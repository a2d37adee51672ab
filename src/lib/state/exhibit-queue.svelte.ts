// The files chosen in the log form, sealed into the vault one by one the moment they are chosen (not when the
// entry is saved), so a quick exit or a lock a second later loses nothing chosen. Each file in the queue shows
// its progress and can be cancelled; what happened to it is said in a message.
import type { ExhibitRef } from '$lib/domain/incident';
import { m } from '$lib/messages';
import type { Vault } from '$lib/vault';
import { deleteExhibit, sealExhibit, storeThumbnail } from '$lib/vault/exhibits';
import {
	endWarmExhibitWorkers,
	sealExhibitInWorkers,
	warmExhibitWorkers
} from '$lib/vault/exhibits-in-workers';
import { makeThumbnail } from '$lib/vault/thumbnail';
import { runAction } from './run-action';

export interface PendingExhibit {
	readonly key: number;
	readonly file: File;
	/** Sealing has begun; before that, cancelling stores nothing. */
	readonly started: boolean;
	/** Bytes sealed so far. */
	readonly done: number;
}

interface Pending extends PendingExhibit {
	readonly controller: AbortController;
	started: boolean;
	done: number;
}

export interface ExhibitMessage {
	readonly key: number;
	readonly text: string;
	readonly problem: boolean;
}

/** How far a file is sealed, as a whole percentage. */
export function percentSealed(item: PendingExhibit): number {
	return Math.min(100, Math.floor((item.done / Math.max(1, item.file.size)) * 100));
}

export class ExhibitQueue {
	readonly #vault: Vault;
	readonly #onadd: (exhibit: ExhibitRef) => void;
	#pending = $state<Pending[]>([]);
	#messages = $state<ExhibitMessage[]>([]);
	#status = $state('');
	#nextKey = 0;
	// Files are sealed one after another: two 200 MB videos at once would only share the same processor and double
	// the memory in flight.
	#queue = Promise.resolve();
	#destroyed = false;

	/** `onadd` is given each exhibit once it is sealed, for the form to reference. */
	constructor(vault: Vault, onadd: (exhibit: ExhibitRef) => void) {
		this.#vault = vault;
		this.#onadd = onadd;
		// The form is open: the first file chosen starts sealing in workers that are ready.
		warmExhibitWorkers();
	}

	/** The files waiting or being sealed; the form does not save until they are in. */
	get pending(): readonly PendingExhibit[] {
		return this.#pending;
	}

	get messages(): readonly ExhibitMessage[] {
		return this.#messages;
	}

	/** The last file added, for the polite live region. */
	get status(): string {
		return this.#status;
	}

	say(text: string, problem: boolean): void {
		this.#messages = [...this.#messages, { key: this.#nextKey++, text, problem }];
	}

	add(files: Iterable<File>): void {
		for (const file of files) {
			const item: Pending = {
				key: this.#nextKey++,
				file,
				controller: new AbortController(),
				started: false,
				done: 0
			};
			this.#pending.push(item);
			this.#queue = this.#queue.then(() => this.#seal(item));
		}
	}

	/** Resolves once every file added so far has been sealed, cancelled or has failed. */
	settled(): Promise<void> {
		return this.#queue;
	}

	cancel(item: PendingExhibit): void {
		const live = this.#pending.find((p) => p.key === item.key);
		if (!live) return;
		live.controller.abort();
		if (!live.started) {
			// Never started, so nothing was stored; sealExhibit is not called for it.
			this.#remove(live);
			this.say(m.diary.exhibits.cancelled(live.file.name), false);
		}
	}

	/** Leaving the form, locking or a quick exit: stops every seal, and each removes what it stored. */
	destroy(): void {
		this.#destroyed = true;
		for (const item of this.#pending) item.controller.abort();
		endWarmExhibitWorkers();
	}

	get destroyed(): boolean {
		return this.#destroyed;
	}

	#remove(item: PendingExhibit) {
		this.#pending = this.#pending.filter((p) => p.key !== item.key);
	}

	async #seal(item: Pending) {
		const live = this.#pending.find((p) => p.key === item.key);
		if (!live || this.#destroyed) return;
		const { file, controller } = live;
		const vault = this.#vault;
		live.started = true;
		const outcome = await runAction(async () => {
			// In the browser the file is sealed and hashed in two workers, so the page's thread stays free for the quick
			// exit; Node (the specs) has no Worker and seals here, the same rows either way.
			const seal = typeof Worker === 'undefined' ? sealExhibit : sealExhibitInWorkers;
			const sealing = seal(vault, file, {
				signal: controller.signal,
				onProgress: (done) => {
					live.done = done;
				}
			});
			// This file has taken the workers that were ready; the next file waiting gets a pair of its own.
			if (this.#pending.some((p) => !p.started)) warmExhibitWorkers();
			let exhibit = await sealing;
			// The thumbnail is made after the file is safe: if making it fails or is slow, the exhibit is kept anyway.
			const thumbnail = await makeThumbnail(file);
			if (thumbnail && !controller.signal.aborted) {
				try {
					exhibit = await storeThumbnail(vault, exhibit, thumbnail.bytes);
				} catch (error) {
					// No room for a few KB more, or locked meanwhile: the exhibit is sealed and is kept without one.
					console.error(error);
				}
			}
			if (this.#destroyed) {
				// Sealed just as the form closed: nothing will reference it, so it must not stay behind unseen.
				await deleteExhibit(vault, exhibit).catch((error: unknown) => console.error(error));
				return;
			}
			this.#onadd(exhibit);
			this.#status = m.diary.exhibits.added(file.name);
		});
		this.#remove(live);
		if (outcome.ok || this.#destroyed) return;
		if (outcome.cancelled) this.say(m.diary.exhibits.cancelled(file.name), false);
		else this.say(outcome.message, true);
	}
}
