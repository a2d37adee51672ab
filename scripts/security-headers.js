// The app's security policy and response headers, written once.
//
// svelte.config.js gives CSP_DIRECTIVES to SvelteKit, which writes them into the built index.html as a <meta> tag
// and adds the hash of the one inline script it writes there (the start-up script, which changes with every build).
// After the build, `writeBuiltHeaders` (vite.config.ts) writes build/_headers, the file Netlify and Cloudflare Pages
// read, with the same policy as an HTTP header, hashes included, plus what a <meta> tag cannot carry
// (frame-ancestors, so no other site can frame the app and trick a tap), and the hardening headers below.
// `vite preview` serves build/ with that same file's headers, so the tests see what a host serves.
//
// Both policies apply at once (a browser enforces each), so the header must allow everything the meta tag allows:
// that is why it is made from the built page rather than written out by hand.
//
// Plain JavaScript with JSDoc types, because svelte.config.js is loaded by Node without a TypeScript loader.

/** Where the adapter writes the site (svelte.config.js). */
export const BUILD_DIR = 'build';
/** The file static hosts read their headers from, at the root of the site. */
export const HEADERS_FILE = '_headers';

/**
 * The Content Security Policy, in SvelteKit's form (keywords without quotes). Nothing may be fetched or run from
 * any origin but the app's own; blob: only for the exhibits and thumbnails the app shows itself.
 * @type {Record<string, string[]>}
 */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	// libsodium is WebAssembly: it needs 'wasm-unsafe-eval', never 'unsafe-eval'.
	'script-src': ['self', 'wasm-unsafe-eval'],
	// Svelte's transitions and the inline style in app.html set style attributes.
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
};

/** Directives a browser ignores in a <meta> policy, so they only ever reach it as a header. */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** Keywords that CSP writes in single quotes; SvelteKit adds the quotes to these itself. */
const QUOTED = new Set([
	'self',
	'none',
	'unsafe-inline',
	'unsafe-eval',
	'wasm-unsafe-eval',
	'strict-dynamic',
	'unsafe-hashes',
	'report-sample'
]);

/**
 * The browser features the app may use, and nothing else: the microphone for recording a sound exhibit, full
 * screen for a video. Photos are taken through the file picker's camera, which needs no camera permission in the
 * page. The share sheet (web-share) is left at its default, the app's own origin, because browsers without it
 * report its name as an error; so are features some browsers do not know (bluetooth).
 */
const PERMISSIONS = {
	microphone: '(self)',
	fullscreen: '(self)',
	camera: '()',
	'display-capture': '()',
	geolocation: '()',
	payment: '()',
	usb: '()',
	serial: '()',
	hid: '()',
	midi: '()',
	accelerometer: '()',
	gyroscope: '()',
	magnetometer: '()',
	'publickey-credentials-get': '()',
	'screen-wake-lock': '()',
	'browsing-topics': '()'
};

/**
 * Sent with every response, beside the policy.
 * @type {Readonly<Record<string, string>>}
 */
export const HARDENING_HEADERS = {
	// A file is only ever what its type says: an exhibit's bytes are never guessed into a page.
	'X-Content-Type-Options': 'nosniff',
	// No address of the app is handed to any other site (the exit page included).
	'Referrer-Policy': 'no-referrer',
	'Permissions-Policy': Object.entries(PERMISSIONS)
		.map(([feature, allow]) => `${feature}=${allow}`)
		.join(', '),
	// Another site's window cannot keep a handle on the app's, nor the app's on it.
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Resource-Policy': 'same-origin',
	// For browsers older than frame-ancestors.
	'X-Frame-Options': 'DENY',
	// The disguise: search engines neither list the address nor keep a copy.
	'X-Robots-Tag': 'noindex, nofollow'
};

/** @param {string} source */
const quote = (source) => (QUOTED.has(source) ? `'${source}'` : source);

