/**
 * One font embedded in the PDF as a subset: only the glyphs the text used, so twelve Chinese characters do not
 * carry a 10 MB font with them. Written as a Type 0 font with Identity-H encoding (each glyph drawn by its subset
 * glyph id) and a ToUnicode map from each glyph to the text it stands for, which is what lets `pdftotext`, a
 * screen reader or a search give the words back.
 *
 * pdf-lib's own embedder is not used because it shapes text itself and then ignores the glyph positions, which
 * puts Arabic dots and Indic vowel signs in the wrong place; here the glyphs and positions come from HarfBuzz
 * (pdf-text.ts) and only fontkit's subsetter is borrowed. A font is given its object number on first use and is
 * written out at the end only if it was used.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFContext, PDFName, PDFRef, PDFString } from 'pdf-lib';
import type { LoadedPdfFont } from './pdf-fonts';

/** The slice of fontkit's font that is used here (pdf-lib's types for it are not exported). */
interface FontkitFont {
	unitsPerEm: number;
	ascent: number;
	descent: number;
	capHeight: number;
	xHeight: number;
	italicAngle: number;
	postscriptName: string | null;
	bbox: { minX: number; minY: number; maxX: number; maxY: number };
	createSubset(): {
		includeGlyph(glyph: number): number;
		encodeStream(): { on(event: string, callback: (data?: Uint8Array) => void): unknown };
	};
}

export class SubsetFont {
	readonly ref: PDFRef;
	/** From the font's units to the PDF's thousandths of the font size. */
	readonly scale: number;
	private readonly font: FontkitFont;
	private readonly subset: ReturnType<FontkitFont['createSubset']>;
	/** Subset glyph id to its advance, in thousandths. */
	private readonly widths = new Map<number, number>();
	private readonly unicode = new Map<number, string>();
	private readonly ids = new Map<number, number>();

	constructor(
		context: PDFContext,
		readonly loaded: LoadedPdfFont,
		/** Distinguishes this font's subset name from the others in the same file. */
		private readonly index: number
	) {
		this.ref = context.nextRef();
		this.font = fontkit.create(loaded.bytes) as unknown as FontkitFont;
		this.subset = padGlyphs(this.font.createSubset());
		this.scale = 1000 / this.font.unitsPerEm;
	}

	/** The subset id for a glyph of the full font, adding it on first use; `advance` is in the font's units. */
	include(glyph: number, advance: number): number {
		let id = this.ids.get(glyph);
		if (id === undefined) {
			id = this.subset.includeGlyph(glyph);
			this.ids.set(glyph, id);
			this.widths.set(id, advance * this.scale);
		}
		return id;
	}

	/** The text a subset glyph was first mapped to, if any. */
	textOf(id: number): string | undefined {
		return this.unicode.get(id);
	}

	/**
	 * Maps a glyph to the text it was drawn for, if it has no mapping yet. A glyph keeps its first mapping: the
	 * ToUnicode map has one entry per glyph, and text drawn with a glyph that means something else is marked with
	 * its real text where it is drawn (pdf-text.ts).
	 */
	mapText(id: number, text: string): void {
		if (!this.unicode.has(id) && text !== '') this.unicode.set(id, text);
	}

	get used(): boolean {
		return this.ids.size > 0;
	}

	private async subsetBytes(): Promise<Uint8Array> {
		const parts: Uint8Array[] = [];
		await new Promise<void>((resolve, reject) => {
			const stream = this.subset.encodeStream();
			stream.on('data', (bytes) => parts.push(bytes as Uint8Array));
			stream.on('end', () => resolve());
			stream.on('error', (e) =>
				reject(e instanceof Error ? e : new Error('The font subset could not be written'))
			);
		});
		const bytes = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
		let offset = 0;
		for (const part of parts) {
			bytes.set(part, offset);
			offset += part.length;
		}
		return bytes;
	}

	/** Runs of consecutive glyph ids with their widths, as the W array wants them. */
	private widthArray(): (number | number[])[] {
		const ids = [...this.widths.keys()].sort((a, b) => a - b);
		const out: (number | number[])[] = [];
		let run: number[] = [];
		let previous = -2;
		for (const id of ids) {
			if (id !== previous + 1) {
				if (run.length > 0) out.push(run);
				out.push(id);
				run = [];
			}
			run.push(Math.round(this.widths.get(id) as number));
			previous = id;
		}
		if (run.length > 0) out.push(run);
		return out;
	}

