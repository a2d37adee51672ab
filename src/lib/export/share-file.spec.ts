import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { deriveKey, type KdfParams } from '$lib/crypto';
import { collectBytes, concatBytes, seededBytes } from '$lib/testing/bytes';
import { FAST_KDF } from '$lib/testing/fast-kdf';
import * as errors from './errors';
import {
	openShareFile,
	unsealShareFile,
	sealShareFile,
	SHARE_HEADER_BYTES,
	type OpenShareOptions
} from './share-file';

const PASSPHRASE = 'correct horse battery staple';

async function seal(plaintext: Uint8Array, passphrase = PASSPHRASE): Promise<Uint8Array> {
	return collectBytes(sealShareFile(passphrase, [plaintext], FAST_KDF));
}

async function openError(file: Uint8Array, options: OpenShareOptions = {}, passphrase = PASSPHRASE) {
	try {
		await unsealShareFile(passphrase, file, options);
	} catch (error) {
		return error;
	}
	return null;
}

// 150 KB: three chunks, so damage can land in the first, a middle or the last one.
const PLAINTEXT = seededBytes(150_000);
const sealedOnce = seal(PLAINTEXT);

describe('sealShareFile and openShareFile', () => {
	it('round-trips, and the file starts with the neutral magic', async () => {
		const file = await sealedOnce;
		expect(new TextDecoder().decode(file.subarray(0, 7))).toBe('CALCDAT');
		expect(file[7]).toBe(1);
		expect(await unsealShareFile(PASSPHRASE, file)).toEqual(PLAINTEXT);
	});

	it('round-trips empty input and input of exactly one chunk', async () => {
		for (const plaintext of [new Uint8Array(0), seededBytes(64 * 1024, 2)]) {
			expect(await unsealShareFile(PASSPHRASE, await seal(plaintext))).toEqual(plaintext);
		}
	});

	it('opens from a stream of odd-sized pieces', async () => {
		const file = await sealedOnce;
		async function* pieces() {
			for (let offset = 0; offset < file.length; offset += 1001) yield file.subarray(offset, offset + 1001);
		}
		const out: Uint8Array[] = [];
		for await (const piece of openShareFile(PASSPHRASE, pieces())) out.push(piece);
		expect(out.length).toBe(3);
		expect(concatBytes(...out)).toEqual(PLAINTEXT);
	});

	it('says the passphrase is wrong when it is', async () => {
		expect(await openError(await sealedOnce, {}, 'wrong passphrase')).toBeInstanceOf(
			errors.ShareWrongPassphraseError
		);
	});

	it('finds a file cut short anywhere', async () => {
		const file = await sealedOnce;
		for (const length of [
			8,
			SHARE_HEADER_BYTES - 1,
			SHARE_HEADER_BYTES,
			SHARE_HEADER_BYTES + 2,
			70_000,
			file.length - 1
		]) {
			expect(await openError(file.subarray(0, length))).toBeInstanceOf(errors.ShareDamagedError);
		}
		// A whole last frame missing: every chunk before it opens, but the FINAL tag never comes.
		const lastFrame = 4 + (150_000 - 2 * 65_536) + 17;
		expect(await openError(file.subarray(0, file.length - lastFrame))).toBeInstanceOf(
			errors.ShareDamagedError
		);
	});

	it('finds a flipped bit after the first chunk, and anything added at the end', async () => {
		const file = await sealedOnce;
		const flipped = file.slice();
		flipped[100_000] = (flipped[100_000] as number) ^ 0x01;
		expect(await openError(flipped)).toBeInstanceOf(errors.ShareDamagedError);
		const extended = concatBytes(file, new Uint8Array([0, 0, 0, 0]));
		expect(await openError(extended)).toBeInstanceOf(errors.ShareDamagedError);
	});

	it('names an unknown version rather than calling the file damaged', async () => {
		const file = (await sealedOnce).slice();
		file[7] = 2;
		const error = await openError(file);
		expect(error).toBeInstanceOf(errors.ShareVersionError);
		expect((error as errors.ShareVersionError).version).toBe(2);
	});

	it('says when something is not a share file at all', async () => {
		for (const bytes of [new Uint8Array(0), new TextEncoder().encode('PK\u0003\u0004 a zip file')]) {
			expect(await openError(bytes)).toBeInstanceOf(errors.NotAShareFileError);
		}
	});

	it('refuses Argon2id parameters a hostile file could use to hang the app, before running it', async () => {
		const derive = vi.fn(deriveKey);
		for (const [offset, value] of [
			[8, 1000],
			[12, 1024 * 1024 * 1024],
			[12, 1024]
		] as const) {
			const file = (await sealedOnce).slice();
			new DataView(file.buffer).setUint32(offset, value);
			expect(await openError(file, { deriveKey: derive })).toBeInstanceOf(errors.ShareDamagedError);
		}
		expect(derive).not.toHaveBeenCalled();
	});

	it('refuses a frame that claims more than one chunk, without reading it', async () => {
		const file = (await sealedOnce).slice();
		new DataView(file.buffer).setUint32(SHARE_HEADER_BYTES, 0xffffffff);
		expect(await openError(file)).toBeInstanceOf(errors.ShareDamagedError);
	});

	it('stops at the size limit', async () => {
		expect(await openError(await sealedOnce, { maxBytes: 100_000 })).toBeInstanceOf(
			errors.ShareTooLargeError
		);
	});

	it('refuses to seal with parameters it would refuse to open', async () => {
		const sealing = sealShareFile(PASSPHRASE, [new Uint8Array(1)], { ops: 1, mem: 1024 });
		await expect(sealing.next()).rejects.toBeInstanceOf(RangeError);
	});
});

