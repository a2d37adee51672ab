// The workers' side of adding an exhibit (exhibit-seal.worker.ts, exhibit-hash.worker.ts), apart from the worker
// scripts so a spec runs it in Node over a real MessageChannel. The seal worker writes the very rows sealExhibit
// (exhibits.ts) writes on the page's thread: the same chunking, the same additional data, row 0 with the exhibit
// format in front. It needs neither the vault nor Dexie: the page stores what it is handed.
import { CHUNK_BYTES, createSha256, sealStream, wipe } from '$lib/crypto';
import { moved } from '$lib/workers/protocol';
import type { Call } from '$lib/workers/serve';
import { ExhibitTooLargeError } from './errors';
import { BATCH_CHUNKS, exhibitStreamOptions, withExhibitFormat } from './exhibit-format';
import type { HashRequest, HashResult, SealCalls, SealRequest, SealResult } from './exhibit-seal-protocol';

/** What each read asks for: large enough that reads are few, small enough that memory stays flat. */
const READ_BYTES = 1024 * 1024;

/**
 * Reads a Blob's bytes with the reader API (Safari cannot iterate a ReadableStream). Where the browser reads a Blob
 * as bytes (Chromium, Firefox), into one buffer used again for every read, which halves the cost of reading a large
 * file (200 MB in about 100 ms rather than 200, in Chromium, scripts/bench/seal-page.bench.ts); so each piece is only
 * good until the next is asked for, and every caller here copies it first (rechunk, SHA-256). Stopped early, it lets
 * go of the file.
 */
async function* readBlob(blob: Blob): AsyncGenerator<Uint8Array> {
	const stream = blob.stream();
	let bytes: ReadableStreamBYOBReader | undefined;
	try {
		bytes = stream.getReader({ mode: 'byob' });
	} catch {
		// Not a byte stream here: read pieces as they come.
	}
	const reader = bytes ?? stream.getReader();
	let finished = false;
	try {
		let buffer = new ArrayBuffer(READ_BYTES);
		for (;;) {
			const { done, value } = bytes
				? await bytes.read(new Uint8Array(buffer))
				: await (reader as ReadableStreamDefaultReader<Uint8Array>).read();
			if (done) {
				finished = true;
				return;
			}
			yield value;
			if (bytes) buffer = value.buffer as ArrayBuffer;
		}
	} finally {
		if (!finished) await reader.cancel().catch(() => undefined);
		reader.releaseLock();
	}
}

/** The bytes as a buffer of their own, so it can be moved to the page without taking anything else along. */
const own = (bytes: Uint8Array): Uint8Array<ArrayBuffer> =>
	bytes.buffer instanceof ArrayBuffer &&
	bytes.byteOffset === 0 &&
	bytes.byteLength === bytes.buffer.byteLength
		? (bytes as Uint8Array<ArrayBuffer>)
		: bytes.slice();

/**
 * Seals the file under the key it was handed, and asks the page to store each batch of rows. One batch is stored
 * while the next is sealed, and no more is sealed until that one is stored, so memory stays flat however fast the
 * file is read. The key is wiped when done, whatever happened.
 */
export async function runSeal(request: SealRequest, call: Call<SealCalls>): Promise<SealResult> {
	const { blob, id, key, name, limit } = request;
	try {
		let size = 0;
		const onChunk = (chunk: Uint8Array) => {
			size += chunk.length;
			if (size > limit) throw new ExhibitTooLargeError(name, limit);
		};
		let batch: Uint8Array<ArrayBuffer>[] = [];
		let from = 0;
		let index = 0;
		let storing: Promise<null> = Promise.resolve(null);
		const send = async () => {
			await storing;
			const sealed = batch;
			batch = [];
			// Every chunk but the last holds exactly CHUNK_BYTES of the file; the last is padded, so it counts as the rest.
			const stored = Math.min((index - 1) * CHUNK_BYTES, size);
			storing = call(
				'store',
				moved(
					{ from, sealed, stored },
					sealed.map((piece) => piece.buffer)
				)
			);
			// Awaited before the next batch goes, or at the end; a failure meanwhile is not left unhandled.
			storing.catch(() => undefined);
			from = index;
		};
		for await (const piece of sealStream(key, readBlob(blob), { ...exhibitStreamOptions(id), onChunk })) {
			batch.push(own(index === 0 ? withExhibitFormat(piece) : piece));
			index++;
			if (batch.length >= BATCH_CHUNKS) await send();
		}
		if (batch.length > 0) await send();
		await storing;
		return { size };
	} finally {
		wipe(key);
	}
}

/**
 * The file's size and the SHA-256 of its bytes, read on its own while the seal worker reads the same file.
 * libsodium's SHA-256 is used, as everywhere in the app: hash-wasm 4.13.0 measured no clear gain over it in Node
 * (96–160 against 103–176 MB/s under load), so a second hashing library would add weight for nothing.
 */
export async function runHash(request: HashRequest): Promise<HashResult> {
	const { blob, name, limit } = request;
	const hash = await createSha256();
	let size = 0;
	for await (const piece of readBlob(blob)) {
		size += piece.length;
		if (size > limit) throw new ExhibitTooLargeError(name, limit);
		hash.update(piece);
	}
	return { size, sha256: hash.digestHex() };
}
