// A new version of the app, waiting. The service worker precaches every file, so the app opens with no network;
// when a new version has been fetched it waits, and only the unlocked diary says so (the calculator and the lock
// screens never do: a notice there would give the disguise away). The person chooses when to use it; until then
// it is used the next time the app is opened. Before any reload, every save in progress, the draft included, ends.
import { session } from './session.svelte';

/** The worker's neutral name; see vite.config.ts. */
const WORKER_URL = '/sw.js';

interface WaitingWorker {
	messageSkipWaiting(): void;
}

export class Updates {
	#waiting = $state(false);
	#applying = $state(false);
	#workbox: WaitingWorker | undefined;
	#reloading = false;

	/** A new version is installed and waiting for the person to use it. */
	get waiting(): boolean {
		return this.#waiting;
	}

	get applying(): boolean {
		return this.#applying;
	}

	/** Registers the worker, in built apps only: in development every file changes all the time. */
	async start(): Promise<void> {
		if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
		const { Workbox } = await import('workbox-window');
		const workbox = new Workbox(WORKER_URL, { scope: '/' });
		workbox.addEventListener('waiting', () => {
			this.#waiting = true;
		});
		// The first visit's worker takes control without a reload (nothing changes). Any later change of worker,
		// asked for here or in another tab of the app, means this page's code no longer matches the cached files,
		// so it reloads, locked, once saves have finished.
		let controlled = navigator.serviceWorker.controller !== null;
		navigator.serviceWorker.addEventListener('controllerchange', () => {
			if (controlled || this.#applying) void this.#reload();
			controlled = true;
		});
		this.#workbox = workbox;
		await workbox.register();
	}

	/** "Use it now": makes sure the draft is saved, then lets the new version take over and reloads. */
	async useNow(): Promise<void> {
		if (this.#applying) return;
		this.#applying = true;
		await session.diary?.settled();
		const registration = await navigator.serviceWorker.getRegistration();
		if (registration?.waiting) this.#workbox?.messageSkipWaiting();
		// Already taken over (from another tab): nothing to wait for.
		else await this.#reload();
	}

	async #reload(): Promise<void> {
		if (this.#reloading) return;
		this.#reloading = true;
		try {
			await session.diary?.settled();
		} finally {
			location.reload();
		}
	}
}

export const updates = new Updates();
