import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// One page, served as a fallback: the whole app lives in a single history entry and no URL names what it is.
		adapter: adapter({ fallback: 'index.html', pages: 'build', assets: 'build', strict: true }),
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
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'blob:', 'data:'],
				'media-src': ['self', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['none'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
