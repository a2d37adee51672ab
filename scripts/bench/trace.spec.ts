import { describe, expect, it } from 'vitest';
import { longestMainThreadTask, type TraceEvent } from './trace';

const ORIGIN = 'http://localhost:4173';
const started: TraceEvent = {
	name: 'TracingStartedInBrowser',
	ph: 'I',
	pid: 1,
	tid: 1,
	ts: 0,
	args: {
		data: {
			frames: [
				{ url: `${ORIGIN}/`, processId: 7 },
				{ url: 'about:blank', processId: 9 }
			]
		}
	}
};
const thread = (pid: number, tid: number, name: string): TraceEvent => ({
	name: 'thread_name',
	ph: 'M',
	pid,
	tid,
	ts: 0,
	args: { name }
});
const task = (pid: number, tid: number, ms: number, threadMs: number): TraceEvent => ({
	name: 'RunTask',
	ph: 'X',
	pid,
	tid,
	ts: 1,
	dur: ms * 1000,
	tdur: threadMs * 1000
});

describe('longestMainThreadTask', () => {
	it("takes only the page's renderer main thread, wall and thread time apart", () => {
		const events = [
			started,
			thread(7, 70, 'CrRendererMain'),
			thread(7, 71, 'DedicatedWorker thread'),
			thread(9, 90, 'CrRendererMain'),
			task(7, 70, 30, 12),
			task(7, 70, 22, 20),
			// A worker's long task, and another page's, are not the page's main thread.
			task(7, 71, 900, 900),
			task(9, 90, 400, 400)
		];
		expect(longestMainThreadTask(events, ORIGIN)).toEqual({ wall: 30, thread: 20 });
	});

	it('says so when the trace holds no page of the origin, rather than reading nothing as no long task', () => {
		expect(() => longestMainThreadTask([started, thread(9, 90, 'CrRendererMain')], 'http://other:1')).toThrow(
			/no main thread/
		);
	});
});
