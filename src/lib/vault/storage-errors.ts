// The browser's storage failures, turned into coded errors the person can act on. Kept apart from vault.ts so the
// edge of a user action can recognise them without loading the vault.
import { CodedError } from '$lib/domain/errors';
import { StorageFullError, StorageUnavailableError } from './errors';

/**
 * Names (Dexie's and the browser's own) of failures that mean the browser would not let the app use its storage at
 * all: no IndexedDB, storage refused (some private modes, blocked site data), or the database closed or deleted
 * while open. An abort here is the database's, never the person's, so it is not a cancellation.
 */
const UNAVAILABLE = new Set([
	'AbortError',
	'DatabaseClosedError',
	'InvalidStateError',
	'MissingAPIError',
	'OpenFailedError',
	'SecurityError',
	'UnknownError',
	'UpgradeError',
	'VersionError'
]);

/** The coded error a storage failure stands for, or undefined for anything else (a bug, or already coded). */
export function storageError(error: unknown): StorageFullError | StorageUnavailableError | undefined {
	if (error instanceof CodedError) return undefined;
	const name = (error as { name?: unknown } | null)?.name;
	const inner = (error as { inner?: { name?: unknown } } | null)?.inner?.name;
	if (name === 'QuotaExceededError' || inner === 'QuotaExceededError')
		return new StorageFullError({ cause: error });
	if (typeof name === 'string' && UNAVAILABLE.has(name)) return new StorageUnavailableError({ cause: error });
	return undefined;
}

/** Runs a storage call, turning the browser's storage failures into ones the person can act on. */
export async function guardQuota<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		throw storageError(error) ?? error;
	}
}
