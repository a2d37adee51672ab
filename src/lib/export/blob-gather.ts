// A file gathered into a Blob piece by piece, as it is made. Pieces are folded into intermediate Blobs as they
// arrive (a Blob made of Blobs copies nothing), so a browser that keeps large blobs on disk never holds the whole
// file in the page's memory.

/** Pieces are folded into a Blob every this many bytes, so the browser can move them out of the JS heap. */
export const BLOB_BATCH_BYTES = 8 * 1024 * 1024;

export class BlobGatherer {
	readonly #batches: Blob[] = [];
	#parts: BlobPart[] = [];
	#size = 0;

	add(piece: Uint8Array): void {
		this.#parts.push(piece as Uint8Array<ArrayBuffer>);
		this.#size += piece.length;
		if (this.#size >= BLOB_BATCH_BYTES) {
			this.#batches.push(new Blob(this.#parts));
			this.#parts = [];
			this.#size = 0;
		}
	}

	blob(type: string): Blob {
		return new Blob([...this.#batches, new Blob(this.#parts)], { type });
	}
}
