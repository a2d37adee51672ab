// Which screen is on show, and Back inside the diary.
//
// A diary screen exists only in the unlocked half of `Route`, which carries the unlocked diary itself: nothing can
// show one without the diary in hand, and locking replaces the whole route, the diary's screens with it.
//
// Each move to another diary screen adds one history entry, and all that entry holds is a number
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
import type { DiaryStore } from '$lib/vault/diary-store';
import type { DiaryState } from './diary.svelte';
import { prefs } from './prefs.svelte';

export type View =
	| { readonly name: 'timeline' }
	| { readonly name: 'log'; readonly editing?: IncidentId }
	| { readonly name: 'incident'; readonly id: IncidentId }
	| { readonly name: 'people' }
	| { readonly name: 'plan' }
	| { readonly name: 'patterns' }
	| { readonly name: 'facts' }
	| { readonly name: 'export' }
	| { readonly name: 'open-shared' }
	| { readonly name: 'restore' }
	| { readonly name: 'settings' }
	| { readonly name: 'help'; readonly page?: SupportPageId };

export type { HistoryLike };

/** The screens while the diary is locked (or before there is one): none of them holds anything of a diary. */
export type LockedScreen =
	'loading' | 'unavailable' | 'language' | 'welcome' | 'create' | 'disguise' | 'unlock' | 'viewer';

export type Route =
	| { readonly locked: true; readonly screen: LockedScreen }
	/** Right after setup: the quick exit is tried once, and `practised` says it was. */
	| {
			readonly locked: false;
			readonly screen: 'practice';
			readonly diary: DiaryState;
			readonly practised: boolean;
	  }
	| { readonly locked: false; readonly screen: 'diary'; readonly diary: DiaryState; readonly view: View };

/** Every screen by name, a diary's views included: the keys of the one table from screen to component. */
export type ScreenName = LockedScreen | 'practice' | View['name'];

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

/**
 * Where opening the diary lands: on the form whose words were typed last and not yet saved, so they are in front
 * of the person again. A quick log's words open on the timeline, where the quick log is.
 */
export function draftView(store: DiaryStore): View {
	const newest = store.drafts[0];
	switch (newest?.form) {
		case 'log':
			return { name: 'log', editing: store.draft?.editing };
		case 'person':
			return { name: 'people' };
		case 'plan':
			return { name: 'plan' };
		case 'withdraw': {
			const incident = newest.key ? store.incident(newest.key as IncidentId) : undefined;
			return incident ? { name: 'incident', id: incident.id } : TIMELINE;
		}
		default:
			return TIMELINE;
	}
}

export class Navigation {
	#history: () => HistoryLike | undefined;
	#route = $state.raw<Route>({ locked: true, screen: 'loading' });
	// Changes with the screen only, not with each diary view, for what watches it (the idle lock).
	#screen = $derived(this.#route.screen);
	/** Where "Back" from the shared-file viewer goes, when it was opened before any diary. */
	#viewerFrom: 'welcome' | 'unlock' = 'welcome';
	/** The screens of this unlock, oldest first: `#views[i]` stands at history entry `#origin + i`. */
	#views: View[] = [];
	#origin = 1;
	/** Which of `#views` is on screen. */
	#at = 0;
	/** The diary view on screen, or the one the practice screen leads to. */
	#view: View = TIMELINE;

	constructor(history: () => HistoryLike | undefined = () => globalThis.history) {
		this.#history = history;
	}

	get route(): Route {
		return this.#route;
	}

	get screen(): Route['screen'] {
		return this.#screen;
	}

	/** The diary view on screen, if one is. */
	get view(): View | undefined {
		return this.#route.screen === 'diary' ? this.#route.view : undefined;
	}

	/** The calculator when the disguise is on; otherwise the passphrase screen. */
	get lockedScreen(): 'disguise' | 'unlock' {
		return prefs.current.disguise && prefs.current.code ? 'disguise' : 'unlock';
	}

