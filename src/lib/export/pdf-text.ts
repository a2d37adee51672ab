/**
 * Sets text for the timeline PDF so that every character the person typed is printed (DESIGN.md, "Trust"):
 *
 * 1. Each grapheme cluster (a letter with its marks, an emoji sequence with its joiners and variation selectors)
 *    goes to the first font in PDF_FONTS that has every character of it; a character no font has is printed as
 *    its code point, "U+1F52A", in its place. Nothing is replaced or left out.
 * 2. Right-to-left text is put in visual order with the Unicode bidirectional algorithm (bidi-js), line by line.
 * 3. Each run of one font and one direction is shaped by HarfBuzz, which joins Arabic letters and forms Indic
 *    conjuncts (fontkit's shaper fails on Gurmukhi and places Devanagari marks wrongly), and drawn with HarfBuzz's
 *    glyph positions.
 * 4. Where the glyphs do not stand one-to-one for characters (a conjunct, a ligature, a right-to-left run), the run
 *    is marked with its real text (/ActualText), so text extraction gives back the words as typed.
 *
 * Lines are measured and drawn from the same shaped runs, so wrapping sees the widths that are drawn.
 */
import bidiFactory from 'bidi-js';
import * as hb from 'harfbuzzjs';
import {
	PDFArray,
	PDFDocument,
	PDFHexString,
	PDFNumber,
	PDFOperator,
	PDFOperatorNames as Ops,
	beginText,
	endText,
	popGraphicsState,
	pushGraphicsState,
	setFillingColor,
	setFontAndSize,
	setTextMatrix,
	setTextRise,
	type Color,
	type PDFName,
	type PDFPage
} from 'pdf-lib';
import { SPAN, SubsetFont } from './pdf-font-embed';
import { fontsFor, inRanges, PDF_FONTS, type FontSource, type LoadedPdfFont } from './pdf-fonts';

const bidi = bidiFactory();
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Characters that draw nothing: joiners, variation selectors, tags, direction marks. No font needs them. */
const INVISIBLE: readonly (readonly [number, number])[] = [
	[0x00ad, 0x00ad],
	[0x034f, 0x034f],
	[0x061c, 0x061c],
	[0x180e, 0x180e],
	[0x200b, 0x200f],
	[0x202a, 0x202e],
	[0x2060, 0x206f],
	[0xfe00, 0xfe0f],
	[0xfeff, 0xfeff],
	[0xe0000, 0xe0fff]
];

function isInvisible(code: number): boolean {
	return INVISIBLE.some(([low, high]) => code >= low && code <= high);
}
/** Any character that can make a line right-to-left. Lines without one skip the bidirectional algorithm. */
const RTL =
	/[\u0590-\u08ff\u200f\u202b\u202e\u2067\ufb1d-\ufdff\ufe70-\ufefe]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
/** See composeCharacters. */
const CHARACTER_RUN = /^[-0-9a-fA-F:.,;/()]+$/;
/** Text that every font's shaping leaves one glyph per character, in Noto Sans: plain Latin without marks. */
const SIMPLE = /^[\u0020-\u007e\u00a0-\u02ff]*$/;

interface Face {
	loaded: LoadedPdfFont;
	font: hb.Font;
	upem: number;
	covers: ReadonlySet<number>;
	advances: Map<number, number>;
	/** Made on first use, so a font nothing is drawn with is never written into the PDF. */
	embedded?: SubsetFont;
}

/** One run of text in one font and one direction, shaped and ready to draw. */
interface ShapedRun {
	face: number;
	/** One TJ per height above the baseline (in thousandths of the font size): marks sit higher or lower. */
	parts: { rise: number; show: PDFOperator }[];
	/** Advance in thousandths of the font size. */
	width: number;
	/** The run's own text, where its glyphs cannot be read back one by one. */
	actualText?: string;
	/** The glyphs as hex, for a run drawn at their own advances, with nothing moved. */
	glyphs?: string;
}

interface WordRun {
	face: number;
	text: string;
	/** How much of the word the run stands for: a code point label is longer than its character. */
	length: number;
	label?: true;
}

interface Piece {
	face: number;
	text: string;
	level: number;
	/** A code point label ("U+1F52A"): read left to right wherever it stands, even in right-to-left text. */
	label?: true;
}

