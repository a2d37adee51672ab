import type { HistoryLike } from '$lib/safety/history-entries';

/**
 * A same-document session history as the browser keeps it: pushState drops every entry after the current one,
 * and go() moves later, in a task of its own, then reports the entry reached as a popstate does.
 */
export class SessionHistory implements HistoryLike {
	entries: unknown[] = [null];
	index = 0;
	onpop: (state: unknown) => void = () => undefined;
	readonly scrollRestoration = 'auto';

	get state(): unknown {
		return this.entries[this.index];
	}
	get length(): number {
		return this.entries.length;
	}
	pushState(state: unknown): void {
		this.entries = [...this.entries.slice(0, this.index + 1), structuredClone(state)];
		this.index += 1;
	}
	replaceState(state: unknown): void {
		this.entries[this.index] = structuredClone(state);
	}
	go(delta = 0): void {
		const target = Math.min(this.entries.length - 1, Math.max(0, this.index + delta));
		if (target === this.index) return;
		queueMicrotask(() => {
			this.index = target;
			this.onpop(this.state);
		});
	}
	/** The browser's Back and Forward buttons. */
	async back(): Promise<void> {
		this.go(-1);
		await Promise.resolve();
	}
	async forward(): Promise<void> {
		this.go(1);
		await Promise.resolve();
	}
}
