// One piece of work at a time for a name, across every tab of the app (the Web Locks API), so two tabs cannot both
// try a passphrase at once and each read the same failure count. Where the API is missing (Node in the unit tests,
// an old browser) work is queued within this page only, which is all such an environment can share.

interface LockManagerLike {
	request<T>(name: string, options: { mode: 'exclusive' }, work: () => Promise<T>): Promise<T>;
}

const queues = new Map<string, Promise<unknown>>();

function lockManager(): LockManagerLike | undefined {
	const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
	return typeof locks?.request === 'function' ? locks : undefined;
}

function runQueued<T>(name: string, work: () => Promise<T>): Promise<T> {
	const previous = queues.get(name) ?? Promise.resolve();
	const next = previous.then(work, work);
	// The queue holds only settled-or-pending promises; a failure belongs to its caller, not to the next in line.
	const tail = next.then(
		() => undefined,
		() => undefined
	);
	queues.set(name, tail);
	void tail.then(() => {
		if (queues.get(name) === tail) queues.delete(name);
	});
	return next;
}

/** Runs `work` holding the exclusive lock `name`; the lock is released when it settles, however it ends. */
export function runExclusive<T>(name: string, work: () => Promise<T>): Promise<T> {
	const locks = lockManager();
	return locks ? locks.request(name, { mode: 'exclusive' }, work) : runQueued(name, work);
}
