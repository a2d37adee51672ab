// The messages between the page and the worker that opens a shared file, on the one task protocol (workers/). An
// export error is rebuilt on the page as the same typed error, so the one error policy (run-action) still applies;
// the workers that make exports (export-in-worker.ts, pdf-in-worker.ts) rebuild theirs here too.
import { CodedError, type ErrorCode } from '$lib/domain/errors';
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

/**
 * Keyed by code, not by name: a production build renames the classes, so the name an error crosses with is a
 * minifier's letter there, while its code is the same string in every build.
 */
const REBUILD: Partial<Record<ErrorCode, (e: SerialisedError) => Error>> = {
	'share-wrong-passphrase': () => new ShareWrongPassphraseError(),
	'share-damaged': () => new ShareDamagedError(),
	'share-version': (e) => new ShareVersionError(typeof e.fields.version === 'number' ? e.fields.version : 0),
	'share-too-large': () => new ShareTooLargeError(),
	'not-a-share-file': () => new NotAShareFileError(),
	'pack-unsafe-path': (e) => new PackUnsafePathError(text(e.fields.entryName)),
	'pack-unexpected-entry': (e) => new PackUnexpectedEntryError(text(e.fields.entryName)),
	'pack-too-large': () => new PackTooLargeError(),
	'pack-hash-mismatch': (e) => new PackHashMismatchError(text(e.fields.entryName)),
	'pack-missing-entry': (e) => new PackMissingEntryError(text(e.fields.entryName)),
	'pack-damaged': () => new PackDamagedError(),
	'pack-exhibit-changed': (e) => new PackExhibitChangedError(text(e.fields.exhibitNumber)),
	// An unexpected key is an invalid file too; the key itself is never shown.
	'export-json-invalid': () => new ExportJsonInvalidError(),
	'export-json-version': (e) => new ExportJsonVersionError(e.fields.version),
	'font-missing': () => new FontMissingError(),
	'font-not-available': () => new FontNotAvailableError()
};

/** The same typed error on this side; a coded error of a kind not listed keeps its code, facts and name. */
export function rebuildError(error: SerialisedError): Error {
	const rebuild =
		error.family === 'export' && error.code && Object.hasOwn(REBUILD, error.code)
			? REBUILD[error.code]
			: undefined;
	if (rebuild) return rebuild(error);
	let rebuilt: Error;
	if (error.code && error.family === 'export') rebuilt = new ExportError(error.code, error.facts);
	else if (error.code) rebuilt = new CodedError(error.code, error.facts);
	else rebuilt = new Error(error.message);
	rebuilt.name = error.name;
	return rebuilt;
}
