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
export {
	MAX_EXHIBIT_BYTES,
	MAX_THUMBNAIL_BYTES,
	THUMBNAIL_TYPE,
	deleteExhibit,
	hasExhibit,
	openExhibit,
	readExhibitBlob,
	readThumbnail,
	sealExhibit,
	storeThumbnail,
	verifyExhibit,
	type ExhibitSource,
	type SealOptions
} from './exhibits';
