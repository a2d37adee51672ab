// The viewer's generation counter: what a file's opening says once it has been cleared (a lock, an exit) or replaced
// by another file is dropped, never shown. Node has no Worker, so a stand-in takes the opening worker's place and
// answers when the test says.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ViewerState } from './viewer.svelte';

class FakeWorker extends EventTarget {
	static made: FakeWorker[] = [];
	terminated = false;
	posted = false;
	constructor() {
		super();
		FakeWorker.made.push(this);
	}
	postMessage() {
		this.posted = true;
	}
	terminate() {
		this.terminated = true;
	}
	progress(done: number, total: number) {
		this.dispatchEvent(
			new MessageEvent('message', { data: { type: 'progress', progress: { done, total } } })
		);
	}
	fail() {
		this.dispatchEvent(Object.assign(new Event('error'), { message: 'out of memory' }));
	}
}

beforeEach(() => {
	FakeWorker.made = [];
	vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

/** The worker of the nth file opened, once it has been asked to open it. */
async function worker(n: number): Promise<FakeWorker> {
	await vi.waitFor(() => expect(FakeWorker.made[n]?.posted).toBe(true));
	return FakeWorker.made[n]!;
}

describe('ViewerState', () => {
	it('shows progress while a file opens', async () => {
		const viewer = new ViewerState();
		void viewer.open(new Blob(['x']), 'pass');
		expect(viewer.busy).toBe(true);
		(await worker(0)).progress(1, 4);
		expect(viewer.progress).toBe(0.25);
		viewer.clear();
	});

	it('cleared mid-opening (a lock, an exit): stops the worker and shows nothing of it afterwards', async () => {
		const viewer = new ViewerState();
		const opening = viewer.open(new Blob(['x']), 'pass');
		const first = await worker(0);
		viewer.clear();
		expect(first.terminated).toBe(true);
		first.progress(3, 4);
		await opening;
		expect(viewer.busy).toBe(false);
		expect(viewer.progress).toBeUndefined();
		expect(viewer.file).toBeUndefined();
		expect(viewer.problem).toBeUndefined();
	});

	it('opening another file drops everything the first one says, and shows only the second', async () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		const viewer = new ViewerState();
		const one = viewer.open(new Blob(['one']), 'pass');
		const first = await worker(0);
		const two = viewer.open(new Blob(['two']), 'pass');
		const second = await worker(1);
		expect(first.terminated).toBe(true);
		second.progress(1, 2);
		first.progress(1, 10);
		expect(viewer.progress).toBe(0.5);
		await one;
		// The first file's cancellation ends nothing: the second is still opening.
		expect(viewer.busy).toBe(true);
		second.fail();
		await two;
		expect(viewer.busy).toBe(false);
		expect(viewer.problem).toBeTruthy();
		error.mockRestore();
	});
});
