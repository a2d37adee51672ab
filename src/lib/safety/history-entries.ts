// What the browser's history holds for this app: one address ("/"), the calculator's title, and entries whose
// state is a bare number ({ n: 3 }). Nothing else, so someone reading the history (or the browser's saved session)
// learns nothing: not a screen's name, not a word, not even the time of a visit.
//
// Entry 0 is a spare one under the app's own, so that after the quick exit replaces the top entry with a neutral
// site, Back lands on the app again (the calculator, locked) rather than on whatever came before.

/** The part of `window.history` the app uses; unit tests pass a stand-in. */
export type HistoryLike = Pick<History, 'state' | 'pushState' | 'replaceState' | 'go'>;

/** All a history entry's state may hold. */
export type EntryState = { readonly n: number };

export function entryState(n: number): EntryState {
	return { n };
}

/** The entry's number, if its state is one of the app's own. */
export function entryNumber(state: unknown): number | undefined {
	if (typeof state !== 'object' || state === null) return undefined;
	const n = (state as { n?: unknown }).n;
	return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

/**
 * As the page starts (the calculator). The router writes its own keys, with the time, into the state of the entry
 * a page loads in; they are replaced by a number.
 */
export function scrubHistoryState(history: HistoryLike | undefined = globalThis.history): void {
	history?.replaceState(entryState(entryNumber(history.state) ?? 0), '');
}

/**
 * Once the rest of the app has loaded: the spare entry, and the app's own over it. An entry this page has already
 * numbered above the spare one keeps its number.
 */
export function installHistory(history: HistoryLike | undefined = globalThis.history): void {
	if (!history) return;
	const n = entryNumber(history.state);
	if (n !== undefined && n > 0) {
		history.replaceState(entryState(n), '');
		return;
	}
	history.replaceState(entryState(0), '');
	history.pushState(entryState(1), '');
}
