/**
 * The encrypted share and backup file: an evidence pack sealed with its own passphrase (Argon2id, then
 * crypto_secretstream), so it can travel by email or USB stick and be opened only by whoever is told the passphrase.
 *
 * Layout, all integers big-endian:
 *
 *   offset  size  field
 *   0       7     magic, ASCII "CALCDAT": neutral on purpose, so the file does not say what it holds
 *   7       1     file format version (1)
 *   8       4     Argon2id ops
 *   12      4     Argon2id memory in bytes
 *   16      16    salt
 *   32      25    secretstream piece 0 (stream format byte + header), from crypto/stream.ts
 *   57      ...   frames: [4-byte length][sealed chunk], each chunk at most 64 KiB of plaintext; the last has the
 *                 FINAL tag
 *
 * The first 32 bytes are bound to every chunk as additional data, so a changed header fails like a changed chunk.
 * Opening checks every bound before doing any work a hostile file could make expensive: Argon2id parameters are
 * limited, a frame cannot claim more than one chunk's worth of bytes, and the output is capped.
 */
import {
	deriveKey,
	DEFAULT_MEM,
	DEFAULT_OPS,
	KDF_BOUNDS,
	kdfCostWithinBounds,
	type KdfParams
} from '$lib/crypto/kdf';
import { loadSodium } from '$lib/crypto/sodium';
import { CHUNK_BYTES, rechunk, streamOpener, streamSealer, type StreamOpener } from '$lib/crypto/stream';
import {
	NotAShareFileError,
	ShareDamagedError,
	ShareFileError,
	ShareTooLargeError,
	ShareVersionError,
	ShareWrongPassphraseError
} from './errors';

export const SHARE_MAGIC = new TextEncoder().encode('CALCDAT');
export const SHARE_VERSION = 1;
const SALT_BYTES = 16;
const PARAMS_END = SHARE_MAGIC.length + 1 + 4 + 4 + SALT_BYTES;
const PIECE0_BYTES = 1 + 24;
export const SHARE_HEADER_BYTES = PARAMS_END + PIECE0_BYTES;
const FRAME_LENGTH_BYTES = 4;
const SEAL_OVERHEAD = 17;
const MAX_FRAME_BYTES = CHUNK_BYTES + SEAL_OVERHEAD;

/**
 * What a file may ask for, and be sealed with: the same bounds as the vault header (crypto/kdf.ts). The upper bounds
 * keep a hostile file from making the app hang (ops) or run out of memory (mem) before the passphrase is even
 * checked; the lower bounds refuse parameters too weak to protect it.
 */
export const SHARE_KDF_BOUNDS = KDF_BOUNDS;

/** Larger than any pack a phone can hold, small enough that a browser tab survives holding it. */
export const DEFAULT_MAX_SHARE_BYTES = 2 * 1024 * 1024 * 1024;

export interface ShareKdf {
	ops: number;
	mem: number;
}

export interface OpenShareOptions {
	/** The most plaintext bytes to accept; ShareTooLargeError past it. */
	maxBytes?: number;
	/** Key derivation, replaceable in tests so thousands of cases do not each run Argon2id. */
	deriveKey?: (passphrase: string, params: KdfParams) => Promise<Uint8Array>;
}

type Bytes = Uint8Array<ArrayBufferLike>;

function withinBounds(kdf: ShareKdf): boolean {
	return kdfCostWithinBounds(kdf);
}

function toHex(bytes: Uint8Array): string {
	let hex = '';
	for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
	return hex;
}

function frame(sealed: Uint8Array): Uint8Array {
	const out = new Uint8Array(FRAME_LENGTH_BYTES + sealed.length);
	new DataView(out.buffer).setUint32(0, sealed.length);
	out.set(sealed, FRAME_LENGTH_BYTES);
	return out;
}

/**
 * Seals a stream (the evidence pack's zip bytes) into a share file, yielding the header and then one frame per
 * 64 KiB. The app passes the diary's own Argon2id cost, measured on this device at setup (kdf-calibrate.ts); the
 * default is the calibration's floor.
 */
