// The quick exit as the screens call it: cover, lock this tab and every other, and leave. While practising, right
// after setup, it only shows what would happen.
import { quickExit } from '$lib/safety/quick-exit';
import { prefs } from './prefs.svelte';
import { session } from './session.svelte';

export function exitNow(): void {
	if (session.screen === 'practice') {
		session.practiseExit();
		return;
	}
	quickExit(() => session.lock(), prefs.exitUrl);
}
