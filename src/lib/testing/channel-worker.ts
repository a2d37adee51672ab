// A worker stand-in over a real MessageChannel: the page's end is port1, the worker's scope is port2, and the
// messages go through structured clone exactly as between threads. Only spawning a thread is left out (Node has no
// Web Worker); the module workers themselves are run in Chromium end to end.
import type { CallMap, NoCalls } from '$lib/workers/protocol';
import { serveTask, type Call } from '$lib/workers/serve';

export function channelWorker<Request, Result, Progress, Calls extends CallMap = NoCalls>(
	work: (request: Request, onProgress: (p: Progress) => void, call: Call<Calls>) => Promise<Result>,
	options: Parameters<typeof serveTask<Request, Result, Progress, Calls>>[1] = {}
) {
	/** Whether the page ended the worker, and how many messages it posted to it after that. */
	const ended = { terminated: false, postedAfter: 0 };
	const spawn = () => {
		const { port1, port2 } = new MessageChannel();
		serveTask(work, options, port2);
		port2.start();
		port1.start();
		const post = port1.postMessage.bind(port1) as (message: unknown, options?: unknown) => void;
		return Object.assign(port1, {
			postMessage: (message: unknown, transfer?: unknown) => {
				if (ended.terminated) ended.postedAfter++;
				post(message, transfer);
			},
			terminate: () => {
				ended.terminated = true;
				port1.close();
				port2.close();
			},
			onerror: null
		}) as unknown as Worker;
	};
	return { spawn, ended };
}
