import { describe, expect, it } from 'vitest';
import { collectBytes, concatBytes, sha256Hex } from '$lib/testing/bytes';
import { FAST_KDF } from '$lib/testing/fast-kdf';
import {
	CHUNK_BYTES,
	OpenFailedError,
	PAD_BLOCK,
	STREAM_HEADER_BYTES,
	STREAM_OVERHEAD,
	StreamDamagedError,
	UnknownFormatError,
	createRecordCipher,
	createSha256,
	deriveKey,
	newDiaryKey,
	newKdfParams,
	openStream,
	sealStream,
	unwrapKey,
	wrapKey
} from './index';
import { loadSodium } from './sodium';

const text = (s: string) => new TextEncoder().encode(s);

async function collect(pieces: AsyncIterable<Uint8Array>): Promise<Uint8Array[]> {
	const out: Uint8Array[] = [];
	for await (const piece of pieces) out.push(piece.slice());
	return out;
}

function randomBytes(n: number): Uint8Array {
	const out = new Uint8Array(n);
	for (let i = 0; i < n; i += 65536)
		globalThis.crypto.getRandomValues(out.subarray(i, Math.min(n, i + 65536)));
	return out;
}

describe('key derivation', () => {
	it('uses the stored salt and parameters, so the same inputs give the same key', async () => {
		const params = await newKdfParams(FAST_KDF.ops, FAST_KDF.mem);
		expect(params.salt).toHaveLength(16);
		expect(params).toMatchObject({ alg: 'argon2id13', ops: 1, mem: 8 * 1024 * 1024 });
		const a = await deriveKey('correct horse battery staple', params);
		const b = await deriveKey('correct horse battery staple', params);
		expect(a).toEqual(b);
		expect(a).toHaveLength(32);
	});

	it('gives a different key for another salt, other parameters or another passphrase', async () => {
		const params = await newKdfParams(FAST_KDF.ops, FAST_KDF.mem);
		const base = await deriveKey('correct horse battery staple', params);
		const otherSalt = await deriveKey(
			'correct horse battery staple',
			await newKdfParams(FAST_KDF.ops, FAST_KDF.mem)
		);
		const otherOps = await deriveKey('correct horse battery staple', { ...params, ops: 2 });
		const otherPass = await deriveKey('correct horse battery stapler', params);
		for (const other of [otherSalt, otherOps, otherPass]) expect(other).not.toEqual(base);
	});

	it('wraps and unwraps the diary key; a wrong passphrase fails to open it', async () => {
		const params = await newKdfParams(FAST_KDF.ops, FAST_KDF.mem);
		const diaryKey = await newDiaryKey();
		const wrapped = await wrapKey(await deriveKey('right one', params), diaryKey);
		expect(await unwrapKey(await deriveKey('right one', params), wrapped)).toEqual(diaryKey);
		await expect(unwrapKey(await deriveKey('wrong one', params), wrapped)).rejects.toBeInstanceOf(
			OpenFailedError
		);
	});
});

