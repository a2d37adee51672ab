// How every form keeps what is typed in it: after each change, the words are handed to the diary, which seals
// them in the same task (see DiaryStore's drafts), so a quick exit, a lock or a reload straight after loses
// nothing that had reached the screen. Call it while a form's component starts.
import { untrack } from 'svelte';

export interface KeepDraft {
	/** Resolves once the last write asked for has finished, for a form about to save or discard. */
	settled(): Promise<void>;
	/**
	 * True once the newest change is kept as a draft; false while it is being written, or when there was nothing to
	 * keep. An earlier write finishing never sets it, so "Draft kept safe" is never said of words not yet kept.
	 */
	readonly kept: boolean;
}

/**
 * `read` is watched (every state it reads counts as a change); `keep` is given what it returned after every
 * change but the first run, which is what the form opened with, and answers whether a draft now stands (false
 * when it cleared one). A failure goes to `failed`, never unheard.
 */
export function keepDraftOnChange<T>(
	read: () => T,
	keep: (value: T) => Promise<boolean>,
	report: { failed: (error: unknown) => void }
): KeepDraft {
	let last: Promise<void> = Promise.resolve();
	let first = true;
	let writes = 0;
	let kept = $state(false);
	$effect(() => {
		const value = read();
		if (first) {
			first = false;
			return;
		}
		const write = ++writes;
		untrack(() => {
			kept = false;
			last = keep(value).then(
				(stands) => {
					if (write === writes) kept = stands;
				},
				(error: unknown) => report.failed(error)
			);
		});
	});
	return {
		settled: () => last,
		get kept() {
			return kept;
		}
	};
}
