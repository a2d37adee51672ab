// Every failure in making or reading an export is one of these, each with its code, so the edge of a user action
// can show the words for it (messages/errors.ts) and tell it apart from a bug. Names from a hostile file travel as
// facts; the messages module cleans them before they are shown.
import { CodedError, type ErrorCode, type ErrorFacts } from '$lib/domain/errors';

export class ExportError extends CodedError {
	constructor(code: ErrorCode, facts?: ErrorFacts) {
		super(code, facts);
	}
}

/** Base for everything that can go wrong opening an encrypted share or backup file. */
export class ShareFileError extends ExportError {}

export class ShareWrongPassphraseError extends ShareFileError {
	constructor() {
		super('share-wrong-passphrase');
	}
}

/** Cut short, altered, or extended after it was sealed. */
export class ShareDamagedError extends ShareFileError {
	constructor() {
		super('share-damaged');
	}
}

export class ShareVersionError extends ShareFileError {
	readonly version: number;
	constructor(version: number) {
		super('share-version');
		this.version = version;
	}
}

export class ShareTooLargeError extends ShareFileError {
	constructor() {
		super('share-too-large');
	}
}

export class NotAShareFileError extends ShareFileError {
	constructor() {
		super('not-a-share-file');
	}
}

/** Base for everything that can be wrong with the zip inside a share file or an evidence pack. */
export class PackError extends ExportError {}

export class PackUnsafePathError extends PackError {
	readonly entryName: string;
	constructor(entryName: string) {
		super('pack-unsafe-path', { name: entryName });
		this.entryName = entryName;
	}
}

/** An entry the pack format has no place for, or a second entry with a name already seen. */
export class PackUnexpectedEntryError extends PackError {
	readonly entryName: string;
	constructor(entryName: string) {
		super('pack-unexpected-entry', { name: entryName });
		this.entryName = entryName;
	}
}

export class PackTooLargeError extends PackError {
	constructor() {
		super('pack-too-large');
	}
}

export class PackHashMismatchError extends PackError {
	readonly entryName: string;
	constructor(entryName: string) {
		super('pack-hash-mismatch', { name: entryName });
		this.entryName = entryName;
	}
}

export class PackMissingEntryError extends PackError {
	readonly entryName: string;
	constructor(entryName: string) {
		super('pack-missing-entry', { name: entryName });
		this.entryName = entryName;
	}
}

/** The zip structure itself could not be read. */
export class PackDamagedError extends PackError {
	constructor() {
		super('pack-damaged');
	}
}

/** Raised while making a pack: an exhibit's bytes no longer hash to what was recorded when it was added. */
export class PackExhibitChangedError extends PackError {
	readonly exhibitNumber: string;
	constructor(exhibitNumber: string) {
		super('pack-exhibit-changed', { name: exhibitNumber });
		this.exhibitNumber = exhibitNumber;
	}
}

export class ExportJsonInvalidError extends ExportError {
	constructor() {
		super('export-json-invalid');
	}
}

/** A key the format has no place for, at any depth; an own `__proto__` (which JSON.parse makes) included. */
export class ExportJsonUnexpectedKeyError extends ExportJsonInvalidError {
	readonly key: string;
	constructor(key: string) {
		super();
		this.key = key;
	}
}

export class ExportJsonVersionError extends ExportError {
	readonly version: unknown;
	constructor(version: unknown) {
		super('export-json-version');
		this.version = version;
	}
}

/** The font is part of the app, fetched from its own origin; a failed fetch means the app is incomplete. */
export class FontMissingError extends ExportError {
	constructor() {
		super('font-missing');
	}
}

/**
 * A font for a script in the diary could not be fetched: the device is offline and the font is one the app keeps
 * only once it has been used (the Chinese one, which is large). Nothing is lost; the PDF can be made once online.
 */
export class FontNotAvailableError extends ExportError {
	constructor() {
		super('font-not-available');
	}
}
