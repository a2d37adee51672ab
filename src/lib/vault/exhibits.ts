// Exhibits (photos, audio, video, documents) are sealed as they are read: the file is streamed, cut into 64 KiB
// chunks, each chunk sealed with crypto_secretstream under the diary key and written to the chunk table in small
// batches, so a 200 MB video never sits whole in memory. The SHA-256 of the original bytes is taken in the same pass
// and kept in the incident, so a copy exported later can be checked with `sha256sum -c` without this app.
//
// Stored form, as chunk rows { exhibitId, index, sealed }:
//   index 0       [exhibit format: 1 byte][secretstream piece 0: stream format byte and header]
//   index 1..n    sealed chunks of 64 KiB of plaintext; the last carries the FINAL tag, and its plaintext is padded
//                 to a multiple of PAD_BLOCK (as records are), so the stored size says little about the file.
// The additional data binds every chunk to the exhibit id and format, so chunks cannot be moved between exhibits.
//
// Thumbnails are stored the same way, under their own random id kept in the ExhibitRef. They are not rows of the
// `rows` table on purpose: every row is opened on unlock, where thumbnails would slow the unlock budget and be
// reported as records of an unknown kind.
import Dexie from 'dexie';
import { CHUNK_BYTES, StreamDamagedError, UnknownFormatError, createSha256 } from '$lib/crypto';
import { makeExhibitBlob, normaliseExhibitType } from '$lib/domain/exhibit-type';
import { newId, type ExhibitId, type ExhibitRef, type Sha256Hex } from '$lib/domain/incident';
import { formatIsoDateTime } from '$lib/domain/iso-time';
import type { ChunkRow, VaultDb } from './db';
import { ExhibitDamagedError, ExhibitTooLargeError, LockedError, SealCancelledError } from './errors';
import {
	BATCH_CHUNKS,
	EXHIBIT_FORMAT,
	exhibitStreamOptions as streamOptions,
	withExhibitFormat
} from './exhibit-format';
import { guardQuota, type Vault } from './vault';

/**
 * The largest file one exhibit may be: 500 MB (counted in thousands, as the app shows sizes), about eight minutes
 * of 1080p phone video, more than most recordings of an incident. Past that, a phone browser's share of storage runs out quickly, and viewing or exporting the file
 * needs it whole as a Blob, which Safari keeps in memory.
 */
export const MAX_EXHIBIT_BYTES = 500 * 1000 * 1000;
/** Thumbnails are small (320 px JPEG, tens of KB); this only stops a mistaken caller from storing a whole photo. */
export const MAX_THUMBNAIL_BYTES = 1024 * 1024;
export const THUMBNAIL_TYPE = 'image/jpeg';
export { EXHIBIT_FORMAT };

/** What sealExhibit reads; a File fits. */
export interface ExhibitSource {
	readonly name: string;
	readonly type: string;
	/** As declared; the bytes actually read are counted, because the declared size can be wrong. */
	readonly size: number;
	readonly lastModified?: number;
	stream(): ReadableStream<Uint8Array>;
}

export interface SealOptions {
	readonly signal?: AbortSignal;
	/** Bytes stored so far and the declared size (or more, if the file turns out larger than it said). */
	readonly onProgress?: (done: number, total: number) => void;
	/** When the exhibit was added; the device clock by default. */
	readonly now?: Date;
	/** Lower limit for tests; the app always uses MAX_EXHIBIT_BYTES. */
	readonly maxBytes?: number;
	/**
	 * The id to store it under, when restoring an exhibit that incidents already refer to by id; a new random id
	 * otherwise. The caller makes sure no exhibit is stored under it yet.
	 */
	readonly id?: ExhibitId;
}

/** The chunk rows of one exhibit from index `from` on, in index order. */
function chunkRange(db: VaultDb, id: string, from = 0) {
	return db.chunks.where('[exhibitId+index]').between([id, from], [id, Dexie.maxKey], true, true);
}

/** Reads a byte stream with the reader API (Safari cannot iterate a ReadableStream), stopping as soon as aborted. */
async function* readSource(
	source: ExhibitSource,
	signal: AbortSignal | undefined
): AsyncGenerator<Uint8Array> {
	const reader = source.stream().getReader();
	// Cancelling the reader ends a pending read at once, instead of after the next piece of a slow file.
	const cancel = () => void reader.cancel().catch(() => undefined);
	signal?.addEventListener('abort', cancel, { once: true });
	let finished = false;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (signal?.aborted) throw new SealCancelledError();
			if (done) {
				finished = true;
				return;
			}
			yield value;
		}
	} finally {
		signal?.removeEventListener('abort', cancel);
		// Stopped early (cancelled, too large, a failed write): let the browser stop reading the file. A failure to
		// cancel changes nothing for the person, so it is not reported over the error that stopped the read.
		if (!finished) await reader.cancel().catch(() => undefined);
		reader.releaseLock();
	}
}

