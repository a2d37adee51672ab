// The messages between the page and the worker that opens a shared file. Errors cross as their name, code and fields
// and are built again on the page as the same typed errors, so the one error policy (run-action) still applies.
import { isErrorCode } from '$lib/domain/error-codes';
import { CodedError, type ErrorCode, type ErrorFacts } from '$lib/domain/errors';
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
	/** See OpenSharedOptions.allowPlainPack. */
	allowPlainPack: boolean;
}

export interface SerialisedError {
	name: string;
	message: string;
	/** The code of a CodedError; a bug has none. */
	code?: ErrorCode;
	facts?: ErrorFacts;
	/** True for ExportError and its subclasses. */
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
		...(error instanceof CodedError ? { code: error.code, facts: { ...error.facts } } : {}),
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

/** The same typed error on this side; a coded error of a kind not listed keeps its code, facts and name. */
export function rebuildError(error: SerialisedError): Error {
	const rebuild = Object.hasOwn(REBUILD, error.name) ? REBUILD[error.name] : undefined;
	if (rebuild) return rebuild(error);
	const code = isErrorCode(error.code) ? error.code : undefined;
	let rebuilt: Error;
	if (code && error.exportError) rebuilt = new ExportError(code, error.facts);
	else if (code) rebuilt = new CodedError(code, error.facts);
	else rebuilt = new Error(error.message);
	rebuilt.name = error.name;
	return rebuilt;
}
