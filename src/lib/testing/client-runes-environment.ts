// Node, with modules built as for the browser: Svelte's server build never runs an effect, so a rune class whose
// effects are its rules (a draft kept on every change) is tested here. No DOM is added; none is needed.
import type { Environment } from 'vitest/environments';

export default {
	name: 'client-runes',
	viteEnvironment: 'client',
	setup: () => ({ teardown: () => undefined })
} satisfies Environment;