/**
 * Seals `pieces` under `id`; on any failure removes every chunk already written and rethrows, so a half-written
 * exhibit is never left behind.
 */
async function writeChunks(
	vault: Vault,
	id: string,
	name: string,
	pieces: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
	limit: number,
	total: number,
	options: Pick<SealOptions, 'signal' | 'onProgress'>
): Promise<{ size: number; sha256: Sha256Hex }> {
	const { signal, onProgress } = options;
	const db = vault.db;
	try {
		const hash = await createSha256();
		let size = 0;
		// Checked as each chunk is cut from the file, before it is sealed.
		const onChunk = (chunk: Uint8Array) => {
			if (signal?.aborted) throw new SealCancelledError();
			if (vault.locked) throw new LockedError();
			size += chunk.length;
			if (size > limit) throw new ExhibitTooLargeError(name, limit);
			hash.update(chunk);
		};

		let batch: ChunkRow[] = [];
		let index = 0;
		const flush = async () => {
			const rows = batch;
			batch = [];
			await guardQuota(() => db.chunks.bulkPut(rows));
			// Every chunk but the last holds exactly CHUNK_BYTES of the file; the last is padded, so it counts as the rest.
			const stored = Math.min((index - 1) * CHUNK_BYTES, size);
			onProgress?.(stored, Math.max(total, stored));
		};
		for await (const sealed of vault.sealStream(pieces, { ...streamOptions(id), onChunk })) {
			if (signal?.aborted) throw new SealCancelledError();
			if (vault.locked) throw new LockedError();
			batch.push({ exhibitId: id, index, sealed: index === 0 ? withExhibitFormat(sealed) : sealed });
			index++;
			if (batch.length >= BATCH_CHUNKS) await flush();
		}
		if (batch.length > 0) await flush();
		return { size, sha256: hash.digestHex() };
	} catch (error) {
		try {
			await removeChunks(db, [id]);
		} catch (cleanupError) {
			// The person needs to see why adding the file failed, not this; the stray chunks hold nothing readable.
			console.error(cleanupError);
		}
		throw error;
	}
}

export async function removeChunks(db: VaultDb, ids: readonly string[]): Promise<void> {
	await db.transaction('rw', db.chunks, async () => {
		for (const id of ids) await chunkRange(db, id).delete();
	});
}

/**
 * The sealed pieces stored under `id`, in index order, a batch at a time. Rows are read by key order from just past
 * the last one read; a gap or a stray row shows as a chunk the secretstream cannot open in that place (or after the
 * FINAL one), so no separate index check is needed.
 */
async function* storedPieces(vault: Vault, id: string): AsyncGenerator<Uint8Array> {
	let next = 0;
	for (;;) {
		if (vault.locked) throw new LockedError();
		const rows = await chunkRange(vault.db, id, next).limit(BATCH_CHUNKS).toArray();
		if (rows.length === 0) return;
		const first = next === 0;
		next = rows[rows.length - 1]!.index + 1;
		for (const [i, row] of rows.entries()) {
			if (!first || i > 0) {
				yield row.sealed;
				continue;
			}
			if (row.index !== 0) throw new StreamDamagedError();
			if (row.sealed[0] !== EXHIBIT_FORMAT) throw new UnknownFormatError();
			yield row.sealed.subarray(1);
		}
	}
}

/**
 * Opens the chunks stored under `id`. Throws StreamDamagedError if the stream was altered, reordered, cut short or
 * extended, or if there is none.
 */
function openChunks(vault: Vault, id: string): AsyncGenerator<Uint8Array> {
	return vault.openStream(storedPieces(vault, id), streamOptions(id));
}

/**
 * Seals a file into the vault as it is read, never holding it whole, and returns the reference to keep in the
 * incident. Throws ExhibitTooLargeError (before writing anything when the declared size is over the limit),
 * StorageFullError, SealCancelledError or LockedError; in every case nothing of this file is left stored, and
 * nothing saved before is touched.
 */
export async function sealExhibit(
	vault: Vault,
	source: ExhibitSource,
	options: SealOptions = {}
): Promise<ExhibitRef> {
	const { limit, id, describe } = startSeal(source, options);
	const sealed = await writeChunks(
		vault,
		id,
		source.name,
		readSource(source, options.signal),
		limit,
		source.size,
		options
	);
	return describe(sealed);
}

/**
 * What sealExhibit and its twin in workers (exhibits-in-workers.ts) settle before reading a byte: the limit, with a
 * file declared larger refused at once, a cancel already made, and the exhibit's id and reference to come.
 */
export function startSeal(source: ExhibitSource, options: SealOptions) {
	const limit = options.maxBytes ?? MAX_EXHIBIT_BYTES;
	if (source.size > limit) throw new ExhibitTooLargeError(source.name, limit);
	if (options.signal?.aborted) throw new SealCancelledError();
	const id = options.id ?? newId<ExhibitId>();
	return { limit, id, describe: describeExhibit(source, id, options.now) };
}

