// What a static host sends with the app (build/_headers), as `vite preview` serves it here: the policy as a header
// too, carrying frame-ancestors 'none', which a meta tag cannot; the hardening headers; and an app that still runs
// under both policies at once, with no violation from the first screen through unlock and an opened exhibit.
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { createDiary, expect, logEntry, test, unlock } from './fixtures';

const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
	'base64'
);

const directivesOf = (policy: string) =>
	new Map(
		policy
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...sources]) => [name!, sources])
	);

/** Collects every policy violation the page reports, and every console message about a policy. */
async function watchPolicies(
	page: Page
): Promise<{ violations: () => Promise<string[]>; console: string[] }> {
	const messages: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy|Permissions.Policy|Refused to/i.test(message.text()))
			messages.push(message.text());
	});
	page.on('pageerror', (error) => messages.push(error.message));
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { policyViolations: string[] }).policyViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push(`${event.violatedDirective} ${event.blockedURI}`);
		});
	});
	return {
		violations: () =>
			page.evaluate(() => (window as unknown as { policyViolations: string[] }).policyViolations),
		console: messages
	};
}

test('the app is served with its policy as a header, framing refused, and the hardening headers', async ({
	page
}) => {
	const response = (await page.goto('/'))!;
	const headers = response.headers();
	const header = headers['content-security-policy'];
	expect(header).toBeDefined();
	const policy = directivesOf(header!);
	expect(policy.get('frame-ancestors')).toEqual(["'none'"]);

	// The header allows exactly what the page's own meta policy allows: the same directives, the same start-up
	// script hash, which is the hash of the one inline script the page holds.
	const html = await response.text();
	const meta = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html)?.[1];
	expect(meta).toBeDefined();
	for (const [name, sources] of directivesOf(meta!)) expect(policy.get(name), name).toEqual(sources);
	const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
	expect(inline).toHaveLength(1);
	const hash = `'sha256-${createHash('sha256').update(inline[0]!).digest('base64')}'`;
	expect(policy.get('script-src')).toContain(hash);

	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('no-referrer');
	expect(headers['cross-origin-opener-policy']).toBe('same-origin');
	expect(headers['x-frame-options']).toBe('DENY');
	expect(headers['permissions-policy']).toContain('microphone=(self)');
	expect(headers['permissions-policy']).toContain('camera=()');
	expect(headers['access-control-allow-origin']).toBeUndefined();

	// Every file gets them, not only the page: an unknown path (the page again), a script, the service worker.
	for (const path of ['/some/where', '/sw.js', '/manifest.webmanifest']) {
		const other = await page.request.get(path);
		expect(other.ok(), path).toBe(true);
		expect(other.headers()['content-security-policy'], path).toBe(header);
		expect(other.headers()['x-content-type-options'], path).toBe('nosniff');
	}
});

test('another page cannot frame the app', async ({ page, baseURL }) => {
	const refused: string[] = [];
	page.on('console', (message) => {
		if (/frame-ancestors|X-Frame-Options/.test(message.text())) refused.push(message.text());
	});
	await page.setContent(`<iframe title="framed" src="${baseURL}/"></iframe>`);
	await expect.poll(() => refused.length).toBeGreaterThan(0);
	const framed = page.frameLocator('iframe');
	await expect(framed.getByRole('button', { name: 'equals' })).toHaveCount(0);
});

test('nothing breaks the policy from the first screen through unlock and an opened exhibit', async ({
	page
}) => {
	const watched = await watchPolicies(page);
	await createDiary(page);
	await logEntry(page, '(a) Following', 'Waited by the car', [
		{ name: 'car.png', mimeType: 'image/png', buffer: PNG }
	]);

	await page.getByRole('button', { name: 'Lock' }).click();
	await page.reload();
	await unlock(page);
	await page.getByRole('button', { name: /Waited by the car/ }).click();
	await page.getByRole('button', { name: 'Open car.png' }).click();
	const image = page.getByRole('img', { name: 'car.png' });
	await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);

	expect(await watched.violations()).toEqual([]);
	expect(watched.console).toEqual([]);

	// The watch itself works: a script the policies forbid is reported, once by each (the meta tag's and the
	// header's), which shows both are in force.
	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.ranInline = true';
		document.body.append(script);
	});
	await expect
		.poll(() => watched.violations())
		.toEqual([expect.stringMatching(/^script-src/), expect.stringMatching(/^script-src/)]);
	expect(await page.evaluate(() => 'ranInline' in window)).toBe(false);
});
