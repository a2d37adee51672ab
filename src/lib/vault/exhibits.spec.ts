import 'fake-indexeddb/auto';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHUNK_BYTES } from '$lib/crypto';
import type { ExhibitRef } from '$lib/domain/incident';
import { formatIsoDateTime } from '$lib/domain/iso-time';
import { FIXED_NOW } from '$lib/domain/test-factories';
import { errorMessage } from '$lib/messages/errors';
import { sha256Hex } from '$lib/testing/bytes';
import { FAST_VAULT } from '$lib/testing/fast-kdf';
import { fullOnSecondChunkWrite, useTestDiaries } from '$lib/testing/vault';
import { VaultDb, type HeaderRow } from './db';
import {
	ExhibitDamagedError,
	ExhibitTooLargeError,
	LockedError,
	SealCancelledError,
	StorageFullError
} from './errors';
import {
	MAX_EXHIBIT_BYTES,
	deleteExhibit,
	openExhibit,
	readExhibitBlob,
	readThumbnail,
	sealExhibit,
	storeThumbnail,
	verifyExhibit,
	type ExhibitSource
} from './exhibits';
import { Vault } from './vault';

const diaries = useTestDiaries('exhibits');
let db: VaultDb;
let vault: Vault;

beforeEach(async () => {
	db = diaries.newDb();
	vault = await Vault.create(db, 'pass', FAST_VAULT);
});
afterEach(() => {
	vi.restoreAllMocks();
	vault.lock();
});

function fileOf(bytes: Uint8Array, name = 'photo.jpg', lastModified?: number): ExhibitSource {
	const blob = new Blob([new Uint8Array(bytes)]);
	return { name, type: 'image/jpeg', size: blob.size, lastModified, stream: () => blob.stream() };
}

/** A source that yields `pieces` 64 KiB pieces, then either ends or (if `hang`) waits forever for more. */
function piecesOf(pieces: number, size: number, hang = false): ExhibitSource {
	let sent = 0;
	return {
		name: 'video.mp4',
		type: 'video/mp4',
		size,
		stream: () =>
			new ReadableStream<Uint8Array>({
				pull(controller) {
					if (sent < pieces) {
						sent++;
						controller.enqueue(new Uint8Array(CHUNK_BYTES).fill(sent));
					} else if (hang) {
						return new Promise<void>(() => undefined);
					} else {
						controller.close();
					}
				}
			})
	};
}

async function hashOpened(ref: ExhibitRef): Promise<string> {
	const hash = createHash('sha256');
	for await (const piece of openExhibit(vault, ref)) {
		expect(piece.length).toBeLessThanOrEqual(CHUNK_BYTES);
		hash.update(piece);
	}
	return hash.digest('hex');
}

