import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IncidentId } from '$lib/domain/incident';
import { SessionHistory } from '$lib/testing/session-history';
import { VaultDb } from '$lib/vault/db';
import { DiaryStore } from '$lib/vault/diary-store';
import { Vault } from '$lib/vault/vault';
import { DiaryState } from './diary.svelte';
import { Navigation, sameView, type PopResult, type Route, type View } from './navigation.svelte';

const ID = 'a'.repeat(32) as IncidentId;
const timeline: View = { name: 'timeline' };
const incident: View = { name: 'incident', id: ID };
const settings: View = { name: 'settings' };
const restore: View = { name: 'restore' };
const FAST = { ops: 1, mem: 8 * 1024 * 1024, skipStrengthCheck: true };

/** A real unlocked diary: a diary screen can only be shown with one. */
let diary: DiaryState;
beforeAll(async () => {
	const vault = await Vault.create(
		new VaultDb(`navigation-${Date.now()}`),
		'a long passphrase for tests',
		FAST
	);
	diary = new DiaryState(await DiaryStore.open(vault));
});

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
		nav.open(diary, timeline);
		nav.show(incident);
		nav.show(settings);
		expect(history.entries).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }, { n: 3 }]);
		for (const state of history.entries) expect(JSON.stringify(state)).toMatch(/^\{"n":\d+\}$/);
	});

	it('Back goes to the screen before, and Back from the first screen leaves the diary', async () => {
		const { history, nav, results } = start();
		nav.open(diary, timeline);
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
		nav.open(diary, timeline);
		nav.show(incident);
		await history.back();
		await history.forward();
		expect(nav.view).toEqual(incident);
		await history.back();
		nav.close();
		await history.forward();
		expect(results.at(-1)).toBe('ignored');
		// Locked, nothing of the diary is left to show: no view, and the locked screen stays.
		expect(nav.view).toBeUndefined();
		expect(nav.route).toEqual({ locked: true, screen: 'unlock' });
	});

	it('an entry left from an earlier unlock leads back to where the person is', async () => {
		const { history, nav, results } = start();
		nav.open(diary, timeline);
		nav.show(incident);
		nav.show(settings);
		await history.back();
		await history.back();
		nav.close();
		nav.open(diary, timeline);
		await history.forward();
		await Promise.resolve();
		// Forward to the old entry is refused, and Back to the timeline's own follows at once.
		expect(results.slice(-2)).toEqual(['ignored', 'shown']);
		expect(history.index).toBe(1);
		expect(nav.view).toEqual(timeline);
	});

	it('moving to the screen just before is going back, and a saved form is skipped', async () => {
		const { history, nav } = start();
		nav.open(diary, timeline);
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

	it('a save that ends after the person went to another screen leaves them there', () => {
		const { nav } = start();
		nav.open(diary, timeline);
		const form: View = { name: 'log' };
		nav.show(form);
		// Save pressed, then Patterns before the save ended.
		nav.show({ name: 'patterns' });
		nav.moveOn(form, incident, { replace: true });
		expect(nav.view).toEqual({ name: 'patterns' });
		// Still on the form when it ends: on to the entry saved.
		nav.show(form);
		nav.moveOn(form, incident, { replace: true });
		expect(nav.view).toEqual(incident);
	});

	it('a draft opens over the timeline, so Back from it shows the timeline', async () => {
		const { history, nav } = start();
		nav.open(diary, { name: 'log' });
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

	it('shows a diary screen only with the unlocked diary in hand', () => {
		const { history, nav } = start();
		expect(nav.route).toEqual({ locked: true, screen: 'loading' });
		// Asked for while locked, a diary screen is not shown, and history gains no entry for it.
		nav.show(incident);
		expect(nav.view).toBeUndefined();
		expect(nav.route.locked).toBe(true);
		expect(history.entries).toEqual([{ n: 0 }, { n: 1 }]);
		nav.open(diary, timeline);
		nav.show(incident);
		expect(nav.route).toEqual({ locked: false, screen: 'diary', diary, view: incident });
		// @ts-expect-error a diary view with no diary is not a route at all
		const locked: Route = { locked: true, screen: 'diary', view: incident };
		expect(locked.screen).toBe('diary');
	});

	it('moves between the locked screens only while locked', () => {
		const { nav } = start();
		nav.go('welcome');
		nav.go('create');
		expect(nav.route).toEqual({ locked: true, screen: 'create' });
		nav.open(diary, timeline);
		nav.go('unlock');
		nav.openViewer();
		expect(nav.route).toEqual({ locked: false, screen: 'diary', diary, view: timeline });
	});

	it('Back from the viewer returns to the screen it was opened from, and locking keeps it safe', () => {
		const { nav } = start();
		nav.go('welcome');
		nav.openViewer();
		expect(nav.screen).toBe('viewer');
		nav.closeViewer();
		expect(nav.screen).toBe('welcome');
		nav.go('unlock');
		nav.openViewer();
		nav.closeViewer();
		expect(nav.screen).toBe('unlock');
		// Locking while it is open: before any diary it stays on the first-run screen, else the locked one.
		nav.go('welcome');
		nav.openViewer();
		nav.close();
		expect(nav.screen).toBe('welcome');
		nav.go('unlock');
		nav.openViewer();
		nav.close();
		expect(nav.screen).toBe('unlock');
	});

	it('locking shows the locked screen from the diary and the passphrase, and leaves first-run screens alone', () => {
		const { nav } = start();
		for (const screen of ['welcome', 'create', 'unavailable', 'loading'] as const) {
			nav.go(screen);
			nav.close();
			expect(nav.route).toEqual({ locked: true, screen });
		}
		nav.go('unlock');
		nav.close();
		expect(nav.route).toEqual({ locked: true, screen: 'unlock' });
		nav.open(diary, incident);
		nav.close();
		expect(nav.route).toEqual({ locked: true, screen: 'unlock' });
	});

	it('gives way to the unavailable state only on a screen before unlocking', () => {
		const { nav } = start();
		nav.go('unlock');
		nav.showUnavailable();
		expect(nav.screen).toBe('unavailable');
		nav.go('welcome');
		nav.openViewer();
		nav.showUnavailable();
		expect(nav.screen).toBe('viewer');
		nav.closeViewer();
		nav.open(diary, timeline);
		nav.showUnavailable();
		expect(nav.screen).toBe('diary');
	});

	it('the practice after setup leads to the diary, and locks like it', () => {
		const { nav } = start();
		nav.open(diary, timeline);
		nav.practise();
		expect(nav.route).toEqual({ locked: false, screen: 'practice', diary, practised: false });
		nav.practiseExit();
		expect(nav.route).toEqual({ locked: false, screen: 'practice', diary, practised: true });
		nav.finishPractice();
		expect(nav.route).toEqual({ locked: false, screen: 'diary', diary, view: timeline });
		nav.practise();
		nav.close();
		expect(nav.route).toEqual({ locked: true, screen: 'unlock' });
		nav.finishPractice();
		expect(nav.route.locked).toBe(true);
	});
});
