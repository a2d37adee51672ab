import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PackExhibitChangedError } from './errors';
import { toExportJson, type ExportInput } from './json';
import { formatSha256Sums, makeEvidencePack, type PackExhibit } from './pack';
import { readPack } from './read-pack';
import { unsealShareFile, sealShareFile } from './share-file';
import { collectBytes, patternedBytes, sha256Hex } from '$lib/testing/bytes';
import { buildChain, makeExhibit, makeSampleDiary, withExhibitBytes } from './test-fixtures';
import { toCsv } from './csv';
import { formatVerifyText } from './verify-text';

const UNZIP = '/usr/bin/unzip';
const SHA256SUM = '/usr/bin/sha256sum';

/** Bytes yielded in chunks, as the vault streams an exhibit. */
async function* chunksOf(bytes: Uint8Array, size = 64 * 1024): AsyncGenerator<Uint8Array> {
	for (let offset = 0; offset < bytes.length; offset += size) yield bytes.subarray(offset, offset + size);
}

/** A pack of the sample diary whose exhibits really have the bytes their recorded hashes describe. */
/** A pack whose only contents that matter are its exhibits. */
function packOfExhibits(exhibits: PackExhibit[]) {
	return makeEvidencePack({
		pdf: new Uint8Array(10),
		csv: '',
		json: '{}',
		chainHead: null,
		generatedAt: 'now',
		verifyText: '',
		exhibits
	});
}

async function makeSamplePack() {
	const { incidents, people } = await makeSampleDiary();
	const files = [1, 2, 3].map((n) => patternedBytes(n, n * 50_000));
	const fixed = withExhibitBytes(
		incidents,
		(ref) => files[Number.parseInt(ref.id.slice(-3), 16) - 500 - 1] as Uint8Array
	);
	const input: ExportInput = {
		incidents: fixed,
		people,
		chain: await buildChain(fixed),
		options: { disclosureSafe: false, includePrivateNotes: false, timeZone: 'Europe/London' },
		generatedAt: '2026-11-29T07:30:00.000+00:00'
	};
	const json = await toExportJson(input);
	const exhibits: PackExhibit[] = json.exhibits.map((entry) => {
		const n = Number.parseInt(entry.exhibitId.slice(-3), 16) - 500;
		return {
			number: entry.number,
			name: entry.name,
			sha256: entry.sha256,
			chunks: chunksOf(files[n - 1] as Uint8Array)
		};
	});
	const pack = await collectBytes(
		makeEvidencePack({
			pdf: new TextEncoder().encode('%PDF-1.7 stand-in'),
			csv: toCsv([]),
			json: JSON.stringify(json),
			chainHead: json.chainHead,
			generatedAt: 'Sun, 29 Nov 2026, 07:30',
			verifyText: formatVerifyText(json),
			exhibits
		})
	);
	return { pack, json, files };
}

describe('makeEvidencePack', () => {
	it('holds the timeline files, the exhibits by number, SHA256SUMS, README.txt, VERIFY.txt and verify.py', async () => {
		const { pack, json } = await makeSamplePack();
		const entries = unzipSync(pack);
		expect(Object.keys(entries)).toEqual([
			'timeline.pdf',
			'timeline.csv',
			'timeline.json',
			'README.txt',
			'VERIFY.txt',
			'verify.py',
			'verify.html',
			'exhibits/EXH-001.jpg',
			'exhibits/EXH-002.png',
			'exhibits/EXH-003.jpg',
			'SHA256SUMS'
		]);
		const sums = new TextDecoder().decode(entries['SHA256SUMS']);
		for (const [name, bytes] of Object.entries(entries)) {
			if (name !== 'SHA256SUMS') expect(sums).toContain(`${sha256Hex(bytes)}  ${name}\n`);
		}
		const readme = new TextDecoder().decode(entries['README.txt']);
		expect(readme).toContain('sha256sum -c SHA256SUMS');
		expect(readme).toContain(json.chainHead?.link);
	});

	it('passes `sha256sum -c SHA256SUMS` after unzipping with unzip', async () => {
		const { pack } = await makeSamplePack();
		expect(pack.length).toBeGreaterThan(300_000);
		if (!existsSync(UNZIP) || !existsSync(SHA256SUM)) return;
		const dir = mkdtempSync(join(tmpdir(), 'evidence-pack-'));
		try {
			writeFileSync(join(dir, 'pack.zip'), pack);
			const out = join(dir, 'out');
			execFileSync(UNZIP, ['-q', join(dir, 'pack.zip'), '-d', out], {
				env: { ...process.env, LC_ALL: 'C.UTF-8' }
			});
			expect(readdirSync(join(out, 'exhibits'))).toHaveLength(3);
			const report = execFileSync(SHA256SUM, ['-c', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' });
			expect(report.trim().split('\n')).toHaveLength(10);
			expect(report).not.toMatch(/FAILED/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('is read back whole by readPack', async () => {
		const { pack, json, files } = await makeSamplePack();
		const opened = await readPack(pack);
		expect(opened.timeline).toEqual(json);
		expect([...opened.exhibits.keys()]).toEqual(['EXH-001', 'EXH-002', 'EXH-003']);
		expect(opened.exhibits.get('EXH-002')?.bytes).toEqual(files[1]);
		expect(opened.csv?.startsWith('No.,')).toBe(true);
		expect(opened.readme).toContain('SHA256SUMS');
	});

	it('survives sealing into a share file and opening it again', async () => {
		const { pack, json } = await makeSamplePack();
		const sealed = sealShareFile('a passphrase for the caseworker', [pack], { ops: 1, mem: 8 * 1024 * 1024 });
		const parts: Uint8Array[] = [];
		for await (const part of sealed) parts.push(part);
		const opened = await readPack(await unsealShareFile('a passphrase for the caseworker', parts));
		expect(opened.timeline.chainHead).toEqual(json.chainHead);
		expect(opened.exhibits.size).toBe(3);
	});

	it('streams exhibits through without waiting for the whole file', async () => {
		const big = patternedBytes(9, 1024 * 1024);
		let pulled = 0;
		async function* slowChunks() {
			for await (const chunk of chunksOf(big)) {
				pulled++;
				yield chunk;
			}
		}
		const stream = packOfExhibits([
			{ number: 'EXH-001', name: 'video.mp4', sha256: sha256Hex(big), chunks: slowChunks() }
		]);
		let seenAfterFirstChunk = 0;
		for await (const piece of stream) {
			if (pulled === 1) seenAfterFirstChunk += piece.length;
		}
		// The first 64 KiB came out of the zip before the second was read.
		expect(seenAfterFirstChunk).toBeGreaterThanOrEqual(64 * 1024);
		expect(pulled).toBe(16);
	});

	it('refuses an exhibit whose bytes no longer match the hash recorded for it', async () => {
		const stream = packOfExhibits([
			{ ...makeExhibit(1), number: 'EXH-001', chunks: chunksOf(new Uint8Array(5)) }
		]);
		await expect(collectBytes(stream)).rejects.toBeInstanceOf(PackExhibitChangedError);
	});

	it('writes SHA256SUMS lines as sha256sum does: hex, two spaces, path', () => {
		const hash = 'f'.repeat(64);
		expect(formatSha256Sums([{ path: 'exhibits/EXH-001-a b.jpg', sha256: hash }])).toBe(
			`${hash}  exhibits/EXH-001-a b.jpg\n`
		);
	});
});