describe('sealing and opening', () => {
	it.each([0, 1, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1, 3 * 1024 * 1024 + 5])(
		'round-trips %i bytes, with the SHA-256 of the original bytes',
		async (length) => {
			const bytes = randomBytes(length);
			const ref = await sealExhibit(vault, fileOf(bytes));
			expect(ref.size).toBe(length);
			expect(ref.sha256).toBe(sha256Hex(bytes));
			expect(await db.chunks.where('exhibitId').equals(ref.id).count()).toBe(
				1 + Math.max(1, Math.ceil(length / CHUNK_BYTES))
			);
			expect(await hashOpened(ref)).toBe(ref.sha256);
			const blob = await readExhibitBlob(vault, ref);
			expect(blob.type).toBe('image/jpeg');
			expect(sha256Hex(new Uint8Array(await blob.arrayBuffer()))).toBe(ref.sha256);
			expect(await verifyExhibit(vault, ref)).toBe(true);
		}
	);

	it('fills in the reference: random id, name, type, dates with their offset', async () => {
		const fileTime = Date.UTC(2026, 10, 28, 21, 15);
		const ref = await sealExhibit(vault, fileOf(new Uint8Array([1, 2, 3]), 'bin.jpg', fileTime), {
			now: FIXED_NOW
		});
		expect(ref).toEqual({
			id: expect.stringMatching(/^[0-9a-f]{32}$/) as unknown,
			name: 'bin.jpg',
			type: 'image/jpeg',
			size: 3,
			sha256: sha256Hex(new Uint8Array([1, 2, 3])),
			addedAt: formatIsoDateTime(FIXED_NOW),
			fileDate: formatIsoDateTime(new Date(fileTime))
		});
		const unknownDate = await sealExhibit(vault, { ...fileOf(new Uint8Array(1)), type: '', lastModified: 0 });
		expect(unknownDate.fileDate).toBeUndefined();
		expect(unknownDate.type).toBe('application/octet-stream');
	});

	it('keeps the bare media type, and opens anything off the allow-list only as plain bytes', async () => {
		const svg = new TextEncoder().encode(
			'<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>'
		);
		const sealed = await sealExhibit(vault, { ...fileOf(svg, 'map.svg'), type: 'IMAGE/SVG+XML; charset=x' });
		expect(sealed.type).toBe('image/svg+xml');
		const recording = await sealExhibit(vault, { ...fileOf(svg), type: 'audio/webm;codecs=opus' });
		expect(recording.type).toBe('audio/webm');
		expect((await readExhibitBlob(vault, recording)).type).toBe('audio/webm');

		// A reference from an older diary, a backup or a shared file may carry any spelling; none is given to a Blob.
		for (const type of ['image/svg+xml', 'IMAGE/SVG+XML; charset=x', 'text/html', 'application/pdf', '']) {
			const blob = await readExhibitBlob(vault, { ...sealed, type });
			expect(blob.type, type).toBe('application/octet-stream');
			expect(new Uint8Array(await blob.arrayBuffer())).toEqual(svg);
		}
	});

	it('stores only sealed chunks whose sizes say little about the file', async () => {
		const small = await sealExhibit(vault, fileOf(new Uint8Array([7])));
		const larger = await sealExhibit(vault, fileOf(new Uint8Array(200).fill(7)));
		const rows = await db.chunks.toArray();
		for (const row of rows) expect(Object.keys(row).sort()).toEqual(['exhibitId', 'index', 'sealed']);
		const last = async (id: string) => (await db.chunks.get([id, 1]))?.sealed.length;
		expect(await last(small.id)).toBe(await last(larger.id));
		const sealed = (await db.chunks.get([larger.id, 1]))?.sealed;
		expect(Buffer.from(sealed ?? []).includes(Buffer.from(new Uint8Array(200).fill(7)))).toBe(false);
	});

	it('writes in batches and reports progress up to the size read', async () => {
		const bulkPut = vi.spyOn(db.chunks, 'bulkPut');
		const progress: [number, number][] = [];
		const length = 40 * CHUNK_BYTES + 10;
		const ref = await sealExhibit(vault, fileOf(randomBytes(length)), {
			onProgress: (done, total) => progress.push([done, total])
		});
		expect(bulkPut.mock.calls.length).toBe(3);
		for (const [rows] of bulkPut.mock.calls) expect(rows.length).toBeLessThanOrEqual(16);
		expect(progress.at(-1)).toEqual([length, length]);
		expect(progress.map(([done]) => done)).toEqual([...progress.map(([done]) => done)].sort((a, b) => a - b));
		expect(await verifyExhibit(vault, ref)).toBe(true);
	});
});

