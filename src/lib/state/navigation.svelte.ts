// Back inside the diary. Each move to another screen adds one history entry, and all that entry holds is a number
// (safety/history-entries.ts): the address never changes, no word is stored, and the title stays the disguise's.
// Which screen each number stands for is kept here, in memory only, and dropped when the diary locks. So Back
// inside the diary goes to the screen before; Back from the diary's first screen locks it; and once it is locked,
// Back and Forward land on entries that mean nothing any more, and the locked app stays as it is.
import type { IncidentId } from '$lib/domain/incident';
import type { SupportPageId } from '$lib/messages';
import {
	entryNumber,
	entryState as entry,
	installHistory,
	type HistoryLike
} from '$lib/safety/history-entries';

export type View =
	| { readonly name: 'timeline' }
	| { readonly name: 'log'; readonly editing?: IncidentId }
	| { readonly name: 'incident'; readonly id: IncidentId }
	| { readonly name: 'people' }
	| { readonly name: 'patterns' }
	| { readonly name: 'export' }
	| { readonly name: 'open-shared' }
	| { readonly name: 'restore' }
	| { readonly name: 'settings' }
	| { readonly name: 'help'; readonly page?: SupportPageId };

export type { HistoryLike };

/** What a move through history meant: a diary screen shown again, leaving the diary, or nothing. */
export type PopResult = 'shown' | 'left' | 'ignored';

const TIMELINE: View = { name: 'timeline' };

/** The same screen: the same view with the same entry, person or help page. */
export function sameView(a: View, b: View): boolean {
	if (a.name !== b.name) return false;
	if (a.name === 'log' && b.name === 'log') return a.editing === b.editing;
	if (a.name === 'incident' && b.name === 'incident') return a.id === b.id;
	if (a.name === 'help' && b.name === 'help') return a.page === b.page;
	return true;
}

export class Navigation {
	#history: () => HistoryLike | undefined;
	/** The screens of this unlock, oldest first: `#views[i]` stands at history entry `#origin + i`. */
	#views: View[] = [];
	#origin = 1;
	/** Which of `#views` is on screen. */
	#at = 0;
	#view = $state.raw<View>(TIMELINE);

	constructor(history: () => HistoryLike | undefined = () => globalThis.history) {
		this.#history = history;
	}

	get view(): View {
		return this.#view;
	}

	/** Once the app has loaded: see installHistory. */
	install(): void {
		installHistory(this.#history());
	}

	/** The diary has just been unlocked; `first` is its first screen, which stands over the timeline. */
	open(first: View): void {
		this.#origin = Math.max(1, entryNumber(this.#history()?.state) ?? 1);
		this.#views = [TIMELINE];
		this.#at = 0;
		this.#view = TIMELINE;
		if (!sameView(first, TIMELINE)) this.show(first);
	}

	/** The diary is locked: every screen of it is forgotten. */
	close(): void {
		this.#views = [];
		this.#at = 0;
		this.#view = TIMELINE;
	}

	/**
	 * Moves to `view`, with a history entry of its own so that Back returns. Moving to the screen just before is
	 * going back, so Back then does not lead to the screen left. `replace`: the screen left is done with (a form
	 * that has been saved), so Back skips it.
	 */
	show(view: View, { replace = false }: { replace?: boolean } = {}): void {
		const history = this.#history();
		const current = this.#views[this.#at];
		const before = this.#views[this.#at - 1];
		if (!current || !history) {
			this.#view = view;
			return;
		}
		if (sameView(view, current)) return;
		if (before && sameView(view, before)) {
			this.#at -= 1;
			this.#view = before;
			history.go(-1);
			return;
		}
		if (replace) {
			this.#views = [...this.#views.slice(0, this.#at), view];
		} else {
			this.#views = [...this.#views.slice(0, this.#at + 1), view];
			this.#at += 1;
			history.pushState(entry(this.#origin + this.#at), '');
		}
		this.#view = view;
	}

	/**
	 * The person moved through history (Back or Forward) to the entry whose state is `state`. 'left' means Back
	 * went past the diary's first screen, or past the locked app's own entry: the caller locks.
	 */
	onPopState(state: unknown): PopResult {
		const history = this.#history();
		const n = entryNumber(state);
		if (!history || n === undefined) return 'ignored';
		if (n === 0) {
			// The spare entry: put the app's own back on top of it, so that the next exit can replace that one.
			history.pushState(entry(1), '');
			return 'left';
		}
		if (this.#views.length === 0) return 'ignored';
		const index = n - this.#origin;
		if (index < 0) return 'left';
		const found = this.#views[index];
		if (!found) {
			// An entry left over from before this unlock: it leads nowhere, so go back to where the person was.
			history.go(this.#origin + this.#at - n);
			return 'ignored';
		}
		this.#at = index;
		this.#view = found;
		return 'shown';
	}
}

export const navigation = new Navigation();
