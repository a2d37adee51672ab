// The workers' side of adding an exhibit (exhibit-seal.worker.ts, exhibit-hash.worker.ts), apart from the worker
// scripts so a spec runs it in Node over a real MessageChannel. The file is read once, by the hash worker, which
// hashes each piece and then moves it to the seal worker over a port of their own; the seal worker hands each
// buffer back when it has sealed from it, and the hash worker reads into it again, so a few buffers go round and the
// file is never read twice (reading is much of the cost: Chromium's own threads copy every byte of it). The seal
// worker writes the very rows sealExhibit (exhibits.ts) writes on the page's thread: the same chunking, the same
// additional data, row 0 with the exhibit format in front. It needs neither the vault nor Dexie: the page stores
// what it is handed.
import { CHUNK_BYTES, createSha256, sealStream, wipe } from '$lib/crypto';
import { moved } from '$lib/workers/protocol';
import type { Call } from '$lib/workers/serve';
import { ExhibitTooLargeError } from './errors';
import { BATCH_CHUNKS, exhibitStreamOptions, withExhibitFormat } from './exhibit-format';
import type {
	FreedPiece,
	HashRequest,
	HashResult,
	PieceMessage,
	SealCalls,
	SealRequest,
	SealResult
} from './exhibit-seal-protocol';

/** What each read asks for: large enough that reads are few, small enough that memory stays flat. */
const READ_BYTES = 1024 * 1024;
/**
 * Pieces read ahead of the seal, at most (16 MiB): slack enough that neither worker waits on the other when one is
 * briefly put aside on a busy phone, and memory stays flat however fast the file is read.
 */
export const PIECES_AHEAD = 16;

/** The messages a port receives, one at a time, in order. */
function messagesOf<T>(port: MessagePort): () => Promise<T> {
	const waiting: T[] = [];
	const takers: ((message: T) => void)[] = [];
	port.onmessage = ({ data }: MessageEvent<T>) => {
		const taker = takers.shift();
		if (taker) taker(data);
		else waiting.push(data);
	};
	return () =>
		waiting.length > 0
			? Promise.resolve(waiting.shift()!)
			: new Promise<T>((resolve) => takers.push(resolve));
}

/**
 * Reads a Blob's bytes with the reader API (Safari cannot iterate a ReadableStream). Where the browser reads a Blob
 * as bytes (Chromium, Firefox, Node), into the buffers `into` gives, so none is made per read: that halves the cost
 * of reading a large file in Chromium (200 MB in about 100 ms rather than 200). Stopped early, it lets go.
 */
async function* readBlob(
	blob: Blob,
	into: () => Promise<ArrayBuffer>
): AsyncGenerator<Uint8Array<ArrayBuffer>> {
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
		for (;;) {
			const { done, value } = bytes
				? await bytes.read(new Uint8Array(await into()))
				: await (reader as ReadableStreamDefaultReader<Uint8Array>).read();
			if (done) {
				finished = true;
				return;
			}
			// A piece read as it comes may share its buffer with others; it is moved on with a buffer of its own.
			yield bytes ? (value as Uint8Array<ArrayBuffer>) : own(value);
		}
	} finally {
		if (!finished) await reader.cancel().catch(() => undefined);
		reader.releaseLock();
	}
}

/**
 * The pieces the hash worker moves here, each handed back (PieceMessage, FreedPiece) once the next is asked for:
 * by then sealStream has copied it into a chunk of its own.
 */
async function* piecesFrom(port: MessagePort): AsyncGenerator<Uint8Array> {
	const next = messagesOf<PieceMessage>(port);
	try {
		for (;;) {
			const message = await next();
			if ('end' in message) {
				// Said, so the hash worker ends only once every piece is here (an ended worker's messages could be lost).
				port.postMessage({ ended: true } satisfies FreedPiece);
				return;
			}
			yield message.piece;
			port.postMessage({ freed: message.piece.buffer } satisfies FreedPiece, [message.piece.buffer]);
		}
	} finally {
		port.onmessage = null;
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
	const { pieces, id, key, name, limit } = request;
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
		for await (const piece of sealStream(key, piecesFrom(pieces), { ...exhibitStreamOptions(id), onChunk })) {
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
 * Reads the file, once: takes its size and the SHA-256 of its bytes, and moves each piece on to the seal worker
 * (`forward`), never more than PIECES_AHEAD ahead of it. libsodium's SHA-256 is used, as everywhere in the app:
 * hash-wasm measured no clear gain over it, in Node (96–160 against 103–176 MB/s under load) or in Chromium
 * (scripts/bench/seal-page.bench.ts prints both), so a second hashing library would add weight for nothing.
 */
export async function runHash(request: HashRequest): Promise<HashResult> {
	const { blob, forward, name, limit } = request;
	const hash = await createSha256();
	const freed = messagesOf<FreedPiece>(forward);
	let ahead = 0;
	/** A buffer to read into: a new one while few are out, else the next the seal worker hands back. */
	const freedBuffer = async (): Promise<ArrayBuffer> => {
		const message = await freed();
		if (!('freed' in message)) throw new Error('The seal worker ended before the file did');
		ahead--;
		return message.freed;
	};
	const into = async () => (ahead < PIECES_AHEAD ? new ArrayBuffer(READ_BYTES) : freedBuffer());
	let size = 0;
	for await (const piece of readBlob(blob, into)) {
		size += piece.length;
		if (size > limit) throw new ExhibitTooLargeError(name, limit);
		hash.update(piece);
		// Pieces read as they come (no byte stream) take no buffer from `into`: wait here for room instead.
		while (ahead >= PIECES_AHEAD) await freedBuffer();
		forward.postMessage({ piece } satisfies PieceMessage, [piece.buffer]);
		ahead++;
	}
	forward.postMessage({ end: true } satisfies PieceMessage);
	// Every piece freed, then the end heard: the seal worker has the whole file, and this worker may be ended.
	for (;;) if (!('freed' in (await freed()))) break;
	return { size, sha256: hash.digestHex() };
}
