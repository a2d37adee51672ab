/**
 * The one error policy: every failure the app can explain is a CodedError carrying one of these codes, and no
 * layer below the screens holds words. The messages module (messages/errors.ts) maps each code to calm words, and
 * the edge of a user action (state/run-action.ts) shows them. An error's `message` is its code, for logs only.
 *
 * Codes are neutral on purpose where the calculator's own chunk may carry them (the calculator code's): nothing
 * that first screen loads may say what the app is.
 */
import type { ProblemCode } from './validate';

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

export function isErrorCode(value: unknown): value is ErrorCode {
	return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/**
 * What a message may need to say about one failure. Names come from the person's files or from a file someone
 * sent, so the messages module cleans them before showing them.
 */
export interface ErrorFacts {
	/** A file's, an exhibit's or a pack entry's name, or an exhibit number. */
	readonly name?: string;
	readonly limitBytes?: number;
	/** How long to wait, measured on the monotonic clock. */
	readonly waitMs?: number;
	/** For input that failed validation: the first problem, and the field it is in. */
	readonly problem?: ProblemCode;
	readonly field?: string;
}

export class CodedError extends Error {
	readonly code: ErrorCode;
	readonly facts: ErrorFacts;

	constructor(code: ErrorCode, facts: ErrorFacts = {}, options?: ErrorOptions) {
		super(code, options);
		// Subclass names survive minification only if set explicitly; logs and tests rely on them.
		this.name = new.target.name;
		this.code = code;
		this.facts = facts;
	}
}

export function isCodedError(error: unknown): error is CodedError {
	return error instanceof CodedError;
}

/**
 * Base class for every error the domain layer throws, so the edge of a user action can tell "something we
 * expected and can explain" apart from a bug with one `instanceof` check.
 */
export class DomainError extends CodedError {}
