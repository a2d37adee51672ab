import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '$lib/testing/bytes';
import { makeAppPack } from './verifiers/verify-fixtures';
import { formatVerifyText, verifyTextLines, workedExample } from './verify-text';

const PYTHON = process.env.PYTHON ?? 'python3';

const { entries, timeline } = await makeAppPack();
const verifyText = new TextDecoder().decode(entries['VERIFY.txt']);
/** The lines of the worked example, without the indent of lines to type. */
const lines = verifyText.split('\r\n').map((line) => line.replace(/^ {4}/, ''));

describe('VERIFY.txt', () => {
	it('is in every pack, with CRLF line endings, wrapped for Notepad apart from what is typed', () => {
		expect(verifyText).toBe(formatVerifyText(timeline));
		expect(verifyText.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		for (const line of verifyText.split('\r\n')) {
			if (!line.startsWith('    ')) expect([...line].length).toBeLessThanOrEqual(78);
		}
	});

	it('gives the method: what is hashed, the link’s bytes, the first link, and the commands for every system', () => {
		const text = verifyText.replace(/\r\n/g, ' ').replace(/ +/g, ' ');
		for (const words of [
			'RFC 8785',
			'the SHA-256 of the canonical JSON of the "revision" object',
			'{"hash":"<revisionHash, 64 hex>","prev":"<the link before, 64 hex>","seq":<seq>}',
			`The first entry has seq 1, and the link before it is 64 zeros: ${'0'.repeat(64)}`,
			'"hash" must equal "deletedHash"',
			'"kind" is "withdraw"',
			'SHA-256 of the canonical JSON of its "joined" object',
			'Crockford base32',
			'Luhn mod 32',
			'sha256sum -c SHA256SUMS',
			'shasum -a 256 -c SHA256SUMS',
			'Get-FileHash -Algorithm SHA256',
			'certutil -hashfile timeline.json SHA256',
			'Write down in your own notes the SHA-256 of the pack file',
			'python3 verify.py',
			// What verify.py ends with, as it prints it (verify-py.spec.ts runs it on whole, part and withheld copies).
			'NOTE for what cannot be checked from this copy',
			'When nothing failed, a whole copy ends "Everything holds"; a copy of part of the diary, or a copy with values left out, ends by saying what it could not check'
		]) {
			expect(text).toContain(words);
		}
	});

	it('works an example with this pack’s real numbers, which an independent implementation confirms', () => {
		const example = workedExample(timeline)!;
		const first = timeline.chain[0]!;
		expect(example.seq).toBe(1);
		const record = timeline.incidents[example.incidentIndex]!.revisions[example.revisionIndex]!;
		const canonical = canonicalize(record.revision)!;
		expect(sha256Hex(canonical)).toBe(first.revisionHash);
		expect(lines).toContain(first.revisionHash);
		expect(lines).toContain(`${canonical.slice(0, 160)}…`);
		expect(verifyText).toContain(`${Buffer.byteLength(canonical)} bytes of UTF-8`);
		const linkText = `{"hash":"${first.revisionHash}","prev":"${'0'.repeat(64)}","seq":1}`;
		expect(lines).toContain(linkText);
		expect(sha256Hex(linkText)).toBe(first.link);
		expect(lines).toContain(first.link);
		expect(lines).toContain(timeline.chainHead!.link);
	});

	it('prints a Python command that does give the example revision’s hash', () => {
		const dir = mkdtempSync(join(tmpdir(), 'verify-text-'));
		try {
			for (const [path, bytes] of Object.entries(entries)) {
				mkdirSync(dirname(join(dir, path)), { recursive: true });
				writeFileSync(join(dir, path), bytes);
			}
			const command = lines.find((line) => line.startsWith('python3 -c '))!;
			const code = /^python3 -c "(.*)"$/.exec(command)![1]!;
			const result = spawnSync(PYTHON, ['-c', code], { cwd: dir, encoding: 'utf8' });
			expect(result.stdout.trim()).toBe(workedExample(timeline)!.revisionHash);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('takes its example from a revision that can be re-hashed, skipping withheld ones', async () => {
		const safe = await makeAppPack({ disclosureSafe: true, includePrivateNotes: false });
		const example = workedExample(safe.timeline)!;
		const record = safe.timeline.incidents[example.incidentIndex]!.revisions[example.revisionIndex]!;
		expect(record.withheld).toEqual([]);
		expect(safe.timeline.incidents.some((i) => i.revisions.some((r) => r.withheld.length > 0))).toBe(true);
		expect(sha256Hex(example.linkText)).toBe(example.link);
		expect(sha256Hex(canonicalize(record.revision)!)).toBe(example.revisionHash);
	});

	it('says when there is nothing to work an example from', () => {
		const empty = { ...timeline, incidents: [], chain: [], chainHead: null, exhibits: [] };
		const text = verifyTextLines(empty).join(' ');
		expect(text).toContain('so there is no worked example here');
		expect(text).toContain('Nothing had been saved when this pack was made');
	});

	it('is named in README.txt', () => {
		const readme = new TextDecoder().decode(entries['README.txt']);
		expect(readme).toContain('VERIFY.txt ');
		expect(readme).toContain('verify.py ');
		expect(readme).toContain('python3 verify.py');
	});
});
