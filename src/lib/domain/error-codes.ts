// Every error code, in one list (see errors.ts for the policy). Kept in a module of its own so the calculator's
// first load, which carries the CodedError base class, never carries these words.
export const ERROR_CODES = [
	// domain
	'time-invalid',
	'entry-unserialisable',
	'chain-order',
	'id-invalid',
	'incident-deleted',
	'input-invalid',
	// crypto
	'open-failed',
	'stream-damaged',
	'format-unknown',
	'kdf-params',
	// vault
	'wrong-passphrase',
	'wait-before-retry',
	'diary-too-new',
	'diary-header-damaged',
	'no-diary',
	'diary-exists',
	'weak-passphrase',
	'locked',
	'storage-full',
	'storage-unavailable',
	'exhibit-too-large',
	'exhibit-damaged',
	'incident-missing',
	'cancelled',
	// export: share and backup files, packs, the JSON export
	'share-wrong-passphrase',
	'share-damaged',
	'share-version',
	'share-too-large',
	'not-a-share-file',
	'pack-unsafe-path',
	'pack-unexpected-entry',
	'pack-too-large',
	'pack-hash-mismatch',
	'pack-missing-entry',
	'pack-damaged',
	'pack-exhibit-changed',
	'export-json-invalid',
	'export-json-version',
	'font-missing',
	'font-not-available',
	// restoring a backup
	'not-a-backup',
	'backup-check-failed',
	'restored-exhibit-changed',
	'restore-exhibit-missing',
	'restore-exhibit-mismatch',
	'restore-plan-outdated',
	// the calculator code (safety)
	'code-invalid',
	'code-record-damaged'
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