describe('damage', () => {
	const name = 'doorbell.mp4';
	let ref: ExhibitRef;
	let other: ExhibitRef;

	beforeEach(async () => {
		ref = await sealExhibit(vault, fileOf(randomBytes(3 * CHUNK_BYTES + 100), name));
		other = await sealExhibit(vault, fileOf(randomBytes(2 * CHUNK_BYTES + 5), 'other.jpg'));
	});

	async function expectDamaged(target = ref): Promise<void> {
		await expect(readExhibitBlob(vault, target)).rejects.toThrow(ExhibitDamagedError);
		await expect(readExhibitBlob(vault, target)).rejects.toMatchObject({ exhibitName: target.name });
		expect(await verifyExhibit(vault, target)).toBe(false);
		// The rest of the diary is unaffected.
		expect(await verifyExhibit(vault, other)).toBe(true);
	}

	async function sealedAt(id: string, index: number): Promise<Uint8Array> {
		const row = await db.chunks.get([id, index]);
		if (!row) throw new Error(`no chunk ${String(index)}`);
		return row.sealed;
	}

	it('detects an altered chunk, and one moved in from another exhibit', async () => {
		const altered = (await sealedAt(ref.id, 2)).slice();
		altered[40] = (altered[40] ?? 0) ^ 1;
		await db.chunks.put({ exhibitId: ref.id, index: 2, sealed: altered });
		await expectDamaged();
		await db.chunks.put({ exhibitId: ref.id, index: 2, sealed: await sealedAt(other.id, 2) });
		await expectDamaged();
	});

	it('detects reordered chunks', async () => {
		const [one, two] = [await sealedAt(ref.id, 1), await sealedAt(ref.id, 2)];
		await db.chunks.bulkPut([
			{ exhibitId: ref.id, index: 1, sealed: two },
			{ exhibitId: ref.id, index: 2, sealed: one }
		]);
		await expectDamaged();
	});

	it('detects a missing middle chunk, a missing last chunk and no chunks at all', async () => {
		await db.chunks.delete([ref.id, 2]);
		await expectDamaged();
		await db.chunks.where('exhibitId').equals(ref.id).delete();
		await expectDamaged();
	});

	it('detects a missing first row (the stream header)', async () => {
		await db.chunks.delete([ref.id, 0]);
		await expectDamaged();
	});

	it('detects a file cut short at a chunk boundary', async () => {
		await db.chunks.delete([ref.id, 4]);
		await expectDamaged();
	});

	it('detects extra chunks after the last, next to it or far past it', async () => {
		const extra = { exhibitId: ref.id, index: 5, sealed: await sealedAt(ref.id, 1) };
		await db.chunks.put(extra);
		await expectDamaged();
		await db.chunks.delete([ref.id, 5]);
		expect(await verifyExhibit(vault, ref)).toBe(true);
		await db.chunks.put({ ...extra, index: 90 });
		await expectDamaged();
	});

	it('detects bytes that no longer match the SHA-256 kept in the incident', async () => {
		const wrongHash = { ...ref, sha256: sha256Hex(new Uint8Array([1])) };
		await expectDamaged(wrongHash);
		await expectDamaged({ ...ref, size: ref.size - 1 });
		expect(await verifyExhibit(vault, ref)).toBe(true);
	});
});

describe('limits, cancelling and a full store', () => {
	it('says what the limit is', () => {
		expect(MAX_EXHIBIT_BYTES).toBe(500 * 1000 * 1000);
		const error = new ExhibitTooLargeError('long.mp4', MAX_EXHIBIT_BYTES);
		expect(errorMessage(error.code, error.facts)).toContain('500 MB');
	});

	it('refuses a file declared over the limit before reading or writing anything', async () => {
		const source = { ...piecesOf(1, MAX_EXHIBIT_BYTES + 1), stream: vi.fn() };
		await expect(sealExhibit(vault, source)).rejects.toMatchObject({
			name: 'ExhibitTooLargeError',
			exhibitName: 'video.mp4',
			limitBytes: MAX_EXHIBIT_BYTES
		});
		expect(source.stream).not.toHaveBeenCalled();
		expect(await db.chunks.count()).toBe(0);
	});

	it('stops a file that is larger than it said, and removes what was written', async () => {
		const kept = await sealExhibit(vault, fileOf(new Uint8Array(5)));
		const maxBytes = 20 * CHUNK_BYTES;
		await expect(sealExhibit(vault, piecesOf(40, 100), { maxBytes })).rejects.toThrow(ExhibitTooLargeError);
		expect(await db.chunks.count()).toBe(2);
		expect(await verifyExhibit(vault, kept)).toBe(true);
	});

	it('cancels mid-way, leaving no chunk behind and what was saved before untouched', async () => {
		const kept = await sealExhibit(vault, fileOf(new Uint8Array(5)));
		const controller = new AbortController();
		const sealing = sealExhibit(vault, piecesOf(100, 100 * CHUNK_BYTES), {
			signal: controller.signal,
			onProgress: () => controller.abort()
		});
		await expect(sealing).rejects.toThrow(SealCancelledError);
		await expect(sealing).rejects.toMatchObject({ name: 'AbortError' });
		expect(await db.chunks.count()).toBe(2);
		expect(await verifyExhibit(vault, kept)).toBe(true);
	});

	it('cancels while waiting for a slow file', async () => {
		const controller = new AbortController();
		const sealing = sealExhibit(vault, piecesOf(20, 100 * CHUNK_BYTES, true), { signal: controller.signal });
		await vi.waitFor(async () => expect(await db.chunks.count()).toBeGreaterThan(0));
		controller.abort();
		await expect(sealing).rejects.toThrow(SealCancelledError);
		expect(await db.chunks.count()).toBe(0);
		await expect(
			sealExhibit(vault, fileOf(new Uint8Array(1)), { signal: controller.signal })
		).rejects.toThrow(SealCancelledError);
	});

	it('turns a full store into StorageFullError and removes the half-written exhibit', async () => {
		const kept = await sealExhibit(vault, fileOf(new Uint8Array(5)));
		const writes = fullOnSecondChunkWrite(db);
		await expect(sealExhibit(vault, fileOf(randomBytes(40 * CHUNK_BYTES)))).rejects.toThrow(StorageFullError);
		expect(writes()).toBe(2);
		expect(await db.chunks.count()).toBe(2);
		expect(await verifyExhibit(vault, kept)).toBe(true);
	});

	it('stops when the diary locks, and does not open exhibits once locked', async () => {
		const ref = await sealExhibit(vault, fileOf(new Uint8Array(5)));
		const sealing = sealExhibit(vault, piecesOf(100, 100 * CHUNK_BYTES), { onProgress: () => vault.lock() });
		await expect(sealing).rejects.toThrow(LockedError);
		expect(await db.chunks.count()).toBe(2);
		await expect(readExhibitBlob(vault, ref)).rejects.toThrow(LockedError);
	});
});

