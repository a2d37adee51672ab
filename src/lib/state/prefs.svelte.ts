// Settings that must be known before unlocking: whether the calculator shows, where the exit goes, and when to
// lock. They hold no diary content, so they sit beside the header row in the clear, with neutral names.
import type { PrefsRow, VaultDb } from '$lib/vault';
import { DEFAULT_PREFS, PREFS_VERSION, readPrefsRow, salvagePrefsRow } from '$lib/vault/meta-rows';
import { guardQuota } from '$lib/vault/storage-errors';

export { DEFAULT_PREFS };

export class Prefs {
	#row = $state.raw<PrefsRow>(DEFAULT_PREFS);
	#db: VaultDb | undefined;

	/** `db`: the database to use; without one, the app's own, loaded (with Dexie) when first read or written. */
	constructor(db?: VaultDb) {
		this.#db = db;
	}

	async #database(): Promise<VaultDb> {
		this.#db ??= (await import('$lib/vault/db')).vaultDb();
		return this.#db;
	}

	get current(): PrefsRow {
		return this.#row;
	}

	get exitUrl(): string {
		return this.#row.exitUrl;
	}

	async load(): Promise<void> {
		const db = await this.#database();
		this.useStored(await guardQuota(() => db.meta.get('prefs')));
	}

	/** Takes the stored row as read already (safety/boot.ts reads it for the first screen, without Dexie). */
	useStored(stored: unknown): void {
		// A row that fails its check keeps every setting that can still be read, the calculator code above all.
		const row = readPrefsRow(stored, DEFAULT_PREFS) ?? salvagePrefsRow(stored, DEFAULT_PREFS);
		if (row) this.#row = row;
	}

	async update(change: Partial<Omit<PrefsRow, 'key' | 'v'>>): Promise<void> {
		const next = { ...this.#row, ...change, key: 'prefs' as const, v: PREFS_VERSION };
		const db = await this.#database();
		await guardQuota(() => db.meta.put(next));
		this.#row = next;
	}
}

export const prefs = new Prefs();