describe('sealed records', () => {
	const binding = { table: 'rows', id: 'a1b2' };

	it('round-trips and starts with the format version byte', async () => {
		const cipher = await createRecordCipher(await newDiaryKey());
		const sealed = cipher.seal(text('hello'), binding);
		expect(sealed[0]).toBe(1);
		expect(new TextDecoder().decode(cipher.open(sealed, binding))).toBe('hello');
		expect(cipher.openJson(cipher.sealJson({ a: [1, 'é'] }, binding), binding)).toEqual({ a: [1, 'é'] });
	});

	it('uses a fresh nonce every time', async () => {
		const cipher = await createRecordCipher(await newDiaryKey());
		const a = cipher.seal(text('same'), binding);
		const b = cipher.seal(text('same'), binding);
		expect(a).not.toEqual(b);
	});

	it('pads the plaintext to a multiple of 256 bytes', async () => {
		const cipher = await createRecordCipher(await newDiaryKey());
		const overhead = 1 + 24 + 16;
		for (const [length, padded] of [
			[0, 256],
			[1, 256],
			[255, 256],
			[256, 512],
			[600, 768]
		] as const) {
			const sealed = cipher.seal(new Uint8Array(length).fill(7), binding);
			expect(sealed.length - overhead).toBe(padded);
			expect((sealed.length - overhead) % PAD_BLOCK).toBe(0);
			expect(cipher.open(sealed, binding)).toEqual(new Uint8Array(length).fill(7));
		}
	});

	it('detects a flipped bit anywhere in the ciphertext', async () => {
		const cipher = await createRecordCipher(await newDiaryKey());
		const sealed = cipher.seal(text('something that happened'), binding);
		for (const position of [1, 12, 30, sealed.length - 1]) {
			const altered = sealed.slice();
			altered[position]! ^= 0x01;
			expect(() => cipher.open(altered, binding)).toThrow(OpenFailedError);
		}
	});

	it('detects a row moved to another id or table', async () => {
		const cipher = await createRecordCipher(await newDiaryKey());
		const sealed = cipher.seal(text('x'), binding);
		expect(() => cipher.open(sealed, { ...binding, id: 'a1b3' })).toThrow(OpenFailedError);
		expect(() => cipher.open(sealed, { ...binding, table: 'chunks' })).toThrow(OpenFailedError);
	});

	it('detects two rows swapped', async () => {
		const cipher = await createRecordCipher(await newDiaryKey());
		const one = cipher.seal(text('one'), { table: 'rows', id: 'id-one' });
		const two = cipher.seal(text('two'), { table: 'rows', id: 'id-two' });
		expect(() => cipher.open(two, { table: 'rows', id: 'id-one' })).toThrow(OpenFailedError);
		expect(() => cipher.open(one, { table: 'rows', id: 'id-two' })).toThrow(OpenFailedError);
	});

	it('refuses an unknown format version rather than guessing', async () => {
		const cipher = await createRecordCipher(await newDiaryKey());
		const sealed = cipher.seal(text('x'), binding);
		sealed[0] = 9;
		expect(() => cipher.open(sealed, binding)).toThrow(UnknownFormatError);
	});

	it('cannot be used after the key is wiped, and the key bytes are zero', async () => {
		const key = await newDiaryKey();
		const cipher = await createRecordCipher(key);
		const sealed = cipher.seal(text('x'), binding);
		cipher.wipe();
		expect(key.every((b) => b === 0)).toBe(true);
		expect(() => cipher.open(sealed, binding)).toThrow(OpenFailedError);
	});
});

describe('sealed streams', () => {
	const sizes = [0, 1, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1, 3 * CHUNK_BYTES + 17, 5 * 1024 * 1024];

	for (const size of sizes) {
		it(`round-trips ${size} bytes, fed in uneven pieces`, async () => {
			const key = await newDiaryKey();
			const data = randomBytes(size);
			// Feed in awkward piece sizes to exercise re-chunking.
			const pieces: Uint8Array[] = [];
			for (let i = 0; i < size; i += 40_000) pieces.push(data.subarray(i, Math.min(size, i + 40_000)));
			const sealed = await collect(sealStream(key, pieces, { additionalData: 'exhibit-1' }));
			expect(sealed.length).toBe(1 + Math.max(1, Math.ceil(size / CHUNK_BYTES)));
			const opened = await collectBytes(openStream(key, sealed, { additionalData: 'exhibit-1' }));
			// Compared as hashes: a deep equality over megabytes is slow and prints badly when it fails.
			expect(opened.length).toBe(size);
			expect(sha256Hex(opened)).toBe(sha256Hex(data));
		});
	}

	async function sealedSample() {
		const key = await newDiaryKey();
		const sealed = await collect(
			sealStream(key, [randomBytes(3 * CHUNK_BYTES + 5)], { additionalData: 'x' })
		);
		return { key, sealed };
	}

	it('detects a truncated stream (last chunk missing)', async () => {
		const { key, sealed } = await sealedSample();
		await expect(
			collect(openStream(key, sealed.slice(0, -1), { additionalData: 'x' }))
		).rejects.toBeInstanceOf(StreamDamagedError);
	});

	it('detects reordered chunks', async () => {
		const { key, sealed } = await sealedSample();
		const swapped = [sealed[0]!, sealed[2]!, sealed[1]!, ...sealed.slice(3)];
		await expect(collect(openStream(key, swapped, { additionalData: 'x' }))).rejects.toBeInstanceOf(
			StreamDamagedError
		);
	});

	it('detects a missing middle chunk', async () => {
		const { key, sealed } = await sealedSample();
		const missing = [sealed[0]!, sealed[1]!, ...sealed.slice(3)];
		await expect(collect(openStream(key, missing, { additionalData: 'x' }))).rejects.toBeInstanceOf(
			StreamDamagedError
		);
	});

	it('detects an extended stream (data after the final chunk)', async () => {
		const { key, sealed } = await sealedSample();
		const extended = [...sealed, sealed[1]!];
		await expect(collect(openStream(key, extended, { additionalData: 'x' }))).rejects.toBeInstanceOf(
			StreamDamagedError
		);
	});

	it('detects an altered chunk and a stream bound to another id', async () => {
		const { key, sealed } = await sealedSample();
		const altered = sealed.map((p) => p.slice());
		altered[2]![10]! ^= 0x80;
		await expect(collect(openStream(key, altered, { additionalData: 'x' }))).rejects.toBeInstanceOf(
			StreamDamagedError
		);
		await expect(collect(openStream(key, sealed, { additionalData: 'y' }))).rejects.toBeInstanceOf(
			StreamDamagedError
		);
	});
});

