// The timeline PDF carries its own proof, as tools nobody here wrote read it (Debian's poppler-utils and qpdf):
// timeline.json, SHA256SUMS and VERIFY.txt attached as PDF/A-3 associated files that come back byte for byte, the
// PDF/A-3b identification in its XMP, an sRGB output intent, a document ID, the receipt code on the cover and the
// method printed as an appendix.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIncident } from '$lib/domain/test-factories';
import { toExportJson } from './json';
import type { PdfAttachment } from './pdf-archive';
import { SRGB_ICC_BASE64 } from './srgb-icc';
import { makeTimelinePdf, type TimelinePdfInput } from './timeline-pdf';
import { at, buildChain, nodeFonts, POLISH } from './test-fixtures';

const HASH = '3f1c0e0a5d9b7c2e4f6a8b0c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6';
const LONG_COMMAND =
	'python3 verify.py --pack "/home/officer/Evidence packs/2026-12-02 Waymark evidence pack" --receipt 214-7KQ2-M9XD-4HF3-Q --verbose';
/** The bytes of a chain link, as VERIFY.txt's worked example shows them: wider than the page, with two hashes. */
const LINK_JSON = `{"hash":"${HASH}","prev":"${'0'.repeat(64)}","seq":1}`;
const LONG_PROSE = Array.from({ length: 60 }, (_, i) => `step${i}`).join(' ');
/** Written in the shape VERIFY.txt has, with Windows line ends, as the pack writes it. */
const VERIFY_TEXT = [
	'HOW TO CHECK THIS RECORD',
	'',
	`Every file in the pack is listed in SHA256SUMS. ${LONG_PROSE}`,
	'',
	'On Linux:',
	'    sha256sum -c SHA256SUMS',
	'On Windows (PowerShell):',
	'\tGet-FileHash -Algorithm SHA256 timeline.json',
	'',
	`${HASH}  timeline.json`,
	LONG_COMMAND,
	LINK_JSON,
	''
].join('\r\n');
const RECEIPT = '214-7KQ2-M9XD-4HF3-Q';

let dir = '';

async function makeInput(): Promise<TimelinePdfInput> {
	const incidents = [
		makeIncident(
			{
				occurred: { kind: 'datetime', start: '2026-11-15T08:00:00.000+00:00', approximate: false },
				whatHappened: `He waited at the gate. ${POLISH}`
			},
			{ id: 1, recordedAt: at('2026-11-15T09:00:00.000Z') }
		)
	];
	return {
		incidents,
		people: [],
		chain: await buildChain(incidents),
		options: { disclosureSafe: false, includePrivateNotes: false, timeZone: 'Europe/London' },
		generatedAt: '2026-12-02T07:30:00.000+00:00',
		inPack: true
	};
}

async function attachmentsFor(input: TimelinePdfInput): Promise<PdfAttachment[]> {
	const json = new TextEncoder().encode(JSON.stringify(await toExportJson(input), null, 2));
	// Every byte value, so that a file changed by a text conversion on the way in or out would show.
	const sums = Uint8Array.from({ length: 512 }, (_, i) => (i * 7) % 256);
	return [
		{
			name: 'timeline.json',
			bytes: json,
			mimeType: 'application/json',
			description: 'The record in full',
			relationship: 'Data'
		},
		{
			name: 'SHA256SUMS',
			bytes: sums,
			mimeType: 'text/plain',
			description: 'Fingerprints',
			relationship: 'Supplement'
		},
		{
			name: 'VERIFY.txt',
			bytes: new TextEncoder().encode(VERIFY_TEXT),
			mimeType: 'text/plain',
			description: 'The method',
			relationship: 'Source'
		}
	];
}

const run = (command: string, args: string[]) =>
	execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

async function write(input: TimelinePdfInput, name: string): Promise<string> {
	const file = join(dir, name);
	writeFileSync(file, await makeTimelinePdf(input, nodeFonts()));
	return file;
}

