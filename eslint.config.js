import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'bench-results/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	},
	// The layers, written down so that a wrong import fails the lint instead of waiting for a review (ARCHITECTURE.md
	// draws them). Specs are left out: a test may reach across layers to set up what it checks. A pattern `**/x`
	// catches `$lib/x` and a relative path that climbs to it alike; domain/ and crypto/ are flat, so any `../` leaves.
	...layer('src/lib/domain', 'the domain is pure rules: it imports nothing of ours but the domain', [
		'$lib/*',
		'!$lib/domain',
		'!$lib/domain/*',
		'../*'
	]),
	...layer('src/lib/workers', 'the worker task protocol knows no task: it imports only the domain', [
		'$lib/*',
		'!$lib/workers',
		'!$lib/workers/*',
		'!$lib/domain',
		'!$lib/domain/*',
		'../*',
		'!../domain/*'
	]),
	...layer(
		'src/lib/crypto',
		'crypto imports nothing above it: only the domain and the worker task protocol',
		[
			'$lib/*',
			'!$lib/crypto',
			'!$lib/crypto/*',
			'!$lib/domain',
			'!$lib/domain/*',
			'!$lib/workers',
			'!$lib/workers/*',
			'../*',
			'!../domain/*',
			'!../workers/*'
		]
	),
	...layer('src/lib/vault', 'the vault never reaches up into state, screens, components or exports', [
		...under('state', 'screens', 'components', 'export')
	]),
	...layer('src/lib/export', 'exports never reach into screens, components or state', [
		...under('screens', 'components', 'state')
	]),
	...layer(
		['src/lib/screens', 'src/lib/components', 'src/routes'],
		'screens go through state/, never to the vault or crypto',
		[...under('vault', 'crypto'), 'libsodium-wrappers*', 'dexie']
	),
	{
		files: ['**/*.js'],
		...ts.configs.disableTypeChecked
	}
);

/** A `no-restricted-imports` rule for the files under `folders` (specs aside), forbidding `patterns`. */
function layer(folders, message, patterns) {
	return [
		{
			files: [folders].flat().flatMap((folder) => [`${folder}/**/*.ts`, `${folder}/**/*.svelte`]),
			ignores: ['**/*.spec.ts'],
			rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] }
		}
	];
}

/** Import patterns for these folders of src/lib, by $lib path or by a relative one. */
function under(...folders) {
	return folders.flatMap((folder) => [`**/${folder}`, `**/${folder}/*`]);
}
