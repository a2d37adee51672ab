// The one database. It holds only opaque rows: a header (format, KDF parameters, salt, wrapped key), sealed rows
// keyed by random ids, and sealed exhibit chunks. No dates, kinds, titles or counts are stored in the clear, and
// every name here is neutral, because a person holding the phone can list a browser's databases.
import Dexie, { type EntityTable } from 'dexie';

export const DB_NAME = 'calc';
export const VAULT_FORMAT = 1;

import type { HeaderRow, PrefsRow } from './meta-rows';
export type { Base64String, HeaderRow, PrefsRow, StoredKdf, StoredUnlockCode } from './meta-rows';

/**
 * Failed unlock attempts, kept so that the growing wait survives a reload. Holds no content. Rows written before
 * `waitMs` existed lack it, and are owed their full delay (domain/lockout.ts).
 */
export interface AttemptsRow {
	readonly key: 'attempts';
	readonly failures: number;
	/** The wait still owed when the row was written, in monotonic milliseconds. */
	readonly waitMs: number;
	/** The device clock when it was written: for the record only, never used to measure the wait. */
	readonly lastAt: number;
}

export type MetaRow = HeaderRow | AttemptsRow | PrefsRow;

export interface SealedRow {
	readonly id: string;
	readonly sealed: Uint8Array;
}

export interface ChunkRow {
	readonly exhibitId: string;
	readonly index: number;
	readonly sealed: Uint8Array;
}

export class VaultDb extends Dexie {
	meta!: Dexie.Table<MetaRow, string>;
	rows!: EntityTable<SealedRow, 'id'>;
	chunks!: Dexie.Table<ChunkRow, [string, number]>;

	constructor(name = DB_NAME) {
		super(name);
		// Schema changes are added as new versions here, never by editing this one.
		this.version(1).stores({ meta: 'key', rows: 'id', chunks: '[exhibitId+index]' });
	}
}

let shared: VaultDb | undefined;

/** The app's one database connection. */
export function vaultDb(): VaultDb {
	shared ??= new VaultDb();
	return shared;
}
