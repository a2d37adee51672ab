// The PDF prints every character, checked with tools nobody here wrote: poppler's pdftotext and pdffonts read the
// file back, and fontkit opens every embedded subset on its own.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { makeIncident, makePerson, testId } from '$lib/domain/test-factories';
import type { Person, PersonId } from '$lib/domain/incident';
import { makeTimelinePdf, type TimelinePdfInput } from './timeline-pdf';
import { buildChain, CYRILLIC, GREEK, nodeFonts, POLISH } from './test-fixtures';

const PDFTOTEXT = '/usr/bin/pdftotext';
const PDFFONTS = '/usr/bin/pdffonts';
const tools = existsSync(PDFTOTEXT) && existsSync(PDFFONTS);

const EMOJI = 'He sent 😀👀🔪 at 2am';
const ARABIC = 'رأيته عند المحطة مرة أخرى';
const URDU = 'وہ میرے گھر کے باہر کھڑا تھا';
const PANJABI = 'ਉਹ ਮੇਰੇ ਘਰ ਦੇ ਬਾਹਰ ਖੜ੍ਹਾ ਸੀ';
const HINDI = 'उसने स्टेशन से मेरा पीछा किया';
const BENGALI = 'সে আমাকে অনুসরণ করেছে';
const CHINESE = '他一直在我家外面等着。';
const WHO = 'Mężczyzna ＝ ten sam co wczoraj';
const UNDRAWABLE = 'Linear B 𐀀 and Ethiopic ሰ here';

