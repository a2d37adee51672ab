// The one place that knows whether the diary is open: the lock lifecycle. It holds the unlocked diary in memory
// and drops it, with the key bytes wiped, on lock, whether the lock comes from this tab (a button, the quick exit,
// a guard) or from another. Which screen shows is `navigation`'s, told of each unlock and lock from here.
import { canKeepStorage, type BootState } from '$lib/safety/boot';
import { stopAllTasks } from '$lib/workers/tasks';
import { onLockElsewhere, stopReadingAloud } from '$lib/safety/quick-exit';
import { diaryWasOnDevice, markDiaryOnDevice } from '$lib/vault/device-flag';
import type { Vault, VaultDb } from '$lib/vault';
import type { DiaryStore } from '$lib/vault/diary-store';
import type { DiaryState } from './diary.svelte';
import { draftView, navigation as appNavigation, type Navigation } from './navigation.svelte';
import { language } from './language.svelte';
import { prefs } from './prefs.svelte';
import { viewer } from './viewer.svelte';

type VaultCode = typeof import('./session-vault');

export class Session {
	#diary = $state.raw<DiaryState | undefined>();
	#storeWiped = $state(false);
	#vault: Vault | undefined;
	#db: VaultDb | undefined;
	#code: Promise<VaultCode> | undefined;
	#navigation: Navigation;
	#stopFollowing: (() => void) | undefined;
	/** How many times this page has locked: an unlock still under way when it changes stops where it is. */
	#locks = 0;

	/** `db`: the database to use; without one, the app's own, opened when it is first needed (see #storage). */
	constructor(db?: VaultDb, navigation: Navigation = appNavigation) {
		this.#navigation = navigation;
		if (db) this.#use(db);
	}

	#use(db: VaultDb): void {
		this.#db = db;
		// Deleted by another tab or the browser ("clear site data"), or closed under the page: Dexie would quietly
		// open a new, empty database on the next write, so the page stops using it and says so instead.
		// Dexie reports every close, its own after a versionchange included; this page never closes it otherwise.
		db.on('close', () => this.#storageLost());
	}

	/**
	 * The database and the code that opens a diary, loaded on first use: making or opening a diary, the passphrase
	 * screen, a start that did not come from the first screen. The first-run steps never need them.
	 */
	async #storage(): Promise<{ db: VaultDb; code: VaultCode }> {
		const code = await (this.#code ??= import('./session-vault'));
		if (!this.#db) this.#use(code.vaultDb());
		return { db: this.#db!, code };
	}

	#lost = false;

	#storageLost(): void {
		if (this.#lost) return;
		this.#lost = true;
		// After Dexie has finished its own close, which would otherwise turn re-opening back on.
		queueMicrotask(() => this.#db?.close());
		this.#navigation.showUnavailable();
	}

	get diary(): DiaryState | undefined {
		return this.#diary;
	}

	get vault(): Vault | undefined {
		return this.#vault;
	}

	/** A diary existed on this device, but the browser has since cleared the database. */
	get storeWiped(): boolean {
		return this.#storeWiped;
	}

	/**
	 * `opened`: the calculator code has just been typed, so the passphrase screen comes next. `boot`: what the first
	 * screen read, when it has (the page's start). Never rejects: when the
	 * browser will not let the app use its storage (blocked, full, a private mode), the unavailable state shows.
	 */
	async start(opened = false, boot?: BootState): Promise<void> {
		const navigation = this.#navigation;
		try {
			let exists: boolean;
			if (boot && !this.#db) {
				// What the first screen read straight from IndexedDB (safety/boot.ts) is this moment's state too: the
				// first-run steps start without loading Dexie.
				if (boot.unavailable) {
					navigation.go('unavailable');
					return;
				}
				prefs.useStored(boot.storedPrefs);
				exists = boot.hasHeader;
				// A diary to open: the passphrase screen is next, and what opening needs loads before it shows, so
				// Open never waits on it.
				if (exists) await this.#storage();
				else if (!(await canKeepStorage())) {
					navigation.go('unavailable');
					return;
				}
			} else {
				await prefs.load();
				const { db, code } = await this.#storage();
				exists = await code.hasDiary(db);
			}
			// Also marks diaries made before the flag existed, so a later wipe is noticed for them too.
			if (exists) markDiaryOnDevice();
			this.#storeWiped = !exists && diaryWasOnDevice();
			// On a fresh visit the language is chosen first, and the first-run steps follow in it.
			navigation.go(
				exists ? (opened ? 'unlock' : navigation.lockedScreen) : language.code ? 'welcome' : 'language'
			);
		} catch (error) {
			console.error(error);
			navigation.go('unavailable');
		}
	}

	async create(passphrase: string): Promise<void> {
		const locks = this.#locks;
		const { db, code } = await this.#storage();
		const vault = await code.Vault.create(db, passphrase);
		markDiaryOnDevice();
		this.#storeWiped = false;
		if (await this.#open(vault, locks)) this.#navigation.practise();
	}

	async unlock(passphrase: string): Promise<void> {
		const locks = this.#locks;
		const { db, code } = await this.#storage();
		await this.#open(await code.Vault.unlock(db, passphrase), locks);
	}

	/** Milliseconds before the passphrase may be tried again (0: now), for the passphrase screen as it opens. */
	async unlockWait(): Promise<number> {
		const { db, code } = await this.#storage();
		// The passphrase screen is open, so Argon2id's worker is started now, to be ready when Open is pressed.
		code.Vault.prepareUnlock(db).catch((error: unknown) => console.error(error));
		return code.Vault.waitLeft(db);
	}

	/**
	 * Shows the diary `vault` holds, unless the page locked (the quick exit, auto-lock, another tab) since the
	 * passphrase was sent, `locks` being the count of locks then: each step here waits, and a lock in any of those
	 * waits must not be undone by the steps after it. Returns whether the diary was shown.
	 */
	async #open(vault: Vault, locks: number): Promise<boolean> {
		const lockedMeanwhile = (store?: DiaryStore) => {
			if (this.#locks === locks) return false;
			store?.close();
			vault.lock();
			return true;
		};
		const { code } = await this.#storage();
		if (lockedMeanwhile()) return false;
		const store = await code.DiaryStore.open(vault);
		if (lockedMeanwhile(store)) return false;
		const diary = new code.DiaryState(store);
		await diary.prepare();
		if (lockedMeanwhile(store)) return false;
		this.#vault = vault;
		this.#diary = diary;
		this.#stopFollowing = diary.followOtherTabs();
		this.#navigation.open(diary, draftView(store));
		// Checked once the timeline is on screen; the result shows when it is ready.
		setTimeout(() => void diary.verify(), 0);
		return true;
	}

	/** Drops everything decrypted and wipes the key. Safe to call at any time, any number of times. */
	lock(): void {
		// First, so nothing after it can keep the words being read aloud.
		stopReadingAloud();
		this.#locks++;
		// A shared file being read is dropped too: it is as private as the diary. A file still being opened (in the
		// viewer or for a restore) has its worker ended, and the passphrase and key with it.
		viewer.clear();
		stopAllTasks();
		this.#stopFollowing?.();
		this.#stopFollowing = undefined;
		this.#diary?.close();
		this.#vault?.lock();
		this.#vault = undefined;
		this.#diary = undefined;
		this.#navigation.close();
	}

	/** Locks whenever another tab locks or leaves by the quick exit. Returns a function that stops listening. */
	lockWhenLockedElsewhere(): () => void {
		return onLockElsewhere(() => this.lock());
	}
}

export const session = new Session();
