// What crosses between the page and the export worker (export.worker.ts, export-work.ts), on the one task protocol
// (workers/). The page sends a snapshot of the diary; the worker builds the rows, the files, the zip and the seal, and
// asks the page for what only the page has: each exhibit's bytes, a chunk at a time (the diary key stays on the
// page), a backup's MAC, and a HEIC or AVIF photo drawn again by the page's canvas. The file comes back a batch at a
// time, so neither side ever holds it whole in its heap.
import type { PaperKind } from './court-papers';
import type { MacHex } from '$lib/crypto/mac';
import type { ChainCheckpoint } from '$lib/domain/hash-chain';
import type { ExhibitRef } from '$lib/domain/incident';
import { moved, type Moved } from '$lib/workers/protocol';
import type { DiarySnapshot } from './diary-export';
import type { ShareKdf } from './share-file';
import type { TimelineOptions } from './timeline-rows';

/** What every export is made from; the PDF alone asks for no more (pdf.worker.ts). */
export interface ExportBase {
	diary: DiarySnapshot;
	/** The choices on screen; a backup holds everything whatever they are. */
	options: TimelineOptions;
	/** When the export was asked for: its file name and every time printed in it. */
	now: Date;
	/** The app's base address, which the worker fetches the PDF's fonts from (the page's document.baseURI). */
	base: string;
}

export type ExportRequest = ExportBase &
	(
		| { kind: 'zip' | 'kit' | 'csv' | 'json' }
		| {
				kind: 'share' | 'backup';
				passphrase: string;
				/** Argon2id's cost: this diary's own, measured on this device at setup. */
				kdf: ShareKdf;
		  }
	);

export type ExportRequestKind = ExportRequest['kind'];

/** The PDF alone, made in the PDF worker from the same snapshot: the timeline, or one of the papers for the courts. */
export type PdfRequest = ExportBase & { paper?: PaperKind };

/** Told once, when the rows are built: the exhibit bytes the file will read, for the page's progress bar. */
export interface ExportProgress {
	exhibitBytes: number;
}

export interface ExportResult {
	name: string;
	type: string;
	/** The chain head the file carries, which its receipt code stands for; null for an empty diary. */
	head: ChainCheckpoint | null;
}

/** The PDF alone comes back whole, moved: a PDF is made whole in memory anyway. */
export interface PdfResult extends ExportResult {
	pdf: Uint8Array;
}

/** An exhibit being read for the worker, by the number the page gave it when it was opened. */
export type ExhibitStreamId = number;

/** The questions the export worker asks the page (workers/serve.ts, Call). */
export type ExportCalls = {
	/** Starts reading one exhibit's original bytes on the page. */
	openExhibit: { arg: ExhibitRef; result: ExhibitStreamId };
	/** Its next chunk, moved; null once it has ended, checked whole against its SHA-256. */
	readExhibit: { arg: ExhibitStreamId; result: Uint8Array | null };
	/** The worker stopped reading before the end: the page lets go of the stream. */
	closeExhibit: { arg: ExhibitStreamId; result: null };
	/** A backup's MAC, made with the diary key, which never leaves the page (Vault.backupMac). */
	backupMac: { arg: Uint8Array; result: MacHex };
	/** A HEIC or AVIF photo drawn again as JPEG by the page (convert-image.ts); null where it cannot be. */
	convertImage: { arg: { bytes: Uint8Array; type: string }; result: Uint8Array | null };
	/** The next piece of the file, moved, in order. */
	output: { arg: Uint8Array; result: null };
};

/** The file comes back in pieces of about this size: few messages, and never the whole file in one. */
export const OUTPUT_BATCH_BYTES = 1024 * 1024;

/**
 * Bytes to send with their buffer moved, not copied. A view of part of a larger buffer is copied first: moving that
 * buffer would take the rest of it from whoever still holds it.
 */
export function movedBytes(bytes: Uint8Array): Moved<Uint8Array> {
	const own =
		bytes.buffer instanceof ArrayBuffer &&
		bytes.byteOffset === 0 &&
		bytes.byteLength === bytes.buffer.byteLength
			? bytes
			: bytes.slice();
	return moved(own, [own.buffer as ArrayBuffer]);
}
