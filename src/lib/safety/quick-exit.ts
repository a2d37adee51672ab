// Leaving quickly. In the same frame as the tap it covers the whole screen and hides the page from assistive
// technology; then it drops the unlocked diary and wipes the key, tells every other open tab to lock, and replaces
// this page with a neutral site, so Back does not return to the diary.
import { DEFAULT_EXIT_URL } from './exit-url';

export { DEFAULT_EXIT_URL };

const CHANNEL = 'calc-sync';

type Message = { readonly type: 'lock' };

let channel: BroadcastChannel | undefined;

function getChannel(): BroadcastChannel | undefined {
	if (typeof BroadcastChannel === 'undefined') return undefined;
	channel ??= new BroadcastChannel(CHANNEL);
	return channel;
}

/** Tells every other open tab of the app to lock now. */
export function broadcastLock(): void {
	getChannel()?.postMessage({ type: 'lock' } satisfies Message);
}

/** Calls `lock` whenever another tab locks or exits. Returns a function that stops listening. */
export function onLockElsewhere(lock: () => void): () => void {
	const current = getChannel();
	if (!current) return () => undefined;
	const listener = (event: MessageEvent<Message>) => {
		if (event.data?.type === 'lock') lock();
	};
	current.addEventListener('message', listener);
	return () => current.removeEventListener('message', listener);
}

/** Covers the screen synchronously: a plain element, so no framework update has to run first. */
export function coverScreen(): void {
	const app = document.getElementById('app');
	app?.setAttribute('inert', '');
	app?.setAttribute('aria-hidden', 'true');
	if (document.getElementById('exit-cover')) return;
	const cover = document.createElement('div');
	cover.id = 'exit-cover';
	cover.className = 'exit-cover';
	document.body.appendChild(cover);
}

/** Stops anything the browser is reading aloud (screens' "Read aloud"), at once. */
export function stopReadingAloud(): void {
	try {
		globalThis.speechSynthesis?.cancel();
	} catch (error) {
		console.error(error);
	}
}

/** Only http(s) destinations are followed; anything else falls back to the default. */
export function safeExitUrl(url: string | undefined): string {
	try {
		const parsed = new URL(url ?? DEFAULT_EXIT_URL);
		return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : DEFAULT_EXIT_URL;
	} catch {
		return DEFAULT_EXIT_URL;
	}
}

export function quickExit(lock: () => void, exitUrl: string | undefined): void {
	coverScreen();
	// Words being read aloud stop with the screen: hearing them would say as much as seeing them.
	stopReadingAloud();
	try {
		lock();
	} finally {
		broadcastLock();
		document.title = 'Calculator';
		window.location.replace(safeExitUrl(exitUrl));
	}
}