describe('thumbnails and deleting', () => {
	it('seals a thumbnail under its own id and reads it back as a JPEG', async () => {
		const ref = await sealExhibit(vault, fileOf(randomBytes(1000)));
		expect(await readThumbnail(vault, ref)).toBeUndefined();
		const jpeg = randomBytes(20_000);
		const withThumb = await storeThumbnail(vault, ref, jpeg);
		expect(withThumb).toEqual({ ...ref, thumbnailId: expect.stringMatching(/^[0-9a-f]{32}$/) as unknown });
		expect(withThumb.thumbnailId).not.toBe(ref.id);
		const blob = await readThumbnail(vault, withThumb);
		expect(blob?.type).toBe('image/jpeg');
		expect(sha256Hex(new Uint8Array((await blob?.arrayBuffer()) ?? []))).toBe(sha256Hex(jpeg));
		expect(await verifyExhibit(vault, withThumb)).toBe(true);
	});

	it('reports a damaged thumbnail by the exhibit name', async () => {
		const ref = await storeThumbnail(
			vault,
			await sealExhibit(vault, fileOf(new Uint8Array(3))),
			randomBytes(9)
		);
		await db.chunks.delete([ref.thumbnailId ?? '', 1]);
		await expect(readThumbnail(vault, ref)).rejects.toMatchObject({
			name: 'ExhibitDamagedError',
			exhibitName: 'photo.jpg'
		});
	});

	it('deletes an exhibit and its thumbnail, and nothing else', async () => {
		const kept = await sealExhibit(vault, fileOf(new Uint8Array(5)));
		const ref = await storeThumbnail(
			vault,
			await sealExhibit(vault, fileOf(randomBytes(CHUNK_BYTES * 2))),
			new Uint8Array([1])
		);
		await deleteExhibit(vault, ref);
		expect(await db.chunks.count()).toBe(2);
		expect(await verifyExhibit(vault, kept)).toBe(true);
		expect(await verifyExhibit(vault, ref)).toBe(false);
	});
});

describe('the stored format', () => {
	// Chunk rows and the header of a diary sealed by the app before the stream framing moved into crypto/: two
	// chunks (one full, one padded and FINAL) under the diary key. Exhibits already on phones must open for ever.
	it('still opens an exhibit stored by an earlier version', async () => {
		const fixture = JSON.parse(
			readFileSync(new URL('./fixtures/exhibit-format-1.json', import.meta.url), 'utf8')
		) as {
			header: HeaderRow & { kdf: { salt: string }; wrapped: string };
			ref: ExhibitRef;
			chunks: { exhibitId: string; index: number; sealed: string }[];
		};
		const bytes = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));
		const old = new VaultDb(`exhibits-fixture-${Date.now()}`);
		try {
			const { header } = fixture;
			await old.meta.put({
				...header,
				kdf: { ...header.kdf, salt: bytes(header.kdf.salt) },
				wrapped: bytes(header.wrapped)
			});
			await old.chunks.bulkPut(fixture.chunks.map((row) => ({ ...row, sealed: bytes(row.sealed) })));
			const opened = await Vault.unlock(old, 'fixture passphrase');
			const hash = createHash('sha256');
			for await (const piece of openExhibit(opened, fixture.ref)) hash.update(piece);
			opened.lock();
			expect(fixture.chunks).toHaveLength(3);
			expect(hash.digest('hex')).toBe('3098b1ad04464356e5fabf5287c224dbe02d678bca77bcedad0af37751efd2a0');
		} finally {
			old.close();
			await old.delete();
		}
	});
});
