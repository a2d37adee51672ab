// The export worker's requests, answered over a real MessageChannel: the page's end runs makeInWorker, the worker's
// end runs runExport under serveTask, and every message goes through structured clone as between threads (only
// spawning the thread is left out: Node has no Web Worker; the module workers themselves run in Chromium end to
// end). Each file must be the very file made on one thread, byte for byte, with the same progress and errors.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { computeMac } from '$lib/crypto/mac';
import { randomBytes } from '$lib/crypto/random';
import type { ExhibitRef } from '$lib/domain/incident';
import { makeIncident } from '$lib/domain/test-factories';
import { sha256Hex } from '$lib/testing/bytes';
import { FAST_KDF } from '$lib/testing/fast-kdf';
import { ExhibitDamagedError } from '$lib/vault/errors';
import { runningTasks, runTask, stopAllTasks } from '$lib/workers/tasks';
import {
	BACKUP_OPTIONS,
	collectBlob,
	makeCsv,
	makeJson,
	makePackStream,
	makePdf,
	prepareExport,
	type DiarySnapshot,
	type PackSources
} from './diary-export';
import { PackExhibitChangedError } from './errors';
import { makeInWorker } from './export-in-worker';
import type {
	ExportBase,
	ExportCalls,
	ExportProgress,
	ExportRequest,
	ExportResult,
	PdfRequest,
	PdfResult
} from './export-protocol';
import { exhibitsFromPage, runExport, runPdfExport, sendToPage } from './export-work';
import { phoneJpeg } from './image-fixtures';
import { serialiseError } from './open-file-protocol';
import { unsealShareFile } from './share-file';
import { buildChain, makeExhibit, nodeFonts } from './test-fixtures';
import type { TimelineOptions } from './timeline-rows';
import { FULL, sampleDiary } from './verifiers/verify-fixtures';
import type { Call } from '$lib/workers/serve';
import { channelWorker } from '$lib/testing/channel-worker';

const NOW = new Date('2026-11-29T08:00:00.000Z');
const CHUNK = 4096;
const PASSPHRASE = 'a file passphrase for the export worker spec';

/** A stand-in for `new Worker(export.worker.ts)`: the same serveTask, over a MessageChannel. */
const exportWorker = () =>
	channelWorker<ExportRequest, ExportResult, ExportProgress, ExportCalls>(
		(request, onProgress, call) => runExport(request, onProgress, call, nodeFonts()),
		{ serialise: serialiseError }
	);

/** The vault's openExhibit, as far as the export can tell: the bytes in chunks, one at a time. */
function chunked(files: ReadonlyMap<string, Uint8Array>, read: string[] = []) {
	return async function* (ref: ExhibitRef): AsyncGenerator<Uint8Array> {
		read.push(ref.name);
		const bytes = files.get(ref.id)!;
		for (let at = 0; at < bytes.length; at += CHUNK) yield bytes.slice(at, at + CHUNK);
	};
}

async function theDiary(): Promise<{ snapshot: DiarySnapshot; files: Map<string, Uint8Array> }> {
	const diary = await sampleDiary();
	return {
		snapshot: { ...diary, personName: 'Zofia Wójcik', policeReference: 'HT/123' },
		files: diary.files as Map<string, Uint8Array>
	};
}

const base = (snapshot: DiarySnapshot, options: TimelineOptions = FULL): ExportBase => ({
	diary: snapshot,
	options,
	now: NOW,
	base: 'http://app.invalid/'
});

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/** The same pack made on this thread, as the app made it before, with its progress. */
async function packHere(snapshot: DiarySnapshot, options: TimelineOptions, sources: Partial<PackSources>) {
	const prepared = await prepareExport(snapshot, options, NOW);
	const stream = makePackStream(prepared, {
		fonts: nodeFonts(),
		openExhibit: async function* () {},
		...sources
	});
	return bytesOf(await collectBlob(stream, 'application/zip'));
}

// A zip entry's time is the clock's when it is written; held still, two packs made from the same diary are the same.
beforeEach(() => {
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(NOW);
});
afterEach(() => {
	stopAllTasks();
	vi.useRealTimers();
});

