// The first load is the calculator alone (src/first-load.ts, screens/first-screen.ts), before any of Svelte or
// SvelteKit: a returning person's disguise fetches about a third of what the whole start-up would. SvelteKit's client
// build gets the calculator as an entry of its own, and once the adapter has written build/index.html, the page is
// rewritten so that it runs that entry first and SvelteKit's start-up script only waits:
//
// - SvelteKit's modulepreload and stylesheet links go (they would fetch Svelte, the app and the app's styles, whose
//   class names say what it is, before the first screen; SvelteKit loads the styles again with its layout), and the
//   calculator's own script, its stylesheets and preloads of the chunks it imports come in their place;
// - the start-up script keeps its every word, but what it did at once becomes `globalThis.__calcStart`, which the
//   calculator calls when the rest of the app is needed;
// - the page's policy allows the start-up script by the hash of what it now says, instead of what it said.
//
// Anything in the page not as expected throws, so a SvelteKit that writes its page differently fails the build
// rather than shipping a page that loads everything first, or nothing.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Manifest, Plugin } from 'vite';

/** The calculator's entry, as the client build's manifest names its source. */
export const FIRST_LOAD_ENTRY = 'src/first-load.ts';
/** Where SvelteKit's client build writes its manifest. */
const CLIENT_MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

/** The page could not be rewritten: SvelteKit wrote it differently from what this expects. */
export class FirstLoadPageError extends Error {
	override name = 'FirstLoadPageError';
}

const START_UP = /<script>([\s\S]*?)<\/script>/g;
const STARTS_AT_ONCE =
	/Promise\.all\(\[\s*(import\("[^"]+"\)),\s*(import\("[^"]+"\))\s*\]\)\.then\(\(\[kit, app\]\) => \{\s*kit\.start\(app, element\);\s*\}\);/;
const PRELOAD = /[ \t]*<link href="[^"]+" rel="modulepreload">\n?/g;
const STYLESHEET = /[ \t]*<link href="[^"]+" rel="stylesheet">\n?/g;

const scriptHash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The chunks `key` imports, and those they import, in the order a browser would meet them, with their styles. */
function importsOf(
	manifest: Manifest,
	key: string,
	seen = new Set<string>()
): { chunks: string[]; css: string[] } {
	const chunks: string[] = [];
	const css = [...(manifest[key]?.css ?? [])];
	for (const imported of manifest[key]?.imports ?? []) {
		if (seen.has(imported)) continue;
		seen.add(imported);
		const chunk = manifest[imported];
		if (!chunk) throw new FirstLoadPageError(`The manifest has no chunk ${imported}`);
		const inner = importsOf(manifest, imported, seen);
		chunks.push(chunk.file, ...inner.chunks);
		css.push(...inner.css);
	}
	return { chunks, css };
}

/**
 * build/index.html as SvelteKit wrote it, rewritten to run the calculator's entry first (see the note at the top).
 * `base` is the path the built files are served under, as in their URLs.
 */
export function withFirstLoad(html: string, manifest: Manifest, base = '/'): string {
	const entry = manifest[FIRST_LOAD_ENTRY];
	if (!entry?.isEntry) throw new FirstLoadPageError(`The client build has no entry ${FIRST_LOAD_ENTRY}`);
	const scripts = [...html.matchAll(START_UP)];
	if (scripts.length !== 1) throw new FirstLoadPageError('The page must have exactly one inline script');
	const before = scripts[0]![1]!;
	if (!STARTS_AT_ONCE.test(before))
		throw new FirstLoadPageError('The start-up script does not start as expected');
	const after = before.replace(
		STARTS_AT_ONCE,
		(_, start: string, app: string) =>
			`globalThis.__calcStart = () => Promise.all([${start}, ${app}]).then(([kit, app]) => kit.start(app, element));`
	);
	const oldHash = scriptHash(before);
	if (!html.includes(oldHash))
		throw new FirstLoadPageError("The page's policy does not allow its start-up script");
	if (!html.includes('rel="modulepreload"'))
		throw new FirstLoadPageError('The page has no modulepreload links to take out');

	const url = (file: string) => `${base}${file}`;
	const { chunks, css } = importsOf(manifest, FIRST_LOAD_ENTRY);
	const head = [
		...[...new Set(css)].map((file) => `<link href="${url(file)}" rel="stylesheet">`),
		...chunks.map((file) => `<link href="${url(file)}" rel="modulepreload">`),
		`<script type="module" src="${url(entry.file)}"></script>`
	]
		.map((line) => `\t\t${line}\n`)
		.join('');
	if (!html.includes('\t</head>')) throw new FirstLoadPageError('The page has no </head>');
	return html
		.replace(PRELOAD, '')
		.replace(STYLESHEET, '')
		.replace(before, () => after)
		.replace(oldHash, () => scriptHash(after))
		.replace('\t</head>', () => `${head}\t</head>`);
}

/** Adds the calculator's entry to SvelteKit's client build (the one that is not for the server). */
export function firstLoadEntry(): Plugin {
	let client = false;
	return {
		name: 'calc:first-load-entry',
		apply: 'build',
		configResolved(config) {
			client = !config.build.ssr;
		},
		buildStart() {
			if (client) this.emitFile({ type: 'chunk', id: resolve(FIRST_LOAD_ENTRY), name: 'calc' });
		}
	};
}

/**
 * After the adapter has written build/, rewrites build/index.html (withFirstLoad). Only in the outer (server) build,
 * where SvelteKit runs the adapter; 'post', and listed before the plugin that writes the headers from the page.
 */
export function writeFirstLoad(buildDir: string): Plugin {
	let outer = false;
	return {
		name: 'calc:write-first-load',
		apply: 'build',
		configResolved(config) {
			outer = Boolean(config.build.ssr);
		},
		closeBundle: {
			sequential: true,
			order: 'post',
			async handler() {
				if (!outer) return;
				const manifest = JSON.parse(await readFile(CLIENT_MANIFEST, 'utf8')) as Manifest;
				const page = join(buildDir, 'index.html');
				await writeFile(page, withFirstLoad(await readFile(page, 'utf8'), manifest));
			}
		}
	};
}
