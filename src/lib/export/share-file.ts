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
import { bytesToHex } from '$lib/domain/hex';
import {
	checkKdfParams,
	CHUNK_BYTES,
	deriveKey,
	deriveKeyOffThread,
	DEFAULT_MEM,
	DEFAULT_OPS,
	openStream,
	randomBytes,
	SALT_BYTES,
	sealStream,
	StreamDamagedError,
	STREAM_HEADER_BYTES,
	STREAM_OVERHEAD,
	wipe,
	type ByteSource,
	type KdfParams
} from '$lib/crypto';
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
const PARAMS_END = SHARE_MAGIC.length + 1 + 4 + 4 + SALT_BYTES;
export const SHARE_HEADER_BYTES = PARAMS_END + STREAM_HEADER_BYTES;
const FRAME_LENGTH_BYTES = 4;
const MAX_FRAME_BYTES = CHUNK_BYTES + STREAM_OVERHEAD;

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

/** The parameters a file is sealed with or asks for, checked as the vault header's are (crypto/kdf.ts); or null. */
function shareKdfParams(kdf: ShareKdf, salt: Uint8Array): KdfParams | null {
	try {
		return checkKdfParams({ alg: 'argon2id13', ops: kdf.ops, mem: kdf.mem, salt });
	} catch {
		return null;
	}
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
	zipStream: ByteSource,
	kdf: ShareKdf = { ops: DEFAULT_OPS, mem: DEFAULT_MEM }
): AsyncGenerator<Uint8Array> {
	const params = shareKdfParams(kdf, await randomBytes(SALT_BYTES));
	if (!params) throw new RangeError('Share file key derivation parameters are out of bounds');
	const head = new Uint8Array(PARAMS_END);
	head.set(SHARE_MAGIC, 0);
	head[SHARE_MAGIC.length] = SHARE_VERSION;
	const view = new DataView(head.buffer);
	view.setUint32(SHARE_MAGIC.length + 1, kdf.ops);
	view.setUint32(SHARE_MAGIC.length + 5, kdf.mem);
	head.set(params.salt, SHARE_MAGIC.length + 9);

	const key = await deriveKeyOffThread(passphrase, params);
	try {
		let piece0 = true;
		for await (const piece of sealStream(key, zipStream, { additionalData: bytesToHex(head) })) {
			if (!piece0) {
				yield frame(piece);
				continue;
			}
			piece0 = false;
			const header = new Uint8Array(SHARE_HEADER_BYTES);
			header.set(head, 0);
			header.set(piece, PARAMS_END);
			yield header;
		}
	} finally {
		wipe(key);
	}
}

/** Reads exact byte counts from a stream of arbitrarily sized pieces. */
class ByteReader {
	private readonly iterator: AsyncIterator<Bytes> | Iterator<Bytes>;
	private current: Bytes = new Uint8Array(0);
	private offset = 0;
	private done = false;

	constructor(source: ByteSource) {
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
	const params = shareKdfParams(kdf, head.slice(SHARE_MAGIC.length + 9, PARAMS_END));
	if (!params) throw new ShareDamagedError();
	return {
		params,
		additionalData: bytesToHex(head.subarray(0, PARAMS_END)),
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

/**
 * The stream's pieces as the file frames them: piece 0 from the header, then each frame's sealed chunk, its length
 * checked before it is read. `frames` counts the chunks handed on, so a failure can be placed.
 */
async function* framedPieces(reader: ByteReader, piece0: Uint8Array, frames: { count: number }) {
	yield piece0;
	for (;;) {
		const lengthBytes = await reader.read(FRAME_LENGTH_BYTES);
		if (lengthBytes.length === 0) return;
		if (lengthBytes.length < FRAME_LENGTH_BYTES) throw new ShareDamagedError();
		const length = new DataView(lengthBytes.buffer, lengthBytes.byteOffset, 4).getUint32(0);
		if (length < STREAM_OVERHEAD || length > MAX_FRAME_BYTES) throw new ShareDamagedError();
		const sealed = await reader.read(length);
		if (sealed.length < length) throw new ShareDamagedError();
		frames.count++;
		yield sealed;
	}
}

/**
 * Opens a share file as a stream of plaintext pieces (the zip bytes), each authenticated before it is yielded.
 * A piece being yielded does NOT mean the file is whole: only a normal end of the iteration does, because the
 * FINAL tag, and the absence of anything after it, are checked last. Callers that need the whole thing should use
 * `unsealShareFile`; callers that stream must discard what they received if the iteration throws.
 *
 * Throws only ShareFileError subclasses: NotAShareFileError, ShareVersionError, ShareWrongPassphraseError (the
 * first chunk did not open: a wrong passphrase, or a damaged header), ShareDamagedError (cut short, altered or
 * extended), ShareTooLargeError.
 */
export async function* openShareFile(
	passphrase: string,
	bytes: ByteSource | Bytes,
	options: OpenShareOptions = {}
): AsyncGenerator<Uint8Array> {
	const reader = new ByteReader(bytes instanceof Uint8Array ? [bytes] : bytes);
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_SHARE_BYTES;
	let key: Uint8Array | undefined;
	try {
		const header = await readHeader(reader);
		key = await deriveShareKey(passphrase, header.params, options);
		const frames = { count: 0 };
		const pieces = framedPieces(reader, header.piece0, frames);
		let total = 0;
		let messages = 0;
		try {
			for await (const message of openStream(key, pieces, { additionalData: header.additionalData })) {
				messages++;
				total += message.length;
				if (total > maxBytes) throw new ShareTooLargeError();
				yield message;
			}
		} catch (error) {
			// The first chunk is where a wrong key shows; anything else, or later, can only be damage.
			if (error instanceof StreamDamagedError && frames.count === 1 && messages === 0) {
				throw new ShareWrongPassphraseError();
			}
			throw error;
		}
	} catch (error) {
		if (error instanceof ShareFileError) throw error;
		// Anything else (a damaged stream, a stream source that failed, an unexpected library error) is reported as
		// damage, so the caller has one kind of failure to handle.
		throw new ShareDamagedError();
	} finally {
		if (key) wipe(key);
		await reader.close();
	}
}

/** Opens a whole share file and returns its plaintext only once the FINAL chunk has been verified. */
export async function unsealShareFile(
	passphrase: string,
	bytes: ByteSource | Bytes,
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
