/** Base for failures a person can act on; the UI maps each to a calm message. */
export class VaultError extends Error {
	override name = 'VaultError';
}

export class WrongPassphraseError extends VaultError {
	override name = 'WrongPassphraseError';
	/**
	 * @param retryAt when the next try may be made, on the device clock (only for showing it)
	 * @param waitMs how long until then, measured on the monotonic clock (0: at once)
	 */
	constructor(
		readonly retryAt: number,
		readonly waitMs = 0
	) {
		super('That passphrase did not open the diary');
	}
}

export class WaitBeforeRetryError extends VaultError {
	override name = 'WaitBeforeRetryError';
	constructor(
		readonly retryAt: number,
		readonly waitMs = 0
	) {
		super('Please wait before trying again');
	}
}

/** The diary on this device was saved by a newer version of the app, which this one cannot read. */
export class DiaryTooNewError extends VaultError {
	override name = 'DiaryTooNewError';
	constructor(readonly format: number) {
		super('This diary was saved by a newer version of the app');
	}
}

/**
 * The diary's header (its format, or the key-derivation settings beside the salt) is not one this app wrote: it was
 * damaged or altered. Refused before any key is derived, so an altered copy cannot make the app hang.
 */
export class DiaryHeaderDamagedError extends VaultError {
	override name = 'DiaryHeaderDamagedError';
	constructor(readonly problem: string) {
		super(`The diary's settings on this device are damaged (${problem})`);
	}
}

export class NoDiaryError extends VaultError {
	override name = 'NoDiaryError';
	constructor() {
		super('There is no diary on this device yet');
	}
}

export class DiaryExistsError extends VaultError {
	override name = 'DiaryExistsError';
	constructor() {
		super('A diary already exists on this device');
	}
}

export class WeakPassphraseError extends VaultError {
	override name = 'WeakPassphraseError';
	constructor() {
		super('That passphrase would be too easy to guess');
	}
}

export class LockedError extends VaultError {
	override name = 'LockedError';
	constructor() {
		super('The diary is locked');
	}
}

export class StorageFullError extends VaultError {
	override name = 'StorageFullError';
	constructor() {
		super('The phone has no room left to save this');
	}
}

export class ExhibitTooLargeError extends VaultError {
	override name = 'ExhibitTooLargeError';
	constructor(
		readonly exhibitName: string,
		readonly limitBytes: number
	) {
		super(
			`“${exhibitName}” is larger than ${String(Math.floor(limitBytes / 1024 / 1024))} MB, the most Waymark ` +
				'can keep for one file. Keep the original somewhere safe and say where it is in the incident.'
		);
	}
}

/** An exhibit's chunks were altered, reordered, cut short or extended, or its bytes no longer match its SHA-256. */
export class ExhibitDamagedError extends VaultError {
	override name = 'ExhibitDamagedError';
	constructor(readonly exhibitName: string) {
		super(
			`“${exhibitName}” is damaged on this device and no longer matches the fingerprint taken when it was ` +
				'added. The rest of the diary is not affected.'
		);
	}
}

/**
 * The person stopped adding a file. Named 'AbortError', like the browser's own cancellations, so the one error
 * policy ignores it as it ignores any other cancelled action; nothing of the file is left stored.
 */
export class SealCancelledError extends Error {
	override name = 'AbortError';
	constructor() {
		super('Adding the file was cancelled');
	}
}
