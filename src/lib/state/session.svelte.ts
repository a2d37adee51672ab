// The one place that knows whether the diary is open. It holds the unlocked diary in memory and drops it, with
// the key bytes wiped, on lock. Screens and views live here too, because the whole app is one history entry: no
// URL ever changes or says what the app is.
import type { IncidentId } from '$lib/domain/incident';
import { stopOpeningFiles } from '$lib/export/opening-files';
import type { SupportPageId } from '$lib/messages';
import { DiaryStore } from '$lib/vault/diary-store';
import { diaryWasOnDevice, markDiaryOnDevice } from '$lib/vault/device-flag';
import { hasDiary, Vault, vaultDb, type VaultDb } from '$lib/vault';
import { DiaryState } from './diary.svelte';
import { prefs } from './prefs.svelte';
import { viewer } from './viewer.svelte';

export type Screen =
	'loading' | 'welcome' | 'create' | 'disguise' | 'unlock' | 'practice' | 'diary' | 'viewer';

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
	#view = $state.raw<View>({ name: 'timeline' });
	#diary = $state.raw<DiaryState | undefined>();
	#practised = $state(false);
	/** Where "Back" from the shared-file viewer goes, when it was opened before any diary. */
	#viewerFrom: 'welcome' | 'unlock' = 'welcome';
	#storeWiped = $state(false);
	#vault: Vault | undefined;
	#db: VaultDb;

	constructor(db: VaultDb = vaultDb()) {
		this.#db = db;
	}

	get screen(): Screen {
		return this.#screen;
	}

	get view(): View {
		return this.#view;
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

	show(view: View): void {
		this.#view = view;
	}

	/** The calculator when the disguise is on; otherwise the passphrase screen. */
	get lockedScreen(): 'disguise' | 'unlock' {
		return prefs.current.disguise && prefs.current.code ? 'disguise' : 'unlock';
	}

	/** A diary existed on this device, but the browser has since cleared the database. */
	get storeWiped(): boolean {
		return this.#storeWiped;
	}

	/** `opened`: the calculator code has just been typed, so the passphrase screen comes next. */
	async start(opened = false): Promise<void> {
		await prefs.load();
		const exists = await hasDiary(this.#db);
		// Also marks diaries made before the flag existed, so a later wipe is noticed for them too.
		if (exists) markDiaryOnDevice();
		this.#storeWiped = !exists && diaryWasOnDevice();
		this.#screen = exists ? (opened ? 'unlock' : this.lockedScreen) : 'welcome';
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

	async #open(vault: Vault): Promise<void> {
		const store = await DiaryStore.open(vault);
		this.#vault = vault;
		const diary = new DiaryState(store);
		this.#diary = diary;
		this.#view = draftView(store);
		this.#screen = 'diary';
		// Checked once the timeline is on screen; the result shows when it is ready.
		setTimeout(() => void diary.verify().catch((error: unknown) => console.error(error)), 0);
	}

	/** Drops everything decrypted and wipes the key. Safe to call at any time, any number of times. */
	lock(): void {
		// A shared file being read is dropped too: it is as private as the diary. A file still being opened (in the
		// viewer or for a restore) has its worker ended, and the passphrase and key with it.
		viewer.clear();
		stopOpeningFiles();
		this.#vault?.lock();
		this.#vault = undefined;
		this.#diary = undefined;
		this.#view = { name: 'timeline' };
		if (this.#screen === 'diary' || this.#screen === 'practice' || this.#screen === 'unlock') {
			this.#screen = this.lockedScreen;
		} else if (this.#screen === 'viewer') {
			this.#screen = this.#viewerFrom === 'welcome' ? 'welcome' : this.lockedScreen;
		}
	}
}

export const session = new Session();