function codePointLabel(code: number): string {
	return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Opens the fonts `texts` needs: Noto Sans, and each other font whose script the texts hold. */
export async function loadFaces(source: FontSource, texts: readonly string[]): Promise<Face[]> {
	const open = async (loaded: LoadedPdfFont): Promise<Face> => {
		const face = new hb.Face(new hb.Blob(loaded.bytes));
		return {
			loaded,
			font: new hb.Font(face),
			upem: face.upem,
			covers: new Set(face.collectUnicodes()),
			advances: new Map()
		};
	};
	const latinSpec = PDF_FONTS[0] as (typeof PDF_FONTS)[number];
	const latin = await open({ spec: latinSpec, bytes: await source.load(latinSpec) });
	const others = fontsFor(texts, (code) => latin.covers.has(code)).slice(1);
	const faces = [latin];
	for (const spec of others) faces.push(await open({ spec, bytes: await source.load(spec) }));
	return faces;
}

export class TextSetter {
	private readonly runs = new Map<string, ShapedRun>();
	private readonly wordRuns = new Map<string, WordRun[]>();
	private readonly widths = new Map<string, number>();
	private readonly fontKeys = new Map<PDFPage, Map<number, PDFName>>();
	private readonly buffer = new hb.Buffer();

	constructor(
		private readonly doc: PDFDocument,
		private readonly faces: readonly Face[]
	) {}

	/** The face that draws a cluster, or -1 if none has every visible character of it. */
	private faceFor(cluster: string): number {
		const codes: number[] = [];
		for (const character of cluster) {
			const code = character.codePointAt(0) as number;
			if (!isInvisible(code)) codes.push(code);
		}
		// A cluster of invisible characters only (a lone joiner or direction mark) is set with the main font.
		if (codes.length === 0) return 0;
		const drawsAll = (face: Face) => codes.every((code) => face.covers.has(code));
		// A script's own font first; and U+FE0F asks for the emoji form, so then the emoji font.
		const first = codes[0] as number;
		const own = this.faces.findIndex(
			(face) =>
				((face.loaded.spec.preferred && inRanges(first, face.loaded.spec.ranges)) ||
					(face.loaded.spec.id === 'emoji' && cluster.includes('\ufe0f'))) &&
				drawsAll(face)
		);
		return own >= 0 ? own : this.faces.findIndex(drawsAll);
	}

	/**
	 * Splits a word (no spaces) into runs of one face. `length` is how much of the word a run stands for: a
	 * character no font has is a run of its own, printed as its code point.
	 */
	private splitByFace(word: string): WordRun[] {
		let runs = this.wordRuns.get(word);
		if (!runs) {
			runs = this.findFaces(word);
			this.wordRuns.set(word, runs);
		}
		return runs;
	}

	private findFaces(word: string): WordRun[] {
		const latin = this.faces[0] as Face;
		if (SIMPLE.test(word) && [...word].every((c) => latin.covers.has(c.charCodeAt(0))))
			return [{ face: 0, text: word, length: word.length }];
		const runs: WordRun[] = [];
		const add = (face: number, text: string) => {
			const last = runs.at(-1);
			if (last && last.face === face && !last.label) {
				last.text += text;
				last.length += text.length;
			} else runs.push({ face, text, length: text.length });
		};
		for (const { segment } of graphemes.segment(word)) {
			const face = this.faceFor(segment);
			if (face >= 0) {
				add(face, segment);
				continue;
			}
			// No one font draws the whole cluster: each character on its own, by its code point where none can.
			for (const character of segment) {
				const single = this.faceFor(character);
				if (single >= 0) add(single, character);
				else {
					const code = character.codePointAt(0) as number;
					runs.push({ face: 0, text: codePointLabel(code), length: character.length, label: true });
				}
			}
		}
		return runs;
	}

	/** The line's pieces in visual order, left to right. */
	private pieces(line: string): Piece[] {
		const levels = RTL.test(line) ? bidi.getEmbeddingLevels(line).levels : undefined;
		const levelAt = (i: number) => levels?.[i] ?? 0;
		const pieces: Piece[] = [];
		let offset = 0;
		for (const [i, word] of line.split(' ').entries()) {
			if (i > 0) {
				pieces.push({ face: 0, text: ' ', level: levelAt(offset) });
				offset += 1;
			}
			for (const run of this.splitByFace(word)) {
				if (!levels || run.text.length !== run.length) {
					const piece: Piece = { face: run.face, text: run.text, level: levelAt(offset) };
					pieces.push(run.label ? { ...piece, label: true } : piece);
					offset += run.length;
					continue;
				}
				// Split further where the direction changes (an English name in an Arabic sentence).
				let start = 0;
				for (let j = 1; j <= run.text.length; j++) {
					if (j < run.text.length && levelAt(offset + j) === levelAt(offset + start)) continue;
					pieces.push({ face: run.face, text: run.text.slice(start, j), level: levelAt(offset + start) });
					start = j;
				}
				offset += run.length;
			}
		}
		if (!levels) return pieces;
		// Rule L2 of the algorithm: from the highest level down to the lowest odd one, reverse every stretch at or
		// above it. Each piece is one level, so pieces can be reversed whole; their glyphs come from HarfBuzz in
		// visual order already.
		const highest = Math.max(...pieces.map((p) => p.level));
		const lowestOdd = Math.min(...pieces.map((p) => (p.level % 2 === 1 ? p.level : highest + 1)));
		for (let level = highest; level >= lowestOdd; level--) {
			for (let i = 0; i < pieces.length; i++) {
				if ((pieces[i]?.level ?? 0) < level) continue;
				let end = i;
				while (end + 1 < pieces.length && (pieces[end + 1]?.level ?? 0) >= level) end++;
				pieces.splice(i, end - i + 1, ...pieces.slice(i, end + 1).reverse());
				i = end;
			}
		}
		return pieces;
	}

	/** The advance of a glyph in the font's units, asked of HarfBuzz once per glyph. */
	private advance(face: Face, glyph: number): number {
		let advance = face.advances.get(glyph);
		if (advance === undefined) {
			advance = face.font.glyphHAdvance(glyph);
			face.advances.set(glyph, advance);
		}
		return advance;
	}

	/**
	 * Hashes, numbers, times and references, each one unique, so shaping each whole would be wasted: nothing in
	 * them kerns or joins, so they are put together from their characters' glyphs, shaped once each.
	 */
	private composeCharacters(piece: Piece): ShapedRun | undefined {
		if (piece.face !== 0 || piece.level !== 0 || piece.text.length < 2 || !CHARACTER_RUN.test(piece.text))
			return undefined;
		let hex = '';
		let width = 0;
		for (const character of piece.text) {
			const run = this.shape({ ...piece, text: character });
			const glyph = run.glyphs;
			if (glyph === undefined || run.actualText !== undefined) return undefined;
			hex += glyph;
			width += run.width;
		}
		return { face: 0, parts: [{ rise: 0, show: this.showText([hex]) }], width };
	}

	/** Shapes a piece once; the result serves every size, being in thousandths of the font size. */
	private shape(piece: Piece): ShapedRun {
		const rtl = piece.level % 2 === 1 && !piece.label;
		const key = `${piece.face}|${rtl ? 'r' : 'l'}|${piece.text}`;
		const cached = this.runs.get(key) ?? this.composeCharacters(piece);
		if (cached) {
			this.runs.set(key, cached);
			return cached;
		}

		const face = this.faces[piece.face] as Face;
		face.embedded ??= new SubsetFont(this.doc.context, face.loaded, piece.face);
		const subset = face.embedded;
		const buffer = this.buffer;
		buffer.clearContents();
		buffer.addText(piece.text);
		buffer.guessSegmentProperties();
		buffer.setDirection(rtl ? hb.Direction.RTL : hb.Direction.LTR);
		// Joiners and selectors have done their work in shaping; they leave no empty glyph behind.
		buffer.setFlags(hb.BufferFlag.REMOVE_DEFAULT_IGNORABLES);
		hb.shape(face.font, buffer);
		const glyphs = buffer.getGlyphInfosAndPositions();

		// The text of each cluster: from its start to the next cluster's start, in the run's own (logical) order.
		const starts = [...new Set(glyphs.map((g) => g.cluster))].sort((a, b) => a - b);
		const ends = new Map(starts.map((start, i) => [start, starts[i + 1] ?? piece.text.length]));
		const perCluster = new Map<number, number>();
		for (const g of glyphs) perCluster.set(g.cluster, (perCluster.get(g.cluster) ?? 0) + 1);

		const scale = 1000 / face.upem;
		const parts: { rise: number; items: (string | number)[] }[] = [];
		let readable = !rtl;
		let pen = 0;
		let at = 0;
		for (const g of glyphs) {
			const advance = this.advance(face, g.codepoint);
			const id = subset.include(g.codepoint, advance);
			const text = piece.text.slice(g.cluster, ends.get(g.cluster));
			const alone = perCluster.get(g.cluster) === 1;
			if (alone) subset.mapText(id, text);
			if (!alone || subset.textOf(id) !== text) readable = false;

			const rise = (g.yOffset ?? 0) * scale;
			let part = parts.at(-1);
			if (!part || part.rise !== rise) {
				part = { rise, items: [] };
				parts.push(part);
			}
			const target = pen + (g.xOffset ?? 0) * scale;
			// A TJ number moves the next glyph left by thousandths of the font size.
			if (Math.abs(target - at) > 0.01) part.items.push(round(at - target));
			const hex = id.toString(16).padStart(4, '0');
			const last = part.items.length - 1;
			if (typeof part.items[last] === 'string') part.items[last] += hex;
			else part.items.push(hex);
			at = target + advance * scale;
			pen += (g.xAdvance ?? 0) * scale;
		}
		if (Math.abs(pen - at) > 0.01) {
			if (parts.length === 0) parts.push({ rise: 0, items: [] });
			parts.at(-1)?.items.push(round(at - pen));
		}
		// A right-to-left run's glyphs are drawn in visual order, and readers of PDF text (poppler, pdf.js) turn
		// text in drawing order back into reading order themselves, so its real text is given in drawing order too.
		const actualText = rtl ? [...piece.text].reverse().join('') : piece.text;
		const [only] = parts;
		const run: ShapedRun = {
			face: piece.face,
			parts: parts.map(({ rise, items }) => ({ rise, show: this.showText(items) })),
			width: pen,
			...(readable ? {} : { actualText }),
			...(parts.length === 1 &&
			only?.rise === 0 &&
			only.items.length === 1 &&
			typeof only.items[0] === 'string'
				? { glyphs: only.items[0] }
				: {})
		};
		this.runs.set(key, run);
		return run;
	}

	/** One TJ operator: glyph strings, with position adjustments between them. */
	private showText(items: readonly (string | number)[]): PDFOperator {
		const array = PDFArray.withContext(this.doc.context);
		for (const item of items)
			array.push(typeof item === 'string' ? PDFHexString.of(item) : PDFNumber.of(item));
		return PDFOperator.of(Ops.ShowTextAdjusted, [array]);
	}

	/** The width of a line of text at `size`, in points, exactly as `draw` sets it. */
	measure(line: string, size: number): number {
		const key = `${size}|${line}`;
		let width = this.widths.get(key);
		if (width === undefined) {
			width = 0;
			for (const piece of this.pieces(line)) width += this.shape(piece).width;
			width = (width * size) / 1000;
			this.widths.set(key, width);
		}
		return width;
	}

	private fontKey(page: PDFPage, face: number): PDFName {
		let keys = this.fontKeys.get(page);
		if (!keys) {
			keys = new Map();
			this.fontKeys.set(page, keys);
		}
		let key = keys.get(face);
		if (!key) {
			const embedded = this.faces[face]?.embedded as SubsetFont;
			key = page.node.newFontDictionary(embedded.loaded.spec.id, embedded.ref);
			keys.set(face, key);
		}
		return key;
	}

	/** Draws one line with its left end at (x, y), the baseline. */
	draw(page: PDFPage, line: string, options: { x: number; y: number; size: number; color: Color }): void {
		const { size } = options;
		const ops: PDFOperator[] = [
			pushGraphicsState(),
			beginText(),
			setFillingColor(options.color),
			setTextMatrix(1, 0, 0, 1, options.x, options.y)
		];
		let face = -1;
		let rise = 0;
		for (const piece of this.pieces(line)) {
			const run = this.shape(piece);
			if (run.face !== face) {
				face = run.face;
				ops.push(setFontAndSize(this.fontKey(page, face), size));
			}
			if (run.actualText !== undefined)
				ops.push(
					PDFOperator.of(Ops.BeginMarkedContentSequence, [
						SPAN,
						// pdf-lib's operator types leave out dictionaries; written as text, it is the same in the stream.
						`<< /ActualText ${PDFHexString.fromText(run.actualText).toString()} >>`
					])
				);
			for (const part of run.parts) {
				if (part.rise !== rise) {
					rise = part.rise;
					ops.push(setTextRise(round((rise * size) / 1000)));
				}
				ops.push(part.show);
			}
			if (run.actualText !== undefined) ops.push(PDFOperator.of(Ops.EndMarkedContent));
		}
		ops.push(endText(), popGraphicsState());
		page.pushOperators(...ops);
	}

	/** Writes every font that was drawn with into the PDF. Call once, before saving. */
	async embedFonts(): Promise<void> {
		for (const face of this.faces) if (face.embedded?.used) await face.embedded.embed(this.doc.context);
	}
}

/** A word's grapheme clusters, where an over-long word may be broken without splitting a letter from its marks. */
export function graphemesOf(word: string): string[] {
	// Intl.Segmenter takes tens of microseconds a cluster; a 100,000-letter pasted link must not take seconds.
	if (SIMPLE.test(word)) return word.split('');
	return Array.from(graphemes.segment(word), (s) => s.segment);
}

function round(n: number): number {
	return Math.round(n * 100) / 100;
}
