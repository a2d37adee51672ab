// Every failure in making or reading an export is one of these, so the edge of a user action can show the message
// as it is (it is written for the person, from the messages module) and tell it apart from a bug.
import { exportMessages } from '$lib/messages/export';

const text = exportMessages.errors;

/** Names from a hostile file are shown in messages, so they are shortened and stripped of control characters. */
function quoteName(name: string): string {
	const clean = name.replace(/[\p{Cc}\p{Cf}]/gu, '?');
	return clean.length > 80 ? `${clean.slice(0, 80)}…` : clean;
}

export class ExportError extends Error {
	constructor(message: string) {
		super(message);
		// Set explicitly so subclass names survive minification; logs and tests rely on them.
		this.name = new.target.name;
	}
}

/** Base for everything that can go wrong opening an encrypted share or backup file. */
export class ShareFileError extends ExportError {}

export class ShareWrongPassphraseError extends ShareFileError {
	constructor() {
		super(text.shareWrongPassphrase);
	}
}

/** Cut short, altered, or extended after it was sealed. */
export class ShareDamagedError extends ShareFileError {
	constructor() {
		super(text.shareDamaged);
	}
}

export class ShareVersionError extends ShareFileError {
	readonly version: number;
	constructor(version: number) {
		super(text.shareVersion);
		this.version = version;
	}
}

export class ShareTooLargeError extends ShareFileError {
	constructor() {
		super(text.shareTooLarge);
	}
}

export class NotAShareFileError extends ShareFileError {
	constructor() {
		super(text.notAShareFile);
	}
}

/** Base for everything that can be wrong with the zip inside a share file or an evidence pack. */
export class PackError extends ExportError {}

export class PackUnsafePathError extends PackError {
	readonly entryName: string;
	constructor(entryName: string) {
		super(text.packUnsafePath(quoteName(entryName)));
		this.entryName = entryName;
	}
}

/** An entry the pack format has no place for, or a second entry with a name already seen. */
export class PackUnexpectedEntryError extends PackError {
	readonly entryName: string;
	constructor(entryName: string) {
		super(text.packUnexpectedEntry(quoteName(entryName)));
		this.entryName = entryName;
	}
}

export class PackTooLargeError extends PackError {
	constructor() {
		super(text.packTooLarge);
	}
}

export class PackHashMismatchError extends PackError {
	readonly entryName: string;
	constructor(entryName: string) {
		super(text.packHashMismatch(quoteName(entryName)));
		this.entryName = entryName;
	}
}

export class PackMissingEntryError extends PackError {
	readonly entryName: string;
	constructor(entryName: string) {
		super(text.packMissingEntry(quoteName(entryName)));
		this.entryName = entryName;
	}
}

/** The zip structure itself could not be read. */
export class PackDamagedError extends PackError {
	constructor() {
		super(text.packDamaged);
	}
}

/** Raised while making a pack: an exhibit's bytes no longer hash to what was recorded when it was added. */
export class PackExhibitChangedError extends PackError {
	readonly exhibitNumber: string;
	constructor(exhibitNumber: string) {
		super(text.packExhibitChanged(exhibitNumber));
		this.exhibitNumber = exhibitNumber;
	}
}

export class ExportJsonInvalidError extends ExportError {
	constructor() {
		super(text.exportJsonInvalid);
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
		super(text.exportJsonVersion);
		this.version = version;
	}
}
