// The worker's side of one heavy task (tasks.ts is the page's): it takes one request, runs it, and answers with
// progress, the result or the error, serialised so the page can build the same typed error again.
import { serialiseError, type SerialisedError, type TaskReply } from './protocol';

export interface ServeOptions<Result, Progress> {
	/** Buffers in the result to move to the page rather than copy (they can be most of a file). */
	transferOf?: (result: Result) => Transferable[];
	/**
	 * Progress of the same kind is told at most every PROGRESS_EVERY_MS: one message per step of a long loop would
	 * flood the page. A change of kind is always told.
	 */
	kindOf?: (progress: Progress) => string;
	/** The layer's own serialiser, which may name the error's family; the default keeps code, facts and fields. */
	serialise?: (error: unknown) => SerialisedError;
	/**
	 * Takes a message the page sent ahead of the request, to get ready (true: it was one, and is not answered). A
	 * worker started before it is needed learns this way what to prepare.
	 */
	prepare?: (message: unknown) => boolean;
}

export const PROGRESS_EVERY_MS = 100;

interface WorkerScope {
	postMessage(message: unknown, options?: StructuredSerializeOptions): void;
	addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

export function serveTask<Request, Result, Progress = never>(
	work: (request: Request, onProgress: (progress: Progress) => void) => Promise<Result>,
	options: ServeOptions<Result, Progress> = {},
	scope: WorkerScope = self as unknown as WorkerScope
): void {
	const reply = (message: TaskReply<Result, Progress>, transfer: Transferable[] = []) =>
		scope.postMessage(message, { transfer });
	scope.addEventListener('message', (event: MessageEvent<Request>) => {
		if (options.prepare?.(event.data)) return;
		let lastKind: string | undefined;
		let lastTime = 0;
		const onProgress = (progress: Progress) => {
			const now = performance.now();
			const kind = options.kindOf?.(progress) ?? '';
			if (kind === lastKind && now - lastTime < PROGRESS_EVERY_MS) return;
			lastKind = kind;
			lastTime = now;
			reply({ type: 'progress', progress });
		};
		work(event.data, onProgress).then(
			(result) => reply({ type: 'done', result }, options.transferOf?.(result) ?? []),
			(error: unknown) => reply({ type: 'failed', error: (options.serialise ?? serialiseError)(error) })
		);
	});
}