export async function* sealShareFile(
	passphrase: string,
	zipStream: AsyncIterable<Bytes> | Iterable<Bytes>,
	kdf: ShareKdf = { ops: DEFAULT_OPS, mem: DEFAULT_MEM }
): AsyncGenerator<Uint8Array> {
	if (!withinBounds(kdf)) throw new RangeError('Share file key derivation parameters are out of bounds');
	const sodium = await loadSodium();
	const params: KdfParams = {
		alg: 'argon2id13',
		ops: kdf.ops,
		mem: kdf.mem,
		salt: sodium.randombytes_buf(SALT_BYTES)
	};
	const head = new Uint8Array(PARAMS_END);
	head.set(SHARE_MAGIC, 0);
	head[SHARE_MAGIC.length] = SHARE_VERSION;
	const view = new DataView(head.buffer);
	view.setUint32(SHARE_MAGIC.length + 1, kdf.ops);
	view.setUint32(SHARE_MAGIC.length + 5, kdf.mem);
	head.set(params.salt, SHARE_MAGIC.length + 9);

	const key = await deriveKey(passphrase, params);
	try {
		const sealer = streamSealer(sodium, key, toHex(head));
		const header = new Uint8Array(SHARE_HEADER_BYTES);
		header.set(head, 0);
		header.set(sealer.header, PARAMS_END);
		yield header;
		// Hold one chunk back, so the last one can carry the FINAL tag.
		let pending: Bytes | undefined;
		for await (const chunk of rechunk(zipStream)) {
			if (pending) yield frame(sealer.push(pending, false));
			pending = chunk;
		}
		yield frame(sealer.push(pending ?? new Uint8Array(0), true));
	} finally {
		sodium.memzero(key);
	}
}

/** Reads exact byte counts from a stream of arbitrarily sized pieces. */
class ByteReader {
	private readonly iterator: AsyncIterator<Bytes> | Iterator<Bytes>;
	private current: Bytes = new Uint8Array(0);
	private offset = 0;
	private done = false;

	constructor(source: AsyncIterable<Bytes> | Iterable<Bytes>) {
		this.iterator =
			Symbol.asyncIterator in source
				? (source as AsyncIterable<Bytes>)[Symbol.asyncIterator]()
				: (source as Iterable<Bytes>)[Symbol.iterator]();
	}

	private async fill(): Promise<boolean> {
		while (this.offset >= this.current.length) {
			if (this.done) return false;
			const next = await this.iterator.next();
			if (next.done) {
				this.done = true;
				return false;
			}
			this.current = next.value;
			this.offset = 0;
		}
		return true;
	}

	/** Up to `count` bytes; fewer only at the end of the stream. */
	async read(count: number): Promise<Uint8Array> {
		if (!(await this.fill())) return new Uint8Array(0);
		if (this.current.length - this.offset >= count) {
			const slice = this.current.subarray(this.offset, this.offset + count) as Uint8Array;
			this.offset += count;
			return slice;
		}
		const out = new Uint8Array(count);
		let filled = 0;
		while (filled < count && (await this.fill())) {
			const take = Math.min(count - filled, this.current.length - this.offset);
			out.set(this.current.subarray(this.offset, this.offset + take), filled);
			this.offset += take;
			filled += take;
		}
		return filled === count ? out : out.subarray(0, filled);
	}

	async close(): Promise<void> {
		if (!this.done) await this.iterator.return?.();
	}
}

interface OpenedHeader {
	params: KdfParams;
	additionalData: string;
	piece0: Uint8Array;
}

async function readHeader(reader: ByteReader): Promise<OpenedHeader> {
	const start = await reader.read(SHARE_MAGIC.length + 1);
	const magicLength = Math.min(start.length, SHARE_MAGIC.length);
	const magicMatches = SHARE_MAGIC.subarray(0, magicLength).every((byte, i) => start[i] === byte);
	if (start.length < SHARE_MAGIC.length || !magicMatches) throw new NotAShareFileError();
	const version = start[SHARE_MAGIC.length];
	if (version === undefined) throw new ShareDamagedError();
	if (version !== SHARE_VERSION) throw new ShareVersionError(version);

	const rest = await reader.read(SHARE_HEADER_BYTES - start.length);
	if (rest.length < SHARE_HEADER_BYTES - start.length) throw new ShareDamagedError();
	const head = new Uint8Array(SHARE_HEADER_BYTES);
	head.set(start, 0);
	head.set(rest, start.length);
	const view = new DataView(head.buffer);
	const kdf = { ops: view.getUint32(SHARE_MAGIC.length + 1), mem: view.getUint32(SHARE_MAGIC.length + 5) };
	// Checked before Argon2id runs: nothing a file says may make this device hang or run out of memory.
	if (!withinBounds(kdf)) throw new ShareDamagedError();
	const salt = head.slice(SHARE_MAGIC.length + 9, PARAMS_END);
	return {
		params: { alg: 'argon2id13', ops: kdf.ops, mem: kdf.mem, salt },
		additionalData: toHex(head.subarray(0, PARAMS_END)),
		piece0: head.slice(PARAMS_END)
	};
}

