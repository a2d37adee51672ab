// The page's side of making the timeline PDF on its own in a worker (pdf.worker.ts): the same bytes as makePdf and
// the same typed errors, but the rows, the attachments and the PDF are made off the page's thread, from a snapshot
// of the diary, and the worker is ended at once on lock or quick exit (workers/tasks.ts).
import { runTask } from '$lib/workers/tasks';
import type { PdfRequest, PdfResult } from './export-protocol';
import { rebuildError } from './open-file-protocol';

export function makePdfInWorker(
	request: PdfRequest,
	options: { signal?: AbortSignal } = {}
): Promise<PdfResult> {
	return runTask<PdfRequest, PdfResult>(
		() => new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' }),
		request,
		{ signal: options.signal, rebuild: rebuildError }
	);
}
