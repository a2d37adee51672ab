// The messages between the page and the worker that opens a shared file. Errors cross as their name and fields and
// are built again on the page as the same typed errors, so the one error policy (describeError) still applies.
import {
	ExportError,
	ExportJsonInvalidError,
	ExportJsonVersionError,
	NotAShareFileError,
	PackDamagedError,
	PackHashMismatchError,
	PackMissingEntryError,
	PackTooLargeError,
	PackUnexpectedEntryError,
	PackUnsafePathError,
	ShareDamagedError,
	ShareTooLargeError,
	ShareVersionError,
	ShareWrongPassphraseError
} from './errors';
import type { OpenedShare, OpenProgress } from './open-shared';

export interface OpenFileRequest {
	file: Blob | Uint8Array;
	passphrase: string;
}

export interface SerialisedError {
	name: string;
	message: string;
	/** True for ExportError and its subclasses: their message is written for the person. */
	exportError: boolean;
	entryName?: string;
	version?: unknown;
}

export type OpenFileReply =
	| { type: 'progress'; progress: OpenProgress }
	| { type: 'opened'; opened: OpenedShare }
	| { type: 'failed'; error: SerialisedError };

export function serialiseError(error: unknown): SerialisedError {
	const fields = (error ?? {}) as {
		name?: unknown;
		message?: unknown;
		entryName?: unknown;
		version?: unknown;
	};
	return {
		name: typeof fields.name === 'string' ? fields.name : 'Error',
		message: typeof fields.message === 'string' ? fields.message : String(error),
		exportError: error instanceof ExportError,
		...(typeof fields.entryName === 'string' ? { entryName: fields.entryName } : {}),
		...('version' in fields ? { version: fields.version } : {})
	};
}

const REBUILD: Record<string, (e: SerialisedError) => Error> = {
	ShareWrongPassphraseError: () => new ShareWrongPassphraseError(),
	ShareDamagedError: () => new ShareDamagedError(),
	ShareVersionError: (e) => new ShareVersionError(typeof e.version === 'number' ? e.version : 0),
	ShareTooLargeError: () => new ShareTooLargeError(),
	NotAShareFileError: () => new NotAShareFileError(),
	PackUnsafePathError: (e) => new PackUnsafePathError(e.entryName ?? ''),
	PackUnexpectedEntryError: (e) => new PackUnexpectedEntryError(e.entryName ?? ''),
	PackTooLargeError: () => new PackTooLargeError(),
	PackHashMismatchError: (e) => new PackHashMismatchError(e.entryName ?? ''),
	PackMissingEntryError: (e) => new PackMissingEntryError(e.entryName ?? ''),
	PackDamagedError: () => new PackDamagedError(),
	ExportJsonInvalidError: () => new ExportJsonInvalidError(),
	ExportJsonVersionError: (e) => new ExportJsonVersionError(e.version)
};

/** The same typed error on this side; an export error of a kind not listed keeps its message and name. */
export function rebuildError(error: SerialisedError): Error {
	const rebuild = Object.hasOwn(REBUILD, error.name) ? REBUILD[error.name] : undefined;
	if (rebuild) return rebuild(error);
	const rebuilt = error.exportError ? new ExportError(error.message) : new Error(error.message);
	rebuilt.name = error.name;
	return rebuilt;
}
