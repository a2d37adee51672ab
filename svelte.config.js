import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { BUILD_DIR, CSP_DIRECTIVES } from './scripts/security-headers.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// One page, served as a fallback: the whole app lives in a single history entry and no URL names what it is.
		adapter: adapter({ fallback: 'index.html', pages: BUILD_DIR, assets: BUILD_DIR, strict: true }),
		appDir: 'app',
		serviceWorker: { register: false },
		typescript: {
			// Type-check the bench and the Playwright config with the app.
			config: (config) => ({
				...config,
				include: [...config.include, '../scripts/**/*.ts', '../playwright.config.ts']
			})
		},
		output: { bundleStrategy: 'split' },
		// Written into the built index.html with the start-up script's hash; the same policy goes out as a header
		// too (build/_headers), with what a meta tag cannot carry. See scripts/security-headers.js.
		csp: { mode: 'hash', directives: CSP_DIRECTIVES }
	}
};

export default config;
