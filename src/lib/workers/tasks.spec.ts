import { afterEach, describe, expect, it } from 'vitest';
import { CodedError } from '$lib/domain/errors';
import { serveTask } from './serve';
import { runningTasks, runTask, stopAllTasks } from './tasks';

// A worker stand-in over a real MessageChannel: the page's end is port1, the worker's scope is port2, and the
// messages go through structured clone exactly as between threads. Only spawning a thread is left out (Node has no
// Web Worker); the module workers themselves are run in Chromium end to end.
function channelWorker<Request, Result, Progress>(
	work: (request: Request, onProgress: (p: Progress) => void) => Promise<Result>,
	options: Parameters<typeof serveTask<Request, Result, Progress>>[1] = {}
) {
	const ended = { terminated: false };
	const spawn = () => {
		const { port1, port2 } = new MessageChannel();
		serveTask(work, options, port2);
		port2.start();
		port1.start();
		return Object.assign(port1, {
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

class NamedError extends CodedError {
	readonly entryName: string;
	constructor(entryName: string) {
		super('pack-unsafe-path', { name: entryName });
		this.entryName = entryName;
	}
}

afterEach(() => stopAllTasks());

describe('a task run in a worker', () => {
	it('answers with its result and ends the worker', async () => {
		const { spawn, ended } = channelWorker(async (n: number) => n * 2);
		await expect(runTask<number, number>(spawn, 21)).resolves.toBe(42);
		expect(ended.terminated).toBe(true);
		expect(runningTasks()).toBe(0);
	});

	it('tells progress, at most once per kind every 100 ms, and always a change of kind', async () => {
		const { spawn } = channelWorker(
			async (_: null, onProgress: (p: { stage: string; n: number }) => void) => {
				for (let n = 0; n < 50; n++) onProgress({ stage: 'read', n });
				onProgress({ stage: 'check', n: 0 });
				return 'ok';
			},
			{ kindOf: (p) => p.stage }
		);
		const seen: { stage: string; n: number }[] = [];
		await runTask(spawn, null, { onProgress: (p: { stage: string; n: number }) => seen.push(p) });
		expect(seen).toEqual([
			{ stage: 'read', n: 0 },
			{ stage: 'check', n: 0 }
		]);
	});

	it('rejects with the typed error the layer rebuilds, its code, facts and fields carried across', async () => {
		const { spawn } = channelWorker(async () => {
			throw new NamedError('../evil');
		});
		const failed = runTask(spawn, null, {
			rebuild: (e) =>
				e.name === 'NamedError' ? new NamedError(String(e.fields.entryName)) : new Error('other')
		});
		await expect(failed).rejects.toBeInstanceOf(NamedError);
		await expect(failed).rejects.toMatchObject({ code: 'pack-unsafe-path', entryName: '../evil' });
	});

	it('without a rebuild, keeps a coded error coded and a bug a plain error', async () => {
		const coded = channelWorker(async () => {
			throw new NamedError('x');
		});
		await expect(runTask(coded.spawn, null)).rejects.toMatchObject({
			name: 'NamedError',
			code: 'pack-unsafe-path',
			facts: { name: 'x' }
		});
		const bug = channelWorker(async () => {
			throw new TypeError('x is undefined');
		});
		const rejected = await runTask(bug.spawn, null).catch((e: unknown) => e);
		expect(rejected).not.toBeInstanceOf(CodedError);
		expect(rejected).toMatchObject({ name: 'TypeError', message: 'x is undefined' });
	});

	it('is ended by its signal, and by stopAllTasks on lock or exit, its worker with it', async () => {
		const never = () => new Promise<never>(() => {});
		const first = channelWorker(never);
		const controller = new AbortController();
		const aborted = runTask(first.spawn, null, { signal: controller.signal });
		const second = channelWorker(never);
		const third = channelWorker(never);
		const stopped = [runTask(second.spawn, null), runTask(third.spawn, null)];
		expect(runningTasks()).toBe(3);

		controller.abort();
		await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
		expect(first.ended.terminated).toBe(true);

		stopAllTasks();
		for (const task of stopped) await expect(task).rejects.toMatchObject({ name: 'AbortError' });
		expect([second.ended.terminated, third.ended.terminated]).toEqual([true, true]);
		expect(runningTasks()).toBe(0);
	});

	it('never starts when its signal has already aborted', async () => {
		const { spawn, ended } = channelWorker(async () => 'ran');
		const controller = new AbortController();
		controller.abort();
		await expect(runTask(spawn, null, { signal: controller.signal })).rejects.toMatchObject({
			name: 'AbortError'
		});
		expect(ended.terminated).toBe(false);
		expect(runningTasks()).toBe(0);
	});

	it('moves the buffers it is told to, so a large result is not copied', async () => {
		const { spawn } = channelWorker(async (size: number) => new Uint8Array(size), {
			transferOf: (bytes) => [bytes.buffer]
		});
		const bytes = await runTask<number, Uint8Array>(spawn, 1024);
		expect(bytes.byteLength).toBe(1024);

		const input = new Uint8Array(8).fill(7);
		const echo = channelWorker(async (b: Uint8Array) => b.reduce((a, x) => a + x, 0));
		await expect(runTask(echo.spawn, input, { transfer: [input.buffer] })).resolves.toBe(56);
		expect(input.byteLength).toBe(0);
	});
});