/**
 * The reference to an exhibit being added now (or at `now`), once its size and SHA-256 are known; for sealExhibit
 * and its twin in workers (exhibits-in-workers.ts), so both describe a file the same way.
 */
export function describeExhibit(
	source: Pick<ExhibitSource, 'name' | 'type' | 'lastModified'>,
	id: ExhibitId,
	now = new Date()
): (sealed: { size: number; sha256: Sha256Hex }) => ExhibitRef {
	const addedAt = formatIsoDateTime(now);
	// 0 or an impossible time means the device did not say; a made-up date would mislead.
	const fileTime = new Date(source.lastModified ?? Number.NaN);
	const fileDate = fileTime.getTime() > 0 ? formatIsoDateTime(fileTime) : undefined;
	// Kept as the bare media type: parameters and letter case are how a hostile type slipped past a comparison.
	const type = normaliseExhibitType(source.type);
	return ({ size, sha256 }) => ({
		id,
		name: source.name,
		type,
		size,
		sha256,
		addedAt,
		...(fileDate === undefined ? {} : { fileDate })
	});
}

/**
 * Streams an exhibit's original bytes in order. Throws ExhibitDamagedError (with the exhibit's name) if its chunks
 * were altered, reordered, cut short or extended, or, at the end, if the bytes do not match the SHA-256 taken when
 * it was added; so a caller must not treat the bytes as sound until the generator has finished.
 */
export async function* openExhibit(vault: Vault, ref: ExhibitRef): AsyncGenerator<Uint8Array> {
	const hash = await createSha256();
	let size = 0;
	try {
		for await (const piece of openChunks(vault, ref.id)) {
			hash.update(piece);
			size += piece.length;
			yield piece;
		}
	} catch (error) {
		if (error instanceof StreamDamagedError) throw new ExhibitDamagedError(ref.name);
		throw error;
	}
	if (size !== ref.size || hash.digestHex() !== ref.sha256) throw new ExhibitDamagedError(ref.name);
}

async function collectBlob(pieces: AsyncIterable<Uint8Array>, type: string): Promise<Blob> {
	const parts: BlobPart[] = [];
	for await (const piece of pieces) parts.push(piece as Uint8Array<ArrayBuffer>);
	return makeExhibitBlob(parts, type);
}

/**
 * The whole exhibit as a Blob, checked against its SHA-256, for viewing through an object URL. Its type is the
 * exhibit's own only for a picture, sound or video on the allow-list (domain/exhibit-type.ts); anything else is
 * plain bytes, so its URL can never be opened as a page in the app's origin.
 */
export function readExhibitBlob(vault: Vault, ref: ExhibitRef): Promise<Blob> {
	return collectBlob(openExhibit(vault, ref), ref.type);
}

/** True if the exhibit opens whole and still matches its SHA-256. */
export async function verifyExhibit(vault: Vault, ref: ExhibitRef): Promise<boolean> {
	try {
		for await (const _piece of openExhibit(vault, ref)) {
			// Reading every piece is the check.
		}
		return true;
	} catch (error) {
		if (error instanceof ExhibitDamagedError) return false;
		throw error;
	}
}

/** True if any chunk is stored under this exhibit id (so restoring it again would add nothing). */
export async function hasExhibit(vault: Vault, id: ExhibitId): Promise<boolean> {
	return (await chunkRange(vault.db, id).limit(1).count()) > 0;
}

/** Removes an exhibit's chunks and its thumbnail's. */
export async function deleteExhibit(
	vault: Vault,
	ref: Pick<ExhibitRef, 'id' | 'thumbnailId'>
): Promise<void> {
	await removeChunks(vault.db, ref.thumbnailId ? [ref.id, ref.thumbnailId] : [ref.id]);
}

/**
 * Seals a thumbnail (see thumbnail.ts) under a new random id and returns the reference with `thumbnailId` set, to
 * be saved in the incident in its place. A thumbnail the reference had before is kept: an earlier revision of the
 * incident may still point to it.
 */
export async function storeThumbnail(vault: Vault, ref: ExhibitRef, jpeg: Uint8Array): Promise<ExhibitRef> {
	const thumbnailId = newId<ExhibitId>();
	await writeChunks(vault, thumbnailId, ref.name, [jpeg], MAX_THUMBNAIL_BYTES, jpeg.length, {});
	return { ...ref, thumbnailId };
}

/** The exhibit's thumbnail as a JPEG Blob, or undefined if it has none. Throws ExhibitDamagedError if damaged. */
export async function readThumbnail(vault: Vault, ref: ExhibitRef): Promise<Blob | undefined> {
	if (!ref.thumbnailId) return undefined;
	try {
		return await collectBlob(openChunks(vault, ref.thumbnailId), THUMBNAIL_TYPE);
	} catch (error) {
		if (error instanceof StreamDamagedError) throw new ExhibitDamagedError(ref.name);
		throw error;
	}
}
