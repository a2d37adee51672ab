/**
 * Copies of photos with nothing in them but the picture, for a disclosure-safe copy. A phone photo carries where
 * it was taken (EXIF GPS, often XMP too), the camera's make, model and serial number, times, and maker notes that
 * can hold more of each; a copy disclosed to the other side must not give away a new address or a refuge.
 *
 * The cleaning is lossless: the file's own structure (JPEG segments, PNG chunks, WebP's RIFF chunks) is walked and
 * written again with only what draws the picture, so the image data is the same bytes. What is kept is an
 * allow-list, so a kind of metadata nobody here has heard of is dropped too. JPEG and PNG keep the orientation in a
 * new, minimal EXIF that holds that one tag, so the picture still stands the right way up.
 *
 * A file that does not read as its format all the way through (cut short, a length that runs past the end, a
 * second start) is refused, never half cleaned: the caller leaves it out of the copy. Every loop moves forward
 * through a file of fixed length, so no input can make it run for ever.
 */
import { crc32 } from './crc32';

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'heif';

export interface CleanedImage {
	bytes: Uint8Array;
	/** The media type of what was written, which is what the bytes are, whatever the original claimed. */
	type: string;
	/** For the file's name in the pack. */
	extension: string;
}

/** The file does not read as the image format it starts as, so it cannot be cleaned with certainty. */
export class UnreadableImageError extends Error {
	constructor(format: ImageFormat | 'unknown', why: string) {
		super(`${format}: ${why}`);
		this.name = 'UnreadableImageError';
	}
}

const ascii = (bytes: Uint8Array, start: number, length: number): string =>
	String.fromCharCode(...bytes.subarray(start, start + length));

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1', 'avif', 'avis']);