describe('sealed streams with the last chunk padded', () => {
	const padded = { additionalData: 'exhibit-1', padBlock: PAD_BLOCK };

	for (const size of [0, 1, CHUNK_BYTES, CHUNK_BYTES + 300]) {
		it(`round-trips ${size} bytes, and the last chunk's size says only its block`, async () => {
			const key = await newDiaryKey();
			const data = randomBytes(size);
			const sealed = await collect(sealStream(key, [data], padded));
			const lastPlain = size - (sealed.length - 2) * CHUNK_BYTES;
			expect(sealed.at(-1)!.length).toBe(
				STREAM_OVERHEAD + (Math.floor(lastPlain / PAD_BLOCK) + 1) * PAD_BLOCK
			);
			const opened = await collect(openStream(key, sealed, padded));
			// An empty stream's one chunk is all padding, and is not handed on as an empty piece.
			expect(opened.every((piece) => piece.length > 0)).toBe(true);
			expect(sha256Hex(concatBytes(...opened))).toBe(sha256Hex(data));
		});
	}

	it('finds a stream sealed without padding opened as padded, and the other way round', async () => {
		const key = await newDiaryKey();
		const plain = await collect(sealStream(key, [randomBytes(300)], { additionalData: 'exhibit-1' }));
		await expect(collect(openStream(key, plain, padded))).rejects.toBeInstanceOf(StreamDamagedError);
		const sealed = await collect(sealStream(key, [randomBytes(300)], padded));
		expect((await collectBytes(openStream(key, sealed, { additionalData: 'exhibit-1' }))).length).toBe(
			2 * PAD_BLOCK
		);
	});

	it('names a piece 0 of an unknown format, and calls a short one damaged', async () => {
		const key = await newDiaryKey();
		const sealed = await collect(sealStream(key, [randomBytes(10)], padded));
		const unknown = [new Uint8Array([2, ...sealed[0]!.subarray(1)]), ...sealed.slice(1)];
		await expect(collect(openStream(key, unknown, padded))).rejects.toBeInstanceOf(UnknownFormatError);
		const short = [sealed[0]!.subarray(0, STREAM_HEADER_BYTES - 1), ...sealed.slice(1)];
		await expect(collect(openStream(key, short, padded))).rejects.toBeInstanceOf(StreamDamagedError);
		await expect(collect(openStream(key, [], padded))).rejects.toBeInstanceOf(StreamDamagedError);
	});
});

describe('streaming SHA-256', () => {
	it('equals a one-shot SHA-256 over the same bytes', async () => {
		await loadSodium();
		const data = randomBytes(CHUNK_BYTES * 2 + 123);
		const hasher = await createSha256();
		for (let i = 0; i < data.length; i += 1000) hasher.update(data.subarray(i, i + 1000));
		expect(hasher.digestHex()).toBe(sha256Hex(data));
	});
});
