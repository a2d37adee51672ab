// The stored form of an exhibit's chunks (exhibits.ts describes it), apart from the vault and Dexie so the seal
// worker (exhibit-seal-work.ts) writes the very same rows without loading either.
import { PAD_BLOCK, type StreamOptions } from '$lib/crypto';

export const EXHIBIT_FORMAT = 1;

/** Chunks written or read per transaction: about 1 MiB, so memory stays flat and progress moves often. */
export const BATCH_CHUNKS = 16;

/** Binds every chunk to the exhibit id and format, and pads the last one as records are padded. */
export const exhibitStreamOptions = (id: string): StreamOptions => ({
	additionalData: `wm-exhibit\u0000${String(EXHIBIT_FORMAT)}\u0000${id}`,
	padBlock: PAD_BLOCK
});

/** Row 0 of an exhibit: its own format byte in front of the stream's piece 0. */
export function withExhibitFormat(piece0: Uint8Array): Uint8Array {
	const row0 = new Uint8Array(1 + piece0.length);
	row0[0] = EXHIBIT_FORMAT;
	row0.set(piece0, 1);
	return row0;
}