	private toUnicodeCmap(): string {
		const hex4 = (n: number) => n.toString(16).padStart(4, '0');
		const utf16 = (text: string) =>
			[...text].map((c) => {
				const code = c.codePointAt(0) as number;
				if (code < 0x10000) return hex4(code);
				const offset = code - 0x10000;
				return hex4(0xd800 + (offset >> 10)) + hex4(0xdc00 + (offset & 0x3ff));
			});
		const entries = [...this.unicode].sort(([a], [b]) => a - b);
		const blocks: string[] = [];
		// At most 100 entries per block, as the CMap format asks.
		for (let i = 0; i < entries.length; i += 100) {
			const block = entries.slice(i, i + 100);
			blocks.push(
				`${block.length} beginbfchar\n${block.map(([id, text]) => `<${hex4(id)}> <${utf16(text).join('')}>`).join('\n')}\nendbfchar`
			);
		}
		return [
			'/CIDInit /ProcSet findresource begin',
			'12 dict begin',
			'begincmap',
			'/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
			'/CMapName /Adobe-Identity-UCS def',
			'/CMapType 2 def',
			'1 begincodespacerange',
			'<0000> <FFFF>',
			'endcodespacerange',
			...blocks,
			'endcmap',
			'CMapName currentdict /CMap defineresource pop',
			'end',
			'end'
		].join('\n');
	}

	/** Writes the font into the PDF under its reserved object number. */
	async embed(context: PDFContext): Promise<void> {
		const { scale, font } = this;
		// A subset's name starts with six capital letters and a plus sign; these say which font of this file it is.
		const tag = `WAYMK${String.fromCharCode(65 + this.index)}`;
		const baseFont = `${tag}+${font.postscriptName ?? this.loaded.spec.id}`;
		const fontFile = context.flateStream(await this.subsetBytes());
		const descriptor = context.obj({
			Type: 'FontDescriptor',
			FontName: baseFont,
			// Symbolic: the glyphs are reached by id, not through a standard encoding.
			Flags: 4,
			FontBBox: [font.bbox.minX, font.bbox.minY, font.bbox.maxX, font.bbox.maxY].map((n) => n * scale),
			ItalicAngle: font.italicAngle,
			Ascent: font.ascent * scale,
			Descent: font.descent * scale,
			CapHeight: (font.capHeight || font.ascent) * scale,
			XHeight: (font.xHeight || 0) * scale,
			StemV: 0,
			FontFile2: context.register(fontFile)
		});
		const cidFont = context.obj({
			Type: 'Font',
			Subtype: 'CIDFontType2',
			BaseFont: baseFont,
			CIDSystemInfo: {
				Registry: PDFString.of('Adobe'),
				Ordering: PDFString.of('Identity'),
				Supplement: 0
			},
			CIDToGIDMap: 'Identity',
			FontDescriptor: context.register(descriptor),
			W: this.widthArray()
		});
		const toUnicode = context.flateStream(this.toUnicodeCmap());
		context.assign(
			this.ref,
			context.obj({
				Type: 'Font',
				Subtype: 'Type0',
				BaseFont: baseFont,
				Encoding: 'Identity-H',
				DescendantFonts: [context.register(cidFont)],
				ToUnicode: context.register(toUnicode)
			})
		);
	}
}

/** The parts of fontkit's TrueType subsetter that padGlyphs reaches into. */
interface TrueTypeSubset {
	_addGlyph?: (glyph: number) => number;
	glyf?: Uint8Array[];
	offset?: number;
}

/**
 * fontkit's TrueType subsetter packs glyphs at odd lengths, then writes their offsets in the short `loca` form,
 * which halves them: every glyph after the first odd one is read from the wrong place, and draws as nothing or as
 * garbage (this is how "fontkit's subsetter dropped glyphs" before). Padding each glyph to four bytes, as the
 * TrueType specification recommends, keeps every offset even. A CFF subset has no `_addGlyph` and is left alone.
 */
function padGlyphs<T>(subset: T): T {
	const tt = subset as TrueTypeSubset;
	const addGlyph = tt._addGlyph?.bind(subset);
	if (!addGlyph) return subset;
	tt._addGlyph = (glyph) => {
		const index = addGlyph(glyph);
		const data = tt.glyf?.[index];
		const padding = data ? (4 - (data.length % 4)) % 4 : 0;
		if (data && tt.glyf && padding > 0) {
			// Of fontkit's own Buffer class, which its bundled stream accepts and a plain Uint8Array it does not.
			const padded = new (data.constructor as Uint8ArrayConstructor)(data.length + padding);
			padded.set(data);
			padded.fill(0, data.length);
			tt.glyf[index] = padded;
			tt.offset = (tt.offset ?? 0) + padding;
		}
		return index;
	};
	return subset;
}

export const SPAN = PDFName.of('Span');
