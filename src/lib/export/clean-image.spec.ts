import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import exifr from 'exifr';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	cleanImage,
	cleanJpeg,
	cleanPng,
	cleanWebp,
	readOrientation,
	sniffImage,
	UnreadableImageError
} from './clean-image';
import { crc32 } from './crc32';
import {
	BASE_JPEG,
	BASE_PNG,
	BASE_WEBP,
	GPS,
	SECRETS,
	concatBytes,
	holds,
	jpegSegment,
	phoneJpeg,
	phonePng,
	phoneWebp,
	pngChunk,
	riffChunk
} from './image-fixtures';

const run = promisify(execFile);

/** Everything exifr can read, maker notes and comments included. */
const EVERYTHING = {
	tiff: true,
	exif: true,
	gps: true,
	interop: true,
	xmp: true,
	iptc: true,
	jfif: false,
	icc: false,
	makerNote: true,
	userComment: true,
	mergeOutput: true
} as const;

let dir: string;
beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'wm-clean-'));
});
afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

/**
 * Every tag exiftool (an independent reader) finds in the file, as group:name. Left out: what exiftool says about
 * the file on disk (System, File, ExifTool, apart from its warnings), and the colour profile of the originals; no
 * cleaned copy holds one (the tests below check the bytes).
 */
async function exiftoolTags(bytes: Uint8Array, name: string): Promise<string[]> {
	const path = join(dir, name);
	await writeFile(path, bytes);
	const { stdout } = await run('exiftool', ['-j', '-a', '-G1', '-u', path]);
	const [tags] = JSON.parse(stdout) as [Record<string, unknown>];
	return Object.keys(tags).filter(
		(tag) => tag.includes('Warning') || !/^(System|File|ExifTool|ICC[-_A-Za-z]*):/.test(tag)
	);
}

/** Tags that say where, on what, or by whom, in any group. */
const IDENTIFYING =
	/GPS|Make|Model|Serial|MakerNote|Comment|City|XMP|IPTC|DateTimeOriginal|ModifyDate|Trailer/i;

function expectNoSecrets(bytes: Uint8Array) {
	for (const secret of Object.values(SECRETS)) expect(holds(bytes, secret), secret).toBe(false);
}

/** The bytes from the first quantisation table to the end of the picture: the image data itself. */
function pictureData(jpeg: Uint8Array): Uint8Array {
	const start = Buffer.from(jpeg).indexOf(Buffer.from([0xff, 0xdb]));
	const end = Buffer.from(jpeg).indexOf(Buffer.from([0xff, 0xd9]), start);
	return jpeg.subarray(start, end + 2);
}

describe('JPEG', () => {
	test('the fixture carries GPS, camera and maker note, as a phone writes them', async () => {
		const found = await exifr.parse(phoneJpeg(), EVERYTHING);
		expect(found.latitude).toBeCloseTo(GPS.latitude, 5);
		expect(found.longitude).toBeCloseTo(GPS.longitude, 5);
		expect(found.Make).toBe(SECRETS.make);
		expect(found.SerialNumber ?? found.BodySerialNumber).toBe(SECRETS.serial);
	});

	test('the cleaned copy has no location, camera, times, XMP, IPTC, comment or trailer, and keeps its orientation', async () => {
		const cleaned = cleanJpeg(phoneJpeg(6));
		expectNoSecrets(cleaned);
		const found = (await exifr.parse(cleaned, EVERYTHING)) ?? {};
		expect(found).toEqual({ Orientation: 'Rotate 90 CW' });
		expect(await exifr.gps(cleaned)).toBeUndefined();
		expect(await exifr.orientation(cleaned)).toBe(6);
		const tags = await exiftoolTags(cleaned, 'cleaned.jpg');
		expect(tags.filter((t) => IDENTIFYING.test(t))).toEqual([]);
		expect(tags).toContain('IFD0:Orientation');
		expect(tags.some((t) => t.includes('Warning'))).toBe(false);
	});

	test('the picture data is the same bytes, and the colour profile goes', () => {
		const cleaned = cleanJpeg(phoneJpeg());
		expect(Buffer.from(cleaned).includes(Buffer.from(pictureData(BASE_JPEG)))).toBe(true);
		expect(holds(cleaned, 'ICC_PROFILE')).toBe(false);
		expect(cleaned.at(-2)).toBe(0xff);
		expect(cleaned.at(-1)).toBe(0xd9);
	});

	test('a photo standing upright gets no EXIF at all', () => {
		const cleaned = cleanJpeg(phoneJpeg(1));
		expect(holds(cleaned, 'Exif')).toBe(false);
		expect(cleanJpeg(BASE_JPEG).length).toBeLessThanOrEqual(BASE_JPEG.length);
	});

	test('a thumbnail in the JFIF header is dropped', () => {
		const jpeg = Uint8Array.from(BASE_JPEG);
		// The header says 1 x 1 thumbnail: cleaning writes 0 x 0 (the three pixel bytes simply go).
		const jfif = concatBytes(
			Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x13),
			jpeg.subarray(6, 18),
			Uint8Array.of(1, 1, 0xaa, 0xbb, 0xcc),
			jpeg.subarray(20)
		);
		const cleaned = cleanJpeg(jfif);
		expect(cleaned[18]).toBe(0);
		expect(cleaned[19]).toBe(0);
		expect(holds(cleaned, '\xaa\xbb\xcc')).toBe(false);
	});
});