describe('an export made in the export worker', () => {
	it('is the evidence pack made on one thread, byte for byte, with the same progress', async () => {
		const { snapshot, files } = await theDiary();
		const { spawn, ended } = exportWorker();
		const seen: (number | undefined)[] = [];
		const made = await makeInWorker(
			{ ...base(snapshot), kind: 'zip' },
			{ openExhibit: chunked(files), onProgress: (f) => seen.push(f) },
			spawn
		);
		expect(made.file.name).toBe('calc-2026-11-29.zip');
		expect(made.file.type).toBe('application/zip');
		expect(made.head).toEqual({ seq: snapshot.chain.at(-1)!.seq, link: snapshot.chain.at(-1)!.link });
		expect(ended.terminated).toBe(true);
		expect(runningTasks()).toBe(0);

		// Progress here was told per chunk, as the bytes passed, over the total to be read.
		const total = [...files.values()].reduce((sum, b) => sum + b.length, 0);
		const expected: (number | undefined)[] = [undefined];
		let done = 0;
		const prepared = await prepareExport(snapshot, FULL, NOW);
		const here = makePackStream(prepared, {
			fonts: nodeFonts(),
			openExhibit: chunked(files),
			onProgress: (bytes) => {
				done = bytes;
				expected.push(Math.min(1, bytes / total));
			}
		});
		const zip = await bytesOf(await collectBlob(here, 'application/zip'));
		expect(done).toBe(total);
		expect(seen).toEqual(expected);
		expect(zip.length).toBeGreaterThan(20_000);
		expect(Buffer.from(await bytesOf(made.file)).equals(Buffer.from(zip))).toBe(true);
	});

	it('makes a disclosure-safe pack with the page drawing a HEIC photo again, as on one thread', async () => {
		const jpeg = phoneJpeg();
		const heic = new TextEncoder().encode('\0\0\0\x18ftypheic\0\0\0\0 a HEIC photo');
		const refs = [
			makeExhibit(1, {
				name: 'doorstep.jpg',
				type: 'image/jpeg',
				size: jpeg.length,
				sha256: sha256Hex(jpeg)
			}),
			makeExhibit(2, {
				name: 'IMG_0042.HEIC',
				type: 'image/heic',
				size: heic.length,
				sha256: sha256Hex(heic)
			})
		];
		const files = new Map<string, Uint8Array>([
			[refs[0]!.id, jpeg],
			[refs[1]!.id, heic]
		]);
		const incident = makeIncident(
			{ whatHappened: 'Left a note on the car', behaviours: ['watching'], exhibits: refs },
			{ id: 41, recordedAt: new Date('2026-11-27T10:00:00.000Z') }
		);
		const snapshot: DiarySnapshot = {
			incidents: [incident],
			people: [],
			chain: await buildChain([incident]),
			personName: '',
			policeReference: '',
			exhibitNumbers: new Map(refs.map((ref, i) => [ref.id, i + 1]))
		};
		const safe: TimelineOptions = { disclosureSafe: true, includePrivateNotes: false };
		const converted: string[] = [];
		// The page's canvas, as far as the pack can tell: a JPEG drawn from the HEIC's pixels.
		const convertImage = async (bytes: Uint8Array, type: string) => {
			converted.push(`${type} ${String(bytes.length)}`);
			return phoneJpeg(1);
		};
		const read: string[] = [];
		const made = await makeInWorker(
			{ ...base(snapshot, safe), kind: 'zip' },
			{ openExhibit: chunked(files, read), convertImage },
			exportWorker().spawn
		);
		expect(converted).toEqual([`image/heic ${String(heic.length)}`]);
		// The photo is read twice (once for its fingerprint, once as the pack streams it), the HEIC once.
		expect(read).toEqual(['doorstep.jpg', 'IMG_0042.HEIC', 'doorstep.jpg']);
		const zip = await packHere(snapshot, safe, { openExhibit: chunked(files), convertImage });
		expect(Buffer.from(await bytesOf(made.file)).equals(Buffer.from(zip))).toBe(true);
	});

	it('makes the CSV and the JSON as on one thread', async () => {
		const { snapshot, files } = await theDiary();
		const prepared = await prepareExport(snapshot, FULL, NOW);
		for (const [kind, text] of [
			['csv', makeCsv(prepared)],
			['json', await makeJson(prepared)]
		] as const) {
			const made = await makeInWorker(
				{ ...base(snapshot), kind },
				{ openExhibit: chunked(files) },
				exportWorker().spawn
			);
			expect(made.file.name).toBe(`calc-2026-11-29.${kind}`);
			const here = new File([text], made.file.name, { type: made.file.type });
			expect(made.file.type).toBe(kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json');
			expect(Buffer.from(await bytesOf(made.file)).equals(Buffer.from(await bytesOf(here)))).toBe(true);
		}
	});

	it('seals a share file and a backup whose pack is the one made on one thread, the backup MAC made by the page', async () => {
		const { snapshot, files } = await theDiary();
		const key = await randomBytes(32);
		const macAsked: number[] = [];
		const backupMac = async (bytes: Uint8Array) => {
			macAsked.push(bytes.length);
			return computeMac(key, bytes);
		};
		const share = await makeInWorker(
			{ ...base(snapshot), kind: 'share', passphrase: PASSPHRASE, kdf: FAST_KDF },
			{ openExhibit: chunked(files), backupMac },
			exportWorker().spawn
		);
		expect(share.file.name).toBe('calc-share-2026-11-29.dat');
		expect(share.file.type).toBe('application/octet-stream');
		// Only a backup is authenticated.
		expect(macAsked).toEqual([]);
		const shared = await unsealShareFile(PASSPHRASE, await bytesOf(share.file));
		const packed = await packHere(snapshot, FULL, { openExhibit: chunked(files) });
		expect(Buffer.from(shared).equals(Buffer.from(packed))).toBe(true);

		const backup = await makeInWorker(
			{ ...base(snapshot), kind: 'backup', passphrase: PASSPHRASE, kdf: FAST_KDF },
			{ openExhibit: chunked(files), backupMac },
			exportWorker().spawn
		);
		expect(backup.file.name).toBe('calc-backup-2026-11-29.dat');
		expect(macAsked).toHaveLength(1);
		const restored = await unsealShareFile(PASSPHRASE, await bytesOf(backup.file));
		const backedUp = await packHere(snapshot, BACKUP_OPTIONS, {
			openExhibit: chunked(files),
			backupMac: (bytes) => computeMac(key, bytes)
		});
		expect(Buffer.from(restored).equals(Buffer.from(backedUp))).toBe(true);
	});

	it('fails with the page’s own error, the very object, when an exhibit turns out damaged as it is read', async () => {
		const { snapshot, files } = await theDiary();
		const damaged = new ExhibitDamagedError('the second');
		let opened = 0;
		let closed = 0;
		const openExhibit = async function* (ref: ExhibitRef): AsyncGenerator<Uint8Array> {
			try {
				const n = ++opened;
				yield* chunked(files)(ref);
				// As the vault finds it at the end: the bytes do not match what was stored.
				if (n === 2) throw damaged;
			} finally {
				closed++;
			}
		};
		const failed = makeInWorker({ ...base(snapshot), kind: 'zip' }, { openExhibit }, exportWorker().spawn);
		await expect(failed).rejects.toBe(damaged);
		expect([opened, closed]).toEqual([2, 2]);
		expect(runningTasks()).toBe(0);
	});

	it('fails with the same typed error as on one thread when an exhibit no longer matches its fingerprint', async () => {
		const { snapshot, files } = await theDiary();
		const altered = new Map(files);
		const [firstId, firstBytes] = [...files][0]!;
		altered.set(
			firstId,
			firstBytes.map((b) => b ^ 1)
		);
		const failed = makeInWorker(
			{ ...base(snapshot), kind: 'zip' },
			{ openExhibit: chunked(altered) },
			exportWorker().spawn
		);
		await expect(failed).rejects.toBeInstanceOf(PackExhibitChangedError);
		await expect(failed).rejects.toMatchObject({ code: 'pack-exhibit-changed', exhibitNumber: 'EXH-001' });
	});

	it('is ended by stopAllTasks (lock, quick exit) while an exhibit is being read, and the page stops reading it', async () => {
		const { snapshot } = await theDiary();
		const big = new Uint8Array(64 * CHUNK);
		const pulled: number[] = [];
		let letGo = false;
		const openExhibit = async function* (): AsyncGenerator<Uint8Array> {
			try {
				for (let at = 0; at < big.length; at += CHUNK) {
					pulled.push(at);
					if (pulled.length === 3) stopAllTasks();
					yield big.slice(at, at + CHUNK);
				}
			} finally {
				letGo = true;
			}
		};
		const { spawn, ended } = exportWorker();
		const stopped = makeInWorker({ ...base(snapshot), kind: 'zip' }, { openExhibit }, spawn);
		await expect(stopped).rejects.toMatchObject({ name: 'AbortError' });
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(ended.terminated).toBe(true);
		expect(letGo).toBe(true);
		expect(pulled).toHaveLength(3);
		expect(runningTasks()).toBe(0);
	});

	it('is ended by its signal, the page letting go of the exhibit it was reading', async () => {
		const { snapshot, files } = await theDiary();
		const controller = new AbortController();
		let letGo = false;
		const openExhibit = async function* (ref: ExhibitRef): AsyncGenerator<Uint8Array> {
			try {
				controller.abort();
				yield* chunked(files)(ref);
			} finally {
				letGo = true;
			}
		};
		const stopped = makeInWorker(
			{ ...base(snapshot), kind: 'zip' },
			{ openExhibit, signal: controller.signal },
			exportWorker().spawn
		);
		await expect(stopped).rejects.toMatchObject({ name: 'AbortError' });
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(letGo).toBe(true);
	});
});

/** A page that answers the exhibit calls from chunks, recording what was asked. */
function fakePage(chunks: number, fail?: Error) {
	const asked: string[] = [];
	let given = 0;
	const call = (async (method: keyof ExportCalls, arg: unknown) => {
		asked.push(method);
		if (method === 'openExhibit') return 7;
		if (method === 'readExhibit') {
			expect(arg).toBe(7);
			if (given === chunks) {
				if (fail) throw fail;
				return null;
			}
			given++;
			return new Uint8Array(CHUNK).fill(given);
		}
		return null;
	}) as Call<ExportCalls>;
	return { call, asked };
}

describe('an exhibit read through the page', () => {
	it('asks for each chunk only once the last has been used, so one chunk is held at a time', async () => {
		const { call, asked } = fakePage(5);
		const reads = () => asked.filter((m) => m === 'readExhibit').length;
		const stream = exhibitsFromPage(call)(makeExhibit(1))[Symbol.asyncIterator]();
		expect(reads()).toBe(0);
		for (let n = 1; n <= 5; n++) {
			const { value } = await stream.next();
			expect(value![0]).toBe(n);
			expect(reads()).toBe(n);
		}
		expect((await stream.next()).done).toBe(true);
		// Read to its end: nothing to close.
		expect(asked).toEqual(['openExhibit', ...Array<string>(6).fill('readExhibit')]);
	});

	it('lets the page’s stream go when it is not read to the end', async () => {
		const { call, asked } = fakePage(5);
		const stream = exhibitsFromPage(call)(makeExhibit(1))[Symbol.asyncIterator]();
		await stream.next();
		await stream.return?.();
		expect(asked).toEqual(['openExhibit', 'readExhibit', 'closeExhibit']);
	});

	it('fails as the page’s read failed, and asks nothing more', async () => {
		const { call, asked } = fakePage(1, new Error('damaged'));
		const read = async () => {
			for await (const _chunk of exhibitsFromPage(call)(makeExhibit(1))) {
				// Reading is the test.
			}
		};
		await expect(read()).rejects.toThrow('damaged');
		expect(asked).toEqual(['openExhibit', 'readExhibit', 'readExhibit']);
	});

	it('hands the file to the page in batches of about a megabyte, each taken before more is made', async () => {
		const pieces: number[] = [];
		let making = 0;
		const call = (async (method: keyof ExportCalls, arg: unknown) => {
			expect(method).toBe('output');
			pieces.push((arg as { value: Uint8Array }).value.length);
			return null;
		}) as Call<ExportCalls>;
		async function* file(): AsyncGenerator<Uint8Array> {
			for (let n = 0; n < 40; n++) {
				making++;
				yield new Uint8Array(64 * 1024);
			}
		}
		await sendToPage(file(), call);
		expect(making).toBe(40);
		expect(pieces).toEqual([1024 * 1024, 1024 * 1024, 512 * 1024]);
	});
});

describe('the PDF alone, made in the PDF worker', () => {
	it('is the PDF made on one thread, byte for byte, from a structured clone of the snapshot', async () => {
		const { snapshot } = await theDiary();
		const request: PdfRequest = base(snapshot);
		const { spawn } = channelWorker<PdfRequest, PdfResult, never>((r) => runPdfExport(r, nodeFonts()), {
			serialise: serialiseError
		});
		const made = await runTask<PdfRequest, PdfResult>(spawn, request);
		expect(made.name).toBe('calc-2026-11-29.pdf');
		expect(made.type).toBe('application/pdf');
		const here = await makePdf(await prepareExport(snapshot, FULL, NOW), nodeFonts());
		expect(made.pdf.length).toBeGreaterThan(10_000);
		expect(Buffer.from(made.pdf).equals(Buffer.from(here))).toBe(true);
	});
});
