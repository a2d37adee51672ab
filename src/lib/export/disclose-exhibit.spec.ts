import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import exifr from 'exifr';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '$lib/testing/bytes';
import type { ExhibitRef } from '$lib/domain/incident';
import { makeIncident } from '$lib/domain/test-factories';
import { collectBlob, makePackStream, prepareExport, type DiarySnapshot } from './diary-export';
import { discloseExhibit } from './disclose-exhibit';
import { planDisclosure, previewDisclosure } from './disclosure-plan';
import { PackExhibitChangedError } from './errors';
import { holds, phoneJpeg, SECRETS } from './image-fixtures';
import { readPack } from './read-pack';
import { buildChain, makeExhibit, nodeFonts } from './test-fixtures';
import type { TimelineOptions } from './timeline-rows';

const run = promisify(execFile);
const text = (s: string) => new TextEncoder().encode(s);

function exhibit(n: number, name: string, type: string, bytes: Uint8Array): [ExhibitRef, Uint8Array] {
	return [makeExhibit(n, { name, type, size: bytes.length, sha256: sha256Hex(bytes) }), bytes];
}

const files = [
	exhibit(1, 'doorstep.jpg', 'image/jpeg', phoneJpeg()),
	exhibit(2, 'car.mp4', 'video/mp4', text('\0\0\0\x18ftypisom a video with a GPS atom')),
	exhibit(3, 'IMG_0042.HEIC', 'image/heic', text('\0\0\0\x18ftypheic\0\0\0\0 a HEIC photo')),
	exhibit(4, 'not-really.jpg', 'image/jpeg', text('plain words, not a picture')),
	exhibit(5, 'voicemail.m4a', 'audio/mp4', text('a recording'))
];
const bytesById = new Map(files.map(([ref, bytes]) => [ref.id, bytes]));

async function diary(): Promise<DiarySnapshot> {
	const incident = makeIncident(
		{ whatHappened: 'Left a note on the car', behaviours: ['watching'], exhibits: files.map(([ref]) => ref) },
		{ id: 41, recordedAt: new Date('2026-11-27T10:00:00.000Z') }
	);
	return {
		incidents: [incident],
		people: [],
		chain: await buildChain([incident]),
		personName: '',
		policeReference: '',
		exhibitNumbers: new Map(files.map(([ref], index) => [ref.id, index + 1]))
	};
}

async function pack(options: TimelineOptions, convertImage?: (b: Uint8Array) => Promise<Uint8Array | null>) {
	const opened: string[] = [];
	const prepared = await prepareExport(await diary(), options, new Date('2026-11-29T08:00:00.000Z'));
	const stream = makePackStream(prepared, {
		fonts: nodeFonts(),
		openExhibit: async function* (ref) {
			opened.push(ref.name);
			yield bytesById.get(ref.id)!;
		},
		...(convertImage ? { convertImage } : {})
	});
	const zip = new Uint8Array(await (await collectBlob(stream, 'application/zip')).arrayBuffer());
	return { zip, opened, pack: await readPack(zip) };
}

const SAFE: TimelineOptions = { disclosureSafe: true, includePrivateNotes: false };
const FULL: TimelineOptions = { disclosureSafe: false, includePrivateNotes: false };

