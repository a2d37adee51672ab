import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';

/** Matches svelte.config.js: Kit's `appDir`, so built files sit under /app/ rather than /_app/. */
const APP_DIR = 'app';

export default defineConfig({
	plugins: [
		sveltekit(),
		// The service worker precaches every built file, so after one visit the app opens with no network. Its name,
		// its caches and the manifest are the disguise's: nothing says what the app is.
		SvelteKitPWA({
			registerType: 'prompt',
			injectRegister: false,
			filename: 'sw.js',
			manifestFilename: 'manifest.webmanifest',
			includeManifestIcons: false,
			kit: {
				appDir: APP_DIR,
				adapterFallback: 'index.html',
				spa: {
					// The shell is precached as "/", not "index.html": a static host serves build/index.html at "/", and
					// `vite preview` (the tests and the bench) renders the same shell there but has no /index.html.
					fallbackMapping: '/',
					// The plugin's own revision reads `_app/version.json`; ours lives under `app/`. The fallback page is
					// written by the adapter after the worker, so the build's version stands in for its contents.
					fallbackRevision: async () =>
						createHash('sha256')
							.update(await readFile(`.svelte-kit/output/client/${APP_DIR}/version.json`))
							.digest('hex')
				}
			},
			manifest: {
				id: '/',
				name: 'Calculator',
				short_name: 'Calculator',
				description: 'Calculator',
				lang: 'en-GB',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				theme_color: '#202124',
				background_color: '#202124',
				icons: [
					{ src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
					{ src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
					{ src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
				]
			},
			workbox: {
				cacheId: 'calc',
				globPatterns: ['client/**/*.{js,css,html,wasm,png,svg,ico,ttf,woff2,webmanifest}'],
				// Set, though empty, so the plugin keeps these patterns as they are instead of adding one for
				// prerendered pages, which this app has none of (it would only warn on every build).
				modifyURLPrefix: {},
				// libsodium's chunk is about 1.2 MB; the embedded PDF font is under 1 MB.
				maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
				// Every navigation gets the one page (build/index.html, precached as "/").
				navigateFallback: '/',
				cleanupOutdatedCaches: true,
				// The first visit's worker takes control at once, so everything fetched later in that visit (libsodium,
				// the strength checker) is cached too. A new version still waits: skipWaiting stays off (see updates).
				clientsClaim: true,
				// The diary is one page; no URL ever leaves it, so every navigation gets the shell.
				navigateFallbackDenylist: [/^\/sw\.js$/, /^\/manifest\.webmanifest$/]
			}
		})
	],
	// The worker that opens shared files (export/open-file.worker.ts) loads libsodium on demand, which needs
	// chunks of its own; only module workers can have them.
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
		testTimeout: 30_000
	}
});
