// Reading Chromium's trace (browser.startTracing) for the bench: what the page's own main thread ran.

export interface TraceEvent {
	readonly name: string;
	readonly ph: string;
	readonly pid: number;
	readonly tid: number;
	readonly ts: number;
	readonly dur?: number;
	readonly tdur?: number;
	readonly args?: { name?: string; data?: { frames?: { url?: string; processId?: number }[] } };
}

/**
 * The longest task the page's main thread ran, as Chromium's own trace times it (the RunTask events of the
 * renderer's main thread, as the DevTools performance panel shows them): its wall time, and its thread time, which
 * leaves out the time the operating system gave the thread's core to another process.
 */
export function longestMainThreadTask(
	events: readonly TraceEvent[],
	origin: string
): { wall: number; thread: number } {
	const started = events.find((event) => event.name === 'TracingStartedInBrowser');
	const pids = new Set(
		(started?.args?.data?.frames ?? [])
			.filter((frame) => frame.url?.startsWith(origin))
			.map((frame) => frame.processId)
	);
	const main = events.filter(
		(event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && pids.has(event.pid)
	);
	if (main.length === 0) throw new Error(`no main thread of a page at ${origin} in the trace`);
	let wall = 0;
	let thread = 0;
	for (const event of events) {
		if (event.name !== 'RunTask' || event.ph !== 'X') continue;
		if (!main.some((m) => m.pid === event.pid && m.tid === event.tid)) continue;
		wall = Math.max(wall, (event.dur ?? 0) / 1000);
		thread = Math.max(thread, (event.tdur ?? 0) / 1000);
	}
	return { wall, thread };
}