function pageTexts(file: string): string[] {
	const count = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))?.[1]);
	return Array.from({ length: count }, (_, i) =>
		run('pdftotext', ['-enc', 'UTF-8', '-f', String(i + 1), '-l', String(i + 1), file, '-'])
	);
}

type Objects = Record<
	string,
	{ value?: Record<string, unknown>; stream?: { dict: Record<string, unknown> } }
>;

function objectsOf(file: string): Objects {
	return JSON.parse(run('qpdf', ['--json', '--json-key=qpdf', file])).qpdf[1];
}

/** The dictionary `value` stands for: the object it refers to, a stream's dictionary, or itself if direct. */
const dictOf = (objects: Objects, value: unknown): Record<string, unknown> => {
	if (typeof value !== 'string') return (value ?? {}) as Record<string, unknown>;
	const object = objects[`obj:${value}`];
	return (object?.value ?? object?.stream?.dict ?? {}) as Record<string, unknown>;
};

let input: TimelinePdfInput;
let attachments: PdfAttachment[];
let file = '';
let plain = '';

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'pdf-archive-'));
	input = await makeInput();
	attachments = await attachmentsFor(input);
	file = await write({ ...input, attachments, receipt: RECEIPT, verifyText: VERIFY_TEXT }, 'proof.pdf');
	plain = await write(input, 'plain.pdf');
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the files the timeline PDF carries', () => {
	it('lists the three attached files by name', () => {
		const list = run('pdfdetach', ['-list', file]);
		expect(list).toMatch(/^3 embedded files$/m);
		const names = [...list.matchAll(/^\d+: (.+)$/gm)].map((m) => m[1]);
		expect(names.sort()).toEqual(['SHA256SUMS', 'VERIFY.txt', 'timeline.json']);
		expect(run('pdfdetach', ['-list', plain])).toMatch(/^0 embedded files$/m);
	});

	it('gives back every file byte for byte', () => {
		const out = join(dir, 'saved');
		mkdirSync(out);
		run('pdfdetach', ['-saveall', '-o', out, file]);
		expect(readdirSync(out).sort()).toEqual(['SHA256SUMS', 'VERIFY.txt', 'timeline.json']);
		for (const attachment of attachments) {
			const back = new Uint8Array(readFileSync(join(out, attachment.name)));
			expect(Buffer.from(back).equals(Buffer.from(attachment.bytes)), attachment.name).toBe(true);
		}
	});

	it('writes each as a PDF/A-3 associated file: /AF, /AFRelationship, /F and /UF, MIME type and /Params', () => {
		const objects = objectsOf(file);
		const trailer = objects.trailer?.value ?? {};
		const catalog = dictOf(objects, trailer['/Root']);
		const af = catalog['/AF'] as string[];
		expect(af).toHaveLength(3);
		const specs = af.map((ref) => dictOf(objects, ref));
		const byName = new Map(specs.map((spec) => [spec['/F'], spec]));
		for (const attachment of attachments) {
			const spec = byName.get(`u:${attachment.name}`);
			expect(spec, attachment.name).toBeDefined();
			expect(spec?.['/Type']).toBe('/Filespec');
			expect(spec?.['/UF']).toBe(`u:${attachment.name}`);
			expect(spec?.['/AFRelationship']).toBe(`/${attachment.relationship}`);
			expect(spec?.['/Desc']).toBe(`u:${attachment.description}`);
			const stream = dictOf(objects, (spec?.['/EF'] as Record<string, string>)['/F']);
			expect(stream['/Type']).toBe('/EmbeddedFile');
			expect(stream['/Subtype']).toBe(`/${attachment.mimeType}`);
			const params = stream['/Params'] as Record<string, unknown>;
			expect(params['/Size']).toBe(attachment.bytes.length);
			expect(params['/ModDate']).toBe('u:D:20261202073000Z');
		}
		// The name tree, in the order a name tree keeps (sorted), holds the same file specifications.
		const names = dictOf(objects, catalog['/Names']);
		const tree = dictOf(objects, names['/EmbeddedFiles'])['/Names'] as string[];
		expect(tree.filter((_, i) => i % 2 === 0)).toEqual(['u:SHA256SUMS', 'u:VERIFY.txt', 'u:timeline.json']);
		expect(tree.filter((_, i) => i % 2 === 1).sort()).toEqual([...af].sort());
	});
});

