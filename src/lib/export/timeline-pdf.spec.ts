import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { Incident } from '$lib/domain/incident';
import { makeIncident } from '$lib/domain/test-factories';
import { makeTimelinePdf, type TimelinePdfInput } from './timeline-pdf';
import {
	buildChain,
	CJK_EMOJI,
	CYRILLIC,
	GREEK,
	makeExhibit,
	makeSampleDiary,
	nodeFonts,
	POLISH,
	TURKISH
} from './test-fixtures';

const PDFTOTEXT = '/usr/bin/pdftotext';
const fonts = nodeFonts();

async function sampleInput(overrides: Partial<TimelinePdfInput> = {}): Promise<TimelinePdfInput> {
	const { incidents, people } = await makeSampleDiary();
	return {
		incidents,
		people,
		chain: await buildChain(incidents),
		options: { disclosureSafe: false, includePrivateNotes: false, timeZone: 'Europe/London' },
		generatedAt: '2026-11-29T07:30:00.000+00:00',
		personName: `${POLISH} ${GREEK}`,
		policeReference: '41/12345/26',
		...overrides
	};
}

/** The PDF's text as pdftotext reads it, with line breaks and runs of spaces folded to single spaces. */
function extractText(pdf: Uint8Array): string {
	const dir = mkdtempSync(join(tmpdir(), 'timeline-pdf-'));
	try {
		const file = join(dir, 'timeline.pdf');
		writeFileSync(file, pdf);
		return execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

describe('makeTimelinePdf', () => {
	it('prints Polish, Turkish, Greek, Cyrillic, Chinese and emoji exactly', async () => {
		const input = await sampleInput();
		const pdf = await makeTimelinePdf(input, fonts);
		const doc = await PDFDocument.load(pdf);
		expect(doc.getPageCount()).toBeGreaterThanOrEqual(3);
		if (!existsSync(PDFTOTEXT)) return;

		const text = extractText(pdf);
		for (const expected of [POLISH, TURKISH, GREEK, CYRILLIC, '41/12345/26'])
			expect(text).toContain(expected);
		// Once Noto Sans could not draw these, and the whole field was replaced by a note.
		expect(text).toContain(CJK_EMOJI);
		const pages = doc.getPageCount();
		expect(text).toContain(`Page 1 of ${pages}`);
		expect(text).toContain(`Page ${pages} of ${pages}`);
		expect(text).toContain('Chronology of incidents');
		expect(text).toContain(input.chain.at(-1)?.link);
		expect(text).toContain(
			'Amended: Sat, 21 Nov 2026, 08:00 (UTC+00:00); Reason: Remembered the exact place'
		);
		expect(text).toContain('Deleted on Tue, 24 Nov 2026, 10:10 (UTC+00:00); content removed; hash kept');
		expect(text).toContain(`SHA-256: ${makeExhibit(2).sha256}`);
		// Saved on its own: no SHA256SUMS comes with it, so it does not send anyone looking for one.
		expect(text).not.toContain('sha256sum -c SHA256SUMS');
		expect(text).toContain('saved on its own, not as part of an evidence pack');
		expect(text).toContain('(a) Following');
	});

	it('leaves witness contacts and private notes out of a disclosure-safe PDF', async () => {
		const pdf = await makeTimelinePdf(
			await sampleInput({ options: { disclosureSafe: true, includePrivateNotes: true } }),
			fonts
		);
		expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThanOrEqual(3);
		if (!existsSync(PDFTOTEXT)) return;
		const text = extractText(pdf);
		expect(text).toContain('Sam Witness');
		expect(text).not.toContain('07700 900123');
		expect(text).not.toContain('Secret note');
		expect(text).toContain('Disclosure-safe copy');
	});

	it('wraps very long text across lines and pages without losing any of it', async () => {
		const words = Array.from({ length: 1500 }, (_, i) => `word${i}`).join(' ');
		const longWord = 'x'.repeat(400);
		const incident = makeIncident({ whatHappened: `${words} ${longWord}` }, { id: 1 });
		const pdf = await makeTimelinePdf(
			{ ...(await sampleInput()), incidents: [incident], people: [], chain: await buildChain([incident]) },
			fonts
		);
		expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThanOrEqual(5);
		if (!existsSync(PDFTOTEXT)) return;
		const text = extractText(pdf);
		expect(text).toContain('word0 word1');
		expect(text).toContain('word1498 word1499');
		expect(text.replace(/ /g, '')).toContain(longWord);
	});

	it('makes a 1,000-incident PDF', async () => {
		const incidents: Incident[] = Array.from({ length: 1000 }, (_, i) =>
			makeIncident(
				{
					occurred: {
						kind: 'datetime',
						start: new Date(Date.UTC(2026, 0, 1) + i * 7_200_000).toISOString().replace('Z', '+00:00'),
						approximate: i % 3 === 0
					},
					behaviours: i % 2 ? ['watching', 'following'] : ['contacting'],
					channels: i % 2 ? [] : ['text'],
					whatHappened: `Incident ${i}: he was outside again and sent a message that said he would wait.`,
					exactWords: i % 5 === 0 ? 'I will always find you' : '',
					exhibits: i % 10 === 0 ? [makeExhibit(i + 1)] : []
				},
				{ id: i + 1, recordedAt: new Date(Date.UTC(2026, 0, 1) + i * 7_200_000 + 60_000) }
			)
		);
		const pdf = await makeTimelinePdf(
			{ ...(await sampleInput()), incidents, people: [], chain: await buildChain(incidents) },
			fonts
		);
		const doc = await PDFDocument.load(pdf);
		expect(doc.getPageCount()).toBeGreaterThan(100);
	}, 60_000);
});
