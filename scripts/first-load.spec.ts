import { createHash } from 'node:crypto';
import type { Manifest } from 'vite';
import { describe, expect, it } from 'vitest';
import { FIRST_LOAD_ENTRY, FirstLoadPageError, withFirstLoad } from './first-load';

/** The start-up script as SvelteKit 2 writes it into a single-page fallback. */
const START_UP = `
				{
					__sveltekit_abc123 = {
						base: ""
					};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("/app/immutable/entry/start.AAA.js"),
						import("/app/immutable/entry/app.BBB.js")
					]).then(([kit, app]) => {
						kit.start(app, element);
					});
				}
			`;

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const page = (script = START_UP, policyHash = hash(START_UP)) => `<!doctype html>
<html lang="en-GB">
	<head>
		<title>Calculator</title>
		<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${policyHash}; object-src 'none'">
		<link href="/app/immutable/entry/start.AAA.js" rel="modulepreload">
		<link href="/app/immutable/chunks/svelte.js" rel="modulepreload">
		<link href="/app/immutable/entry/app.BBB.js" rel="modulepreload">
		<link href="/app/immutable/assets/layout.css" rel="stylesheet">
	</head>
	<body data-sveltekit-preload-data="off">
		<div id="app" style="display: contents">
			<script>${script}</script>
		</div>
	</body>
</html>
`;

const manifest: Manifest = {
	[FIRST_LOAD_ENTRY]: {
		file: 'app/immutable/chunks/calc.js',
		src: FIRST_LOAD_ENTRY,
		isEntry: true,
		imports: ['_view.js']
	},
	'_view.js': {
		file: 'app/immutable/chunks/view.js',
		css: ['app/immutable/assets/calc.css'],
		imports: ['_logic.js']
	},
	'_logic.js': { file: 'app/immutable/chunks/logic.js', imports: ['_view.js'] }
};

const inlineScript = (html: string) => /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

describe('withFirstLoad', () => {
	it('runs the calculator first, and leaves SvelteKit to start only when called', () => {
		const out = withFirstLoad(page(), manifest);
		// Nothing of SvelteKit or Svelte is fetched before the first screen.
		expect(out).not.toContain('start.AAA.js" rel="modulepreload"');
		expect(out).not.toContain('svelte.js');
		// The calculator's script, its chunks (each once) and its styles, beside the page's own.
		expect(out).toContain('<script type="module" src="/app/immutable/chunks/calc.js"></script>');
		expect(out.match(/rel="modulepreload"/g)).toHaveLength(2);
		expect(out).toContain('<link href="/app/immutable/chunks/view.js" rel="modulepreload">');
		expect(out).toContain('<link href="/app/immutable/chunks/logic.js" rel="modulepreload">');
		expect(out).toContain('<link href="/app/immutable/assets/calc.css" rel="stylesheet">');
		// The app's own styles come with its layout, once SvelteKit starts: their class names would say what it is.
		expect(out).not.toContain('layout.css');
		expect(out.match(/rel="stylesheet"/g)).toHaveLength(1);

		const script = inlineScript(out);
		expect(script).toContain('__sveltekit_abc123');
		expect(script).toContain(
			'globalThis.__calcStart = () => Promise.all([import("/app/immutable/entry/start.AAA.js"), import("/app/immutable/entry/app.BBB.js")]).then(([kit, app]) => kit.start(app, element));'
		);
		// The policy allows the script as it now reads, and no longer as it read.
		expect(out).toContain(hash(script));
		expect(out).not.toContain(hash(START_UP));
	});

	it('the rewritten start-up script, run, starts nothing until the calculator calls it', async () => {
		const script = inlineScript(withFirstLoad(page(), manifest));
		const imported: string[] = [];
		const started: unknown[] = [];
		const scope: Record<string, unknown> = {};
		const element = { id: 'app' };
		// The script's own words, with its imports and globals given to it.
		const run = new Function(
			'globalThis',
			'document',
			'importModule',
			script
				.replace(/__sveltekit_abc123 =/, 'globalThis.kitSettings =')
				.replaceAll('import(', 'importModule(')
		) as (scope: object, document: object, importModule: (url: string) => Promise<unknown>) => void;
		run(scope, { currentScript: { parentElement: element } }, async (url) => {
			imported.push(url);
			return { start: (app: unknown, at: unknown) => started.push([app, at]) };
		});
		expect(imported).toEqual([]);
		expect(typeof scope.__calcStart).toBe('function');
		await (scope.__calcStart as () => Promise<void>)();
		expect(imported).toEqual(['/app/immutable/entry/start.AAA.js', '/app/immutable/entry/app.BBB.js']);
		expect(started).toHaveLength(1);
		expect((started[0] as unknown[])[1]).toBe(element);
	});

	it('fails the build rather than ship a page it does not understand', () => {
		expect(() => withFirstLoad(page(), {})).toThrow(FirstLoadPageError);
		const changed = START_UP.replace('kit.start(app, element);', 'kit.start(app, element, {});');
		expect(() => withFirstLoad(page(changed, hash(changed)), manifest)).toThrow(/does not start as expected/);
		expect(() => withFirstLoad(page(START_UP, "'sha256-other'"), manifest)).toThrow(/policy/);
		expect(() => withFirstLoad(page().replace(/<script>/, '<script>1</script><script>'), manifest)).toThrow(
			/exactly one inline script/
		);
		expect(() => withFirstLoad(page().replace(/[^\n]*modulepreload[^\n]*\n/g, ''), manifest)).toThrow(
			/modulepreload/
		);
	});
});