describe('the timeline PDF as PDF/A-3b', () => {
	it('passes qpdf --check', () => {
		for (const pdf of [file, plain]) {
			expect(run('qpdf', ['--check', pdf])).toContain('No syntax or stream encoding errors found');
		}
	});

	it('claims PDF/A-3b in its XMP, with the title and dates the information dictionary holds', () => {
		for (const pdf of [file, plain]) {
			const meta = run('pdfinfo', ['-meta', pdf]);
			expect(meta).toContain('<pdfaid:part>3</pdfaid:part>');
			expect(meta).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
			expect(meta).toContain('<rdf:li xml:lang="x-default">Chronology of incidents</rdf:li>');
			expect(meta).toContain('<xmp:CreateDate>2026-12-02T07:30:00Z</xmp:CreateDate>');
			expect(meta).toContain('<xmp:ModifyDate>2026-12-02T07:30:00Z</xmp:ModifyDate>');
			expect(meta).toContain('<pdf:Producer></pdf:Producer>');
			const info = run('pdfinfo', ['-isodates', pdf]);
			expect(info).toMatch(/^Title:\s+Chronology of incidents$/m);
			expect(info).toMatch(/^CreationDate:\s+2026-12-02T07:30:00Z$/m);
			expect(info).toMatch(/^ModDate:\s+2026-12-02T07:30:00Z$/m);
			// The XMP is left uncompressed, as PDF/A asks of the document's metadata stream.
			const objects = objectsOf(pdf);
			const catalog = dictOf(objects, objects.trailer?.value?.['/Root']);
			const metadata = dictOf(objects, catalog['/Metadata']);
			expect(metadata['/Subtype']).toBe('/XML');
			expect(metadata['/Filter']).toBeUndefined();
		}
	});

	it('has an sRGB output intent whose profile is the sRGB.icc shipped beside the code', () => {
		const objects = objectsOf(file);
		const catalog = dictOf(objects, objects.trailer?.value?.['/Root']);
		const [intent] = catalog['/OutputIntents'] as Record<string, unknown>[];
		expect(intent?.['/S']).toBe('/GTS_PDFA1');
		expect(intent?.['/OutputConditionIdentifier']).toBe('u:sRGB IEC61966-2.1');
		const profileRef = String(intent?.['/DestOutputProfile']);
		expect(dictOf(objects, profileRef)['/N']).toBe(3);
		const id = profileRef.replace(/ R$/, '').replace(' ', ',');
		const profile = execFileSync('qpdf', [`--show-object=${id}`, '--filtered-stream-data', file]);
		expect(profile.equals(readFileSync('src/lib/export/sRGB.icc'))).toBe(true);
	});

	it('names itself with a document ID made from what it holds', async () => {
		const idOf = (pdf: string) => {
			const trailer = run('qpdf', ['--show-object=trailer', pdf]);
			return /\/ID \[ <([0-9a-f]+)> <([0-9a-f]+)> \]/.exec(trailer)?.slice(1);
		};
		const [first, second] = idOf(file) ?? [];
		expect(first).toMatch(/^[0-9a-f]{32}$/);
		expect(second).toBe(first);
		// The same export gives the same ID; other attached files give another.
		const again = await write(
			{ ...input, attachments, receipt: RECEIPT, verifyText: VERIFY_TEXT },
			'again.pdf'
		);
		expect(idOf(again)?.[0]).toBe(first);
		const changed = attachments.map((a, i) => (i === 1 ? { ...a, bytes: a.bytes.slice(1) } : a));
		const other = await write({ ...input, attachments: changed, receipt: RECEIPT }, 'other.pdf');
		expect(idOf(other)?.[0]).not.toBe(first);
		expect(idOf(plain)?.[0]).toMatch(/^[0-9a-f]{32}$/);
	});

	it('embeds every font it uses', () => {
		const lines = run('pdffonts', [file]).trim().split('\n').slice(2);
		expect(lines.length).toBeGreaterThan(0);
		for (const line of lines) expect(line, line).toMatch(/CID TrueType\s+Identity-H\s+yes yes yes/);
	});

	it('holds nothing transparent: no soft masks, blend modes or constant alpha', () => {
		const text = run('qpdf', ['--qdf', '--object-streams=disable', file, '-']);
		expect(text).not.toMatch(/\/SMask|\/BM |\/CA |\/ca |\/Group/);
	});
});

