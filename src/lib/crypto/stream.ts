// Large things (exhibits, share files) are sealed as a stream of 64 KiB chunks with crypto_secretstream, so a 200 MB
// video never sits whole in memory, and a stream that was cut short, reordered or extended is detected: every chunk
// is authenticated in order and the last one carries the FINAL tag.
//
// Sealed form, as a sequence of pieces: piece 0 is [format version: 1 byte][secretstream header: 24 bytes]; each
// later piece is one sealed chunk of at most CHUNK_BYTES of plaintext (plus 17 bytes of overhead).
import { StreamDamagedError, UnknownFormatError } from './errors';
import { loadSodium, releaseStreamState, type Sodium } from './sodium';

export const STREAM_FORMAT = 1;
export const CHUNK_BYTES = 64 * 1024;

type Bytes = Uint8Array<ArrayBufferLike>;

/** Cuts any stream of byte arrays into pieces of exactly `size` bytes (the last may be shorter). */
export async function* rechunk(source: AsyncIterable<Bytes> | Iterable<Bytes>, size = CHUNK_BYTES) {
	let buffer = new Uint8Array(size);
	let filled = 0;
	for await (const piece of source) {
		let offset = 0;
		while (offset < piece.length) {
			const take = Math.min(size - filled, piece.length - offset);
			buffer.set(piece.subarray(offset, offset + take), filled);
			filled += take;
			offset += take;
			if (filled === size) {
				yield buffer;
				buffer = new Uint8Array(size);
				filled = 0;
			}
		}
	}
	if (filled > 0) yield buffer.subarray(0, filled);
}

export interface StreamSealer {
	/** Piece 0: the format byte and the secretstream header. */
	readonly header: Uint8Array;
	/** Seals one chunk; `last` marks the end of the stream and must be set on exactly one, the final, chunk. */
	push(chunk: Bytes, last: boolean): Uint8Array;
}

export function streamSealer(sodium: Sodium, key: Uint8Array, ad: string | null = null): StreamSealer {
	const { state, header } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
	const piece0 = new Uint8Array(1 + header.length);
	piece0[0] = STREAM_FORMAT;
	piece0.set(header, 1);
	let finished = false;
	return {
		header: piece0,
		push(chunk, last) {
			if (finished) throw new StreamDamagedError();
			finished = last;
			const tag = last
				? sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
				: sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
			const sealed = sodium.crypto_secretstream_xchacha20poly1305_push(state, chunk as Uint8Array, ad, tag);
			if (last) releaseStreamState(sodium, state);
			return sealed;
		}
	};
}

export interface StreamOpener {
	/** Opens the next sealed chunk in order; throws StreamDamagedError if it was altered or is out of place. */
	pull(sealed: Bytes): Uint8Array;
	/** True once the FINAL chunk has been opened. */
	readonly finished: boolean;
}

export function streamOpener(
	sodium: Sodium,
	key: Uint8Array,
	piece0: Bytes,
	ad: string | null = null
): StreamOpener {
	const headerBytes = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES;
	if (piece0.length !== 1 + headerBytes) throw new StreamDamagedError();
	if (piece0[0] !== STREAM_FORMAT) throw new UnknownFormatError();
	let state;
	try {
		state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(piece0.subarray(1) as Uint8Array, key);
	} catch {
		throw new StreamDamagedError();
	}
	let finished = false;
	let damaged = false;
	return {
		get finished() {
			return finished;
		},
		pull(sealed) {
			if (finished) throw new StreamDamagedError();
			if (damaged) throw new StreamDamagedError();
			let result: { message: Uint8Array; tag: number } | false;
			try {
				result = sodium.crypto_secretstream_xchacha20poly1305_pull(state, sealed as Uint8Array, ad);
			} catch {
				result = false;
			}
			if (!result) {
				// A damaged stream is never read further: its key goes now.
				damaged = true;
				releaseStreamState(sodium, state);
				throw new StreamDamagedError();
			}
			if (result.tag === sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
				finished = true;
				releaseStreamState(sodium, state);
			}
			return result.message;
		}
	};
}

/**
 * Seals a byte stream: yields piece 0 (header) and then one sealed piece per 64 KiB of plaintext. An empty source
 * still yields one (empty) FINAL chunk, so "empty" and "cut short" can be told apart.
 */
export async function* sealStream(
	key: Uint8Array,
	source: AsyncIterable<Bytes> | Iterable<Bytes>,
	ad: string | null = null
): AsyncGenerator<Uint8Array> {
	const sealer = streamSealer(await loadSodium(), key, ad);
	yield sealer.header;
	// Hold one chunk back, so the last one can be marked FINAL.
	let pending: Bytes | undefined;
	for await (const chunk of rechunk(source)) {
		if (pending) yield sealer.push(pending, false);
		pending = chunk;
	}
	yield sealer.push(pending ?? new Uint8Array(0), true);
}

/** Opens a sealed stream piece by piece; throws StreamDamagedError if it was cut short, reordered or extended. */
export async function* openStream(
	key: Uint8Array,
	pieces: AsyncIterable<Bytes> | Iterable<Bytes>,
	ad: string | null = null
): AsyncGenerator<Uint8Array> {
	const sodium = await loadSodium();
	let opener: StreamOpener | undefined;
	for await (const piece of pieces) {
		if (!opener) {
			opener = streamOpener(sodium, key, piece, ad);
			continue;
		}
		yield opener.pull(piece);
	}
	if (!opener) throw new StreamDamagedError();
	if (!opener.finished) throw new StreamDamagedError();
}