async function deriveShareKey(
	passphrase: string,
	params: KdfParams,
	options: OpenShareOptions
): Promise<Uint8Array> {
	try {
		return await (options.deriveKey ?? deriveKey)(passphrase, params);
	} catch {
		// Within the bounds the only way Argon2id fails is running out of memory on this device.
		throw new ShareTooLargeError();
	}
}

function openFirstPiece(opener: () => StreamOpener): StreamOpener {
	try {
		return opener();
	} catch {
		throw new ShareDamagedError();
	}
}

/**
 * Opens a share file as a stream of plaintext pieces (the zip bytes), each authenticated before it is yielded.
 * A piece being yielded does NOT mean the file is whole: only a normal end of the iteration does, because the
 * FINAL tag, and the absence of anything after it, are checked last. Callers that need the whole thing should use
 * `openShareFileToBytes`; callers that stream must discard what they received if the iteration throws.
 *
 * Throws only ShareFileError subclasses: NotAShareFileError, ShareVersionError, ShareWrongPassphraseError (the
 * first chunk did not open: a wrong passphrase, or a damaged header), ShareDamagedError (cut short, altered or
 * extended), ShareTooLargeError.
 */
export async function* openShareFile(
	passphrase: string,
	bytes: AsyncIterable<Bytes> | Iterable<Bytes> | Bytes,
	options: OpenShareOptions = {}
): AsyncGenerator<Uint8Array> {
	const reader = new ByteReader(bytes instanceof Uint8Array ? [bytes] : bytes);
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_SHARE_BYTES;
	let key: Uint8Array | undefined;
	const sodium = await loadSodium();
	try {
		const header = await readHeader(reader);
		key = await deriveShareKey(passphrase, header.params, options);
		const openKey = key;
		const opener = openFirstPiece(() => streamOpener(sodium, openKey, header.piece0, header.additionalData));
		let total = 0;
		let chunks = 0;
		for (;;) {
			const lengthBytes = await reader.read(FRAME_LENGTH_BYTES);
			if (lengthBytes.length === 0) break;
			// Anything at all after the FINAL chunk means the file was extended.
			if (opener.finished || lengthBytes.length < FRAME_LENGTH_BYTES) throw new ShareDamagedError();
			const length = new DataView(lengthBytes.buffer, lengthBytes.byteOffset, 4).getUint32(0);
			if (length < SEAL_OVERHEAD || length > MAX_FRAME_BYTES) throw new ShareDamagedError();
			const sealed = await reader.read(length);
			if (sealed.length < length) throw new ShareDamagedError();
			let message: Uint8Array;
			try {
				message = opener.pull(sealed);
			} catch {
				// The first chunk is where a wrong key shows; after that, a failure can only be damage.
				throw chunks === 0 ? new ShareWrongPassphraseError() : new ShareDamagedError();
			}
			chunks++;
			total += message.length;
			if (total > maxBytes) throw new ShareTooLargeError();
			yield message;
		}
		if (!opener.finished) throw new ShareDamagedError();
	} catch (error) {
		if (error instanceof ShareFileError) throw error;
		// Anything else (a stream source that failed, an unexpected library error) is reported as damage, so the
		// caller has one kind of failure to handle.
		throw new ShareDamagedError();
	} finally {
		if (key) sodium.memzero(key);
		await reader.close();
	}
}

/** Opens a whole share file and returns its plaintext only once the FINAL chunk has been verified. */
export async function openShareFileToBytes(
	passphrase: string,
	bytes: AsyncIterable<Bytes> | Iterable<Bytes> | Bytes,
	options: OpenShareOptions = {}
): Promise<Uint8Array> {
	const pieces: Uint8Array[] = [];
	let total = 0;
	for await (const piece of openShareFile(passphrase, bytes, options)) {
		pieces.push(piece);
		total += piece.length;
	}
	const out = new Uint8Array(total);
	let offset = 0;
	for (const piece of pieces) {
		out.set(piece, offset);
		offset += piece.length;
	}
	return out;
}
