export { DB_NAME, VAULT_FORMAT, VaultDb, vaultDb, type PrefsRow, type ChunkRow, type SealedRow } from './db';
export * from './errors';
export { hasDiary, Vault, type CreateOptions, type ReadResult } from './vault';
export {
	MIN_LENGTH,
	MIN_GUESSES_LOG10,
	ratePassphrase,
	type Strength,
	type StrengthScore
} from './passphrase-strength';
// Everything exhibits.ts exports is the vault's API for exhibits.
export * from './exhibits';
