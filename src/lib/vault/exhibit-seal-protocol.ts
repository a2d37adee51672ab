// What crosses between the page and the two workers that add an exhibit (exhibits-in-workers.ts): the hash worker
// reads the file, hashes it and moves each piece on to the seal worker, over a port of their own, and answers with
// its size and SHA-256; the seal worker seals the pieces and hands the sealed rows to the page to store, a batch at a
// time.
import type { Sha256Hex } from '$lib/domain/incident';
import { rebuildCodedError, type SerialisedError } from '$lib/workers/protocol';
import { ExhibitTooLargeError } from './errors';

export interface SealRequest {
	/** The file's bytes as the hash worker reads them (PieceMessage), each buffer handed back (FreedPiece). */
	readonly pieces: MessagePort;
	readonly id: string;
	/** A copy of the diary key for this task only (Vault.streamKeyForTask); the worker wipes it when done. */
	readonly key: Uint8Array;
	readonly name: string;
	readonly limit: number;
}

export interface SealResult {
	/** The bytes actually read and sealed. */
	readonly size: number;
}

/** Sealed rows from index `from` on, for the page to store; `stored` counts the file's bytes in them and before. */
export interface StoreBatch {
	readonly from: number;
	readonly sealed: Uint8Array[];
	readonly stored: number;
}

export type SealCalls = { store: { arg: StoreBatch; result: null } };

export interface HashRequest {
	/** The file itself: a Blob crosses to a worker without its bytes, which the worker reads there, once. */
	readonly blob: Blob;
	/** Where each piece read goes on to, to be sealed: the other end of SealRequest.pieces. */
	readonly forward: MessagePort;
	readonly name: string;
	readonly limit: number;
}

/** From the hash worker to the seal worker: a piece of the file, moved, then the end. */
export type PieceMessage = { readonly piece: Uint8Array<ArrayBuffer> } | { readonly end: true };

/** From the seal worker back: a piece's buffer, sealed from and free to read into again; then, the end heard. */
export type FreedPiece = { readonly freed: ArrayBuffer } | { readonly ended: true };

export interface HashResult {
	readonly size: number;
	readonly sha256: Sha256Hex;
}

/** The page's copy of an error from either worker: a file found too large stays an ExhibitTooLargeError. */
export function rebuildSealError(error: SerialisedError): Error {
	const { exhibitName, limitBytes } = error.fields;
	if (
		error.name === 'ExhibitTooLargeError' &&
		typeof exhibitName === 'string' &&
		typeof limitBytes === 'number'
	)
		return new ExhibitTooLargeError(exhibitName, limitBytes);
	return rebuildCodedError(error);
}
