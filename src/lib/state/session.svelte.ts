// The one place that knows whether the diary is open. It holds the unlocked diary in memory and drops it, with
// the key bytes wiped, on lock.
import { hasDiary, Vault, vaultDb, type VaultDb } from '$lib/vault';

export type Screen = 'loading' | 'create' | 'unlock' | 'diary';

export interface OpenRecord {
	readonly id: string;
	readonly value: unknown;
}

export class Session {
	#screen = $state<Screen>('loading');
	#records = $state.raw<readonly OpenRecord[]>([]);
	#damaged = $state.raw<readonly string[]>([]);
	#vault: Vault | undefined;
	#db: VaultDb;

	constructor(db: VaultDb = vaultDb()) {
		this.#db = db;
	}

	get screen(): Screen {
		return this.#screen;
	}

	get records(): readonly OpenRecord[] {
		return this.#records;
	}

	get damaged(): readonly string[] {
		return this.#damaged;
	}

	get db(): VaultDb {
		return this.#db;
	}

	async start(): Promise<void> {
		this.#screen = (await hasDiary(this.#db)) ? 'unlock' : 'create';
	}

	async create(passphrase: string): Promise<void> {
		this.#vault = await Vault.create(this.#db, passphrase);
		this.#records = [];
		this.#damaged = [];
		this.#screen = 'diary';
	}

	async unlock(passphrase: string): Promise<void> {
		const vault = await Vault.unlock(this.#db, passphrase);
		const { records, damaged } = await vault.readAll();
		this.#vault = vault;
		this.#records = records;
		this.#damaged = damaged;
		this.#screen = 'diary';
	}

	/** Drops everything decrypted and wipes the key. Safe to call at any time, any number of times. */
	lock(): void {
		this.#vault?.lock();
		this.#vault = undefined;
		this.#records = [];
		this.#damaged = [];
		if (this.#screen === 'diary') this.#screen = 'unlock';
	}
}

export const session = new Session();
