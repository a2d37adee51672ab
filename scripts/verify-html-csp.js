// verify.html's Content-Security-Policy allows its inline script and style only by their SHA-256, so an edit to
// either must change the policy too. `node scripts/verify-html-csp.js` writes the hashes of the blocks as they are
// now into the policy; verify-html.spec.ts fails until it has been run.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

export const VERIFY_HTML = new URL('../src/lib/export/verifiers/verify.html', import.meta.url);

/**
 * The CSP source for the one block of this kind in the page, e.g. 'sha256-…'.
 * @param {string} html
 * @param {'script' | 'style'} tag
 * @returns {string}
 */
export function blockHash(html, tag) {
	const blocks = [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))];
	if (blocks.length !== 1) throw new Error(`verify.html must have exactly one <${tag}> block`);
	return `'sha256-${createHash('sha256')
		.update(blocks[0]?.[1] ?? '', 'utf8')
		.digest('base64')}'`;
}

/**
 * @param {string} html
 * @returns {string}
 */
export function withCspHashes(html) {
	return html
		.replace(/script-src '[^']*'/, `script-src ${blockHash(html, 'script')}`)
		.replace(/style-src '[^']*'/, `style-src ${blockHash(html, 'style')}`);
}

if (process.argv[1] && import.meta.url.endsWith(`/${process.argv[1].split('/').pop() ?? ''}`)) {
	writeFileSync(VERIFY_HTML, withCspHashes(readFileSync(VERIFY_HTML, 'utf8')));
}
