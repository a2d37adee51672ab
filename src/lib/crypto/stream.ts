// Large things (exhibits, share files) are sealed as a stream of 64 KiB chunks with crypto_secretstream, so a 200 MB
// video never sits whole in memory, and a stream that was cut short, reordered or extended is detected: every chunk
// is authenticated in order and the last one carries the FINAL tag. This is the one framing both use; each adds
// only its own envelope (the exhibit's format byte, the share file's header and length prefixes).
//
// Sealed form, as a sequence of pieces: piece 0 is [format version: 1 byte][secretstream header: 24 bytes]; each
// later piece is one sealed chunk of at most CHUNK_BYTES of plaintext (plus STREAM_OVERHEAD bytes). With
// `padBlock`, the last chunk's plaintext is padded (ISO/IEC 7816-4, as records are) to a multiple of it.
import { StreamDamagedError, UnknownFormatError } from './errors';
import { loadSodium, releaseStreamState, type Sodium } from './sodium';

export const STREAM_FORMAT = 1;
export const CHUNK_BYTES = 64 * 1024;
/** The length of piece 0: the format byte and the secretstream header. */
export const STREAM_HEADER_BYTES = 1 + 24;
/** What sealing adds to every chunk: secretstream's tag byte and its 16-byte MAC. */
export const STREAM_OVERHEAD = 17;

export type Bytes = Uint8Array<ArrayBufferLike>;
export type ByteSource = AsyncIterable<Bytes> | Iterable<Bytes>;

export interface StreamOptions {
	/** Bound to every chunk, so a chunk moved in from another stream, or a changed header it names, does not open. */
	readonly additionalData?: string | null;
	/** Pads the last chunk's plaintext to a multiple of this many bytes, so the sealed size says little. */
	readonly padBlock?: number;
	/**
	 * Sealing only: sees each plaintext chunk as it is cut, before it is sealed, so a caller can hash or count the
	 * bytes in the same pass (64 KiB at a time, which keeps them in cache) or stop the stream by throwing.
	 */
	readonly onChunk?: (chunk: Bytes) => void;
}

/** Cuts any stream of byte arrays into pieces of exactly `size` bytes (the last may be shorter). */
export async function* rechunk(source: ByteSource, size = CHUNK_BYTES) {
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

/**
 * Seals a byte stream: yields piece 0 (header) and then one sealed piece per 64 KiB of plaintext. An empty source
 * still yields one (empty) FINAL chunk, so "empty" and "cut short" can be told apart.
 */
export async function* sealStream(
	key: Uint8Array,
	source: ByteSource,
	options: StreamOptions = {}
): AsyncGenerator<Uint8Array> {
	const sodium = await loadSodium();
	const ad = options.additionalData ?? null;
	const { state, header } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
	const piece0 = new Uint8Array(STREAM_HEADER_BYTES);
	piece0[0] = STREAM_FORMAT;
	piece0.set(header, 1);
	yield piece0;
	const push = (chunk: Bytes, tag: number) =>
		sodium.crypto_secretstream_xchacha20poly1305_push(state, chunk as Uint8Array, ad, tag);
	// Hold one chunk back, so the last one can be padded and marked FINAL.
	let pending: Bytes | undefined;
	for await (const chunk of rechunk(source)) {
		options.onChunk?.(chunk);
		if (pending) yield push(pending, sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
		pending = chunk;
	}
	const last = pending ?? new Uint8Array(0);
	const sealed = push(
		options.padBlock ? sodium.pad(last as Uint8Array, options.padBlock) : last,
		sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
	);
	releaseStreamState(sodium, state);
	yield sealed;
}

type PullState = ReturnType<Sodium['crypto_secretstream_xchacha20poly1305_init_pull']>;

function startPull(sodium: Sodium, key: Uint8Array, piece0: Bytes): PullState {
	if (piece0.length !== STREAM_HEADER_BYTES) throw new StreamDamagedError();
	if (piece0[0] !== STREAM_FORMAT) throw new UnknownFormatError();
	try {
		return sodium.crypto_secretstream_xchacha20poly1305_init_pull(piece0.subarray(1) as Uint8Array, key);
	} catch {
		throw new StreamDamagedError();
	}
}

function unpad(sodium: Sodium, padded: Uint8Array, block: number): Uint8Array {
	try {
		return sodium.unpad(padded, block);
	} catch {
		throw new StreamDamagedError();
	}
}

/**
 * Opens a sealed stream piece by piece, each chunk authenticated before it is yielded; throws StreamDamagedError if
 * it was cut short, reordered or extended, so a caller must not treat the bytes as whole until the iteration ends.
 * With `padBlock`, an empty last chunk (all padding) is not yielded.
 */
export async function* openStream(
	key: Uint8Array,
	pieces: ByteSource,
	options: StreamOptions = {}
): AsyncGenerator<Uint8Array> {
	const sodium = await loadSodium();
	const ad = options.additionalData ?? null;
	let state: PullState | undefined;
	let finished = false;
	for await (const piece of pieces) {
		if (state === undefined) {
			state = startPull(sodium, key, piece);
			continue;
		}
		// Anything at all after the FINAL chunk means the stream was extended.
		if (finished) throw new StreamDamagedError();
		let result: { message: Uint8Array; tag: number } | false;
		try {
			result = sodium.crypto_secretstream_xchacha20poly1305_pull(state, piece as Uint8Array, ad);
		} catch {
			result = false;
		}
		if (!result) {
			// A damaged stream is never read further: its key goes now.
			releaseStreamState(sodium, state);
			throw new StreamDamagedError();
		}
		if (result.tag !== sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
			yield result.message;
			continue;
		}
		finished = true;
		// The FINAL tag has rekeyed the state past every chunk; it is released before the last bytes go out.
		releaseStreamState(sodium, state);
		if (!options.padBlock) yield result.message;
		else {
			const message = unpad(sodium, result.message, options.padBlock);
			if (message.length > 0) yield message;
		}
	}
	if (!finished) throw new StreamDamagedError();
}
