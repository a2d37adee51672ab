/**
 * One exhibit as a disclosure-safe copy holds it: a cleaned copy of a photo (clean-image.ts), a HEIC or AVIF drawn
 * again as a JPEG by the browser's own decoder, or nothing, with the reason listed. The original is read whole and
 * checked against the fingerprint taken when it was added, exactly as the full copy checks it, so a cleaned copy is
 * only ever made from the file the diary recorded.
 */
import { createSha256 } from '$lib/crypto/sha256';
import type { ExhibitRef, Sha256Hex } from '$lib/domain/incident';
import { cleanImage, cleanJpeg, sniffImage, UnreadableImageError } from './clean-image';
import {
	MAX_CLEANED_BYTES,
	planDisclosure,
	type DisclosedExhibit,
	type ExhibitDisclosure,
	type WithheldReason
} from './disclosure-plan';
import { PackExhibitChangedError } from './errors';
import { exhibitPath } from './file-names';

/**
 * Draws a picture of the given type again as JPEG, with nothing but its pixels; null when this device cannot decode
 * that kind. In the browser this is a canvas (convert-image.ts); Node has none, so there HEIC is left out.
 */
export type ImageConverter = (bytes: Uint8Array, type: string) => Promise<Uint8Array | null>;

export interface DisclosedFile extends DisclosedExhibit {
	/** The cleaned copy's bytes; null when the exhibit is left out. */
	bytes: Uint8Array | null;
}

async function sha256Of(bytes: Uint8Array): Promise<Sha256Hex> {
	const hasher = await createSha256();
	hasher.update(bytes);
	return hasher.digestHex();
}

/** The whole original, checked against its recorded fingerprint; null when it is larger than a photo is cleaned. */
async function readOriginal(
	number: string,
	ref: ExhibitRef,
	chunks: AsyncIterable<Uint8Array>
): Promise<Uint8Array | null> {
	const hasher = await createSha256();
	const parts: Uint8Array[] = [];
	let size = 0;
	for await (const chunk of chunks) {
		hasher.update(chunk);
		size += chunk.length;
		if (size <= MAX_CLEANED_BYTES) parts.push(chunk);
	}
	if (hasher.digestHex() !== ref.sha256.toLowerCase()) throw new PackExhibitChangedError(number);
	if (size > MAX_CLEANED_BYTES) return null;
	const whole = new Uint8Array(size);
	let at = 0;
	for (const part of parts) {
		whole.set(part, at);
		at += part.length;
	}
	return whole;
}

function withheld(number: string, ref: ExhibitRef, reason: WithheldReason): DisclosedFile {
	return { path: exhibitPath(number, ref.name), disclosure: { kind: 'withheld', reason }, bytes: null };
}

/**
 * What the disclosure-safe copy holds for this exhibit. `open` is only called for a picture that may be cleaned,
 * so a 200 MB video that is left out is never read. Throws PackExhibitChangedError if the original no longer
 * matches its fingerprint.
 */
export async function discloseExhibit(
	number: string,
	ref: ExhibitRef,
	open: () => AsyncIterable<Uint8Array>,
	convert?: ImageConverter
): Promise<DisclosedFile> {
	if (planDisclosure(ref) === 'withhold') {
		return withheld(number, ref, ref.size > MAX_CLEANED_BYTES ? 'too-large' : 'kind');
	}
	const original = await readOriginal(number, ref, open());
	if (original === null) return withheld(number, ref, 'too-large');

	let cleaned: { bytes: Uint8Array; type: string; extension: string };
	let converted = false;
	try {
		if (sniffImage(original) === 'heif') {
			const jpeg = convert ? await convert(original, ref.type) : null;
			if (jpeg === null) return withheld(number, ref, 'cannot-convert');
			// A canvas writes no EXIF, but its output is walked like any other JPEG: nothing is taken on trust.
			cleaned = { bytes: cleanJpeg(jpeg), type: 'image/jpeg', extension: 'jpg' };
			converted = true;
		} else {
			cleaned = cleanImage(original);
		}
	} catch (error) {
		if (error instanceof UnreadableImageError) return withheld(number, ref, 'unreadable');
		throw error;
	}
	const disclosure: ExhibitDisclosure = {
		kind: 'cleaned',
		sha256: await sha256Of(cleaned.bytes),
		size: cleaned.bytes.length,
		type: cleaned.type,
		converted
	};
	return { path: exhibitPath(number, `copy.${cleaned.extension}`), disclosure, bytes: cleaned.bytes };
}