/** What the bytes are, by their first few bytes, not by the name or the type the file claimed. */
export function sniffImage(bytes: Uint8Array): ImageFormat | null {
	if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
	if (bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'png';
	if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
	if (bytes.length >= 12 && ascii(bytes, 4, 4) === 'ftyp' && HEIF_BRANDS.has(ascii(bytes, 8, 4)))
		return 'heif';
	return null;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

const ORIENTATION_TAG = 0x0112;
const TIFF_SHORT = 3;

/**
 * The Orientation tag (1 to 8) from the first IFD of a TIFF structure, as EXIF holds it; undefined when there is
 * none or the structure does not read. Every offset is checked against the length before it is read.
 */
export function readOrientation(tiff: Uint8Array): number | undefined {
	if (tiff.length < 8) return undefined;
	const order = ascii(tiff, 0, 2);
	if (order !== 'II' && order !== 'MM') return undefined;
	const little = order === 'II';
	const data = view(tiff);
	if (data.getUint16(2, little) !== 42) return undefined;
	const ifd = data.getUint32(4, little);
	if (ifd + 2 > tiff.length) return undefined;
	const count = data.getUint16(ifd, little);
	for (let k = 0; k < count; k++) {
		const entry = ifd + 2 + k * 12;
		if (entry + 12 > tiff.length) return undefined;
		if (data.getUint16(entry, little) !== ORIENTATION_TAG) continue;
		if (data.getUint16(entry + 2, little) !== TIFF_SHORT || data.getUint32(entry + 4, little) !== 1) {
			return undefined;
		}
		const value = data.getUint16(entry + 8, little);
		return value >= 1 && value <= 8 ? value : undefined;
	}
	return undefined;
}

/** A TIFF structure with one IFD holding only the Orientation tag: everything a viewer needs, nothing else. */
export function orientationOnlyTiff(orientation: number): Uint8Array {
	const tiff = new Uint8Array(26);
	const data = view(tiff);
	tiff.set([0x4d, 0x4d, 0x00, 0x2a]); // "MM", 42: big-endian TIFF
	data.setUint32(4, 8); // the first IFD follows the header
	data.setUint16(8, 1); // one entry
	data.setUint16(10, ORIENTATION_TAG);
	data.setUint16(12, TIFF_SHORT);
	data.setUint32(14, 1);
	data.setUint16(18, orientation);
	data.setUint32(22, 0); // no next IFD
	return tiff;
}

// ---- JPEG ----------------------------------------------------------------------------------------------------

const EXIF_HEADER = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00]; // "Exif\0\0"
const startsWith = (bytes: Uint8Array, at: number, prefix: readonly number[]) =>
	at + prefix.length <= bytes.length && prefix.every((b, i) => bytes[at + i] === b);
const ADOBE_HEADER = [...'Adobe'].map((c) => c.charCodeAt(0));
const JFIF_HEADER = [...'JFIF\0'].map((c) => c.charCodeAt(0));

function segment(marker: number, payload: Uint8Array): Uint8Array {
	if (payload.length + 2 > 0xffff) throw new RangeError('JPEG segment too long');
	const out = new Uint8Array(4 + payload.length);
	out[0] = 0xff;
	out[1] = marker;
	view(out).setUint16(2, payload.length + 2);
	out.set(payload, 4);
	return out;
}

/** A JFIF header with its density kept and no thumbnail: a thumbnail may show what a crop took out. */
function plainJfif(payload: Uint8Array): Uint8Array | null {
	if (payload.length < 14 || !startsWith(payload, 0, JFIF_HEADER)) return null;
	const out = payload.slice(0, 14);
	out[12] = 0; // thumbnail width
	out[13] = 0; // thumbnail height
	return segment(0xe0, out);
}

/**
 * Adobe's APP14 written again from the one field a decoder reads, the colour transform (none, YCbCr, YCCK), without
 * which a CMYK or YCCK picture comes out in the wrong colours. The version and flags are written as the standard
 * values (libjpeg and browsers ignore them), and nothing past the 12 bytes the segment defines goes with it, so the
 * segment carries nothing a program chose. Null when it does not read, and the segment is then dropped.
 */
function plainAdobe(payload: Uint8Array): Uint8Array | null {
	if (payload.length < 12 || !startsWith(payload, 0, ADOBE_HEADER)) return null;
	const transform = payload[11] as number;
	if (transform > 2) return null;
	return segment(0xee, Uint8Array.of(...ADOBE_HEADER, 0, 100, 0, 0, 0, 0, transform));
}

const isRestart = (marker: number) => marker >= 0xd0 && marker <= 0xd7;
// SOF0 to SOF15, less DHT (C4), JPG (C8) and DAC (CC), which share the range.
const isFrameStart = (marker: number) =>
	marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/**
 * Whether a segment is one a baseline, progressive, lossless or arithmetic-coded picture needs, and exactly as long
 * as what it declares it holds, so nothing can ride along inside it: quantisation and Huffman tables, frame and
 * scan headers, the restart interval, the number of lines and the arithmetic-coding conditions are checked byte
 * for byte. Any other marker (reserved, JPG, hierarchical, or one nobody has defined yet) is not read here, so a
 * file holding one is refused rather than guessed at.
 */
function segmentFits(marker: number, payload: Uint8Array): boolean {
	if (marker === 0xdb) {
		let at = 0;
		while (at < payload.length) at += 1 + 64 * ((payload[at] as number) >> 4 ? 2 : 1);
		return at === payload.length;
	}
	if (marker === 0xc4) {
		let at = 0;
		while (at + 17 <= payload.length) {
			let symbols = 0;
			for (let i = 1; i <= 16; i++) symbols += payload[at + i] as number;
			at += 17 + symbols;
		}
		return at === payload.length;
	}
	if (isFrameStart(marker)) return payload.length >= 6 && payload.length === 6 + 3 * (payload[5] as number);
	if (marker === 0xda) return payload.length >= 1 && payload.length === 4 + 2 * (payload[0] as number);
	if (marker === 0xdd || marker === 0xdc) return payload.length === 2;
	// DAC: pairs of (table class and number, value), at most one for each of the eight tables.
	if (marker === 0xcc) {
		if (payload.length === 0 || payload.length > 16 || payload.length % 2 !== 0) return false;
		for (let at = 0; at < payload.length; at += 2) {
			const table = payload[at] as number;
			if (table >> 4 > 1 || (table & 0x0f) > 3) return false;
		}
		return true;
	}
	return false;
}

/**
 * A JPEG with only what draws the picture: the frame, its tables and scans, a JFIF header without its thumbnail,
 * Adobe's colour transform rebuilt from its one field, and a new EXIF holding only the orientation. Every other
 * APPn segment is left out, and so are comments: EXIF and its GPS, maker notes and thumbnail (APP1), XMP (APP1),
 * the colour profile (APP2 ICC_PROFILE, whose description, copyright, device and date tags a program can fill
 * with anything; the picture is then read as sRGB), the multi-picture index (APP2 MPF), and IPTC and Photoshop's
 * blocks (APP13). A marker that is none of these is refused. Anything after the end of the picture is dropped as
 * well: phones append depth maps, gain maps and motion-photo videos there, each with its own metadata.
 */
export function cleanJpeg(bytes: Uint8Array): Uint8Array {
	const refuse = (why: string): never => {
		throw new UnreadableImageError('jpeg', why);
	};
	if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) refuse('no start of image');
	const head: Uint8Array[] = [bytes.subarray(0, 2)];
	const kept: Uint8Array[] = [];
	let orientation: number | undefined;
	let adobe: Uint8Array | undefined;
	let frame = false;
	let scan = false;
	let at = 2;
	for (;;) {
		if (at >= bytes.length || bytes[at] !== 0xff) refuse('expected a marker');
		const start = at;
		while (at < bytes.length && bytes[at] === 0xff) at++; // fill bytes before a marker
		if (at >= bytes.length) refuse('cut short');
		const marker = bytes[at] as number;
		at++;
		if (marker === 0xd9) {
			if (!frame || !scan) refuse('no picture before the end');
			kept.push(bytes.subarray(at - 2, at));
			break;
		}
		if (marker === 0xd8 || marker === 0x00) refuse('unexpected marker');
		if (isRestart(marker)) {
			kept.push(bytes.subarray(at - 2, at));
			continue;
		}
		if (at + 2 > bytes.length) refuse('cut short');
		const length = view(bytes).getUint16(at);
		if (length < 2 || at + length > bytes.length) refuse('a segment runs past the end');
		const payload = bytes.subarray(at + 2, at + length);
		at += length;
		if (marker >= 0xe0 && marker <= 0xef) {
			if (marker === 0xe0) {
				const jfif = plainJfif(payload);
				if (jfif && head.length === 1) head.push(jfif);
			} else if (marker === 0xe1 && startsWith(payload, 0, EXIF_HEADER)) {
				orientation ??= readOrientation(payload.subarray(EXIF_HEADER.length));
			} else if (marker === 0xee && !adobe) {
				adobe = plainAdobe(payload) ?? undefined;
				if (adobe) kept.push(adobe);
			}
			continue;
		}
		if (marker === 0xfe) continue; // a comment
		if (!segmentFits(marker, payload)) refuse('a segment not read here, or one that holds more than it says');
		if (isFrameStart(marker)) frame = true;
		kept.push(bytes.subarray(start, at));
		if (marker !== 0xda) continue;
		if (!frame) refuse('a scan before the frame');
		scan = true;
		// The entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or a restart marker.
		const dataStart = at;
		while (at < bytes.length) {
			if (bytes[at] !== 0xff) {
				at++;
				continue;
			}
			const next = bytes[at + 1];
			if (next === undefined) break;
			if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) {
				at += 2;
				continue;
			}
			break;
		}
		if (at + 1 >= bytes.length) refuse('cut short in the picture data');
		kept.push(bytes.subarray(dataStart, at));
	}
	if (orientation !== undefined && orientation !== 1) {
		head.push(segment(0xe1, concat([Uint8Array.from(EXIF_HEADER), orientationOnlyTiff(orientation)])));
	}
	return concat([...head, ...kept]);
}

