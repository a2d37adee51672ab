// The first script the built page runs: an entry of its own (scripts/first-load.ts builds it and writes it into
// build/index.html), so the first screen loads none of Svelte or SvelteKit. SvelteKit's own start-up script is still
// in the page, but waits (as `__calcStart`) until the first screen says the rest of the app is needed.
import { firstScreen, restartFirstScreen } from '$lib/screens/first-screen';

declare global {
	var __calcStart: (() => Promise<void>) | undefined;
}

void (async () => {
	let shown = firstScreen();
	for (;;) {
		await shown;
		try {
			const start = globalThis.__calcStart;
			if (!start) throw new Error('The page has no start-up script');
			await start();
			return;
		} catch (error) {
			// SvelteKit could not be loaded: the calculator again, and the code typed again tries again.
			console.error(error);
			shown = restartFirstScreen();
		}
	}
})();