describe('PNG', () => {
	test('the fixture carries GPS in eXIf and words in tEXt and iTXt', async () => {
		const found = await exifr.parse(phonePng(), EVERYTHING);
		expect(found.latitude).toBeCloseTo(GPS.latitude, 5);
		expect(holds(phonePng(), SECRETS.text)).toBe(true);
	});

	test('the cleaned copy keeps the picture chunks and only the orientation', async () => {
		const cleaned = cleanPng(phonePng(6));
		expectNoSecrets(cleaned);
		expect(await exifr.gps(cleaned)).toBeUndefined();
		expect(await exifr.orientation(cleaned)).toBe(6);
		const tags = await exiftoolTags(cleaned, 'cleaned.png');
		expect(tags.filter((t) => IDENTIFYING.test(t))).toEqual([]);
		expect(tags.some((t) => t.includes('Warning'))).toBe(false);
		// IDAT and IEND exactly as they were.
		expect(Buffer.from(cleaned).includes(Buffer.from(BASE_PNG.subarray(33)))).toBe(true);
	});

	test('every chunk written has a good CRC', () => {
		const cleaned = cleanPng(phonePng());
		const dv = new DataView(cleaned.buffer, cleaned.byteOffset);
		let at = 8;
		while (at < cleaned.length) {
			const length = dv.getUint32(at);
			expect(dv.getUint32(at + 8 + length)).toBe(crc32(cleaned.subarray(at + 4, at + 8 + length)));
			at += 12 + length;
		}
		expect(at).toBe(cleaned.length);
	});

	test('an unknown critical chunk is refused', () => {
		const png = concatBytes(
			BASE_PNG.subarray(0, 33),
			pngChunk('ZZZZ', Uint8Array.of(1)),
			BASE_PNG.subarray(33)
		);
		expect(() => cleanPng(png)).toThrow(UnreadableImageError);
	});
});

describe('WebP', () => {
	test('the cleaned copy has no EXIF, XMP or colour profile chunk and its header no longer says it has', async () => {
		const fixture = phoneWebp();
		expect((await exiftoolTags(fixture, 'phone.webp')).some((t) => t.startsWith('GPS:'))).toBe(true);
		const cleaned = cleanWebp(fixture);
		expectNoSecrets(cleaned);
		expect(cleaned[20]! & 0x2c).toBe(0);
		expect(new DataView(cleaned.buffer, cleaned.byteOffset).getUint32(4, true)).toBe(cleaned.length - 8);
		const tags = await exiftoolTags(cleaned, 'cleaned.webp');
		expect(tags.filter((t) => IDENTIFYING.test(t))).toEqual([]);
		expect(tags.some((t) => t.includes('Warning'))).toBe(false);
		// BASE_WEBP's VP8X and VP8 as Chromium wrote them; its colour profile goes, and the flag that said it was there.
		const vp8 = Buffer.from(BASE_WEBP).indexOf(Buffer.from('VP8 ', 'latin1'));
		const expected = concatBytes(BASE_WEBP.subarray(0, 30), BASE_WEBP.subarray(vp8));
		new DataView(expected.buffer).setUint32(4, expected.length - 8, true);
		expected[20] = expected[20]! & ~0x20;
		expect(cleaned).toEqual(expected);
	});
});

