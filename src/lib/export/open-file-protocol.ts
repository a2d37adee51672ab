// The messages between the page and the worker that opens a shared file, on the one task protocol (workers/). An
// export error is rebuilt on the page as the same typed error, so the one error policy (run-action) still applies;
// the workers that make exports (export-in-worker.ts, pdf-in-worker.ts) rebuild theirs here too.
import { CodedError } from '$lib/domain/errors';
import { serialiseError as serialiseAny, type SerialisedError } from '$lib/workers/protocol';
import {
	ExportError,
	ExportJsonInvalidError,
	ExportJsonVersionError,
	FontMissingError,
	FontNotAvailableError,
	NotAShareFileError,
	PackDamagedError,
	PackExhibitChangedError,
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
import type { OpenedShare, OpenProgress, SharedView } from './open-shared';

export type { SerialisedError };

export interface OpenFileRequest {
	file: Blob | Uint8Array;
	passphrase: string;
	/** See OpenSharedOptions.allowPlainPack. */
	allowPlainPack: boolean;
	/** Also builds the viewer's rows and counts (describeShared) there, off the page's thread. */
	describe: boolean;
}

/** What the worker sends back: the opened file, and the viewer's description of it when asked for. */
export interface OpenFileResult {
	opened: OpenedShare;
	view?: SharedView;
}

export const progressKind = (progress: OpenProgress): string => progress.stage;

/** Names an export error's family, so a kind not listed below still arrives as an ExportError. */
export function serialiseError(error: unknown): SerialisedError {
	return { ...serialiseAny(error), ...(error instanceof ExportError ? { family: 'export' } : {}) };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

const REBUILD: Record<string, (e: SerialisedError) => Error> = {
	ShareWrongPassphraseError: () => new ShareWrongPassphraseError(),
	ShareDamagedError: () => new ShareDamagedError(),
	ShareVersionError: (e) =>
		new ShareVersionError(typeof e.fields.version === 'number' ? e.fields.version : 0),
	ShareTooLargeError: () => new ShareTooLargeError(),
	NotAShareFileError: () => new NotAShareFileError(),
	PackUnsafePathError: (e) => new PackUnsafePathError(text(e.fields.entryName)),
	PackUnexpectedEntryError: (e) => new PackUnexpectedEntryError(text(e.fields.entryName)),
	PackTooLargeError: () => new PackTooLargeError(),
	PackHashMismatchError: (e) => new PackHashMismatchError(text(e.fields.entryName)),
	PackMissingEntryError: (e) => new PackMissingEntryError(text(e.fields.entryName)),
	PackDamagedError: () => new PackDamagedError(),
	PackExhibitChangedError: (e) => new PackExhibitChangedError(text(e.fields.exhibitNumber)),
	ExportJsonInvalidError: () => new ExportJsonInvalidError(),
	ExportJsonVersionError: (e) => new ExportJsonVersionError(e.fields.version),
	FontMissingError: () => new FontMissingError(),
	FontNotAvailableError: () => new FontNotAvailableError()
};

/** The same typed error on this side; a coded error of a kind not listed keeps its code, facts and name. */
export function rebuildError(error: SerialisedError): Error {
	const rebuild = Object.hasOwn(REBUILD, error.name) ? REBUILD[error.name] : undefined;
	if (rebuild) return rebuild(error);
	let rebuilt: Error;
	if (error.code && error.family === 'export') rebuilt = new ExportError(error.code, error.facts);
	else if (error.code) rebuilt = new CodedError(error.code, error.facts);
	else rebuilt = new Error(error.message);
	rebuilt.name = error.name;
	return rebuilt;
}
