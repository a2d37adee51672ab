// The one place that knows whether the diary is open: the lock lifecycle. It holds the unlocked diary in memory
// and drops it, with the key bytes wiped, on lock, whether the lock comes from this tab (a button, the quick exit,
// a guard) or from another. Which screen shows is `navigation`'s, told of each unlock and lock from here.
import { stopAllTasks } from '$lib/workers/tasks';
import { onLockElsewhere } from '$lib/safety/quick-exit';
import { DiaryStore } from '$lib/vault/diary-store';
import { diaryWasOnDevice, markDiaryOnDevice } from '$lib/vault/device-flag';
import { hasDiary, Vault, vaultDb, type VaultDb } from '$lib/vault';
import { DiaryState } from './diary.svelte';
import { draftView, navigation as appNavigation, type Navigation } from './navigation.svelte';
import { prefs } from './prefs.svelte';
import { viewer } from './viewer.svelte';

export class Session {
	#diary = $state.raw<DiaryState | undefined>();
	#storeWiped = $state(false);
	#vault: Vault | undefined;
	#db: VaultDb;
	#navigation: Navigation;
	#stopFollowing: (() => void) | undefined;

	constructor(db: VaultDb = vaultDb(), navigation: Navigation = appNavigation) {
		this.#db = db;
		this.#navigation = navigation;
		// Deleted by another tab or the browser ("clear site data"), or closed under the page: Dexie would quietly
		// open a new, empty database on the next write, so the page stops using it and says so instead.
		// Dexie reports every close, its own after a versionchange included; this page never closes it otherwise.
		db.on('close', () => this.#storageLost());
	}

	#lost = false;

	#storageLost(): void {
		if (this.#lost) return;
		this.#lost = true;
		// After Dexie has finished its own close, which would otherwise turn re-opening back on.
		queueMicrotask(() => this.#db.close());
		this.#navigation.showUnavailable();
	}

	get diary(): DiaryState | undefined {
		return this.#diary;
	}

	get db(): VaultDb {
		return this.#db;
	}

	get vault(): Vault | undefined {
		return this.#vault;
	}

	/** A diary existed on this device, but the browser has since cleared the database. */
	get storeWiped(): boolean {
		return this.#storeWiped;
	}

	/**
	 * `opened`: the calculator code has just been typed, so the passphrase screen comes next. Never rejects: when the
	 * browser will not let the app use its storage (blocked, full, a private mode), the unavailable state shows.
	 */
	async start(opened = false): Promise<void> {
		const navigation = this.#navigation;
		try {
			await prefs.load();
			const exists = await hasDiary(this.#db);
			// Also marks diaries made before the flag existed, so a later wipe is noticed for them too.
			if (exists) markDiaryOnDevice();
			this.#storeWiped = !exists && diaryWasOnDevice();
			navigation.go(exists ? (opened ? 'unlock' : navigation.lockedScreen) : 'welcome');
		} catch (error) {
			console.error(error);
			navigation.go('unavailable');
		}
	}

	async create(passphrase: string): Promise<void> {
		await this.#open(await Vault.create(this.#db, passphrase));
		markDiaryOnDevice();
		this.#storeWiped = false;
		this.#navigation.practise();
	}

	async unlock(passphrase: string): Promise<void> {
		await this.#open(await Vault.unlock(this.#db, passphrase));
	}

	/** Milliseconds before the passphrase may be tried again (0: now), for the passphrase screen as it opens. */
	unlockWait(): Promise<number> {
		// The passphrase screen is open, so Argon2id's worker is started now, to be ready when Open is pressed.
		Vault.prepareUnlock(this.#db).catch((error: unknown) => console.error(error));
		return Vault.waitLeft(this.#db);
	}

	async #open(vault: Vault): Promise<void> {
		const store = await DiaryStore.open(vault);
		this.#vault = vault;
		const diary = new DiaryState(store);
		this.#diary = diary;
		this.#stopFollowing = diary.followOtherTabs();
		this.#navigation.open(diary, draftView(store));
		// Checked once the timeline is on screen; the result shows when it is ready.
		setTimeout(() => void diary.verify(), 0);
	}

	/** Drops everything decrypted and wipes the key. Safe to call at any time, any number of times. */
	lock(): void {
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
