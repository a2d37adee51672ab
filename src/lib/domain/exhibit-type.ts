// What an exhibit's type is allowed to make of it. The type is only what the file claimed: a browser's guess from
// its name, a recorder's label, or a line in a shared file or backup that anyone could have written. An object URL
// of an exhibit belongs to the app's origin, and a web page or SVG opened from one (a tap on "Open in new tab" is
// enough) runs its script as the app: it can copy the sealed diary and replace the unlock screen with a look-alike
// that captures the passphrase. So the type a Blob is given comes from an allow-list of kinds a browser can only
// show, never run: raster pictures, sound and video. Everything else, SVG, HTML and PDF included, is plain bytes
// (application/octet-stream), which a browser saves instead of opening.

export type ExhibitKind = 'image' | 'audio' | 'video' | 'pdf' | 'other';

/** The type of bytes a browser will only save, never render or run. */
export const OPAQUE_TYPE = 'application/octet-stream';

/** Pictures a browser decodes as pixels; SVG is not here because it is a document that can hold script. */
const IMAGE_TYPES = new Set([
	'image/jpeg',
	'image/pjpeg',
	'image/png',
	'image/apng',
	'image/gif',
	'image/webp',
	'image/avif',
	'image/bmp',
	'image/heic',
	'image/heif'
]);

/** What phones record and the usual sound files people are sent; the browser's own player shows them. */
const AUDIO_TYPES = new Set([
	'audio/aac',
	'audio/amr',
	'audio/flac',
	'audio/mp4',
	'audio/mpeg',
	'audio/mp3',
	'audio/ogg',
	'audio/opus',
	'audio/wav',
	'audio/wave',
	'audio/webm',
	'audio/x-m4a',
	'audio/x-wav',
	'audio/3gpp'
]);

const VIDEO_TYPES = new Set([
	'video/mp4',
	'video/mpeg',
	'video/ogg',
	'video/quicktime',
	'video/webm',
	'video/x-m4v',
	'video/3gpp'
]);

/** RFC 9110 token characters, so "type/subtype" is one well-formed media type and nothing else. */
const TOKEN = "[!#$%&'*+.^_`|~0-9a-z-]+";
const ESSENCE = new RegExp(`^${TOKEN}/${TOKEN}$`);
/** Longer than any registered type; a longer "type" is not one. */
const MAX_TYPE_LENGTH = 127;

/**
 * The type as it is kept and shown: the media type alone, in lower case, without parameters (so
 * "IMAGE/SVG+XML; charset=x" is "image/svg+xml" and "audio/webm;codecs=opus" is "audio/webm"). Anything that is not
 * a well-formed media type, an empty one included, becomes application/octet-stream.
 */
export function normaliseExhibitType(type: string): string {
	const essence = type.split(';', 1)[0]!.trim().toLowerCase();
	return essence.length <= MAX_TYPE_LENGTH && ESSENCE.test(essence) ? essence : OPAQUE_TYPE;
}

/** How the app treats a file of this type: shown as a picture, played, or (PDF and the rest) only saved. */
export function exhibitKindOf(type: string): ExhibitKind {
	const essence = normaliseExhibitType(type);
	if (IMAGE_TYPES.has(essence)) return 'image';
	if (AUDIO_TYPES.has(essence)) return 'audio';
	if (VIDEO_TYPES.has(essence)) return 'video';
	if (essence === 'application/pdf') return 'pdf';
	return 'other';
}

/** The type an exhibit's Blob is given: its own for a picture, sound or video on the list, plain bytes otherwise. */
export function exhibitBlobType(type: string): string {
	const kind = exhibitKindOf(type);
	return kind === 'image' || kind === 'audio' || kind === 'video' ? normaliseExhibitType(type) : OPAQUE_TYPE;
}

/**
 * Every Blob of an exhibit's bytes is made here, in the diary, the viewer and a restore, so none can be given a type
 * that a browser would run.
 */
export function makeExhibitBlob(parts: readonly BlobPart[], type: string): Blob {
	return new Blob(parts as BlobPart[], { type: exhibitBlobType(type) });
}
