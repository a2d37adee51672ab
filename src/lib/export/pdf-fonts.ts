/**
 * The fonts the timeline PDF can draw with, in the order they are tried, and how they are loaded. Every one is a
 * Noto font under the SIL Open Font License 1.1 (static/fonts/OFL.txt), copied from the npm packages of
 * `@expo-google-fonts` into static/fonts so the app serves them from its own origin.
 *
 * Noto Sans draws Latin, Greek and Cyrillic and is always loaded. A font made for one script is loaded when the
 * text holds a character of that script, and draws it even where Noto Sans has a glyph too (Noto Sans has
 * Devanagari, but fewer conjuncts than Noto Sans Devanagari); the emoji font is loaded only for characters Noto
 * Sans cannot draw. So a diary in English never fetches the 10 MB Chinese font. Which font draws each character
 * is decided later from the fonts' own character maps (pdf-text.ts).
 */
export type PdfFontId = 'latin' | 'arabic' | 'devanagari' | 'bengali' | 'gurmukhi' | 'chinese' | 'emoji';

/** Inclusive ranges of code points. */
type Ranges = readonly (readonly [number, number])[];

export interface PdfFontSpec {
	id: PdfFontId;
	/** The file's name in static/fonts, which is also its path under the app's `fonts/`. */
	file: string;
	/** The blocks of the script the font is there for: text in them is what makes the font worth loading. */
	ranges: Ranges;
	/** Drawn with for its own script in preference to the fonts before it in the list. */
	preferred?: true;
	/**
	 * Cached by the service worker the first time it is used, not when the app is installed: the Chinese font alone
	 * is larger than the whole rest of the app.
	 */
	cachedOnFirstUse?: true;
}

export const PDF_FONTS: readonly PdfFontSpec[] = [
	{ id: 'latin', file: 'noto-sans-400.ttf', ranges: [[0, 0x10ffff]] },
	{
		id: 'arabic',
		file: 'noto-naskh-arabic-400.ttf',
		preferred: true,
		ranges: [
			[0x0600, 0x06ff],
			[0x0750, 0x077f],
			[0x0870, 0x08ff],
			[0xfb50, 0xfdff],
			[0xfe70, 0xfeff]
		]
	},
	{
		id: 'devanagari',
		file: 'noto-sans-devanagari-400.ttf',
		preferred: true,
		ranges: [
			[0x0900, 0x097f],
			[0x1cd0, 0x1cff],
			[0xa8e0, 0xa8ff]
		]
	},
	{ id: 'bengali', file: 'noto-sans-bengali-400.ttf', preferred: true, ranges: [[0x0980, 0x09ff]] },
	{ id: 'gurmukhi', file: 'noto-sans-gurmukhi-400.ttf', preferred: true, ranges: [[0x0a00, 0x0a7f]] },
	{
		id: 'chinese',
		file: 'noto-sans-sc-400.ttf',
		cachedOnFirstUse: true,
		preferred: true,
		ranges: [
			[0x2e80, 0x2fdf],
			[0x3000, 0x33ff],
			[0x3400, 0x4dbf],
			[0x4e00, 0x9fff],
			[0xf900, 0xfaff],
			[0xfe10, 0xfe1f],
			[0xfe30, 0xfe4f],
			[0xff00, 0xffef],
			[0x20000, 0x3134f]
		]
	},
	{
		id: 'emoji',
		file: 'noto-emoji-400.ttf',
		ranges: [
			[0x2000, 0x2bff],
			[0x3030, 0x3030],
			[0x303d, 0x303d],
			[0x3297, 0x3299],
			[0xfe0e, 0xfe0f],
			[0x1f000, 0x1faff],
			[0xe0020, 0xe007f]
		]
	}
];

/** Reads a font file by its name in static/fonts: from disk in Node, from the app's own origin in the browser. */
export interface FontSource {
	load(spec: PdfFontSpec): Promise<Uint8Array>;
}

export interface LoadedPdfFont {
	spec: PdfFontSpec;
	bytes: Uint8Array;
}

export function inRanges(code: number, ranges: Ranges): boolean {
	return ranges.some(([low, high]) => code >= low && code <= high);
}

/**
 * The fonts worth loading for `texts`, in list order: Noto Sans always, a script's own font for any character of
 * its script, and the emoji font for characters Noto Sans cannot draw. `latinCovers` says which characters Noto
 * Sans draws, once it is loaded.
 */
export function fontsFor(texts: Iterable<string>, latinCovers: (code: number) => boolean): PdfFontSpec[] {
	const codes = new Set<number>();
	for (const text of texts) {
		for (const character of text) {
			const code = character.codePointAt(0) as number;
			if (code > 0x7e) codes.add(code);
		}
	}
	return PDF_FONTS.filter(
		(spec, i) =>
			i === 0 ||
			[...codes].some((code) => inRanges(code, spec.ranges) && (spec.preferred || !latinCovers(code)))
	);
}
