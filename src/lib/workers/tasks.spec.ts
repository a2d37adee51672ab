import { afterEach, describe, expect, it } from 'vitest';
import { CodedError } from '$lib/domain/errors';
import { moved } from './protocol';
import { CallFailedError } from './serve';
import { runningTasks, runTask, stopAllTasks } from './tasks';
import { channelWorker } from '$lib/testing/channel-worker';

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

type Questions = {
	double: { arg: number; result: number };
	chunk: { arg: number; result: Uint8Array | null };
	fail: { arg: string; result: never };
};

class PageOnlyError extends CodedError {
	constructor() {
		super('locked');
	}
}

describe('a task that asks the page mid-task', () => {
	it('gets each answer to the call it made, in any order', async () => {
		const { spawn } = channelWorker<null, number[], never, Questions>(async (_, __, call) =>
			Promise.all([call('double', 1), call('double', 2), call('double', 3)])
		);
		const asked: number[] = [];
		const result = runTask<null, number[], never, Questions>(spawn, null, {
			answers: {
				// The first asked is answered last: each answer goes to its own call.
				double: async (n) => {
					asked.push(n);
					await new Promise((resolve) => setTimeout(resolve, 30 - n * 10));
					return n * 2;
				},
				chunk: async () => null,
				fail: async () => {
					throw new Error('not asked');
				}
			}
		});
		await expect(result).resolves.toEqual([2, 4, 6]);
		expect(asked).toEqual([1, 2, 3]);
	});

	it('moves the buffers of a call and of its answer, so neither side copies a chunk', async () => {
		const sent = new Uint8Array(16).fill(1);
		let sentAfter = -1;
		const { spawn } = channelWorker<null, number, never, Questions>(async (_, __, call) => {
			const chunk = await call('chunk', moved(sent.length, []));
			const echo = await call('double', moved(chunk?.length ?? 0, []));
			return echo;
		});
		const answerBytes = new Uint8Array(64).fill(2);
		const result = await runTask<null, number, never, Questions>(spawn, null, {
			answers: {
				chunk: async (n) => {
					sentAfter = n;
					return moved(answerBytes, [answerBytes.buffer]);
				},
				double: async (n) => n * 2,
				fail: async () => null as never
			}
		});
		expect(sentAfter).toBe(16);
		expect(result).toBe(128);
		// Moved, not copied: the page no longer holds the answer's bytes.
		expect(answerBytes.byteLength).toBe(0);
	});

	it("ends with the page's own error, the same object, when a failed answer ends the task", async () => {
		const seen: unknown[] = [];
		const { spawn } = channelWorker<null, string, never, Questions>(async (_, __, call) => {
			try {
				return await call('fail', 'x');
			} catch (error) {
				seen.push(error);
				throw error;
			}
		});
		const own = new PageOnlyError();
		const failed = runTask<null, string, never, Questions>(spawn, null, {
			answers: {
				fail: async () => {
					throw own;
				},
				double: async (n) => n,
				chunk: async () => null
			},
			rebuild: () => new Error('rebuilt')
		});
		await expect(failed).rejects.toBe(own);
		// The worker was told what failed, as it crossed.
		expect(seen[0]).toBeInstanceOf(CallFailedError);
		expect((seen[0] as CallFailedError).error).toMatchObject({ code: 'locked', name: 'PageOnlyError' });
	});

	it('ends with its own error when it handled the failed answer and then failed otherwise', async () => {
		const { spawn } = channelWorker<null, string, never, Questions>(async (_, __, call) => {
			await call('fail', 'x').catch(() => undefined);
			throw new NamedError('after');
		});
		const failed = runTask<null, string, never, Questions>(spawn, null, {
			answers: {
				fail: async () => {
					throw new PageOnlyError();
				},
				double: async (n) => n,
				chunk: async () => null
			},
			rebuild: (e) => new NamedError(String(e.fields.entryName))
		});
		await expect(failed).rejects.toMatchObject({ code: 'pack-unsafe-path', entryName: 'after' });
	});

	it('is told of a call the page has no answer to, as a failed call', async () => {
		const { spawn } = channelWorker<null, string, never, { unknown: { arg: null; result: string } }>(
			async (_, __, call) => call('unknown', null).catch((error: CallFailedError) => error.error.message)
		);
		await expect(runTask(spawn, null)).resolves.toMatch(/no answer to unknown/);
	});

	it('tells every answer when the task has ended, however it ended, so the page lets go of what it holds', async () => {
		const ended: string[] = [];
		const holdOpen = (name: string) => async (_: unknown, signal: AbortSignal) => {
			signal.addEventListener('abort', () => ended.push(name));
			return 1;
		};
		const done = channelWorker<null, number, never, Questions>(async (_, __, call) => call('double', 1));
		await runTask<null, number, never, Questions>(done.spawn, null, {
			answers: { double: holdOpen('done'), chunk: async () => null, fail: async () => null as never }
		});

		let asked: () => void = () => undefined;
		const wasAsked = new Promise<void>((resolve) => (asked = resolve));
		const stopped = channelWorker<null, number, never, Questions>(async (_, __, call) => {
			await call('double', 1);
			return new Promise<never>(() => {});
		});
		const stopping = runTask<null, number, never, Questions>(stopped.spawn, null, {
			answers: {
				double: async (n, signal) => {
					await holdOpen('stopped')(n, signal);
					asked();
					return n;
				},
				chunk: async () => null,
				fail: async () => null as never
			}
		});
		await wasAsked;
		expect(ended).toEqual(['done']);
		stopAllTasks();
		await expect(stopping).rejects.toMatchObject({ name: 'AbortError' });
		expect(ended).toEqual(['done', 'stopped']);
		expect(stopped.ended.terminated).toBe(true);
	});

	it('never answers a call after the task has ended', async () => {
		let release: (n: number) => void = () => undefined;
		const { spawn, ended } = channelWorker<null, number, never, Questions>(async (_, __, call) => {
			void call('double', 1);
			return new Promise<never>(() => {});
		});
		const controller = new AbortController();
		let answered = false;
		const task = runTask<null, number, never, Questions>(spawn, null, {
			signal: controller.signal,
			answers: {
				double: async () => {
					const n = await new Promise<number>((resolve) => (release = resolve));
					answered = true;
					return n;
				},
				chunk: async () => null,
				fail: async () => null as never
			}
		});
		await new Promise((resolve) => setTimeout(resolve, 20));
		controller.abort();
		await expect(task).rejects.toMatchObject({ name: 'AbortError' });
		release(2);
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(answered).toBe(true);
		expect(ended.terminated).toBe(true);
		expect(ended.postedAfter).toBe(0);
	});
});
