// The vault's failures, each with its code; the words for each are in messages/errors.ts.
import { CodedError, namedError, type ErrorCode } from '$lib/domain/errors';

/** Base for failures a person can act on; the UI maps each code to a calm message. */
export class VaultError extends CodedError {}

/**
 * A try at the passphrase refused for now.
 * @param retryAt when the next try may be made, on the device clock (only for showing it)
 * @param waitMs how long until then, measured on the monotonic clock (0: at once)
 */
function retryLaterError(name: string, code: ErrorCode) {
	return class extends VaultError {
		override name = name;
		constructor(
			readonly retryAt: number,
			readonly waitMs = 0
		) {
			super(code, { waitMs });
		}
	};
}

export class WrongPassphraseError extends retryLaterError('WrongPassphraseError', 'wrong-passphrase') {}

export class WaitBeforeRetryError extends retryLaterError('WaitBeforeRetryError', 'wait-before-retry') {}

/** The diary on this device was saved by a newer version of the app, which this one cannot read. */
export class DiaryTooNewError extends VaultError {
	override name = 'DiaryTooNewError';
	constructor(readonly format: number) {
		super('diary-too-new');
	}
}

/**
 * The diary's header (its format, or the key-derivation settings beside the salt) is not one this app wrote: it was
 * damaged or altered. Refused before any key is derived, so an altered copy cannot make the app hang.
 */
export class DiaryHeaderDamagedError extends VaultError {
	override name = 'DiaryHeaderDamagedError';
	constructor(readonly problem: string) {
		super('diary-header-damaged');
	}
}

export class NoDiaryError extends namedError(VaultError, 'NoDiaryError', 'no-diary') {}

export class DiaryExistsError extends namedError(VaultError, 'DiaryExistsError', 'diary-exists') {}

export class WeakPassphraseError extends namedError(VaultError, 'WeakPassphraseError', 'weak-passphrase') {}

export class LockedError extends namedError(VaultError, 'LockedError', 'locked') {}

export class StorageFullError extends namedError(VaultError, 'StorageFullError', 'storage-full') {}

/**
 * The browser would not let the app use its storage: IndexedDB is blocked or missing (some private modes), the
 * database could not be opened, or it was closed or deleted while the page had it open.
 */
export class StorageUnavailableError extends namedError(
	VaultError,
	'StorageUnavailableError',
	'storage-unavailable'
) {}

export class ExhibitTooLargeError extends VaultError {
	override name = 'ExhibitTooLargeError';
	constructor(
		readonly exhibitName: string,
		readonly limitBytes: number
	) {
		super('exhibit-too-large', { name: exhibitName, limitBytes });
	}
}

/** An exhibit's chunks were altered, reordered, cut short or extended, or its bytes no longer match its SHA-256. */
export class ExhibitDamagedError extends VaultError {
	override name = 'ExhibitDamagedError';
	constructor(readonly exhibitName: string) {
		super('exhibit-damaged', { name: exhibitName });
	}
}

/** An entry asked for by id is not in this diary (another screen, or another tab, removed it). */
export class IncidentMissingError extends VaultError {
	override name = 'IncidentMissingError';
	constructor(readonly incidentId: string) {
		super('incident-missing');
	}
}

/**
 * The person stopped adding a file. Named 'AbortError', like the browser's own cancellations, so the one error
 * policy ignores it as it ignores any other cancelled action; nothing of the file is left stored.
 */
export class SealCancelledError extends namedError(CodedError, 'AbortError', 'cancelled') {}