// ---- PNG -----------------------------------------------------------------------------------------------------

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * What draws the picture, its colour and its animation, each with the most bytes its kind can hold (PLTE and
 * tRNS: a colour or transparency for each of 256 palette entries; sBIT and bKGD: one value per channel). An
 * ancillary chunk longer than that has room for more than its numbers and is dropped; the picture draws without
 * it. Left out: eXIf, tEXt, zTXt and iTXt (which hold XMP, and any words a program wrote), tIME, iCCP and sPLT
 * (which carry a name a program chose; the picture is then read as sRGB), and every chunk not listed.
 */
const PNG_KEPT = new Map([
	['IHDR', 13],
	['PLTE', 768],
	['IDAT', Infinity],
	['IEND', 0],
	['tRNS', 256],
	['cHRM', 32],
	['gAMA', 4],
	['sBIT', 4],
	['sRGB', 1],
	['bKGD', 6],
	['pHYs', 9],
	['acTL', 8],
	['fcTL', 26],
	['fdAT', Infinity]
]);
const PNG_CRITICAL = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND']);

function pngChunk(type: string, data: Uint8Array): Uint8Array {
	const out = new Uint8Array(12 + data.length);
	const dv = view(out);
	dv.setUint32(0, data.length);
	out.set(
		[...type].map((c) => c.charCodeAt(0)),
		4
	);
	out.set(data, 8);
	dv.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
	return out;
}

