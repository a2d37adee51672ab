// Giving the page's thread back in the middle of long work that has to stay on it (it needs what the page holds):
// input waiting, the quick exit's tap above all, runs before the work goes on.

interface Scheduler {
	yield(): Promise<void>;
}

/** Resolves in a later task: `scheduler.yield()` where the browser has it (it keeps the work's priority), else a
 * zero-delay timeout. */
export function yieldToPage(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}
