import { describe, expect, it } from 'vitest';
import type { IncidentId } from '$lib/domain/incident';
import { Navigation, sameView, type HistoryLike, type PopResult, type View } from './navigation.svelte';

/**
 * A same-document session history as the browser keeps it: pushState drops every entry after the current one,
 * and go() moves later, in a task of its own, then reports the entry reached as a popstate does.
 */
class SessionHistory implements HistoryLike {
	entries: unknown[] = [null];
	index = 0;
	onpop: (state: unknown) => void = () => undefined;
	readonly scrollRestoration = 'auto';

	get state(): unknown {
		return this.entries[this.index];
	}
	get length(): number {
		return this.entries.length;
	}
	pushState(state: unknown): void {
		this.entries = [...this.entries.slice(0, this.index + 1), structuredClone(state)];
		this.index += 1;
	}
	replaceState(state: unknown): void {
		this.entries[this.index] = structuredClone(state);
	}
	go(delta = 0): void {
		const target = Math.min(this.entries.length - 1, Math.max(0, this.index + delta));
		if (target === this.index) return;
		queueMicrotask(() => {
			this.index = target;
			this.onpop(this.state);
		});
	}
	/** The browser's Back and Forward buttons. */
	async back(): Promise<void> {
		this.go(-1);
		await Promise.resolve();
	}
	async forward(): Promise<void> {
		this.go(1);
		await Promise.resolve();
	}
}

const ID = 'a'.repeat(32) as IncidentId;
const timeline: View = { name: 'timeline' };
const incident: View = { name: 'incident', id: ID };
const settings: View = { name: 'settings' };
const restore: View = { name: 'restore' };

/** A page as it starts: the history, the navigation over it, and every popstate's result. */
function start(): { history: SessionHistory; nav: Navigation; results: PopResult[] } {
	const history = new SessionHistory();
	const nav = new Navigation(() => history);
	const results: PopResult[] = [];
	history.onpop = (state) => results.push(nav.onPopState(state));
	nav.install();
	return { history, nav, results };
}

describe('navigation', () => {
	it('puts a spare entry under the app, and each entry holds only a number', () => {
		const { history, nav } = start();
		expect(history.entries).toEqual([{ n: 0 }, { n: 1 }]);
		nav.open(timeline);
		nav.show(incident);
		nav.show(settings);
		expect(history.entries).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }, { n: 3 }]);
		for (const state of history.entries) expect(JSON.stringify(state)).toMatch(/^\{"n":\d+\}$/);
	});

	it('Back goes to the screen before, and Back from the first screen leaves the diary', async () => {
		const { history, nav, results } = start();
		nav.open(timeline);
		nav.show(incident);
		nav.show(settings);
		nav.show(restore);
		await history.back();
		expect(nav.view).toEqual(settings);
		await history.back();
		expect(nav.view).toEqual(incident);
		await history.back();
		expect(nav.view).toEqual(timeline);
		expect(results).toEqual(['shown', 'shown', 'shown']);
		await history.back();
		expect(results.at(-1)).toBe('left');
		// The app's own entry is back on top of the spare one, for the next exit to replace.
		expect(history.entries).toEqual([{ n: 0 }, { n: 1 }]);
		expect(history.index).toBe(1);
	});

	it('Forward returns to a screen of this unlock, but nothing after the diary is locked', async () => {
		const { history, nav, results } = start();
		nav.open(timeline);
		nav.show(incident);
		await history.back();
		await history.forward();
		expect(nav.view).toEqual(incident);
		await history.back();
		nav.close();
		await history.forward();
		expect(results.at(-1)).toBe('ignored');
		expect(nav.view).toEqual(timeline);
	});

	it('an entry left from an earlier unlock leads back to where the person is', async () => {
		const { history, nav, results } = start();
		nav.open(timeline);
		nav.show(incident);
		nav.show(settings);
		await history.back();
		await history.back();
		nav.close();
		nav.open(timeline);
		await history.forward();
		await Promise.resolve();
		// Forward to the old entry is refused, and Back to the timeline's own follows at once.
		expect(results.slice(-2)).toEqual(['ignored', 'shown']);
		expect(history.index).toBe(1);
		expect(nav.view).toEqual(timeline);
	});

	it('moving to the screen just before is going back, and a saved form is skipped', async () => {
		const { history, nav } = start();
		nav.open(timeline);
		nav.show(incident);
		nav.show({ name: 'log', editing: ID });
		// "Cancel" on the edit goes to the entry it came from: no new entry, so Back does not reopen the form.
		nav.show(incident);
		await Promise.resolve();
		expect(history.index).toBe(2);
		nav.show({ name: 'log' });
		nav.show(incident, { replace: true });
		expect(history.index).toBe(3);
		await history.back();
		expect(nav.view).toEqual(incident);
		await history.back();
		expect(nav.view).toEqual(timeline);
	});

	it('a draft opens over the timeline, so Back from it shows the timeline', async () => {
		const { history, nav } = start();
		nav.open({ name: 'log' });
		expect(nav.view).toEqual({ name: 'log' });
		await history.back();
		expect(nav.view).toEqual(timeline);
	});

	it('compares screens by what they show', () => {
		expect(sameView({ name: 'log' }, { name: 'log', editing: undefined })).toBe(true);
		expect(sameView({ name: 'log' }, { name: 'log', editing: ID })).toBe(false);
		expect(sameView(incident, { name: 'incident', id: 'b'.repeat(32) as IncidentId })).toBe(false);
		expect(sameView({ name: 'help', page: undefined }, { name: 'help' })).toBe(true);
	});
});
