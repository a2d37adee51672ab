import { describe, expect, it } from 'vitest';
import svelteConfig from '../svelte.config.js';
import {
	CSP_DIRECTIVES,
	HARDENING_HEADERS,
	PolicyMismatchError,
	builtHeaders,
	formatHeadersFile,
	formatPolicy,
	headerPolicyFor,
	parseHeadersFile,
	parsePolicy,
	readMetaPolicy
} from './security-headers.js';

const HASH = "'sha256-qYOb10/5YsBXmGYfqZqbItt/5wVQHmlk0sQWQEtKEso='";

/** The policy SvelteKit writes into a built page: every directive but the header-only one, with the script hash. */
function metaPolicy(directives = CSP_DIRECTIVES): string {
	const { 'frame-ancestors': _header, ...meta } = directives;
	return formatPolicy(meta).replace("'wasm-unsafe-eval'", `'wasm-unsafe-eval' ${HASH}`);
}

const page = (policy: string) =>
	`<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head></html>`;

describe('the one policy', () => {
	it('is the policy SvelteKit is given', () => {
		expect(svelteConfig.kit?.csp?.directives).toBe(CSP_DIRECTIVES);
		expect(svelteConfig.kit?.csp?.mode).toBe('hash');
	});

	it('lets nothing come from another origin, and no one frame the app', () => {
		for (const sources of Object.values(CSP_DIRECTIVES)) {
			for (const source of sources)
				expect(['self', 'none', 'blob:', 'data:', 'wasm-unsafe-eval', 'unsafe-inline']).toContain(source);
		}
		expect(CSP_DIRECTIVES['frame-ancestors']).toEqual(['none']);
		expect(CSP_DIRECTIVES['script-src']).not.toContain('unsafe-inline');
		expect(CSP_DIRECTIVES['script-src']).not.toContain('unsafe-eval');
	});
});

describe('headerPolicyFor', () => {
	it('is the built page’s policy, hashes and all, with frame-ancestors added', () => {
		const header = parsePolicy(headerPolicyFor(metaPolicy()));
		expect(header.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", HASH]);
		expect(header.get('frame-ancestors')).toEqual(["'none'"]);
		// Everything the meta policy says, the header says too, so the two together allow exactly what each does.
		for (const [name, sources] of parsePolicy(metaPolicy())) expect(header.get(name), name).toEqual(sources);
		expect([...header.keys()].sort()).toEqual(Object.keys(CSP_DIRECTIVES).sort());
	});

	it('refuses a built policy that has drifted from the one written down', () => {
		const looser = metaPolicy({ ...CSP_DIRECTIVES, 'connect-src': ['self', 'https://example.com'] });
		expect(() => headerPolicyFor(looser)).toThrow(PolicyMismatchError);
		const missing = metaPolicy().replace(/; object-src 'none'/, '');
		expect(() => headerPolicyFor(missing)).toThrow(/object-src is missing/);
		expect(() => headerPolicyFor(`${metaPolicy()}; frame-src *`)).toThrow(/frame-src/);
		expect(() => headerPolicyFor(metaPolicy().replace("img-src 'self'", `img-src 'self' ${HASH}`))).toThrow(
			/img-src carries hashes/
		);
	});
});

describe('builtHeaders and the _headers file', () => {
	it('reads the policy out of the built page, quotes and all', () => {
		const html = page(metaPolicy());
		expect(readMetaPolicy(html)).toBe(metaPolicy());
		expect(readMetaPolicy(page(metaPolicy().replaceAll("'", '&#39;')))).toBe(metaPolicy());
		expect(readMetaPolicy('<html><head></head></html>')).toBeUndefined();
		expect(() => builtHeaders('<html></html>')).toThrow(PolicyMismatchError);
	});

	it('sends the policy beside the hardening headers, and the file gives back what was written', () => {
		const headers = builtHeaders(page(metaPolicy()));
		expect(headers['Content-Security-Policy']).toBe(headerPolicyFor(metaPolicy()));
		expect(headers).toMatchObject({
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'no-referrer',
			'Cross-Origin-Opener-Policy': 'same-origin',
			'X-Frame-Options': 'DENY'
		});
		const text = formatHeadersFile(headers);
		expect(text).toMatch(/^# .*\n\/\*\n {2}Content-Security-Policy: default-src 'self'; /);
		expect(parseHeadersFile(text)).toEqual(headers);
	});

	it('reads only the every-path rule of a _headers file', () => {
		const text = ['/app/*', '  Cache-Control: immutable', '/*', '  X-Frame-Options: DENY', '# note', ''].join(
			'\n'
		);
		expect(parseHeadersFile(text)).toEqual({ 'X-Frame-Options': 'DENY' });
	});

	it('allows the microphone for recordings, and keeps other devices off', () => {
		const policy = HARDENING_HEADERS['Permissions-Policy']!;
		expect(policy).toContain('microphone=(self)');
		// Left at its default (the app's own origin): never turned off, or the share sheet would stop working.
		expect(policy).not.toContain('web-share');
		for (const feature of ['camera', 'geolocation', 'display-capture', 'payment', 'usb']) {
			expect(policy).toContain(`${feature}=()`);
		}
	});
});
