// Settings that must be known before unlocking: whether the calculator shows, where the exit goes, and when to
// lock. They hold no diary content, so they sit beside the header row in the clear, with neutral names.
import { DEFAULT_EXIT_URL } from '$lib/safety/quick-exit';
import { vaultDb, type PrefsRow, type VaultDb } from '$lib/vault';
import { PREFS_VERSION, readPrefsRow } from '$lib/vault/meta-rows';
import { guardQuota } from '$lib/vault/storage-errors';

export const DEFAULT_PREFS: PrefsRow = {
	key: 'prefs',
	v: PREFS_VERSION,
	disguise: true,
	exitUrl: DEFAULT_EXIT_URL,
	autoLockMinutes: 5,
	hiddenLockSeconds: 30
};

export class Prefs {
	#row = $state.raw<PrefsRow>(DEFAULT_PREFS);
	#db: VaultDb;

	constructor(db: VaultDb = vaultDb()) {
		this.#db = db;
	}

	get current(): PrefsRow {
		return this.#row;
	}

	get exitUrl(): string {
		return this.#row.exitUrl;
	}

	async load(): Promise<void> {
		const row = readPrefsRow(await guardQuota(() => this.#db.meta.get('prefs')), DEFAULT_PREFS);
		if (row) this.#row = row;
	}

	async update(change: Partial<Omit<PrefsRow, 'key' | 'v'>>): Promise<void> {
		const next = { ...this.#row, ...change, key: 'prefs' as const, v: PREFS_VERSION };
		await guardQuota(() => this.#db.meta.put(next));
		this.#row = next;
	}
}

export const prefs = new Prefs();
