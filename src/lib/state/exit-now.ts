// The quick exit as the screens call it: cover, lock this tab and every other, and leave. While practising, right
// after setup, it only shows what would happen.
import { quickExit } from '$lib/safety/quick-exit';
import { navigation } from './navigation.svelte';
import { prefs } from './prefs.svelte';
import { session } from './session.svelte';

export function exitNow(): void {
	if (navigation.screen === 'practice') {
		navigation.practiseExit();
		return;
	}
	quickExit(() => session.lock(), prefs.exitUrl);
}
