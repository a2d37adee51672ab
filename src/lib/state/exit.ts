// The quick exit as the screens call it: cover, lock this tab and every other, and leave.
import { quickExit } from '$lib/safety/quick-exit';
import { prefs } from './prefs.svelte';
import { session } from './session.svelte';

export function exitNow(): void {
	quickExit(() => session.lock(), prefs.exitUrl);
}