export function cleanPng(bytes: Uint8Array): Uint8Array {
	const refuse = (why: string): never => {
		throw new UnreadableImageError('png', why);
	};
	if (bytes.length < 8 || !PNG_SIGNATURE.every((b, i) => bytes[i] === b)) refuse('no PNG signature');
	const data = view(bytes);
	const kept: Uint8Array[] = [];
	let orientation: number | undefined;
	let pictureData = false;
	let at = 8;
	for (;;) {
		if (at + 12 > bytes.length) refuse('cut short');
		const length = data.getUint32(at);
		if (length > 0x7fffffff || at + 12 + length > bytes.length) refuse('a chunk runs past the end');
		const type = ascii(bytes, at + 4, 4);
		if (!/^[A-Za-z]{4}$/.test(type)) refuse('a chunk with no name');
		if (kept.length === 0 && type !== 'IHDR') refuse('no header first');
		const whole = bytes.subarray(at, at + 12 + length);
		const body = bytes.subarray(at + 8, at + 8 + length);
		at += 12 + length;
		if (type === 'eXIf') orientation ??= readOrientation(body);
		// An upper-case first letter marks a chunk a reader must understand; one this code does not know is refused.
		if (type[0] === type[0]!.toUpperCase() && !PNG_CRITICAL.has(type)) refuse('an unknown critical chunk');
		const longest = PNG_KEPT.get(type);
		if (longest === undefined) continue;
		if (length > longest) {
			if (PNG_CRITICAL.has(type)) refuse('a chunk that holds more than its kind can');
			continue;
		}
		if (type === 'IDAT' || type === 'fdAT') pictureData = true;
		kept.push(whole);
		if (type === 'IEND') break;
	}
	if (!pictureData) refuse('no picture data');
	const signature = bytes.subarray(0, 8);
	const [header, ...rest] = kept as [Uint8Array, ...Uint8Array[]];
	const exif =
		orientation !== undefined && orientation !== 1
			? [pngChunk('eXIf', orientationOnlyTiff(orientation))]
			: [];
	return concat([signature, header, ...exif, ...rest]);
}

// ---- WebP ----------------------------------------------------------------------------------------------------

const VP8X_ALPHA = 0x10;
const VP8X_ANIMATION = 0x02;

interface RiffChunk {
	type: string;
	data: Uint8Array;
}

/**
 * The chunks from `start` to `end`, each padded to an even length; the pad byte may be missing only at the very
 * end. Throws through `refuse` when a chunk runs past `end`.
 */
function readChunks(
	bytes: Uint8Array,
	start: number,
	end: number,
	refuse: (why: string) => never
): RiffChunk[] {
	const data = view(bytes);
	const chunks: RiffChunk[] = [];
	let at = start;
	while (at < end) {
		if (at + 8 > end) refuse('a chunk header runs past the end');
		const size = data.getUint32(at + 4, true);
		if (at + 8 + size > end) refuse('a chunk runs past the end');
		chunks.push({ type: ascii(bytes, at, 4), data: bytes.subarray(at + 8, at + 8 + size) });
		at += 8 + size + (size & 1);
	}
	return chunks;
}

function riffChunk(type: string, data: Uint8Array): Uint8Array {
	const out = new Uint8Array(8 + data.length + (data.length & 1));
	out.set(
		[...type].map((c) => c.charCodeAt(0)),
		0
	);
	view(out).setUint32(4, data.length, true);
	out.set(data, 8);
	return out;
}

const isBitstream = (type: string) => type === 'VP8 ' || type === 'VP8L';

