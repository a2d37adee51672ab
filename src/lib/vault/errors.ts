/** Base for failures a person can act on; the UI maps each to a calm message. */
export class VaultError extends Error {
	override name = 'VaultError';
}

export class WrongPassphraseError extends VaultError {
	override name = 'WrongPassphraseError';
	constructor(readonly retryAt: number) {
		super('That passphrase did not open the diary');
	}
}

export class WaitBeforeRetryError extends VaultError {
	override name = 'WaitBeforeRetryError';
	constructor(readonly retryAt: number) {
		super('Please wait before trying again');
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