describe('openShareFile against damage (property)', () => {
	type Mutation =
		| { kind: 'flip'; position: number; bit: number }
		| { kind: 'truncate'; length: number }
		| { kind: 'insert'; position: number; bytes: Uint8Array }
		| { kind: 'delete'; position: number; count: number }
		| { kind: 'set-header'; position: number; value: number }
		| { kind: 'copy'; from: number; to: number; count: number };

	function mutate(file: Uint8Array, m: Mutation): Uint8Array {
		const out = file.slice();
		switch (m.kind) {
			case 'flip':
				out[m.position] = (out[m.position] as number) ^ (1 << m.bit);
				return out;
			case 'truncate':
				return out.subarray(0, m.length);
			case 'insert':
				return concatBytes(file.subarray(0, m.position), m.bytes, file.subarray(m.position));
			case 'delete':
				return concatBytes(file.subarray(0, m.position), file.subarray(m.position + m.count));
			case 'set-header':
				// Always a change: the same value would leave the file as it was.
				out[m.position] = m.value === out[m.position] ? m.value ^ 0xff : m.value;
				return out;
			case 'copy':
				// Overwrites a run of bytes with a copy of another run: frames moved or duplicated.
				out.set(file.subarray(m.from, m.from + Math.min(m.count, file.length - m.to)), m.to);
				return out;
		}
	}

	it('opens to exactly the original or throws a typed error, for thousands of damaged files', async () => {
		const file = await sealedOnce;
		const length = file.length;
		// Argon2id runs once per distinct salt at the test parameters; any other parameters get an unrelated key
		// straight away, as Argon2id would give, so a mutated memory size cannot make a case take seconds.
		const keys = new Map<string, Uint8Array>();
		const memoisedDerive = async (passphrase: string, params: KdfParams) => {
			const id = `${passphrase}|${Buffer.from(params.salt).toString('hex')}|${params.ops}|${params.mem}`;
			let key = keys.get(id);
			if (!key) {
				key =
					params.ops === FAST_KDF.ops && params.mem === FAST_KDF.mem
						? await deriveKey(passphrase, params)
						: new Uint8Array(createHash('sha256').update(id).digest());
				keys.set(id, key);
			}
			// openShareFile wipes the key after use, so it gets a copy.
			return key.slice();
		};
		const anywhere = fc.integer({ min: 0, max: length - 1 });
		// Mostly after the header, where most of the file is; the header gets its own mutation kind.
		const body = fc.oneof(
			{ weight: 1, arbitrary: fc.integer({ min: 0, max: SHARE_HEADER_BYTES - 1 }) },
			{ weight: 9, arbitrary: fc.integer({ min: SHARE_HEADER_BYTES, max: length - 1 }) }
		);
		const mutation: fc.Arbitrary<Mutation> = fc.oneof(
			fc.record({ kind: fc.constant('flip' as const), position: body, bit: fc.integer({ min: 0, max: 7 }) }),
			fc.record({ kind: fc.constant('truncate' as const), length: anywhere }),
			fc.record({
				kind: fc.constant('insert' as const),
				position: fc.integer({ min: 0, max: length }),
				bytes: fc.uint8Array({ minLength: 1, maxLength: 32 })
			}),
			fc.record({
				kind: fc.constant('delete' as const),
				position: anywhere,
				count: fc.integer({ min: 1, max: 200 })
			}),
			fc.record({
				kind: fc.constant('set-header' as const),
				position: fc.integer({ min: 0, max: SHARE_HEADER_BYTES - 1 }),
				value: fc.integer({ min: 0, max: 255 })
			}),
			fc.record({
				kind: fc.constant('copy' as const),
				from: anywhere,
				to: anywhere,
				count: fc.integer({ min: 1, max: 70_000 })
			})
		);

		await fc.assert(
			fc.asyncProperty(mutation, async (m) => {
				const damaged = mutate(file, m);
				let opened: Uint8Array | null = null;
				try {
					opened = await unsealShareFile(PASSPHRASE, damaged, { deriveKey: memoisedDerive });
				} catch (error) {
					// Only the typed errors, never a library's own exception; and nothing returned.
					expect(error).toBeInstanceOf(errors.ShareFileError);
					expect(opened).toBeNull();
					return;
				}
				// Only a mutation that changed nothing (a run copied onto itself) may open, and then to the original.
				// Compared with Buffer.equals: Vitest's deep equality takes far too long on 150 KB, thousands of times.
				expect(Buffer.from(opened).equals(PLAINTEXT)).toBe(true);
				expect(Buffer.from(damaged).equals(file)).toBe(true);
			}),
			{ numRuns: 2500 }
		);
	}, 60_000);
});

describe('the file format', () => {
	// A share file sealed by the app before the stream framing moved into crypto/: two frames, one full chunk and
	// the FINAL one. Files already sent to a solicitor or kept on a USB stick must open for ever.
	it('still opens a file sealed by an earlier version', async () => {
		const file = new Uint8Array(readFileSync(new URL('./fixtures/share-format-1.calcdat', import.meta.url)));
		expect(file.length).toBe(SHARE_HEADER_BYTES + 2 * 4 + 65_536 + 1000 + 2 * 17);
		expect(await unsealShareFile(PASSPHRASE, file)).toEqual(seededBytes(65_536 + 1000, 7));
	});
});