/**
 * An animation frame written again from its 16-byte header (position, size, duration, and the blending and
 * disposal bits) and the chunks that draw it, alpha and bitstream; anything else inside the frame, an EXIF chunk
 * among them, is left out. Refused when the frame holds no picture.
 */
function plainFrame(frame: Uint8Array, refuse: (why: string) => never): Uint8Array {
	if (frame.length < 16) refuse('an animation frame too short');
	const header = frame.slice(0, 16);
	header[15] = (header[15] as number) & 0x03; // the rest of the flag byte is reserved
	const inside = readChunks(frame, 16, frame.length, refuse).filter(
		({ type }) => type === 'ALPH' || isBitstream(type)
	);
	if (!inside.some(({ type }) => isBitstream(type))) refuse('an animation frame with no picture');
	return concat([header, ...inside.map(({ type, data }) => riffChunk(type, data))]);
}

/**
 * A WebP with only what draws the picture: the extended header (VP8X) as its 10 bytes with only the alpha and
 * animation flags left, the bitstream and its alpha, the animation's background and loop count (ANIM), and each
 * frame (ANMF) rebuilt as plainFrame says. Left out: EXIF, XMP, the colour profile (ICCP, whose tags a program can
 * fill with anything; the picture is then read as sRGB), and every chunk not listed, at the top level or inside a
 * frame.
 */
export function cleanWebp(bytes: Uint8Array): Uint8Array {
	const refuse = (why: string): never => {
		throw new UnreadableImageError('webp', why);
	};
	if (bytes.length < 12 || ascii(bytes, 0, 4) !== 'RIFF' || ascii(bytes, 8, 4) !== 'WEBP')
		refuse('no header');
	const riffSize = view(bytes).getUint32(4, true);
	const end = 8 + riffSize;
	if (riffSize < 4 || end > bytes.length) refuse('cut short');
	const chunks = readChunks(bytes, 12, end, refuse);
	const first = chunks[0]?.type;
	if (first !== 'VP8X' && first !== 'VP8 ' && first !== 'VP8L') refuse('no picture first');
	const kept: Uint8Array[] = [];
	let picture = false;
	for (const { type, data } of chunks) {
		if (type === 'VP8X') {
			if (data.length < 10) refuse('an extended header too short');
			const header = data.slice(0, 10);
			header[0] = (header[0] as number) & (VP8X_ALPHA | VP8X_ANIMATION);
			header.fill(0, 1, 4); // reserved
			kept.push(riffChunk(type, header));
		} else if (type === 'ANIM') {
			if (data.length < 6) refuse('an animation header too short');
			kept.push(riffChunk(type, data.subarray(0, 6)));
		} else if (type === 'ANMF') {
			kept.push(riffChunk(type, plainFrame(data, refuse)));
			picture = true;
		} else if (type === 'ALPH' || isBitstream(type)) {
			kept.push(riffChunk(type, data));
			picture ||= isBitstream(type);
		}
	}
	if (!picture) refuse('no picture data');
	const body = concat(kept);
	const out = new Uint8Array(12 + body.length);
	out.set(bytes.subarray(0, 4));
	view(out).setUint32(4, 4 + body.length, true);
	out.set(bytes.subarray(8, 12), 8);
	out.set(body, 12);
	return out;
}

// ---- Any of them ---------------------------------------------------------------------------------------------

const CLEANERS = {
	jpeg: { clean: cleanJpeg, type: 'image/jpeg', extension: 'jpg' },
	png: { clean: cleanPng, type: 'image/png', extension: 'png' },
	webp: { clean: cleanWebp, type: 'image/webp', extension: 'webp' }
} as const;

/**
 * A clean copy of a JPEG, PNG or WebP, by what the bytes are. Throws UnreadableImageError when the file is none of
 * these or does not read as its format; HEIC needs a decoder this code does not have (see disclose-exhibit.ts).
 */
export function cleanImage(bytes: Uint8Array): CleanedImage {
	const format = sniffImage(bytes);
	if (format === null || format === 'heif') {
		throw new UnreadableImageError(format ?? 'unknown', 'not a JPEG, PNG or WebP');
	}
	const cleaner = CLEANERS[format];
	return { bytes: cleaner.clean(bytes), type: cleaner.type, extension: cleaner.extension };
}