describe('a disclosure-safe pack', () => {
	it('holds a cleaned copy of the photo, listed beside the original’s fingerprint, and leaves out the rest', async () => {
		const { pack: opened, opened: read } = await pack(SAFE);
		const [jpegRef, jpegBytes] = files[0]!;
		const entries = new Map(opened.timeline.exhibits.map((e) => [e.name, e]));

		const photo = entries.get('doorstep.jpg')!;
		expect(photo.sha256).toBe(jpegRef.sha256);
		expect(photo.disclosure).toMatchObject({ kind: 'cleaned', type: 'image/jpeg', converted: false });
		const file = opened.exhibits.get(photo.number)!;
		// readPack checked SHA256SUMS against the file, and the file against the cleaned copy's listed fingerprint.
		expect(photo.disclosure?.kind === 'cleaned' && photo.disclosure.sha256).toBe(sha256Hex(file.bytes));
		expect(file.bytes).not.toEqual(jpegBytes);
		for (const secret of Object.values(SECRETS)) expect(holds(file.bytes, secret), secret).toBe(false);
		expect(await exifr.gps(file.bytes)).toBeUndefined();

		expect(entries.get('car.mp4')!.disclosure).toEqual({ kind: 'withheld', reason: 'kind' });
		expect(entries.get('voicemail.m4a')!.disclosure).toEqual({ kind: 'withheld', reason: 'kind' });
		expect(entries.get('IMG_0042.HEIC')!.disclosure).toEqual({ kind: 'withheld', reason: 'cannot-convert' });
		expect(entries.get('not-really.jpg')!.disclosure).toEqual({ kind: 'withheld', reason: 'unreadable' });
		expect([...opened.exhibits.values()].map((e) => e.entry.name)).toEqual(['doorstep.jpg']);
		// What is left out for its kind is never even read; a photo is read twice (see disclosedExhibits).
		expect(read.filter((name) => name === 'car.mp4' || name === 'voicemail.m4a')).toEqual([]);
		expect(read.filter((name) => name === 'doorstep.jpg')).toHaveLength(2);
	});

	it('says so in the PDF and the README, and unzips to files sha256sum -c passes', async () => {
		const { zip, pack: opened } = await pack(SAFE);
		const dir = await mkdtemp(join(tmpdir(), 'wm-disclose-'));
		try {
			await writeFile(join(dir, 'pack.zip'), zip);
			await run('unzip', ['-q', 'pack.zip', '-d', 'out'], { cwd: dir });
			const { stdout: sums } = await run('sha256sum', ['-c', 'SHA256SUMS'], { cwd: join(dir, 'out') });
			// The PDF, CSV, JSON, README, VERIFY.txt, verify.py and verify.html, and the one cleaned photo: nothing
			// listed that is not there.
			expect(sums.trim().split('\n')).toEqual([
				'timeline.pdf: OK',
				'timeline.csv: OK',
				'timeline.json: OK',
				'README.txt: OK',
				'VERIFY.txt: OK',
				'verify.py: OK',
				'verify.html: OK',
				expect.stringMatching(/^exhibits\/EXH-\d{3}\.jpg: OK$/)
			]);
			const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', join(dir, 'out', 'timeline.pdf'), '-']);
			const pdf = stdout.replace(/\s+/g, ' ');
			expect(pdf).toContain(`A cleaned copy of the original with SHA-256 ${files[0]![0].sha256}`);
			expect(pdf).toContain('Not in this copy');
			expect(pdf).toContain(`SHA-256: ${files[1]![0].sha256}`);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
		expect(opened.readme).toContain('Photos in exhibits/ are cleaned copies');
	});

	it('turns a HEIC into a cleaned JPEG where the device can draw it', async () => {
		// Stands in for the browser's canvas; what it gives back is walked like any JPEG, metadata and all.
		const { pack: opened } = await pack(SAFE, async () => phoneJpeg());
		const heic = opened.timeline.exhibits.find((e) => e.name === 'IMG_0042.HEIC')!;
		expect(heic.disclosure).toMatchObject({ kind: 'cleaned', type: 'image/jpeg', converted: true });
		expect(heic.path).toMatch(/^exhibits\/EXH-\d{3}\.jpg$/);
		const file = opened.exhibits.get(heic.number)!;
		expect(file.entry.type).toBe('image/jpeg');
		expect(holds(file.bytes, SECRETS.make)).toBe(false);
	});

	it('is not made from an exhibit that no longer matches its fingerprint', async () => {
		const [ref] = files[0]!;
		const changed = async function* () {
			yield text('something else');
		};
		await expect(discloseExhibit('EXH-001', ref, changed)).rejects.toThrow(PackExhibitChangedError);
	});
});

describe('a full pack', () => {
	it('holds every original byte for byte, with no cleaning listed', async () => {
		const { pack: opened } = await pack(FULL);
		expect(opened.exhibits.size).toBe(files.length);
		for (const file of opened.exhibits.values()) {
			expect(file.bytes).toEqual(bytesById.get(file.entry.exhibitId));
			expect(file.entry.disclosure).toBeUndefined();
		}
	});
});

describe('the plan the Export screen shows', () => {
	it('counts photos to clean, HEIC to convert, and what is left out by kind', () => {
		expect(previewDisclosure(files.map(([ref]) => ref))).toEqual({
			cleaned: 2,
			converted: 1,
			videos: 1,
			recordings: 1,
			others: 0
		});
	});

	it('goes by the name only when the type is unknown', () => {
		const ref = (name: string, type: string) => ({ name, type, size: 10 });
		expect(planDisclosure(ref('photo.jpg', ''))).toBe('clean');
		expect(planDisclosure(ref('photo.heic', 'application/octet-stream'))).toBe('convert');
		expect(planDisclosure(ref('photo.jpg', 'video/mp4'))).toBe('withhold');
		expect(planDisclosure(ref('scan.pdf', 'application/pdf'))).toBe('withhold');
		expect(planDisclosure(ref('anim.gif', 'image/gif'))).toBe('withhold');
		expect(planDisclosure({ name: 'huge.jpg', type: 'image/jpeg', size: 65 * 1024 * 1024 })).toBe('withhold');
	});
});