	/** Once the app has loaded: see installHistory. */
	install(): void {
		installHistory(this.#history());
	}

	/** Moves between the screens that hold nothing secret (first run, calculator, passphrase), while locked. */
	go(screen: Exclude<LockedScreen, 'viewer'>): void {
		if (this.#route.locked) this.#route = { locked: true, screen };
	}

	/** The caseworker's viewer, reachable without a diary; it holds nothing of any diary. */
	openViewer(): void {
		const route = this.#route;
		if (!route.locked) return;
		if (route.screen === 'welcome' || route.screen === 'unlock') this.#viewerFrom = route.screen;
		this.#route = { locked: true, screen: 'viewer' };
	}

	closeViewer(): void {
		if (this.#route.screen === 'viewer') this.#route = { locked: true, screen: this.#viewerFrom };
	}

	/** The browser's storage has gone: a screen before unlocking gives way to the unavailable state. */
	showUnavailable(): void {
		const route = this.#route;
		if (route.locked && route.screen !== 'viewer') this.#route = { locked: true, screen: 'unavailable' };
	}

	/** The diary has just been unlocked; `first` is its first screen, which stands over the timeline. */
	open(diary: DiaryState, first: View): void {
		this.#origin = Math.max(1, entryNumber(this.#history()?.state) ?? 1);
		this.#views = [TIMELINE];
		this.#at = 0;
		this.#view = TIMELINE;
		this.#route = { locked: false, screen: 'diary', diary, view: TIMELINE };
		if (!sameView(first, TIMELINE)) this.show(first);
	}

	/** A diary just made: the practice of the quick exit comes before its first screen. */
	practise(): void {
		const route = this.#route;
		if (!route.locked)
			this.#route = { locked: false, screen: 'practice', diary: route.diary, practised: false };
	}

	practiseExit(): void {
		const route = this.#route;
		if (route.screen === 'practice') this.#route = { ...route, practised: true };
	}

	finishPractice(): void {
		const route = this.#route;
		if (route.screen === 'practice') {
			this.#route = { locked: false, screen: 'diary', diary: route.diary, view: this.#view };
		}
	}

	/**
	 * The diary is locked: every screen of it is forgotten, and a locked screen shows (the viewer opened before
	 * any diary stays open).
	 */
	close(): void {
		this.#views = [];
		this.#at = 0;
		this.#view = TIMELINE;
		const route = this.#route;
		if (!route.locked || route.screen === 'unlock') {
			this.#route = { locked: true, screen: this.lockedScreen };
		} else if (route.screen === 'viewer') {
			this.#route = { locked: true, screen: this.#viewerFrom === 'welcome' ? 'welcome' : this.lockedScreen };
		}
	}

	#setView(view: View): void {
		this.#view = view;
		const route = this.#route;
		if (route.screen === 'diary') this.#route = { ...route, view };
	}

	/**
	 * Moves to `view`, with a history entry of its own so that Back returns. Moving to the screen just before is
	 * going back, so Back then does not lead to the screen left. `replace`: the screen left is done with (a form
	 * that has been saved), so Back skips it. Nothing, while the diary is locked.
	 */
	show(view: View, { replace = false }: { replace?: boolean } = {}): void {
		if (this.#route.locked) return;
		const history = this.#history();
		const current = this.#views[this.#at];
		const before = this.#views[this.#at - 1];
		if (!current || !history) {
			this.#setView(view);
			return;
		}
		if (sameView(view, current)) return;
		if (before && sameView(view, before)) {
			this.#at -= 1;
			this.#setView(before);
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
		this.#setView(view);
	}

	/**
	 * Moves on from `from` to `view` only if `from` is still on show: a save that ends after the person has gone to
	 * another screen leaves them where they went, rather than pulling them back to the entry saved.
	 */
	moveOn(from: View | undefined, view: View, options?: { replace?: boolean }): void {
		const current = this.view;
		if (!from || !current || !sameView(current, from)) return;
		this.show(view, options);
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
		this.#setView(found);
		return 'shown';
	}
}

export const navigation = new Navigation();
