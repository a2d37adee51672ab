// The PDF of an export carries its own proof, as the outside tools read it: its attached files come back out with
// pdfdetach, the fingerprints it carries are those of the pack it came in, and its cover prints the receipt code
// the person's screen showed for the same export.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { receiptCode } from '$lib/domain/receipt';
import { headOf, makePdf, PDF_SUMS_NAME, prepareExport } from './diary-export';
import { nodeFonts } from './test-fixtures';
import { makeAppPack, sampleDiary } from './verifiers/verify-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'wm-pdf-proof-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function detach(pdf: Uint8Array, name: string): { list: string; files: (file: string) => Buffer } {
	const file = join(dir, `${name}.pdf`);
	writeFileSync(file, pdf);
	const out = join(dir, `${name}-out`);
	execFileSync('mkdir', ['-p', out]);
	execFileSync('pdfdetach', ['-saveall', '-o', out, file]);
	execFileSync('qpdf', ['--check', file]);
	return {
		list: execFileSync('pdfdetach', ['-list', file], { encoding: 'utf8' }),
		files: (attached) => readFileSync(join(out, attached))
	};
}

describe('the PDF carries its own proof', () => {
	it('in a pack: its timeline.json is the pack’s, and its SHA256SUMS is the pack’s without the PDF itself', async () => {
		const { entries, timeline } = await makeAppPack();
		const pdf = entries['timeline.pdf'] as Uint8Array;
		const { list, files } = detach(pdf, 'pack');
		expect(list).toMatch(/^3 embedded files$/m);
		expect(files('timeline.json').equals(Buffer.from(entries['timeline.json']!))).toBe(true);
		expect(files('VERIFY.txt').equals(Buffer.from(entries['VERIFY.txt']!))).toBe(true);
		const packSums = text(entries['SHA256SUMS']!).split('\n').filter(Boolean);
		const carried = files(PDF_SUMS_NAME).toString('utf8').split('\n').filter(Boolean);
		expect(carried).toEqual(packSums.filter((line) => !line.endsWith('  timeline.pdf')));
		expect(carried.length).toBe(packSums.length - 1);

		const cover = execFileSync('pdftotext', ['-f', '1', '-l', '1', join(dir, 'pack.pdf'), '-'], {
			encoding: 'utf8'
		});
		expect(cover).toContain(receiptCode(timeline.chainHead!));
	});

	it('on its own: the timeline.json and VERIFY.txt of the same export, the method as its appendix, and the receipt', async () => {
		const diary = await sampleDiary();
		const prepared = await prepareExport(
			{ ...diary, personName: '', policeReference: '' },
			{ disclosureSafe: false, includePrivateNotes: false },
			new Date('2026-11-29T08:00:00.000Z')
		);
		const pdf = await makePdf(prepared, nodeFonts());
		const { list, files } = detach(pdf, 'alone');
		expect(list).toMatch(/^2 embedded files$/m);
		const timeline = JSON.parse(files('timeline.json').toString('utf8'));
		expect(timeline.chainHead).toEqual(headOf(prepared));
		expect(files('VERIFY.txt').toString('utf8')).toContain(timeline.chainHead.link);
		const all = execFileSync('pdftotext', [join(dir, 'alone.pdf'), '-'], { encoding: 'utf8' });
		expect(all).toContain(receiptCode(headOf(prepared)!));
		expect(all).toContain('How to check this record');
	});
});
