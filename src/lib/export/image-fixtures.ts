// Shared by the specs only: small real pictures (drawn by Chromium's own encoders, 4 x 2 pixels) with the metadata a
// phone writes put back into them by hand: GPS, make, model, serial number, times, a maker note, XMP with a
// location, IPTC with a city, a comment, and a second picture after the end as phones append. Each marker value is
// a string a test can search the bytes for.
import { crc32 } from './crc32';

export const SECRETS = {
	make: 'Acmephone',
	model: 'Acme X9 Pro',
	serial: 'SN-00417-ZZ',
	makerNote: 'MAKERNOTE-home-wifi',
	comment: 'COMMENT-12-Refuge-Road',
	xmp: 'XMP-51.7654N',
	iptcCity: 'IPTC-Hitchin',
	trailer: 'TRAILER-depth-map',
	text: 'PNGTEXT-new-address'
} as const;

/** 51° 45' 12.34" N, 0° 12' 34.56" W: near Hitchin. */
export const GPS = { latitude: 51 + 45 / 60 + 12.34 / 3600, longitude: -(12 / 60 + 34.56 / 3600) };

const b64 = (text: string) => Uint8Array.from(Buffer.from(text, 'base64'));

/** Chromium's canvas.toDataURL('image/jpeg') of a 4 x 2 picture: APP0 JFIF, APP2 ICC, then the picture. */
export const BASE_JPEG = b64(
	'/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIDAoMDAsKCwsNDhIQDQ4RDgsLEBYQERMUFRUVDA8XGBYUGBIUFRT/2wBDAQMEBAUEBQkFBQkUDQsNFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBT/wAARCAACAAQDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAb/xAAaEAEAAQUAAAAAAAAAAAAAAAAAAgUHNoOz/8QAFAEBAAAAAAAAAAAAAAAAAAAACP/EACARAAADCQEAAAAAAAAAAAAAAAACBQEDBAY1NnN0srP/2gAMAwEAAhEDEQA/AIS3mH0/Z0kAWKDSYTGTlgLM/wB4LGy/9Tj/2Q=='
);

/** Chromium's canvas.toDataURL('image/png') of the same picture. */
export const BASE_PNG = b64(
	'iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAYAAAB/qH1jAAAAGElEQVR4AWI6w2D8H4QZZv7/D8JMDGgAAAAA//8oULihAAAABklEQVQDAOFACS/SKEbjAAAAAElFTkSuQmCC'
);

/** Chromium's canvas.toDataURL('image/webp', 0.9): VP8X, ICCP, VP8. */
export const BASE_WEBP = b64(
	'UklGRkQCAABXRUJQVlA4WAoAAAAgAAAAAwAAAQAASUNDUMgBAAAAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADZWUDggVgAAAPADAJ0BKgQAAgAAwBIlqAJ0ugH4AfqBSgPwArQD+AZQB+gALdrLzEAA/voP9Xh/8ACP/+NP8CVdXuO5shC+//rzL/7q8MUHkdJAMfyjxw1ZRf/dnwAA'
);

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

type Entry = { tag: number; type: 2 | 3 | 4 | 5 | 7; values: number[] | string };

/** Bytes per number: a RATIONAL (5) is two LONGs, so its numbers come in pairs of 4 bytes each. */
const WIDTH: Record<number, number> = { 3: 2, 4: 4, 5: 4 };

/** A little-endian TIFF: IFD0 pointing on to an EXIF IFD and a GPS IFD, each value past 4 bytes in a data area. */
function tiff(ifd0: Entry[], exif: Entry[], gps: Entry[]): Uint8Array {
	const pointers: Entry[] = [
		{ tag: 0x8769, type: 4, values: [0] },
		{ tag: 0x8825, type: 4, values: [0] }
	];
	const layout = [[...ifd0, ...pointers], exif, gps];
	const offsets: number[] = [];
	let at = 8;
	for (const entries of layout) {
		offsets.push(at);
		at += 2 + entries.length * 12 + 4;
	}
	pointers[0]!.values = [offsets[1]!];
	pointers[1]!.values = [offsets[2]!];

	const out = new Uint8Array(4096);
	const dv = new DataView(out.buffer);
	out.set(latin1('II*\0'));
	dv.setUint32(4, 8, true);
	let data = at;
	layout.forEach((entries, i) => {
		let p = offsets[i]!;
		dv.setUint16(p, entries.length, true);
		p += 2;
		for (const e of entries) {
			let bytes: Uint8Array;
			let count: number;
			if (typeof e.values === 'string') {
				bytes = latin1(e.type === 2 ? `${e.values}\0` : e.values);
				count = bytes.length;
			} else {
				const width = WIDTH[e.type]!;
				bytes = new Uint8Array(e.values.length * width);
				const bv = new DataView(bytes.buffer);
				e.values.forEach((v, k) =>
					width === 2 ? bv.setUint16(k * 2, v, true) : bv.setUint32(k * 4, v, true)
				);
				count = e.type === 5 ? e.values.length / 2 : e.values.length;
			}
			dv.setUint16(p, e.tag, true);
			dv.setUint16(p + 2, e.type, true);
			dv.setUint32(p + 4, count, true);
			if (bytes.length <= 4) out.set(bytes, p + 8);
			else {
				dv.setUint32(p + 8, data, true);
				out.set(bytes, data);
				data += bytes.length + (bytes.length & 1);
			}
			p += 12;
		}
		dv.setUint32(p, 0, true);
	});
	return out.slice(0, data);
}

