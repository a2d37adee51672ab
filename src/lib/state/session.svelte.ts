// The one place that knows whether the diary is open. It holds the unlocked diary in memory and drops it, with
// the key bytes wiped, on lock. Screens live here too, and the diary's views through `navigation`: no URL ever
// changes or says what the app is, and history entries hold only a counter.
import type { IncidentId } from '$lib/domain/incident';
import { stopOpeningFiles } from '$lib/export/opening-files';
import { DiaryStore } from '$lib/vault/diary-store';
import { diaryWasOnDevice, markDiaryOnDevice } from '$lib/vault/device-flag';
import { hasDiary, Vault, vaultDb, type VaultDb } from '$lib/vault';
import { DiaryState } from './diary.svelte';
import { navigation, type View } from './navigation.svelte';
import { prefs } from './prefs.svelte';
import { viewer } from './viewer.svelte';

export type Screen =
	'loading' | 'unavailable' | 'welcome' | 'create' | 'disguise' | 'unlock' | 'practice' | 'diary' | 'viewer';

/** The screens before unlocking: if storage goes while one shows, the unavailable state replaces it. */
const LOCKED_SCREENS: ReadonlySet<Screen> = new Set(['loading', 'welcome', 'create', 'disguise', 'unlock']);

export type { View };

/**
 * Where opening the diary lands: on the form whose words were typed last and not yet saved, so they are in front
 * of the person again. A quick log's words open on the timeline, where the quick log is.
 */
function draftView(store: DiaryStore): View {
	const newest = store.drafts[0];
	switch (newest?.form) {
		case 'log':
			return { name: 'log', editing: store.draft?.editing };
		case 'person':
			return { name: 'people' };
		case 'withdraw': {
			const incident = newest.key ? store.incident(newest.key as IncidentId) : undefined;
			return incident ? { name: 'incident', id: incident.id } : { name: 'timeline' };
		}
		default:
			return { name: 'timeline' };
	}
}

export class Session {
	#screen = $state<Screen>('loading');
	#diary = $state.raw<DiaryState | undefined>();
	#practised = $state(false);
	/** Where "Back" from the shared-file viewer goes, when it was opened before any diary. */
	#viewerFrom: 'welcome' | 'unlock' = 'welcome';
	#storeWiped = $state(false);
	#vault: Vault | undefined;
	#db: VaultDb;
	#stopFollowing: (() => void) | undefined;

	constructor(db: VaultDb = vaultDb()) {
		this.#db = db;
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
		if (LOCKED_SCREENS.has(this.#screen)) this.#screen = 'unavailable';
	}

	get screen(): Screen {
		return this.#screen;
	}

	get view(): View {
		return navigation.view;
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

	/** `replace`: the screen left is done with (a saved form), so Back skips it. */
	show(view: View, options?: { replace?: boolean }): void {
		navigation.show(view, options);
	}

	/** The calculator when the disguise is on; otherwise the passphrase screen. */
	get lockedScreen(): 'disguise' | 'unlock' {
		return prefs.current.disguise && prefs.current.code ? 'disguise' : 'unlock';
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
		try {
			await prefs.load();
			const exists = await hasDiary(this.#db);
			// Also marks diaries made before the flag existed, so a later wipe is noticed for them too.
			if (exists) markDiaryOnDevice();
			this.#storeWiped = !exists && diaryWasOnDevice();
			this.#screen = exists ? (opened ? 'unlock' : this.lockedScreen) : 'welcome';
		} catch (error) {
			console.error(error);
			this.#screen = 'unavailable';
		}
	}

	/** Moves between the screens that hold nothing secret (first run, calculator, passphrase). */
	go(screen: 'welcome' | 'create' | 'unlock' | 'disguise'): void {
		this.#screen = screen;
	}

	/** The caseworker's viewer, reachable without a diary; it holds nothing of any diary. */
	openViewer(): void {
		if (this.#screen === 'welcome' || this.#screen === 'unlock') this.#viewerFrom = this.#screen;
		this.#screen = 'viewer';
	}

	closeViewer(): void {
		viewer.clear();
		if (this.#screen === 'viewer') this.#screen = this.#viewerFrom;
	}

	async create(passphrase: string): Promise<void> {
		await this.#open(await Vault.create(this.#db, passphrase));
		markDiaryOnDevice();
		this.#storeWiped = false;
		this.#screen = 'practice';
	}

	get practised(): boolean {
		return this.#practised;
	}

	practiseExit(): void {
		this.#practised = true;
	}

	finishPractice(): void {
		if (this.#diary) this.#screen = 'diary';
	}

	async unlock(passphrase: string): Promise<void> {
		await this.#open(await Vault.unlock(this.#db, passphrase));
	}

	/** Milliseconds before the passphrase may be tried again (0: now), for the passphrase screen as it opens. */
	unlockWait(): Promise<number> {
		return Vault.waitLeft(this.#db);
	}

	async #open(vault: Vault): Promise<void> {
		const store = await DiaryStore.open(vault);
		this.#vault = vault;
		const diary = new DiaryState(store);
		this.#diary = diary;
		this.#stopFollowing = diary.followOtherTabs();
		navigation.open(draftView(store));
		this.#screen = 'diary';
		// Checked once the timeline is on screen; the result shows when it is ready.
		setTimeout(() => void diary.verify(), 0);
	}

	/** Drops everything decrypted and wipes the key. Safe to call at any time, any number of times. */
	lock(): void {
		// A shared file being read is dropped too: it is as private as the diary. A file still being opened (in the
		// viewer or for a restore) has its worker ended, and the passphrase and key with it.
		viewer.clear();
		stopOpeningFiles();
		this.#stopFollowing?.();
		this.#stopFollowing = undefined;
		this.#diary?.close();
		this.#vault?.lock();
		this.#vault = undefined;
		this.#diary = undefined;
		navigation.close();
		if (this.#screen === 'diary' || this.#screen === 'practice' || this.#screen === 'unlock') {
			this.#screen = this.lockedScreen;
		} else if (this.#screen === 'viewer') {
			this.#screen = this.#viewerFrom === 'welcome' ? 'welcome' : this.lockedScreen;
		}
	}
}

export const session = new Session();
