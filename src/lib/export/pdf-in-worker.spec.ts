// What the PDF worker is handed and what it fetches: the PDF's input crosses to the worker by structured clone,
// which keeps plain data only, so a clone must make the very same PDF; and the worker fetches the app's fonts from
// the page's base address, failing with the same typed errors the page would.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchAppFont } from './app-fonts';
import { makePdf, pdfInputOf, prepareExport } from './diary-export';
import { makeTimelinePdf } from './timeline-pdf';
import { FontMissingError, FontNotAvailableError } from './errors';
import { PDF_FONTS } from './pdf-fonts';
import { nodeFonts } from './test-fixtures';
import { sampleDiary } from './verifiers/verify-fixtures';
import { readFile } from 'node:fs/promises';

const latin = PDF_FONTS.find((spec) => spec.id === 'latin')!;
const firstUse = PDF_FONTS.find((spec) => spec.cachedOnFirstUse)!;

describe('the PDF made in a worker', () => {
	it('is the same PDF, byte for byte, from a structured clone of its input', async () => {
		const diary = await sampleDiary();
		const prepared = await prepareExport(
			{ ...diary, personName: 'Zofia Wójcik', policeReference: 'HT/123' },
			{ disclosureSafe: false, includePrivateNotes: false },
			new Date('2026-11-29T08:00:00.000Z')
		);
		const input = await pdfInputOf(prepared);
		const here = await makePdf(prepared, nodeFonts());
		const there = await makeTimelinePdf(structuredClone(input), nodeFonts());
		expect(there.length).toBeGreaterThan(10_000);
		expect(Buffer.from(there).equals(Buffer.from(here))).toBe(true);
	});
});

describe('fetchAppFont', () => {
	let server: Server;
	let base: string;
	const asked: string[] = [];
	beforeAll(async () => {
		const font = await readFile(`static/fonts/${latin.file}`);
		server = createServer((request, response) => {
			asked.push(request.url ?? '');
			if (request.url === `/app/fonts/${latin.file}`) {
				response.end(font);
			} else {
				response.statusCode = 404;
				response.end();
			}
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/app/`;
	});
	afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

	it('fetches fonts/ under the base address given', async () => {
		const bytes = await fetchAppFont(latin, base);
		expect(Buffer.from(bytes).equals(await readFile(`static/fonts/${latin.file}`))).toBe(true);
		expect(asked).toContain(`/app/fonts/${latin.file}`);
	});

	it('says a font is missing when the origin answers without it', async () => {
		await expect(fetchAppFont({ ...latin, file: 'gone.ttf' }, base)).rejects.toBeInstanceOf(FontMissingError);
	});

	it('says a font kept on first use is not available when there is no network, and any other is missing', async () => {
		const offline = 'http://127.0.0.1:1/';
		await expect(fetchAppFont(firstUse, offline)).rejects.toBeInstanceOf(FontNotAvailableError);
		await expect(fetchAppFont(latin, offline)).rejects.toBeInstanceOf(FontMissingError);
	});
});
