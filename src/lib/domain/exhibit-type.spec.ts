import { describe, expect, it } from 'vitest';
import {
	OPAQUE_TYPE,
	exhibitBlobType,
	exhibitKindOf,
	makeExhibitBlob,
	normaliseExhibitType
} from './exhibit-type';

/** Types that a browser would render as a document, and so run script from, if a Blob carried them. */
const RUNNABLE = [
	'image/svg+xml',
	'IMAGE/SVG+XML',
	'image/svg+xml; charset=utf-8',
	' Image/Svg+Xml ;charset=x',
	'text/html',
	'TEXT/HTML; charset=utf-8',
	'application/xhtml+xml',
	'text/xml',
	'application/xml',
	'text/xsl',
	'multipart/x-mixed-replace',
	'text/javascript',
	'application/javascript',
	'text/plain',
	'application/pdf',
	'APPLICATION/PDF',
	'',
	'garbage',
	'image/png/extra',
	'image/ png',
	'image/png\u0000text/html',
	`image/${'x'.repeat(200)}`
];

describe('normaliseExhibitType', () => {
	it('keeps the media type alone, in lower case, without parameters', () => {
		expect(normaliseExhibitType('IMAGE/SVG+XML; charset=x')).toBe('image/svg+xml');
		expect(normaliseExhibitType('audio/webm;codecs=opus')).toBe('audio/webm');
		expect(normaliseExhibitType('  Image/JPEG  ')).toBe('image/jpeg');
		expect(normaliseExhibitType('text/html')).toBe('text/html');
	});

	it('turns anything that is not one well-formed media type into plain bytes', () => {
		for (const type of ['', ' ', 'garbage', 'image/', '/png', 'image/png/x', 'image/ png', 'a b/c', 'é/x']) {
			expect(normaliseExhibitType(type), JSON.stringify(type)).toBe(OPAQUE_TYPE);
		}
		expect(normaliseExhibitType(`image/${'x'.repeat(200)}`)).toBe(OPAQUE_TYPE);
	});
});

describe('exhibitKindOf', () => {
	it('shows raster pictures, sound and video, whatever the case or parameters', () => {
		expect(exhibitKindOf('image/png')).toBe('image');
		expect(exhibitKindOf('IMAGE/JPEG; q=1')).toBe('image');
		expect(exhibitKindOf('image/heic')).toBe('image');
		expect(exhibitKindOf('audio/webm;codecs=opus')).toBe('audio');
		expect(exhibitKindOf('Audio/MPEG')).toBe('audio');
		expect(exhibitKindOf('video/mp4; codecs="avc1.42E01E"')).toBe('video');
		expect(exhibitKindOf('video/quicktime')).toBe('video');
	});

	it('never calls SVG a picture, in any spelling', () => {
		for (const type of ['image/svg+xml', 'IMAGE/SVG+XML', 'image/svg+xml; charset=utf-8', ' image/Svg+xml']) {
			expect(exhibitKindOf(type), type).toBe('other');
		}
	});

	it('names a PDF, and leaves every unknown image, sound or video type unplayed', () => {
		expect(exhibitKindOf('application/PDF; x=y')).toBe('pdf');
		expect(exhibitKindOf('image/x-made-up')).toBe('other');
		expect(exhibitKindOf('audio/x-made-up')).toBe('other');
		expect(exhibitKindOf('video/x-made-up')).toBe('other');
		expect(exhibitKindOf('text/html')).toBe('other');
	});
});

describe('exhibitBlobType and makeExhibitBlob', () => {
	it('give every runnable or unknown type, PDF included, as plain bytes', () => {
		for (const type of RUNNABLE) {
			expect(exhibitBlobType(type), JSON.stringify(type)).toBe(OPAQUE_TYPE);
			expect(makeExhibitBlob([new Uint8Array([1, 2, 3])], type).type, JSON.stringify(type)).toBe(OPAQUE_TYPE);
		}
	});

	it('keep the normalised type of a picture, sound or video on the list', () => {
		expect(makeExhibitBlob([], 'IMAGE/PNG; x=1').type).toBe('image/png');
		expect(makeExhibitBlob([], 'audio/webm;codecs=opus').type).toBe('audio/webm');
		expect(makeExhibitBlob([], 'video/mp4').type).toBe('video/mp4');
	});

	it('keep the bytes as they are', async () => {
		const bytes = new Uint8Array([60, 115, 118, 103, 62, 0, 255]);
		const blob = makeExhibitBlob([bytes.subarray(0, 3), bytes.subarray(3)], 'image/svg+xml');
		expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
	});
});
