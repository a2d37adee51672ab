// The page's side of making the timeline PDF in a worker (pdf.worker.ts): the same bytes as makeTimelinePdf and the
// same typed errors, but off the page's thread, and ended at once on lock or quick exit (workers/tasks.ts).
import { runTask } from '$lib/workers/tasks';
import { rebuildError } from './open-file-protocol';
import type { TimelinePdfInput } from './timeline-pdf';

export interface PdfRequest {
	input: TimelinePdfInput;
	/** The app's base address, which the worker fetches the fonts from (the page's document.baseURI). */
	base: string;
}

export function makePdfInWorker(
	input: TimelinePdfInput,
	base: string,
	options: { signal?: AbortSignal } = {}
): Promise<Uint8Array> {
	return runTask<PdfRequest, Uint8Array>(
		() => new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' }),
		{ input, base },
		{ signal: options.signal, rebuild: rebuildError }
	);
}