describe('the receipt code and the method, as pdftotext reads them', () => {
	let pages: string[] = [];
	beforeAll(() => {
		pages = pageTexts(file);
	});

	it('prints the receipt code on the cover, labelled', () => {
		const cover = pages[0]?.replace(/\s+/g, ' ') ?? '';
		expect(cover).toContain(`Receipt code ${RECEIPT}`);
		expect(cover).toContain('Write this code in your own notes.');
		expect(pages.slice(1).join(' ')).not.toContain(RECEIPT.slice(0, 8) + ' ');
		expect(pageTexts(plain)[0]).not.toContain('Receipt code');
	});

	it('prints the method as an appendix, line for line, with the hash line whole', () => {
		const start = pages.findIndex((p) => p.startsWith('How to check this record'));
		expect(start).toBeGreaterThan(0);
		const appendix = pages.slice(start).join('\n');
		const lines = appendix.split('\n').map((l) => l.trim());
		expect(lines).toContain(`${HASH} timeline.json`);
		expect(lines).toContain('sha256sum -c SHA256SUMS');
		expect(lines).toContain('Get-FileHash -Algorithm SHA256 timeline.json');
		expect(lines).toContain('HOW TO CHECK THIS RECORD');
		// Long lines wrap, and every word of them is still there, in order.
		const squashed = appendix.replace(/\s+/g, ' ');
		expect(squashed).toContain(LONG_PROSE);
		expect(squashed).toContain(LONG_COMMAND);
		expect(lines).not.toContain(LONG_COMMAND);
		// A line too long for the page breaks after a comma, not inside either of its hashes.
		expect(lines).toContain(`{"hash":"${HASH}",`);
		expect(lines).toContain(`"prev":"${'0'.repeat(64)}","seq":1}`);
		// The bookmark opens the appendix.
		const outline = JSON.parse(run('qpdf', ['--json', '--json-key=outlines', file])).outlines as {
			title: string;
			destpageposfrom1: number;
		}[];
		expect(outline.at(-1)).toEqual(
			expect.objectContaining({ title: 'How to check this record', destpageposfrom1: start + 1 })
		);
	});

	it('says in the check note which files are attached, and how to save them', () => {
		const text = pages.join(' ').replace(/\s+/g, ' ');
		expect(text).toContain(
			'This PDF file has 3 files attached to it, so that it can be checked even when it is sent on its own: timeline.json, SHA256SUMS, VERIFY.txt.'
		);
		expect(pageTexts(plain).join(' ')).not.toContain('attached to it');
	});
});

describe('sRGB.icc', () => {
	it('is the same bytes as the profile the PDF code embeds', () => {
		const shipped = readFileSync('src/lib/export/sRGB.icc');
		expect(Buffer.from(SRGB_ICC_BASE64, 'base64').equals(shipped)).toBe(true);
		expect(shipped.subarray(12, 20).toString('latin1')).toBe('mntrRGB ');
	});
});
