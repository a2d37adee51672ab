// The page's side of making an export in the export worker (export.worker.ts): the same files, byte for byte, and
// the same errors as making them here, but the rows, the CSV, the JSON, the PDF, the zip and the seal are made off
// the page's thread, so the quick exit answers meanwhile. The page only reads each exhibit a chunk at a time when
// the worker asks (the diary key stays here), makes a backup's MAC, draws a photo again where asked, and gathers
// the pieces of the file into a Blob. The worker is ended on lock or quick exit like every task (workers/tasks.ts),
// and the exhibit being read is let go with it.
import type { ChainCheckpoint } from '$lib/domain/hash-chain';
import type { ExhibitRef } from '$lib/domain/incident';
import { runTask, type Answers } from '$lib/workers/tasks';
import { BlobGatherer } from './blob-gather';
import type { ImageConverter } from './disclose-exhibit';
import type { BackupMacMaker } from './diary-export';
import {
	movedBytes,
	type ExhibitStreamId,
	type ExportCalls,
	type ExportProgress,
	type ExportRequest,
	type ExportResult
} from './export-protocol';
import { rebuildError } from './open-file-protocol';

/** What only the page has, as the worker asks for it. */
export interface PageSources {
	/** Streams one exhibit's original bytes (openExhibit in the vault); each chunk is handed over, not kept. */
	openExhibit: (ref: ExhibitRef) => AsyncIterable<Uint8Array>;
	/** Only for a backup. */
	backupMac?: BackupMacMaker;
	convertImage?: ImageConverter;
	/** Fraction done, 0 to 1, counted in exhibit bytes read; undefined once the rows are built. */
	onProgress?: (fraction: number | undefined) => void;
	signal?: AbortSignal;
}

export interface MadeInWorker {
	file: File;
	head: ChainCheckpoint | null;
}

/** Starts the worker: separate so a test can run the same protocol over a MessageChannel. */
export type SpawnExportWorker = () => Worker;

const spawnExportWorker: SpawnExportWorker = () =>
	new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });

/** What the page keeps while the worker works: the file's pieces, and the exhibit bytes read of those to read. */
interface PageTally {
	gathered: BlobGatherer;
	total: number;
	done: number;
}

/** The answers to the export worker's calls, from `sources`, into `tally`. */
function pageAnswers(sources: PageSources, tally: PageTally): Answers<ExportCalls> {
	const reading = new Map<ExhibitStreamId, AsyncIterator<Uint8Array>>();
	let lastStream = 0;
	const streamOf = (id: ExhibitStreamId) => {
		const stream = reading.get(id);
		if (!stream) throw new Error(`No exhibit is being read as ${String(id)}`);
		return stream;
	};
	return {
		openExhibit: async (ref, ended) => {
			const id = ++lastStream;
			const stream = sources.openExhibit(ref)[Symbol.asyncIterator]();
			reading.set(id, stream);
			// Stopped, locked or failed: the page stops reading too.
			ended.addEventListener(
				'abort',
				() => {
					if (reading.delete(id)) void stream.return?.().catch(() => undefined);
				},
				{ once: true }
			);
			return id;
		},
		readExhibit: async (id) => {
			const stream = streamOf(id);
			let next: IteratorResult<Uint8Array>;
			try {
				next = await stream.next();
			} catch (error) {
				reading.delete(id);
				throw error;
			}
			if (next.done) {
				reading.delete(id);
				return null;
			}
			tally.done += next.value.length;
			sources.onProgress?.(Math.min(1, tally.done / tally.total));
			return movedBytes(next.value);
		},
		closeExhibit: async (id) => {
			const stream = reading.get(id);
			reading.delete(id);
			await stream?.return?.();
			return null;
		},
		backupMac: async (bytes) => {
			if (!sources.backupMac) throw new Error('Only a backup is authenticated');
			return sources.backupMac(bytes);
		},
		convertImage: async ({ bytes, type }) => {
			const jpeg = sources.convertImage ? await sources.convertImage(bytes, type) : null;
			return jpeg ? movedBytes(jpeg) : null;
		},
		output: async (piece) => {
			tally.gathered.add(piece);
			return null;
		}
	};
}

/**
 * Makes the file `request` asks for in a worker made by `spawn` (the export worker by default). Rejects with the
 * same typed errors as making it here: the export's own rebuilt (open-file-protocol.ts), and a failure of the page's
 * own part (an exhibit found damaged, the diary locked) as that very error. An AbortError when `signal` aborts or
 * stopAllTasks is called.
 */
export async function makeInWorker(
	request: ExportRequest,
	sources: PageSources,
	spawn: SpawnExportWorker = spawnExportWorker
): Promise<MadeInWorker> {
	const tally: PageTally = { gathered: new BlobGatherer(), total: 1, done: 0 };
	const made = await runTask<ExportRequest, ExportResult, ExportProgress, ExportCalls>(spawn, request, {
		signal: sources.signal,
		rebuild: rebuildError,
		answers: pageAnswers(sources, tally),
		onProgress: ({ exhibitBytes }) => {
			tally.total = Math.max(1, exhibitBytes);
			sources.onProgress?.(undefined);
		}
	});
	const blob = tally.gathered.blob(made.type);
	return { file: new File([blob], made.name, { type: made.type }), head: made.head };
}
