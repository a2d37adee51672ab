// Every piece of text the UI shows comes from the messages module: no component writes words of its own. This
// reads every Svelte component's template with Svelte's own parser and fails on any literal text or any literal
// value of an attribute that people read or hear (aria-label, alt, title, placeholder).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

const READ_ATTRIBUTES = new Set([
	'aria-label',
	'alt',
	'title',
	'placeholder',
	'aria-placeholder',
	'aria-roledescription'
]);
/** Symbols, not words: punctuation, separators and the calculator's operator glyphs. */
const NOT_WORDS = /^[›‹\s.,:;·•()[\]{}|/\\'"’‘“”!?%+\-−×÷=±…–—_*#@&<>0-9]*$/u;

function components(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return components(path);
		return entry.name.endsWith('.svelte') ? [path] : [];
	});
}

interface Node {
	type: string;
	name?: string;
	data?: string;
	value?: unknown;
	[key: string]: unknown;
}

function literalText(node: unknown, found: string[]): void {
	if (!node || typeof node !== 'object') return;
	if (Array.isArray(node)) {
		for (const child of node) literalText(child, found);
		return;
	}
	const n = node as Node;
	if (n.type === 'Text' && typeof n.data === 'string' && !NOT_WORDS.test(n.data)) found.push(n.data.trim());
	if (n.type === 'Attribute') {
		// Only attributes that people read or hear count; ids, classes and types are not shown.
		if (n.name && READ_ATTRIBUTES.has(n.name) && Array.isArray(n.value)) {
			for (const part of n.value as Node[]) {
				if (part.type === 'Text' && typeof part.data === 'string' && !NOT_WORDS.test(part.data)) {
					found.push(`${n.name}="${part.data}"`);
				}
			}
		}
		return;
	}
	for (const [key, value] of Object.entries(n)) {
		// Styles and scripts are not shown text.
		if (key === 'css' || key === 'instance' || key === 'module' || key === 'metadata') continue;
		literalText(value, found);
	}
}

describe('text comes from the messages module', () => {
	const files = [
		...components('src/routes'),
		...components('src/lib/screens'),
		...components('src/lib/components')
	];

	it('finds the components to check', () => {
		expect(files.length).toBeGreaterThan(10);
	});

	it('catches a hard-coded word (the check can fail)', () => {
		const found: string[] = [];
		literalText(parse('<p>Hello there</p><button aria-label="Close">{x}</button>', { modern: true }), found);
		expect(found).toEqual(['Hello there', 'aria-label="Close"']);
	});

	for (const file of files) {
		it(`${file} writes no words of its own`, () => {
			const found: string[] = [];
			literalText(parse(readFileSync(file, 'utf8'), { modern: true }).fragment, found);
			expect(found).toEqual([]);
		});
	}
});
