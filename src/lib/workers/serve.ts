// The worker's side of one heavy task (tasks.ts is the page's): it takes one request, runs it, and answers with
// progress, the result or the error, serialised so the page can build the same typed error again. While it runs it
// may ask the page for what only the page has (calls), and waits for each answer.
import {
	isCallAnswer,
	Moved,
	serialiseError,
	type CallMap,
	type NoCalls,
	type SerialisedError,
	type TaskReply
} from './protocol';

/** Asks the page one of the task's calls and waits for the answer; rejects with CallFailedError if the page's fails. */
export type Call<C extends CallMap> = <K extends keyof C & string>(
	method: K,
	arg: C[K]['arg'] | Moved<C[K]['arg']>
) => Promise<C[K]['result']>;

/**
 * The page's answer to a call failed. It carries the page's error as it crossed; a task that lets it end the task
 * makes the page reject with its own error object (TaskReply `failed`, `call`).
 */
export class CallFailedError extends Error {
	override name = 'CallFailedError';
	constructor(
		readonly callId: number,
		readonly error: SerialisedError
	) {
		super(error.message);
	}
}

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

export function serveTask<Request, Result, Progress = never, Calls extends CallMap = NoCalls>(
	work: (request: Request, onProgress: (progress: Progress) => void, call: Call<Calls>) => Promise<Result>,
	options: ServeOptions<Result, Progress> = {},
	scope: WorkerScope = self as unknown as WorkerScope
): void {
	const reply = (message: TaskReply<Result, Progress>, transfer: Transferable[] = []) =>
		scope.postMessage(message, { transfer });
	const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
	let lastCall = 0;
	const call = (<K extends keyof Calls & string>(method: K, arg: Calls[K]['arg'] | Moved<Calls[K]['arg']>) =>
		new Promise((resolve, reject) => {
			const id = ++lastCall;
			waiting.set(id, { resolve, reject });
			const [value, transfer] = arg instanceof Moved ? [arg.value, arg.transfer] : [arg, []];
			reply({ type: 'call', id, method, arg: value }, transfer);
		})) as Call<Calls>;
	const failed = (error: unknown): TaskReply<Result, Progress> =>
		error instanceof CallFailedError
			? { type: 'failed', error: error.error, call: error.callId }
			: { type: 'failed', error: (options.serialise ?? serialiseError)(error) };
	scope.addEventListener('message', (event: MessageEvent<Request>) => {
		const message: unknown = event.data;
		if (isCallAnswer(message)) {
			const caller = waiting.get(message.id);
			waiting.delete(message.id);
			if (!caller) return;
			if ('error' in message) caller.reject(new CallFailedError(message.id, message.error));
			else caller.resolve(message.value);
			return;
		}
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
		work(event.data, onProgress, call).then(
			(result) => reply({ type: 'done', result }, options.transferOf?.(result) ?? []),
			(error: unknown) => reply(failed(error))
		);
	});
}
