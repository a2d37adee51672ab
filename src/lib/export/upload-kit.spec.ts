// The upload kit for police evidence portals that take files one at a time, made as the app makes it and checked
// with tools nobody here wrote: unzip lists it, sha256sum -c checks it, and every file's fingerprint is printed in
// the index PDF beside its name, as pdftotext reads it.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExhibitRef, IncidentContent } from '$lib/domain/incident';
import { editIncident } from '$lib/domain/revisions';
import { makeIncident } from '$lib/domain/test-factories';
import { sha256Hex } from '$lib/testing/bytes';
import { collectBlob, makeKitStream, prepareExport, type DiarySnapshot } from './diary-export';
import { kitFileName } from './file-names';
import { buildChain, makeExhibit, nodeFonts } from './test-fixtures';

const run = promisify(execFile);
const bytes = (s: string) => new TextEncoder().encode(s);

function exhibit(n: number, name: string, type: string, content: Uint8Array): [ExhibitRef, Uint8Array] {
	return [makeExhibit(n, { name, type, size: content.length, sha256: sha256Hex(content) }), content];
}

const files = [
	exhibit(1, 'zdjęcie drzwi.jpg', 'image/jpeg', bytes('a photo of the door')),
	exhibit(2, 'Screenshot 2026-11-20 at 21.04.png', 'image/png', bytes('a screenshot')),
	exhibit(3, 'removed later.txt', 'text/plain', bytes('taken off its entry by an edit'))
];
const bytesById = new Map(files.map(([ref, content]) => [ref.id, content]));

let dir = '';
let listing = '';
let sums = '';
let index = '';

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'wm-kit-'));
	const [door, screenshot, removed] = files.map(([ref]) => ref) as [ExhibitRef, ExhibitRef, ExhibitRef];
	const later = makeIncident(
		{ occurred: { kind: 'date', start: '2026-11-20', approximate: false }, exhibits: [screenshot, door] },
		{ id: 2 }
	);
	const first = makeIncident(
		{ occurred: { kind: 'date', start: '2026-11-01', approximate: false }, exhibits: [door, removed] },
		{ id: 1 }
	);
	const edited = editIncident(
		first,
		{ ...(first.revisions[0]?.content as IncidentContent), exhibits: [door] },
		new Date('2026-11-29T08:00:00.000Z')
	);
	const incidents = [later, edited];
	const diary: DiarySnapshot = {
		incidents,
		people: [],
		chain: await buildChain(incidents),
		personName: 'Małgorzata Żółć',
		policeReference: '',
		exhibitNumbers: new Map(files.map(([ref], i) => [ref.id, i + 1]))
	};
	const prepared = await prepareExport(
		diary,
		{ disclosureSafe: false, includePrivateNotes: false, timeZone: 'Europe/London' },
		new Date('2026-11-29T09:00:00.000Z')
	);
	const stream = makeKitStream(prepared, {
		fonts: nodeFonts(),
		openExhibit: async function* (ref) {
			yield bytesById.get(ref.id)!;
		}
	});
	const zip = new Uint8Array(await (await collectBlob(stream, 'application/zip')).arrayBuffer());
	await writeFile(join(dir, 'kit.zip'), zip);
	listing = (await run('unzip', ['-Z1', 'kit.zip'], { cwd: dir })).stdout;
	await run('unzip', ['-q', 'kit.zip', '-d', 'out'], { cwd: dir });
	sums = (await run('sha256sum', ['-c', 'SHA256SUMS'], { cwd: join(dir, 'out') })).stdout;
	index = (await run('pdftotext', ['-enc', 'UTF-8', join(dir, 'out', '00-index.pdf'), '-'])).stdout.replace(
		/\s+/g,
		' '
	);
}, 120_000);

afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

describe('the upload kit', () => {
	it('holds the index first, then each marked exhibit named by its mark, and a SHA256SUMS that checks', () => {
		// The first file in the chronology is the door photo (1 November): MŻ/1, then the screenshot, MŻ/2.
		expect(listing.trim().split('\n')).toEqual(['00-index.pdf', 'MZ-1.jpg', 'MZ-2.png', 'SHA256SUMS']);
		expect(sums.trim().split('\n')).toEqual(['00-index.pdf: OK', 'MZ-1.jpg: OK', 'MZ-2.png: OK']);
	});

	it('leaves out an exhibit an edit took off its entry: it is in the evidence pack, not in the kit', () => {
		expect(listing).not.toContain('.txt');
	});

	it('prints each file’s mark, name in the kit and SHA-256 in the index, so each checks against the index alone', async () => {
		expect(index).toContain('Chronology for a police statement');
		for (const [name, mark, file] of [
			['zdjęcie drzwi.jpg', 'MŻ/1', 'MZ-1.jpg'],
			['Screenshot 2026-11-20 at 21.04.png', 'MŻ/2', 'MZ-2.png']
		] as const) {
			const hash = sha256Hex(await readFile(join(dir, 'out', file)));
			expect(index).toMatch(
				new RegExp(
					`${mark} ${name.replace(/\./g, '\\.')} EXH-\\d{3} in the evidence pack; .* File in the upload kit: ${file.replace('.', '\\.')} SHA-256: ${hash}`
				)
			);
		}
	});
});

describe('kitFileName', () => {
	it('makes a mark a name any portal takes, keeping a plain extension', () => {
		expect(kitFileName('JS/1', 'photo.JPG')).toBe('JS-1.jpg');
		expect(kitFileName('MŻ/12', 'a.b.png')).toBe('MZ-12.png');
		expect(kitFileName('EXH-004', 'no extension')).toBe('EXH-004');
		expect(kitFileName('JS/2', 'evil.php%00.jpg?x')).toBe('JS-2');
		expect(kitFileName('', 'x.png')).toBe('exhibit.png');
	});
});
