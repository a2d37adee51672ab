// The first screen: the calculator, drawn with the DOM alone before any of Svelte or SvelteKit has loaded, so a
// fresh visit and a returning person's disguise show quickly and fetch nothing that says what else the app is
// (first-load.ts starts it in the built app; the page's route, +page.svelte, in development). The rest of the app is
// started only when it is needed: at once when a diary is here with the disguise off, and otherwise once the setup
// code, or the stored code, is typed then "=". Any other number is simply a sum.
import { calculatorMessages } from '$lib/messages/calculator';
import { opensSetup, readBootState, startsAsCalculator, type BootState } from '$lib/safety/boot';
import { scrubHistoryState } from '$lib/safety/history-entries';
import { checkUnlockCode } from '$lib/safety/unlock-code';
import { mountCalculator, type CalculatorView } from './locked/calculator-view';

/** What the app starts with (App.svelte's props). */
export interface FirstScreen {
	/** What was read from storage at the moment the app was started, so the start needs no second read. */
	readonly boot: BootState;
	/** The stored code was typed: the app opens at the passphrase screen. */
	readonly opened: boolean;
}

let started: Promise<FirstScreen> | undefined;
let shown: CalculatorView | undefined;
/** How often the rest of the app could not be loaded: with no calculator to wait on, each try waits longer. */
let restarts = 0;

/**
 * Shows the first screen, once however often it is called, and resolves when the rest of the app must start. On a
 * device whose browser will not let the page store anything, it never resolves: the calculator shows a neutral
 * note, and no code opens anything, since there is nothing to open.
 */
export function firstScreen(): Promise<FirstScreen> {
	started ??= run();
	return started;
}

/**
 * Shows the first screen again, from the start, when the rest of the app could not be loaded (a phone offline before
 * the worker had kept a copy): the calculator still works, and the code typed again tries again.
 */
export function restartFirstScreen(): Promise<FirstScreen> {
	restarts++;
	// The calculator drawn stays until the new one replaces it (show), so nothing blank shows between.
	started = undefined;
	return firstScreen();
}

/** Takes the first screen's calculator off the page, once the app's own screen has taken its place. */
export function removeFirstScreen(): void {
	shown?.destroy();
	shown = undefined;
}

function show(onSubmit: (code: string) => void, note?: string): void {
	shown?.destroy();
	shown = mountCalculator(document.body, { onSubmit, note });
}

const unavailable = () => show(() => undefined, calculatorMessages.unavailable);

async function run(): Promise<FirstScreen> {
	// History holds numbers only, on the calculator too (safety/history-entries.ts).
	scrubHistoryState();
	const boot = await readBootState();
	if (boot.unavailable) {
		unavailable();
		return new Promise<never>(() => undefined);
	}
	if (!startsAsCalculator(boot)) {
		removeFirstScreen();
		// No code to wait for (the disguise is off): the next try comes after a pause, 1 s doubling to 30 s, not at once.
		if (restarts > 0)
			await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 1000 * 2 ** (restarts - 1))));
		return { boot, opened: false };
	}
	return new Promise<FirstScreen>((resolve) => {
		let done = false;
		const onCode = async (code: string) => {
			// Read again, not the page's first read: another tab may have made the diary since (or the browser cleared
			// it), and the setup code must open nothing once a diary is on this device. A raw read, with no Dexie.
			const now = await readBootState();
			if (done) return;
			if (now.unavailable) {
				done = true;
				unavailable();
				return;
			}
			const opened = !opensSetup(now, code);
			if (opened) {
				const stored = now.prefs?.code;
				if (!stored || !(await checkUnlockCode(code, stored)) || done) return;
			}
			done = true;
			// Still drawn until the app's screen replaces it, but no longer answering keys.
			shown?.stop();
			resolve({ boot: now, opened });
		};
		show((code) => void onCode(code));
	});
}
