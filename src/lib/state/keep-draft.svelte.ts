// How every form keeps what is typed in it: after each change, the words are handed to the diary, which seals
// them in the same task (see DiaryStore's drafts), so a quick exit, a lock or a reload straight after loses
// nothing that had reached the screen. Call it while a form's component starts.
import { untrack } from 'svelte';

export interface KeepDraft {
	/** Resolves once the last write asked for has finished, for a form about to save or discard. */
	settled(): Promise<void>;
}

/**
 * `read` is watched (every state it reads counts as a change); `keep` is given what it returned after every
 * change but the first run, which is what the form opened with. A failure goes to `failed`, never unheard.
 */
export function keepDraftOnChange<T>(
	read: () => T,
	keep: (value: T) => Promise<void>,
	report: { saved?: () => void; failed: (error: unknown) => void }
): KeepDraft {
	let last: Promise<void> = Promise.resolve();
	let first = true;
	$effect(() => {
		const value = read();
		if (first) {
			first = false;
			return;
		}
		last = untrack(() => keep(value)).then(
			() => report.saved?.(),
			(error: unknown) => report.failed(error)
		);
	});
	return { settled: () => last };
}