/**
 * A policy as text, directive by directive in the order given.
 * @param {Readonly<Record<string, readonly string[]>>} directives sources in SvelteKit's form
 * @returns {string}
 */
export function formatPolicy(directives) {
	return Object.entries(directives)
		.map(([name, sources]) => [name, ...sources.map(quote)].join(' '))
		.join('; ');
}

/**
 * A policy's directives with their sources as written (quotes kept).
 * @param {string} policy
 * @returns {Map<string, string[]>}
 */
export function parsePolicy(policy) {
	/** @type {Map<string, string[]>} */
	const directives = new Map();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}

/** Thrown when the built page's policy is not the one written here, so no header is made that would differ. */
export class PolicyMismatchError extends Error {
	/** @param {string} detail */
	constructor(detail) {
		super(`The built page's Content Security Policy differs from scripts/security-headers.js: ${detail}`);
		this.name = 'PolicyMismatchError';
	}
}

/**
 * The policy in a built page's <meta http-equiv="content-security-policy">, or undefined if it has none.
 * @param {string} html
 * @returns {string | undefined}
 */
export function readMetaPolicy(html) {
	const tag = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/i.exec(html);
	return tag?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/**
 * The header policy for a built page: its <meta> policy, hashes and all, with the directives only a header can
 * carry. Throws PolicyMismatchError if the page's policy is not CSP_DIRECTIVES plus script hashes.
 * @param {string} metaPolicy
 * @returns {string}
 */
export function headerPolicyFor(metaPolicy) {
	const meta = parsePolicy(metaPolicy);
	/** @type {Record<string, string[]>} */
	const header = {};
	for (const [name, sources] of Object.entries(CSP_DIRECTIVES)) {
		const expected = sources.map(quote);
		if (HEADER_ONLY_DIRECTIVES.has(name)) {
			header[name] = expected;
			continue;
		}
		const built = meta.get(name);
		if (!built) throw new PolicyMismatchError(`${name} is missing`);
		const hashes = built.filter((s) => /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(s));
		const others = built.filter((s) => !hashes.includes(s));
		if (hashes.length > 0 && name !== 'script-src' && name !== 'style-src') {
			throw new PolicyMismatchError(`${name} carries hashes`);
		}
		if (others.join(' ') !== expected.join(' ')) {
			throw new PolicyMismatchError(`${name} is "${built.join(' ')}", not "${expected.join(' ')}"`);
		}
		header[name] = [...expected, ...hashes];
	}
	for (const name of meta.keys()) {
		if (!(name in CSP_DIRECTIVES)) throw new PolicyMismatchError(`${name} is not in the policy`);
	}
	// Already quoted: formatted as they are.
	return Object.entries(header)
		.map(([name, sources]) => [name, ...sources].join(' '))
		.join('; ');
}

/**
 * Every header for the built site, from its index.html.
 * @param {string} indexHtml
 * @returns {Record<string, string>}
 */
export function builtHeaders(indexHtml) {
	const meta = readMetaPolicy(indexHtml);
	if (meta === undefined) throw new PolicyMismatchError('index.html has no policy');
	return { 'Content-Security-Policy': headerPolicyFor(meta), ...HARDENING_HEADERS };
}

/**
 * The headers as a _headers file (Netlify and Cloudflare Pages): one rule for every path.
 * @param {Readonly<Record<string, string>>} headers
 * @returns {string}
 */
export function formatHeadersFile(headers) {
	const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
	return [
		'# Written by the build from scripts/security-headers.js and build/index.html; do not edit.',
		'/*',
		...lines,
		''
	].join('\n');
}

/**
 * The headers of the every-path rule in a _headers file, as `vite preview` sends them.
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function parseHeadersFile(text) {
	/** @type {Record<string, string>} */
	const headers = {};
	let inRule = false;
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			inRule = line.trim() === '/*';
			continue;
		}
		const colon = line.indexOf(':');
		if (inRule && colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
	}
	return headers;
}
