// The export worker's work (export.worker.ts is its thin wrapper): from the diary's snapshot to the file's bytes,
// exactly as the page made them before (diary-export.ts does it all), but asking the page for each exhibit's
// chunks, a backup's MAC and an image drawn again, and handing the file back in pieces. Runs in Node for tests.
import { isPaperKind } from './court-papers';
import { kitArchiveName, paperFileName } from './file-names';
import { moved } from '$lib/workers/protocol';
import type { Call } from '$lib/workers/serve';
import {
	BACKUP_OPTIONS,
	EXPORT_TYPES,
	encryptedFileName,
	exhibitBytes,
	exportFileName,
	headOf,
	makeCsv,
	makeJson,
	makeKitStream,
	makePackStream,
	makePdf,
	makeShareStream,
	prepareExport,
	type PackSources,
	type PreparedExport
} from './diary-export';
import {
	movedBytes,
	OUTPUT_BATCH_BYTES,
	type ExportCalls,
	type ExportProgress,
	type ExportRequest,
	type ExportResult,
	type PdfRequest,
	type PdfResult
} from './export-protocol';
import type { FontSource } from './pdf-fonts';

type ExportCall = Call<ExportCalls>;

/**
 * One exhibit's bytes, read on the page a chunk at a time. The next chunk is asked for only once the last one has
 * been used, so however large the exhibit, one chunk of it is here at a time; a read stopped early lets the page's
 * stream go.
 */
export function exhibitsFromPage(call: ExportCall): PackSources['openExhibit'] {
	return async function* open(ref) {
		const stream = await call('openExhibit', ref);
		let open = true;
		try {
			for (;;) {
				let chunk: Uint8Array | null;
				try {
					chunk = await call('readExhibit', stream);
				} catch (error) {
					// The page's stream failed (damaged, locked) and is gone already.
					open = false;
					throw error;
				}
				if (chunk === null) {
					open = false;
					return;
				}
				yield chunk;
			}
		} finally {
			if (open) await call('closeExhibit', stream);
		}
	};
}

/** Hands the file's pieces to the page in batches, each moved, waiting for each to be taken before making more. */
export async function sendToPage(pieces: AsyncIterable<Uint8Array>, call: ExportCall): Promise<void> {
	let batch: Uint8Array[] = [];
	let size = 0;
	const flush = async () => {
		if (size === 0) return;
		const joined = new Uint8Array(size);
		let at = 0;
		for (const piece of batch) {
			joined.set(piece, at);
			at += piece.length;
		}
		batch = [];
		size = 0;
		await call('output', movedBytes(joined));
	};
	for await (const piece of pieces) {
		batch.push(piece);
		size += piece.length;
		if (size >= OUTPUT_BATCH_BYTES) await flush();
	}
	await flush();
}

const textEncoder = new TextEncoder();

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
	yield bytes;
}

/** What the pack reads through the page, and the fonts its PDF is made with, here. */
function packSources(request: ExportRequest, call: ExportCall, fonts: FontSource): PackSources {
	return {
		fonts,
		openExhibit: exhibitsFromPage(call),
		// Only a backup is authenticated: it is the one file that may later change entries in this diary.
		...(request.kind === 'backup'
			? { backupMac: (bytes: Uint8Array) => call('backupMac', movedBytes(bytes)) }
			: {}),
		convertImage: (bytes, type) => {
			// A copy goes: the original is the caller's to keep.
			const copy = bytes.slice();
			return call('convertImage', moved({ bytes: copy, type }, [copy.buffer]));
		}
	};
}

function streamOf(
	request: ExportRequest,
	prepared: PreparedExport,
	call: ExportCall,
	fonts: FontSource
): AsyncIterable<Uint8Array> | Promise<AsyncIterable<Uint8Array>> {
	switch (request.kind) {
		case 'zip':
			return makePackStream(prepared, packSources(request, call, fonts));
		case 'kit':
			return makeKitStream(prepared, packSources(request, call, fonts));
		case 'share':
		case 'backup':
			// Sealed at the cost this device was measured to bear at setup, like the diary itself.
			return makeShareStream(prepared, packSources(request, call, fonts), request.passphrase, request.kdf);
		case 'csv':
			return once(textEncoder.encode(makeCsv(prepared)));
		case 'json':
			return makeJson(prepared).then((json) => once(textEncoder.encode(json)));
	}
}

/**
 * Makes the file the request asks for, sending it to the page in pieces (`output` calls), and answers with its name,
 * type and chain head. `fonts` are where the pack's PDF reads its fonts: the app's own, fetched from `base`, in the
 * worker; a spec's from disk.
 */
export async function runExport(
	request: ExportRequest,
	onProgress: (progress: ExportProgress) => void,
	call: ExportCall,
	fonts: FontSource
): Promise<ExportResult> {
	// A backup holds everything, whatever the choices on screen, so it can be restored in full.
	const options = request.kind === 'backup' ? BACKUP_OPTIONS : request.options;
	const prepared = await prepareExport(request.diary, options, request.now);
	const readsExhibits = request.kind !== 'csv' && request.kind !== 'json';
	onProgress({ exhibitBytes: readsExhibits ? exhibitBytes(prepared) : 0 });
	await sendToPage(await streamOf(request, prepared, call, fonts), call);
	const head = headOf(prepared);
	if (request.kind === 'share' || request.kind === 'backup') {
		return { name: encryptedFileName(request.kind, request.now), type: EXPORT_TYPES.dat, head };
	}
	if (request.kind === 'kit') return { name: kitArchiveName(request.now), type: EXPORT_TYPES.zip, head };
	return { name: exportFileName(request.kind, request.now), type: EXPORT_TYPES[request.kind], head };
}

/** The PDF on its own, from the diary's snapshot: the rows, its attachments and the PDF itself, all here. */
export async function runPdfExport(
	{ diary, options, now, paper }: PdfRequest,
	fonts: FontSource
): Promise<PdfResult> {
	const prepared = await prepareExport(diary, options, now);
	// Only a paper this app knows: anything else is the timeline itself.
	const kind = isPaperKind(paper) ? paper : undefined;
	const pdf = await makePdf(prepared, fonts, kind);
	const name = kind ? paperFileName(kind, now) : exportFileName('pdf', now);
	return { pdf, name, type: EXPORT_TYPES.pdf, head: headOf(prepared) };
}