/** What a phone writes: where, which camera, when, and a maker note, with the picture turned (orientation 6). */
export function phoneExif(orientation = 6): Uint8Array {
	return tiff(
		[
			{ tag: 0x010f, type: 2, values: SECRETS.make },
			{ tag: 0x0110, type: 2, values: SECRETS.model },
			{ tag: 0x0112, type: 3, values: [orientation] },
			{ tag: 0x0132, type: 2, values: '2026:11:20 18:45:00' }
		],
		[
			{ tag: 0x9003, type: 2, values: '2026:11:20 18:45:00' },
			{ tag: 0x927c, type: 7, values: SECRETS.makerNote },
			{ tag: 0xa431, type: 2, values: SECRETS.serial }
		],
		[
			{ tag: 0x0001, type: 2, values: 'N' },
			{ tag: 0x0002, type: 5, values: [51, 1, 45, 1, 1234, 100] },
			{ tag: 0x0003, type: 2, values: 'W' },
			{ tag: 0x0004, type: 5, values: [0, 1, 12, 1, 3456, 100] }
		]
	);
}

const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:tiff="http://ns.adobe.com/tiff/1.0/" exif:GPSLatitude="51,45.2057N" exif:GPSLongitude="0,12.576W" tiff:Make="${SECRETS.make}" exif:UserComment="${SECRETS.xmp}"/></rdf:RDF></x:xmpmeta>`;

export function jpegSegment(marker: number, payload: Uint8Array): Uint8Array {
	const out = new Uint8Array(4 + payload.length);
	out[0] = 0xff;
	out[1] = marker;
	new DataView(out.buffer).setUint16(2, payload.length + 2);
	out.set(payload, 4);
	return out;
}

/** An IPTC-IIM City (2:90) inside Photoshop's 8BIM resource 0x0404, as APP13 holds it. */
function iptcApp13(): Uint8Array {
	const city = latin1(SECRETS.iptcCity);
	const iim = concatBytes(Uint8Array.of(0x1c, 2, 90, 0, city.length), city);
	const resource = concatBytes(latin1('8BIM'), Uint8Array.of(0x04, 0x04, 0, 0), new Uint8Array(4), iim);
	new DataView(resource.buffer).setUint32(8, iim.length);
	return jpegSegment(0xed, concatBytes(latin1('Photoshop 3.0\0'), resource));
}

/** BASE_JPEG as a phone would save it: EXIF with GPS, XMP, IPTC, a comment, and a second picture after the end. */
export function phoneJpeg(orientation = 6): Uint8Array {
	return concatBytes(
		BASE_JPEG.subarray(0, 2),
		jpegSegment(0xe1, concatBytes(latin1('Exif\0\0'), phoneExif(orientation))),
		jpegSegment(0xe1, concatBytes(latin1('http://ns.adobe.com/xap/1.0/\0'), latin1(XMP))),
		iptcApp13(),
		jpegSegment(0xfe, latin1(SECRETS.comment)),
		BASE_JPEG.subarray(2),
		// What phones append: a depth map or motion video, here a JPEG with its own EXIF.
		Uint8Array.of(0xff, 0xd8),
		jpegSegment(0xe1, concatBytes(latin1('Exif\0\0'), phoneExif())),
		latin1(SECRETS.trailer),
		Uint8Array.of(0xff, 0xd9)
	);
}

export function pngChunk(type: string, data: Uint8Array): Uint8Array {
	const out = new Uint8Array(12 + data.length);
	const dv = new DataView(out.buffer);
	dv.setUint32(0, data.length);
	out.set(latin1(type), 4);
	out.set(data, 8);
	dv.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
	return out;
}

/** BASE_PNG with eXIf (GPS and all), tEXt, iTXt XMP and tIME after the header, and bytes after the end. */
export function phonePng(orientation = 6): Uint8Array {
	const header = BASE_PNG.subarray(0, 8 + 25);
	return concatBytes(
		header,
		pngChunk('eXIf', phoneExif(orientation)),
		pngChunk('tEXt', latin1(`Comment\0${SECRETS.text}`)),
		pngChunk('iTXt', latin1(`XML:com.adobe.xmp\0\0\0\0\0${XMP}`)),
		pngChunk('tIME', Uint8Array.of(0x07, 0xea, 11, 20, 18, 45, 0)),
		BASE_PNG.subarray(8 + 25),
		latin1(SECRETS.trailer)
	);
}

export function riffChunk(type: string, data: Uint8Array): Uint8Array {
	const padded = data.length + (data.length & 1);
	const out = new Uint8Array(8 + padded);
	out.set(latin1(type));
	new DataView(out.buffer).setUint32(4, data.length, true);
	out.set(data, 8);
	return out;
}

/** BASE_WEBP with EXIF and XMP chunks, the VP8X flags saying so, and the RIFF size to match. */
export function phoneWebp(): Uint8Array {
	const body = concatBytes(
		BASE_WEBP.subarray(12),
		riffChunk('EXIF', phoneExif()),
		riffChunk('XMP ', latin1(XMP))
	);
	const out = concatBytes(latin1('RIFF'), new Uint8Array(4), latin1('WEBP'), body);
	new DataView(out.buffer).setUint32(4, out.length - 8, true);
	out[20] = out[20]! | 0x08 | 0x04; // VP8X flags: EXIF and XMP present
	return out;
}

/** Whether `needle` (Latin-1) occurs anywhere in the bytes. */
export function holds(bytes: Uint8Array, needle: string): boolean {
	return Buffer.from(bytes).includes(Buffer.from(needle, 'latin1'));
}
