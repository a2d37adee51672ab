// Everything that locks the diary without being asked: idle time, the phone being put away, another tab
// locking, and a return through the back-forward cache. Also the triple-Shift exit. Installed once by the page.
import { stopReadingAloud } from '$lib/safety/quick-exit';
import { ShiftCounter } from '$lib/safety/shift-counter';
import { exitNow } from './exit-now';
import { navigation } from './navigation.svelte';
import { prefs } from './prefs.svelte';
import { session } from './session.svelte';

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'scroll', 'touchstart'] as const;

export function installAutoLock(): () => void {
	const cleanups: (() => void)[] = [];
	function on<T extends Event>(
		target: EventTarget,
		type: string,
		listener: (event: T) => void,
		capture = false
	) {
		const handler = listener as EventListener;
		target.addEventListener(type, handler, { capture, passive: true });
		cleanups.push(() => target.removeEventListener(type, handler, { capture }));
	}

	// Idle: any activity restarts the clock.
	let idleTimer: ReturnType<typeof setTimeout> | undefined;
	const restartIdle = () => {
		clearTimeout(idleTimer);
		if (navigation.screen !== 'diary' && navigation.screen !== 'practice') return;
		idleTimer = setTimeout(() => session.lock(), Math.max(1, prefs.current.autoLockMinutes) * 60_000);
	};
	for (const type of ACTIVITY) on(window, type, restartIdle, true);
	restartIdle();
	cleanups.push(
		$effect.root(() => {
			$effect(() => {
				void navigation.screen;
				restartIdle();
			});
		})
	);

	// Hidden: lock after the set delay unless the app comes back first.
	let hiddenTimer: ReturnType<typeof setTimeout> | undefined;
	on(document, 'visibilitychange', () => {
		clearTimeout(hiddenTimer);
		if (document.visibilityState === 'hidden') {
			// Words read aloud stop at once: the app is hidden because someone may be there.
			stopReadingAloud();
			hiddenTimer = setTimeout(() => session.lock(), Math.max(0, prefs.current.hiddenLockSeconds) * 1000);
		}
	});

	// Coming back through the back-forward cache shows the disguise, locked, whatever was on screen before.
	on(window, 'pagehide', () => stopReadingAloud());
	on<PageTransitionEvent>(window, 'pageshow', (event) => {
		if (event.persisted) {
			document.getElementById('exit-cover')?.remove();
			document.getElementById('app')?.removeAttribute('inert');
			document.getElementById('app')?.removeAttribute('aria-hidden');
			session.lock();
			navigation.go(navigation.lockedScreen);
		}
	});

	// Back inside the diary goes to the screen before; Back from its first screen, or from any screen outside the
	// diary, locks it (see navigation.svelte.ts for what history holds).
	navigation.install();
	on<PopStateEvent>(window, 'popstate', (event) => {
		const result = navigation.onPopState(event.state);
		if (result === 'left' || (result === 'ignored' && navigation.screen !== 'diary')) session.lock();
	});

	// Three Shifts leave from every screen except the calculator itself.
	const shifts = new ShiftCounter();
	on<KeyboardEvent>(window, 'keydown', (event) => shifts.keyDown(event.key, event.timeStamp), true);
	on<KeyboardEvent>(
		window,
		'keyup',
		(event) => {
			if (!shifts.keyUp(event.key, event.timeStamp)) return;
			if (['disguise', 'loading', 'unavailable'].includes(navigation.screen)) return;
			exitNow();
		},
		true
	);

	cleanups.push(session.lockWhenLockedElsewhere());
	return () => {
		clearTimeout(idleTimer);
		clearTimeout(hiddenTimer);
		for (const cleanup of cleanups) cleanup();
	};
}
