// Failures that once reached only the console now reach the screen: a start-up the browser's storage refuses, a
// database deleted while the page has it open, and a chain check that throws.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeContent } from '$lib/domain/test-factories';
import { FAST_VAULT } from '$lib/testing/fast-kdf';
import { useTestDiaries } from '$lib/testing/vault';
import { DiaryStore } from '$lib/vault/diary-store';
import { Vault } from '$lib/vault/vault';
import { DiaryState } from './diary.svelte';
import { Navigation } from './navigation.svelte';
import { Session } from './session.svelte';

const { newDb } = useTestDiaries('failures');

afterEach(() => {
	vi.restoreAllMocks();
});

describe('when the app cannot start', () => {
	it('shows the unavailable state, not a blank page, when the browser refuses its storage', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const db = newDb();
		const refused = Object.assign(new Error('The user denied permission'), { name: 'OpenFailedError' });
		vi.spyOn(db.meta, 'get').mockRejectedValue(refused);
		const navigation = new Navigation(() => undefined);
		const session = new Session(db, navigation);
		expect(navigation.screen).toBe('loading');
		await expect(session.start()).resolves.toBeUndefined();
		expect(navigation.screen).toBe('unavailable');
	});

	it('shows the unavailable state when the database is deleted while the page has it open', async () => {
		const db = newDb();
		const navigation = new Navigation(() => undefined);
		const session = new Session(db, navigation);
		await session.start();
		// A fresh device: the language is chosen first.
		expect(navigation.screen).toBe('language');
		// Another tab, or the browser's "clear site data", deletes it.
		await new Promise<void>((resolve, reject) => {
			const request = indexedDB.deleteDatabase(db.name);
			request.onsuccess = () => resolve();
			request.onerror = () => reject(request.error ?? new Error('delete failed'));
		});
		expect(navigation.screen).toBe('unavailable');
		// Nothing quietly made a new, empty database in its place.
		await expect(db.meta.get('header')).rejects.toMatchObject({ name: 'DatabaseClosedError' });
		expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(db.name);
	});
});

describe('when the check of the record of changes throws', () => {
	it('says the check could not be finished, instead of nothing', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const db = newDb();
		const store = await DiaryStore.open(await Vault.create(db, 'a long passphrase for tests', FAST_VAULT));
		await store.saveIncident(makeContent());
		const diary = new DiaryState(store);
		await diary.verify();
		expect(diary.verifyFailed).toBe(false);
		expect(diary.verification?.ok).toBe(true);

		const failure = new Error('digest failed');
		vi.spyOn(store, 'verify').mockRejectedValue(failure);
		await expect(diary.verify()).resolves.toBeUndefined();
		expect(diary.verifyFailed).toBe(true);
		expect(log).toHaveBeenCalledWith(failure);
	});
});