describe('any picture', () => {
	test('the bytes decide the format, not the name', () => {
		expect(sniffImage(phoneJpeg())).toBe('jpeg');
		expect(sniffImage(phonePng())).toBe('png');
		expect(sniffImage(phoneWebp())).toBe('webp');
		expect(sniffImage(new TextEncoder().encode('%PDF-1.7'))).toBeNull();
		expect(cleanImage(phonePng()).type).toBe('image/png');
		expect(() => cleanImage(new TextEncoder().encode('<svg/>'))).toThrow(UnreadableImageError);
	});

	test('an orientation that does not read is ignored, never trusted', () => {
		expect(readOrientation(new Uint8Array(0))).toBeUndefined();
		expect(readOrientation(Uint8Array.of(0x49, 0x49, 42, 0, 0xff, 0xff, 0xff, 0x7f))).toBeUndefined();
	});
});

describe('hostile files are refused, never half cleaned', () => {
	const fixtures = [
		{ name: 'jpeg', bytes: phoneJpeg(), clean: cleanJpeg },
		{ name: 'png', bytes: phonePng(), clean: cleanPng },
		{ name: 'webp', bytes: phoneWebp(), clean: cleanWebp }
	];

	test.each(fixtures)('$name cut short at every length is refused or clean', ({ bytes, clean }) => {
		let refused = 0;
		for (let length = 0; length < bytes.length; length++) {
			try {
				expectNoSecrets(clean(bytes.subarray(0, length)));
			} catch (error) {
				if (!(error instanceof UnreadableImageError)) throw error;
				refused++;
			}
		}
		// Only a JPEG or PNG cut inside what follows its end still holds the whole picture.
		expect(refused).toBeGreaterThan(bytes.length / 2);
	});

	test.each(fixtures)(
		'$name with any bytes changed is refused or written, without another error',
		({ bytes, clean }) => {
			fc.assert(
				fc.property(
					fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), {
						minLength: 1,
						maxLength: 8
					}),
					(changes) => {
						const hostile = Uint8Array.from(bytes);
						for (const [at, value] of changes) hostile[at] = value;
						try {
							expect(clean(hostile)).toBeInstanceOf(Uint8Array);
						} catch (error) {
							if (!(error instanceof UnreadableImageError)) throw error;
						}
					}
				),
				{ numRuns: 300 }
			);
		}
	);

	test('lengths that lie are refused', () => {
		const jpeg = phoneJpeg();
		const lying = Uint8Array.from(jpeg);
		lying[4] = 0xff; // the APP1's length now runs past the end
		lying[5] = 0xff;
		expect(() => cleanJpeg(lying)).toThrow(UnreadableImageError);
		const zero = Uint8Array.from(jpeg);
		zero[4] = 0;
		zero[5] = 1;
		expect(() => cleanJpeg(zero)).toThrow(UnreadableImageError);

		const png = Uint8Array.from(phonePng());
		new DataView(png.buffer).setUint32(33, 0xfffffff0);
		expect(() => cleanPng(png)).toThrow(UnreadableImageError);

		const webp = Uint8Array.from(phoneWebp());
		new DataView(webp.buffer).setUint32(4, webp.length, true);
		expect(() => cleanWebp(webp)).toThrow(UnreadableImageError);
		const chunk = Uint8Array.from(phoneWebp());
		new DataView(chunk.buffer).setUint32(16, 0x7ffffff0, true);
		expect(() => cleanWebp(chunk)).toThrow(UnreadableImageError);
	});

	test('a JPEG with metadata hidden in a table of the wrong length is refused', () => {
		// A quantisation table segment one byte longer than its tables: room for a secret.
		const dqt = Buffer.from(BASE_JPEG).indexOf(Buffer.from([0xff, 0xdb]));
		const length = new DataView(BASE_JPEG.buffer, BASE_JPEG.byteOffset).getUint16(dqt + 2);
		const hidden = concatBytes(
			BASE_JPEG.subarray(0, dqt + 2),
			Uint8Array.of((length + 1) >> 8, (length + 1) & 0xff),
			BASE_JPEG.subarray(dqt + 4, dqt + 2 + length),
			Uint8Array.of(0x47),
			BASE_JPEG.subarray(dqt + 2 + length)
		);
		expect(() => cleanJpeg(hidden)).toThrow(UnreadableImageError);
	});

	test('a JPEG with no picture, or a second start, is refused', () => {
		expect(() => cleanJpeg(Uint8Array.of(0xff, 0xd8, 0xff, 0xd9))).toThrow(UnreadableImageError);
		expect(() => cleanJpeg(concatBytes(Uint8Array.of(0xff, 0xd8), BASE_JPEG))).toThrow(UnreadableImageError);
	});
});