function run(tool: string, pdf: Uint8Array): string {
	const dir = mkdtempSync(join(tmpdir(), 'pdf-text-'));
	try {
		const file = join(dir, 'timeline.pdf');
		writeFileSync(file, pdf);
		const args = tool === PDFTOTEXT ? ['-enc', 'UTF-8', file, '-'] : [file];
		return execFileSync(tool, args, { encoding: 'utf8' });
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** NFKC, without the direction marks pdftotext puts round right-to-left text, and with spaces folded. */
function normalise(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
		.replace(/\s+/g, ' ');
}

async function pdfOf(
	incidents: { whatHappened: string; exactWords?: string; location?: string; who?: string }[],
	fonts = nodeFonts(),
	details: Partial<Person> = {}
): Promise<Uint8Array> {
	const person = makePerson({ id: testId<PersonId>(950), name: POLISH, ...details });
	const made = incidents.map((content, i) =>
		makeIncident(
			{
				occurred: { kind: 'datetime', start: `2026-11-2${i}T22:00:00.000+00:00`, approximate: false },
				behaviours: ['contacting'],
				whatHappened: content.whatHappened,
				exactWords: content.exactWords ?? '',
				location: content.location ?? '',
				unknownPersonDescription: content.who ?? '',
				personIds: i === 0 ? [person.id] : []
			},
			{ id: i + 1, recordedAt: new Date(Date.UTC(2026, 10, 20 + i, 23)) }
		)
	);
	const input: TimelinePdfInput = {
		incidents: made,
		people: [person],
		chain: await buildChain(made),
		options: { disclosureSafe: false, includePrivateNotes: false, timeZone: 'Europe/London' },
		generatedAt: '2026-11-29T07:30:00.000+00:00'
	};
	return makeTimelinePdf(input, fonts);
}

/** Each embedded font's subset, opened with fontkit, with its ToUnicode map read as text. */
async function embeddedFonts(pdf: Uint8Array) {
	const doc = await PDFDocument.load(pdf);
	const context = doc.context;
	const stream = (value: unknown) => {
		const object = value instanceof PDFRef ? context.lookup(value) : value;
		return decodePDFRawStream(object as PDFRawStream).decode();
	};
	const fonts: { name: string; font: ReturnType<typeof fontkit.create>; unicode: Map<number, string> }[] = [];
	for (const [, object] of context.enumerateIndirectObjects()) {
		if (!(object instanceof PDFDict) || object.get(PDFName.of('Subtype')) !== PDFName.of('Type0')) continue;
		const descendant = context.lookup(
			(object.lookup(PDFName.of('DescendantFonts')) as unknown as { get(i: number): PDFRef }).get(0)
		) as PDFDict;
		const descriptor = descendant.lookup(PDFName.of('FontDescriptor')) as PDFDict;
		const font = fontkit.create(stream(descriptor.get(PDFName.of('FontFile2'))));
		const cmap = new TextDecoder().decode(stream(object.get(PDFName.of('ToUnicode'))));
		const unicode = new Map<number, string>();
		for (const [, id, hex] of cmap.matchAll(/<([0-9a-f]{4})> <([0-9a-f]+)>/gi)) {
			const units = (hex as string).match(/.{4}/g)?.map((unit) => parseInt(unit, 16)) ?? [];
			unicode.set(parseInt(id as string, 16), String.fromCharCode(...units));
		}
		fonts.push({ name: String(object.get(PDFName.of('BaseFont'))), font, unicode });
	}
	return fonts;
}

describe('text in the PDF', () => {
	it('gives back every word in emoji, Arabic, Urdu, Panjabi, Hindi, Bengali, Chinese, Polish, Greek and Cyrillic', async () => {
		const loaded: string[] = [];
		const pdf = await pdfOf(
			[
				{ whatHappened: EMOJI, exactWords: ARABIC, location: POLISH, who: WHO },
				{ whatHappened: `${URDU}. ${PANJABI}`, exactWords: HINDI, location: GREEK },
				{ whatHappened: `${CHINESE} ${BENGALI}`, exactWords: CYRILLIC, location: `Said: ${ARABIC} (twice)` }
			],
			nodeFonts(loaded)
		);
		// Seven fonts, each a subset; the whole file stays small (the Chinese font alone is 10 MB).
		expect(loaded).toHaveLength(7);
		expect(pdf.length).toBeLessThan(400_000);
		if (!tools) return;

		const text = normalise(run(PDFTOTEXT, pdf));
		for (const phrase of [EMOJI, POLISH, GREEK, CYRILLIC, URDU, PANJABI, HINDI, BENGALI, CHINESE, WHO]) {
			for (const word of normalise(phrase).split(' ')) expect(text).toContain(word);
		}
		// Right-to-left words come back in the order they were written, not the order they are drawn in.
		expect(text).toContain(normalise(ARABIC));
		expect(text).toContain(normalise(URDU));
		// The full-width sign is printed, not dropped with the rest of the field.
		expect(text).toContain('Mężczyzna = ten sam');

		const fonts = run(PDFFONTS, pdf);
		for (const name of [
			'NotoSans-Regular',
			'NotoNaskhArabic-Regular',
			'NotoSansDevanagari-Regular',
			'NotoSansBengali-Regular',
			'NotoSansGurmukhi-Regular',
			'NotoSansSC-Regular',
			'NotoEmoji-Regular'
		])
			expect(fonts).toMatch(new RegExp(`\\+${name}\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes`));
	});

	it('keeps the outline of every glyph it uses when it subsets a font', async () => {
		const pdf = await pdfOf([
			{ whatHappened: `${EMOJI} ${HINDI} ${CHINESE}`, exactWords: `${POLISH} ${ARABIC}` }
		]);
		const fonts = await embeddedFonts(pdf);
		expect(fonts.length).toBe(5);
		for (const { name, font, unicode } of fonts) {
			let drawn = 0;
			for (const [id, text] of unicode) {
				// Reading any glyph of a damaged subset throws, or gives an empty outline for a letter.
				const outline = font.getGlyph(id).path.toSVG();
				if (text.trim() === '') continue;
				expect(outline, `${name} glyph ${id} for "${text}"`).not.toBe('');
				drawn++;
			}
			expect(drawn).toBeGreaterThan(0);
		}
	});

	it('prints the People section in any script, not as code points', async () => {
		const pdf = await pdfOf([{ whatHappened: 'Waited by the gate' }], nodeFonts(), {
			relationship: URDU,
			description: CHINESE,
			vehicles: [HINDI]
		});
		if (!tools) return;
		const text = normalise(run(PDFTOTEXT, pdf));
		for (const phrase of [URDU, CHINESE, HINDI]) {
			for (const word of normalise(phrase).split(' ')) expect(text).toContain(word);
		}
		expect(text).not.toMatch(/U\+[0-9A-F]{4}/);
	});

	it('prints the code point of a character no font has left to right, also inside right-to-left text', async () => {
		// Hebrew has no font here: each letter becomes its label, which must read "U+05E9", not "9E50+U".
		const pdf = await pdfOf([{ whatHappened: `${ARABIC} שלום` }]);
		if (!tools) return;
		const text = normalise(run(PDFTOTEXT, pdf));
		expect(text).toContain('U+05E9');
		expect(text).not.toMatch(/[0-9A-F]{4}\+U/);
	});

	it('prints a character no font has as its code point, in its place', async () => {
		const pdf = await pdfOf([{ whatHappened: UNDRAWABLE }]);
		expect(pdf.length).toBeGreaterThan(0);
		if (!tools) return;
		expect(normalise(run(PDFTOTEXT, pdf))).toContain('Linear B U+10000 and Ethiopic U+1230 here');
	});

	it('embeds, and even loads, only the fonts its text needs', async () => {
		const loaded: string[] = [];
		const pdf = await pdfOf([{ whatHappened: 'He waited by the gate – again.' }], nodeFonts(loaded));
		expect(loaded).toEqual(['noto-sans-400.ttf']);
		expect((await embeddedFonts(pdf)).map((f) => f.name)).toEqual([
			expect.stringMatching(/\+NotoSans-Regular$/)
		]);
	});
});
