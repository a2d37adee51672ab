// Each screen is its own chunk, loaded with import() the first time it shows, so the first screen (the calculator,
// or the first-run steps) loads only its own code. Once loaded, a screen is handed back at once, not as a promise,
// so moving back to it draws in the same frame. The service worker precaches every chunk, so a screen not yet seen
// still opens offline.
import type { Component } from 'svelte';
import { loadSection, type LazySection } from '$lib/messages';

/** A screen's module, as import() gives it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a component's props, whatever they are
type ScreenModule<Props extends Record<string, any>> = { default: Component<Props> };

/** A screen that loads on first use: the component itself once loaded, until then the promise of it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a component's props, whatever they are
export interface LazyScreen<Props extends Record<string, any>> {
	/** The component if it has loaded, else the promise of it (starting the load if it has not started). */
	get(): Component<Props> | Promise<Component<Props>>;
	/** Starts loading, for a screen that is likely to be next; nothing waits for it. */
	preload(): void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a component's props, whatever they are
export function lazyScreen<Props extends Record<string, any>>(
	load: () => Promise<ScreenModule<Props>>,
	/** The larger section of words the screen shows, loaded with it (messages/index.ts). */
	words?: LazySection
): LazyScreen<Props> {
	let loaded: Component<Props> | undefined;
	let loading: Promise<Component<Props>> | undefined;
	const start = () =>
		(loading ??= Promise.all([load(), words && loadSection(words)]).then(
			([module]) => (loaded = module.default),
			(error: unknown) => {
				// A failed load (offline before the worker had cached it) is tried again the next time it shows.
				loading = undefined;
				throw error;
			}
		));
	return {
		get: () => loaded ?? start(),
		preload: () => void start().catch((error: unknown) => console.error(error))
	};
}