describe('metadata planted where a picture keeps its colour, tables or frames', () => {
	// What a security review planted in hostile files; every place below once came out in the cleaned copy.
	const PLANTED = 'Galaxy S23 of Jane, 12 Refuge Road';
	const planted = Uint8Array.from(PLANTED, (c) => c.charCodeAt(0));
	const text = (value: string) => Uint8Array.from(value, (c) => c.charCodeAt(0));

	/** BASE_JPEG with `segments` written straight after its start of image. */
	const jpegWith = (...segments: Uint8Array[]) =>
		concatBytes(BASE_JPEG.subarray(0, 2), ...segments, BASE_JPEG.subarray(2));

	/** Clean, check the planted words are gone, that exiftool reads the result without a warning, and that the
	 * cleaner takes its own output back unchanged. */
	async function expectCleaned(clean: (bytes: Uint8Array) => Uint8Array, hostile: Uint8Array, name: string) {
		expect(holds(hostile, PLANTED)).toBe(true);
		const cleaned = clean(hostile);
		expect(holds(cleaned, 'Refuge Road')).toBe(false);
		const tags = await exiftoolTags(cleaned, name);
		expect(tags.filter((t) => t.includes('Warning'))).toEqual([]);
		expect(clean(cleaned)).toEqual(cleaned);
		return cleaned;
	}

	test('a JPEG colour profile is dropped whole, with whatever its tags said', async () => {
		const icc = jpegSegment(0xe2, concatBytes(text('ICC_PROFILE\0'), Uint8Array.of(1, 1), planted));
		const cleaned = await expectCleaned(cleanJpeg, jpegWith(icc), 'icc.jpg');
		expect(holds(cleaned, 'ICC_PROFILE')).toBe(false);
		expect(Buffer.from(cleaned).includes(Buffer.from(pictureData(BASE_JPEG)))).toBe(true);
	});

	test('an Adobe segment keeps its colour transform and nothing else', async () => {
		const adobe = (payload: Uint8Array) => jpegSegment(0xee, concatBytes(text('Adobe'), payload));
		const fields = Uint8Array.of(0, 100, 0x80, 0, 0, 0, 1);
		const cleaned = await expectCleaned(
			cleanJpeg,
			jpegWith(adobe(concatBytes(fields, planted))),
			'adobe.jpg'
		);
		const at = Buffer.from(cleaned).indexOf(Buffer.from([0xff, 0xee]));
		expect(cleaned.subarray(at, at + 16)).toEqual(
			concatBytes(Uint8Array.of(0xff, 0xee, 0, 14), text('Adobe'), Uint8Array.of(0, 100, 0, 0, 0, 0, 1))
		);
		// A transform no decoder knows: dropped, with the planted text after it.
		const odd = concatBytes(Uint8Array.of(0, 100, 0, 0, 0, 0, 9), planted);
		expect(holds(await expectCleaned(cleanJpeg, jpegWith(adobe(odd)), 'odd.jpg'), 'Adobe')).toBe(false);
		const short = cleanJpeg(jpegWith(adobe(Uint8Array.of(0, 100))));
		expect(holds(short, 'Adobe')).toBe(false);
	});

	test.each([0x02, 0x50, 0xbf, 0xc8, 0xde, 0xf5, 0xfd])(
		'a JPEG with the marker %i, which no picture needs, is refused',
		(marker) => {
			const hostile = jpegWith(jpegSegment(marker, planted));
			expect(() => cleanJpeg(hostile)).toThrow(UnreadableImageError);
		}
	);

	test('a PNG colour profile, suggested palette and other unlisted chunks are dropped', async () => {
		const header = BASE_PNG.subarray(0, 33);
		const hostile = concatBytes(
			header,
			pngChunk('iCCP', concatBytes(planted, Uint8Array.of(0, 0, 0x78, 0x9c, 3, 0, 0, 0, 0, 1))),
			pngChunk('sPLT', concatBytes(planted, Uint8Array.of(0, 8, 0, 0, 0, 0xff, 0, 1))),
			pngChunk('hIST', planted),
			BASE_PNG.subarray(33)
		);
		const cleaned = await expectCleaned(cleanPng, hostile, 'icc.png');
		expect(cleaned).toEqual(BASE_PNG);
	});

	test('a PNG chunk longer than its kind holds is dropped', async () => {
		const phys = Uint8Array.of(0, 0, 0x0b, 0x13, 0, 0, 0x0b, 0x13, 1);
		const hostile = concatBytes(
			BASE_PNG.subarray(0, 33),
			pngChunk('pHYs', concatBytes(phys, planted)),
			pngChunk('gAMA', planted),
			BASE_PNG.subarray(33)
		);
		expect(await expectCleaned(cleanPng, hostile, 'long.png')).toEqual(BASE_PNG);
		const fits = concatBytes(BASE_PNG.subarray(0, 33), pngChunk('pHYs', phys), BASE_PNG.subarray(33));
		expect(cleanPng(fits)).toEqual(fits);
	});

	/** The VP8 chunk of BASE_WEBP, whole. */
	const vp8 = () => {
		const at = Buffer.from(BASE_WEBP).indexOf(Buffer.from('VP8 ', 'latin1'));
		return BASE_WEBP.subarray(at);
	};
	const webp = (...chunks: Uint8Array[]) => {
		const out = concatBytes(text('RIFF'), new Uint8Array(4), text('WEBP'), ...chunks);
		new DataView(out.buffer).setUint32(4, out.length - 8, true);
		return out;
	};
	/** A VP8X for a 4 x 2 canvas with these flags, and `tail` after its ten bytes. */
	const vp8x = (flags: number, tail = new Uint8Array(0)) =>
		riffChunk('VP8X', concatBytes(Uint8Array.of(flags, 0, 0, 0, 3, 0, 0, 1, 0, 0), tail));

	test('a WebP extended header is written as its ten bytes, with no colour profile', async () => {
		const icc = riffChunk('ICCP', planted);
		const hostile = webp(vp8x(0x20 | 0x08, planted), icc, vp8());
		const cleaned = await expectCleaned(cleanWebp, hostile, 'vp8x.webp');
		expect(cleaned).toEqual(webp(vp8x(0), vp8()));
		expect(holds(cleaned, 'ICCP')).toBe(false);
	});

	test('a WebP animation frame keeps its header and picture, and not what rides inside it', async () => {
		// x, y, width - 1 (3), height - 1 (1), duration 100 ms, blending and disposal flags; 3 bytes each, then 1.
		const frameHeader = Uint8Array.of(0, 0, 0, 0, 0, 0, 3, 0, 0, 1, 0, 0, 100, 0, 0, 0x02);
		const anim = riffChunk('ANIM', Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0, 0));
		const frame = (...inside: Uint8Array[]) => riffChunk('ANMF', concatBytes(frameHeader, ...inside));
		const hostile = webp(
			vp8x(0x02 | 0x08),
			anim,
			frame(riffChunk('EXIF', planted), vp8(), riffChunk('XMP ', planted)),
			riffChunk('EXIF', planted)
		);
		const cleaned = await expectCleaned(cleanWebp, hostile, 'animated.webp');
		expect(cleaned).toEqual(webp(vp8x(0x02), anim, frame(vp8())));
		// A frame with no picture in it is refused.
		expect(() => cleanWebp(webp(vp8x(0x02), anim, frame(riffChunk('EXIF', planted))))).toThrow(
			UnreadableImageError
		);
	});
});
