// The page's side of the heavy work that runs in workers: key derivation, sealing and opening files, hashing and
// sealing exhibits, making the PDF. While a task runs the page's thread stays free, so the quick exit always
// answers; and every task still running is ended at once on lock or quick exit (stopAllTasks), its worker with it,
// taking whatever passphrase or key it held. Nothing here knows what a task does: each layer's client says that.
import {
	Moved,
	rebuildCodedError,
	serialiseError,
	type CallMap,
	type NoCalls,
	type SerialisedError,
	type TaskCall,
	type TaskReply
} from './protocol';

/**
 * How the page answers each call a task's worker may make (serve.ts, Call). `ended` aborts when the task ends, for
 * whatever reason, so an answer that holds something open (an exhibit being read) can let go of it.
 */
export type Answers<C extends CallMap> = {
	[K in keyof C]: (arg: C[K]['arg'], ended: AbortSignal) => Promise<C[K]['result'] | Moved<C[K]['result']>>;
};

export interface TaskOptions<Progress, Calls extends CallMap = NoCalls> {
	signal?: AbortSignal;
	onProgress?: (progress: Progress) => void;
	/** Buffers in the request to move to the worker rather than copy. */
	transfer?: Transferable[];
	/** Builds the layer's own typed error from what crossed; the default keeps the code, facts and name. */
	rebuild?: (error: SerialisedError) => Error;
	/** The answers to the worker's calls; a task that makes none needs none. */
	answers?: Answers<Calls>;
}

const running = new Set<() => void>();

export function taskStopped(): DOMException {
	return new DOMException('The task was stopped', 'AbortError');
}

/**
 * Runs one request in a fresh worker made by `spawn`, which answers with serveTask (serve.ts). Resolves with its
 * result, or rejects with the layer's typed error, or an AbortError when `signal` aborts or stopAllTasks is called.
 * The worker is ended as soon as the task settles: a worker is never reused, so no key outlives its task there.
 */
export function runTask<Request, Result, Progress = never, Calls extends CallMap = NoCalls>(
	spawn: () => Worker,
	request: Request,
	options: TaskOptions<Progress, Calls> = {}
): Promise<Result> {
	return new Promise<Result>((resolve, reject) => {
		if (options.signal?.aborted) {
			reject(taskStopped());
			return;
		}
		const worker = spawn();
		const ended = new AbortController();
		/** The page's own errors from answers that failed, by call id: a task they end rejects with the same one. */
		const failedAnswers = new Map<number, unknown>();
		const stop = () => {
			finish();
			reject(taskStopped());
		};
		running.add(stop);
		function finish() {
			worker.terminate();
			running.delete(stop);
			options.signal?.removeEventListener('abort', stop);
			ended.abort();
		}
		async function answer({ id, method, arg }: TaskCall) {
			const answers = (options.answers ?? {}) as Record<string, Answers<CallMap>[string]>;
			try {
				const answerOf = Object.hasOwn(answers, method) ? answers[method] : undefined;
				if (!answerOf) throw new Error(`The page has no answer to ${method}`);
				const value = await answerOf(arg, ended.signal);
				if (ended.signal.aborted) return;
				if (value instanceof Moved) {
					worker.postMessage({ type: 'answer', id, value: value.value }, { transfer: value.transfer });
				} else {
					worker.postMessage({ type: 'answer', id, value });
				}
			} catch (error) {
				if (ended.signal.aborted) return;
				failedAnswers.set(id, error);
				worker.postMessage({ type: 'answer', id, error: serialiseError(error) });
			}
		}
		options.signal?.addEventListener('abort', stop);
		worker.addEventListener('message', (event: MessageEvent<TaskReply<Result, Progress>>) => {
			const message = event.data;
			if (message.type === 'progress') {
				options.onProgress?.(message.progress);
				return;
			}
			if (message.type === 'call') {
				void answer(message);
				return;
			}
			finish();
			if (message.type === 'done') resolve(message.result);
			else if (message.call !== undefined && failedAnswers.has(message.call))
				reject(failedAnswers.get(message.call));
			else reject((options.rebuild ?? rebuildCodedError)(message.error));
		});
		// A worker that fails to load or dies (out of memory) says nothing more; the person is told it went wrong.
		worker.addEventListener('error', (event) => {
			finish();
			reject(new Error(`A worker failed: ${event.message}`));
		});
		worker.addEventListener('messageerror', () => {
			finish();
			reject(new Error('A worker sent a reply that could not be read'));
		});
		worker.postMessage(request, { transfer: options.transfer ?? [] });
	});
}

/**
 * Has `stop` called by stopAllTasks too, for a worker that serves more than one request (the passphrase rater);
 * returns what takes it off the list again.
 */
export function onStopAll(stop: () => void): () => void {
	running.add(stop);
	return () => running.delete(stop);
}

/** Ends every task running in a worker, now: on lock and on quick exit. */
export function stopAllTasks(): void {
	for (const stop of [...running]) stop();
}

/** How many tasks are running; for tests. */
export function runningTasks(): number {
	return running.size;
}
