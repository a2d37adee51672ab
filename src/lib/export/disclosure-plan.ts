/**
 * What a disclosure-safe copy does with each exhibit, decided from what the diary knows about it before any file is
 * opened: its type and name. Photos of the kinds clean-image.ts can clean go in as cleaned copies; HEIC and AVIF,
 * which only a browser's own decoder can read, are turned into JPEG where this device can; everything else (video,
 * sound, PDFs, documents, anything unknown) can carry a location or a name and is left out, never sent unchanged.
 *
 * Pure and small, so the Export screen can say what will happen before anything is made (previewDisclosure).
 * Once a file is opened, its bytes decide (disclose-exhibit.ts): a ".jpg" that is not a JPEG is left out.
 */
import { exhibitKindOf, normaliseExhibitType } from '$lib/domain/exhibit-type';
import type { ExhibitRef, Sha256Hex } from '$lib/domain/incident';

export type DisclosureAction = 'clean' | 'convert' | 'withhold';

/**
 * Why an exhibit is not in a disclosure-safe copy: its kind can carry details that cannot be taken out here; the
 * file did not read as the picture it claimed to be; this device could not open a HEIC or AVIF to convert it; or
 * it is larger than a picture is cleaned in memory.
 */
export type WithheldReason = 'kind' | 'unreadable' | 'cannot-convert' | 'too-large';

/** What the disclosure-safe copy holds in place of the original, as the JSON and the PDF list it. */
export type ExhibitDisclosure =
	| {
			kind: 'cleaned';
			/** Of the cleaned copy, the file in the pack; the entry's own `sha256` stays the original's. */
			sha256: Sha256Hex;
			size: number;
			type: string;
			/** True when a HEIC or AVIF was drawn again as a JPEG, rather than cleaned in place. */
			converted: boolean;
	  }
	| { kind: 'withheld'; reason: WithheldReason };

/** An exhibit as a disclosure-safe pack lists it: where its cleaned copy is (or would be), and what was done. */
export interface DisclosedExhibit {
	path: string;
	disclosure: ExhibitDisclosure;
}

/** Larger pictures are left out: a photo is cleaned whole, in memory, and no phone photo comes near this. */
export const MAX_CLEANED_BYTES = 64 * 1024 * 1024;

const CLEANED_TYPES = new Set(['image/jpeg', 'image/pjpeg', 'image/png', 'image/apng', 'image/webp']);
const CONVERTED_TYPES = new Set(['image/heic', 'image/heif', 'image/avif']);
const CLEANED_EXTENSIONS = new Set(['jpg', 'jpeg', 'jpe', 'png', 'apng', 'webp']);
const CONVERTED_EXTENSIONS = new Set(['heic', 'heif', 'avif']);

function extensionOf(name: string): string {
	const dot = name.lastIndexOf('.');
	return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

export function planDisclosure(ref: Pick<ExhibitRef, 'type' | 'name' | 'size'>): DisclosureAction {
	if (ref.size > MAX_CLEANED_BYTES) return 'withhold';
	const type = normaliseExhibitType(ref.type);
	// A phone or a file picker that could not tell the type leaves it empty; the name is the only clue then.
	const known = exhibitKindOf(type) !== 'other';
	if (CLEANED_TYPES.has(type) || (!known && CLEANED_EXTENSIONS.has(extensionOf(ref.name)))) return 'clean';
	if (CONVERTED_TYPES.has(type) || (!known && CONVERTED_EXTENSIONS.has(extensionOf(ref.name))))
		return 'convert';
	return 'withhold';
}

/** Counts for the sentence on the Export screen: what the other side will and will not get. */
export interface DisclosurePreview {
	/** Photos that go in with their location and camera details removed. */
	cleaned: number;
	/** HEIC or AVIF photos turned into JPEG where this device can, and otherwise left out. */
	converted: number;
	/** Left out, by what the person would call them. */
	videos: number;
	recordings: number;
	others: number;
}

export function previewDisclosure(
	refs: readonly Pick<ExhibitRef, 'type' | 'name' | 'size'>[]
): DisclosurePreview {
	const preview: DisclosurePreview = { cleaned: 0, converted: 0, videos: 0, recordings: 0, others: 0 };
	for (const ref of refs) {
		const action = planDisclosure(ref);
		if (action === 'clean') preview.cleaned++;
		else if (action === 'convert') preview.converted++;
		else {
			const kind = exhibitKindOf(ref.type);
			if (kind === 'video') preview.videos++;
			else if (kind === 'audio') preview.recordings++;
			else preview.others++;
		}
	}
	return preview;
}
