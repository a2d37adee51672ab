import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import sirv from 'sirv';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { firstLoadEntry, writeFirstLoad } from './scripts/first-load';
import { PDF_FONTS } from './src/lib/export/pdf-fonts';
import {
	BUILD_DIR,
	HEADERS_FILE,
	builtHeaders,
	formatHeadersFile,
	parseHeadersFile
} from './scripts/security-headers.js';

/** Matches svelte.config.js: Kit's `appDir`, so built files sit under /app/ rather than /_app/. */
const APP_DIR = 'app';

/**
 * After the adapter has written build/, writes build/_headers: the built page's own policy, as a header, with the
 * hardening headers (scripts/security-headers.js). Only in the outer (server) build, which is where SvelteKit runs
 * the adapter; 'post' puts this after it.
 */
function writeBuiltHeaders(): Plugin {
	let outer = false;
	return {
		name: 'calc:write-built-headers',
		apply: 'build',
		configResolved(config) {
			outer = Boolean(config.build.ssr);
		},
		closeBundle: {
			sequential: true,
			order: 'post',
			async handler() {
				if (!outer) return;
				const html = await readFile(join(BUILD_DIR, 'index.html'), 'utf8');
				await writeFile(join(BUILD_DIR, HEADERS_FILE), formatHeadersFile(builtHeaders(html)));
			}
		}
	};
}

/**
 * Built assets are named by their hash alone. SvelteKit names them `[name].[hash]`, from the module they came from,
 * and now that each screen is a chunk of its own, its CSS would be named for it (a diary screen's, say), which a
 * file list, a cache or the network log would show. The JS chunks are already named by hash alone.
 */
function hashOnlyAssetNames(): Plugin {
	return {
		name: 'calc:hash-only-asset-names',
		apply: 'build',
		outputOptions(options) {
			const names = options.assetFileNames;
			if (typeof names !== 'string' || !names.includes('[name].[hash]')) return null;
			return { ...options, assetFileNames: names.replace('[name].[hash]', '[hash]') };
		}
	};
}

/** The headers a static host would send, from the built _headers file; the build must have run. */
function readBuiltHeaders(): Record<string, string> {
	const path = join(BUILD_DIR, HEADERS_FILE);
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		throw new Error(`${path} is missing: run \`npm run build\` before \`vite preview\``, { cause: error });
	}
	return parseHeadersFile(text);
}

/**
 * `vite preview` serves build/ as a static host does: each file as it is, index.html for any other path, and the
 * headers of build/_headers on every response. SvelteKit's own preview would render the page afresh instead, with
 * a different start-up script and its own policy header, so the tests would not see what people are served.
 */
function serveBuiltSite(headers: Record<string, string>): Plugin {
	return {
		name: 'calc:serve-built-site',
		configurePreviewServer(server) {
			server.middlewares.use(
				sirv(BUILD_DIR, {
					single: true,
					setHeaders: (res) => {
						// Vite's preview lets any origin read every file (SvelteKit turns its CORS on); a static host
						// does not, and neither should the copy the tests see.
						res.removeHeader('Access-Control-Allow-Origin');
						for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
					}
				})
			);
		}
	};
}

/** Fonts the service worker keeps on first use rather than at install (pdf-fonts.ts). */
const lazyFonts = PDF_FONTS.filter((font) => font.cachedOnFirstUse).map((font) => font.file);

export default defineConfig(({ isPreview }) => {
	const previewHeaders = isPreview ? readBuiltHeaders() : {};
	return {
		plugins: [
			...(isPreview ? [serveBuiltSite(previewHeaders)] : []),
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
						// The shell is precached as "/", not "index.html": a static host serves build/index.html at "/", as
						// `vite preview` does here (serveBuiltSite).
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
					// The PDF's fonts are precached so a PDF can be made offline, except those kept on first use (below).
					globIgnores: lazyFonts.map((file) => `client/fonts/${file}`),
					runtimeCaching: [
						{
							// The Chinese font is 10 MB: kept the first time a PDF needs it, not on every install.
							// A RegExp, not a function: the plugin writes this into sw.js as text, without this file's names.
							urlPattern: new RegExp(`/fonts/(${lazyFonts.map((f) => f.replace(/\./g, '\\.')).join('|')})$`),
							handler: 'CacheFirst',
							options: { cacheName: 'calc-extra' }
						}
					],
					// Set, though empty, so the plugin keeps these patterns as they are instead of adding one for
					// prerendered pages, which this app has none of (it would only warn on every build).
					modifyURLPrefix: {},
					// libsodium's chunk is about 1.2 MB; each precached PDF font is under 1 MB.
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
			}),
			firstLoadEntry(),
			// Before the headers are written: they are made from the page as this leaves it.
			writeFirstLoad(BUILD_DIR),
			writeBuiltHeaders(),
			hashOnlyAssetNames()
		],
		// Anything the preview server sends itself carries the same headers.
		preview: { headers: previewHeaders },
		// The worker that opens shared files (export/open-file.worker.ts) loads libsodium on demand, which needs
		// chunks of its own; only module workers can have them.
		worker: { format: 'es' },
		test: {
			environment: 'node',
			expect: { requireAssertions: true },
			testTimeout: 30_000,
			setupFiles: ['./src/lib/testing/english.ts'],
			projects: [
				{
					extends: true,
					test: {
						name: 'server',
						include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
						exclude: ['src/**/*.svelte.spec.ts']
					}
				},
				// Rune classes whose effects must run (a draft kept on every change): built for the client, still in Node.
				{
					extends: true,
					test: {
						name: 'client',
						include: ['src/**/*.svelte.spec.ts'],
						environment: './src/lib/testing/client-runes-environment.ts'
					}
				}
			]
		}
	};
});
