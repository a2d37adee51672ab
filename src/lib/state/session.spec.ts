// The lock lifecycle: what unlocking opens and what locking drops, from this tab and from another.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IncidentId } from '$lib/domain/incident';
import { SessionHistory } from '$lib/testing/session-history';
import { VaultDb } from '$lib/vault/db';
import { Vault } from '$lib/vault/vault';
import { Navigation, type PopResult } from './navigation.svelte';
import { Session } from './session.svelte';

const FAST = { ops: 1, mem: 8 * 1024 * 1024, skipStrengthCheck: true };
const PASSPHRASE = 'a long passphrase for tests';
const ID = 'a'.repeat(32) as IncidentId;
let n = 0;
const dbs: VaultDb[] = [];
const stops: (() => void)[] = [];

// An unlocked diary listens for the page being shown again (state/diary.svelte.ts); Node has no page.
beforeEach(() => {
	vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
	vi.stubGlobal('window', new EventTarget());
});

afterEach(async () => {
	for (const stop of stops.splice(0)) stop();
	for (const db of dbs.splice(0)) {
		db.close();
		await db.delete();
	}
	vi.unstubAllGlobals();
});

/** A page with a diary on this device, started on its locked screen, and every popstate's result. */
async function start(): Promise<{
	session: Session;
	nav: Navigation;
	history: SessionHistory;
	results: PopResult[];
}> {
	const db = new VaultDb(`session-${Date.now()}-${n++}`);
	dbs.push(db);
	(await Vault.create(db, PASSPHRASE, FAST)).lock();
	const history = new SessionHistory();
	const nav = new Navigation(() => history);
	const results: PopResult[] = [];
	history.onpop = (state) => results.push(nav.onPopState(state));
	nav.install();
	const session = new Session(db, nav);
	stops.push(() => session.lock());
	await session.start();
	return { session, nav, history, results };
}

describe('session', () => {
	it('unlocking opens the diary on its timeline; locking drops the diary and every screen of it', async () => {
		const { session, nav } = await start();
		expect(nav.route).toEqual({ locked: true, screen: 'unlock' });
		await session.unlock(PASSPHRASE);
		const diary = session.diary;
		expect(diary).toBeDefined();
		expect(nav.route).toEqual({ locked: false, screen: 'diary', diary, view: { name: 'timeline' } });
		nav.show({ name: 'settings' });
		session.lock();
		expect(session.diary).toBeUndefined();
		expect(session.vault).toBeUndefined();
		expect(nav.route).toEqual({ locked: true, screen: 'unlock' });
		expect(nav.view).toBeUndefined();
		// Nothing can bring a diary screen back without unlocking again.
		nav.show({ name: 'settings' });
		expect(nav.route).toEqual({ locked: true, screen: 'unlock' });
	});

	it('a lock while the passphrase is still being checked is not undone when the check ends', async () => {
		const { session, nav } = await start();
		const unlocking = session.unlock(PASSPHRASE);
		// The quick exit, auto-lock or another tab, while Argon2id runs.
		session.lock();
		await unlocking;
		expect(session.diary).toBeUndefined();
		expect(session.vault).toBeUndefined();
		expect(nav.route).toEqual({ locked: true, screen: 'unlock' });
		// Unlocking again afterwards still works.
		await session.unlock(PASSPHRASE);
		expect(nav.route).toMatchObject({ locked: false, screen: 'diary' });
	});

	it('locked while on an entry, it opens again on the timeline, and Forward does not reach the entry', async () => {
		const { session, nav, history, results } = await start();
		await session.unlock(PASSPHRASE);
		nav.show({ name: 'incident', id: ID });
		expect(nav.view).toEqual({ name: 'incident', id: ID });
		await history.back();
		session.lock();
		expect(nav.route).toEqual({ locked: true, screen: 'unlock' });
		await history.forward();
		expect(results.at(-1)).toBe('ignored');
		expect(nav.route).toEqual({ locked: true, screen: 'unlock' });

		await history.back();
		await session.unlock(PASSPHRASE);
		expect(nav.view).toEqual({ name: 'timeline' });
		await history.forward();
		await Promise.resolve();
		expect(nav.view).toEqual({ name: 'timeline' });
	});

	it('locks when another tab locks or leaves', async () => {
		const { session, nav } = await start();
		stops.push(session.lockWhenLockedElsewhere());
		await session.unlock(PASSPHRASE);
		nav.show({ name: 'incident', id: ID });
		// Another tab of the app, on the channel safety/quick-exit.ts tells them all on.
		const otherTab = new BroadcastChannel('calc-sync');
		stops.push(() => otherTab.close());
		otherTab.postMessage({ type: 'lock' });
		await vi.waitFor(() => expect(session.diary).toBeUndefined());
		expect(session.vault).toBeUndefined();
		expect(nav.route).toEqual({ locked: true, screen: 'unlock' });
	});

	it('a lock from another tab once this tab stops listening leaves it open', async () => {
		const { session, nav } = await start();
		session.lockWhenLockedElsewhere()();
		await session.unlock(PASSPHRASE);
		const otherTab = new BroadcastChannel('calc-sync');
		stops.push(() => otherTab.close());
		otherTab.postMessage({ type: 'lock' });
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(session.diary).toBeDefined();
		expect(nav.route.locked).toBe(false);
	});
});
