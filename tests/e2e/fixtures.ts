// Shared fixtures for the end-to-end journeys. Every test watches every request the page makes and fails if any
// goes to an origin other than the app's own: the app must never talk to anyone else.
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export const PASSPHRASE = 'plum orchard lantern 47 quietly';

/** Settles within `ms` either way, so a probe of a hung page cannot hang the report of it. */
function within<T>(ms: number, work: Promise<T>, late: T): Promise<T> {
	return Promise.race([work, new Promise<T>((resolve) => setTimeout(() => resolve(late), ms))]);
}

/**
 * When a test fails, what each of its pages was doing: whether its main thread still answers, whether it still
 * draws frames (Playwright's click waits on one), and what it logged. Printed, so a failure on CI says more than
 * its timeout did.
 */
async function describePages(context: BrowserContext, logged: string[]): Promise<string> {
	const lines: string[] = [];
	for (const [index, page] of context.pages().entries()) {
		const probe = page
			.evaluate(
				() =>
					new Promise<string>((resolve) => {
						const state = `${document.visibilityState}, focus on <${document.activeElement?.tagName.toLowerCase()}>`;
						const late = setTimeout(() => resolve(`${state}; no frame drawn within 2 s`), 2_000);
						requestAnimationFrame(() => {
							clearTimeout(late);
							resolve(`${state}; frames are drawn`);
						});
					})
			)
			.catch((error: unknown) => `could not be asked: ${String(error)}`);
		lines.push(
			`page ${index} ${page.url()}: ${await within(5_000, probe, 'main thread did not answer within 5 s')}`
		);
	}
	return [...lines, ...logged.slice(-20)].join('\n');
}

export const test = base.extend<{ foreignRequests: string[]; foreignAllowed: string[]; diagnostics: void }>({
	diagnostics: [
		async ({ context }, use, testInfo) => {
			const logged: string[] = [];
			context.on('console', (message) => {
				if (message.type() === 'error' || message.type() === 'warning')
					logged.push(`console ${message.type()}: ${message.text()}`);
			});
			context.on('weberror', (error) => logged.push(`page error: ${error.error().message}`));
			await use();
			if (testInfo.status !== testInfo.expectedStatus) {
				console.log(
					`What the pages of "${testInfo.title}" were doing:\n${await describePages(context, logged)}`
				);
			}
		},
		{ auto: true }
	],
	/** Addresses a test routes to a local stub itself (the exit page); everything else must stay on the origin. */
	foreignAllowed: [[], { option: true }],
	foreignRequests: [
		async ({ context, baseURL, foreignAllowed }, use) => {
			const origin = new URL(baseURL!).origin;
			const foreign: string[] = [];
			context.on('request', (request) => {
				const url = request.url();
				if (url.startsWith('data:') || url.startsWith('blob:')) return;
				if (foreignAllowed.some((allowed) => url.startsWith(allowed))) return;
				if (new URL(url).origin !== origin) foreign.push(url);
			});
			await use(foreign);
			expect(foreign, 'requests to other origins').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

export const CODE = '1973';
/** What a caseworker tells a new person to type on the calculator, then =, to reach the first-run steps. */
export const SETUP_CODE = '85208520';
export const WELCOME = 'A private diary that looks like a calculator';

/**
 * A first visit: the address shows a calculator, and the setup code then = opens the first-run steps, as the
 * README and the caseworkers' help page tell a new person to do.
 */
export async function openFirstRun(page: Page): Promise<void> {
	await page.goto('/');
	await typeCode(page, SETUP_CODE);
	await expect(page.getByRole('heading', { name: WELCOME })).toBeVisible();
}

/** First run: the three short steps, the passphrase and calculator code, then skipping the exit practice. */
export async function createDiary(
	page: Page,
	passphrase = PASSPHRASE,
	{ practise = false } = {}
): Promise<void> {
	await openFirstRun(page);
	await page.getByRole('button', { name: 'Next' }).click();
	await page.getByRole('button', { name: 'Next' }).click();
	await page.getByRole('button', { name: 'Set up my diary' }).click();
	await expect(page.getByRole('heading', { name: 'Set up your diary' })).toBeVisible();
	await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
	await page.getByLabel('Type the passphrase again').fill(passphrase);
	await page.getByLabel('Calculator code').fill(CODE);
	// Enter in the last field sends the form, as it does for a person typing. A click would wait for two drawn frames
	// to see the button stand still, and under heavy load headless Chromium has stopped drawing frames at exactly this
	// step (three times in about twenty full runs; the diagnostics said "no frame drawn"), failing the test on its
	// timeout. The button itself is pressed by the set-up tests in forms, passphrase and vault.
	await page.getByLabel('Calculator code').press('Enter');
	await expect(page.getByRole('heading', { name: 'Practise the quick exit' })).toBeVisible({
		timeout: 20_000
	});
	if (!practise) {
		// Enter, for the same reason as above: the one time since that drawn frames stopped, it was at this button.
		await page.getByRole('button', { name: 'Skip for now' }).press('Enter');
		await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toBeVisible();
	}
}

/** Types the code and = on the calculator, which opens the passphrase screen. */
export async function typeCode(page: Page, code = CODE): Promise<void> {
	await expect(page.getByRole('heading', { name: 'Calculator', exact: true })).toBeAttached();
	for (const digit of code) await page.getByRole('button', { name: digit, exact: true }).click();
	await page.getByRole('button', { name: 'equals' }).click();
}

/**
 * From the locked app (the calculator), opens the diary and waits for its first screen: the timeline, or the log
 * form when a draft is waiting.
 */
export async function unlock(page: Page, passphrase = PASSPHRASE, landing = 'Timeline'): Promise<void> {
	await typeCode(page);
	await expect(page.getByRole('heading', { name: 'Open your diary' })).toBeVisible();
	await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
	await page.getByRole('button', { name: 'Open', exact: true }).click();
	await expect(page.getByRole('heading', { name: landing, exact: true })).toBeVisible({ timeout: 20_000 });
}

/**
 * Goes to a diary screen through the diary's menu, unfolding it first where a small screen folds it away behind
 * the "Menu" button.
 */
export async function openScreen(page: Page, name: string): Promise<void> {
	await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
	const menu = page.getByRole('button', { name: 'Menu', exact: true });
	if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
	await page.getByRole('navigation', { name: 'Diary' }).getByRole('button', { name, exact: true }).click();
}

/** The quick exit's destination, answered by a local stub so no request leaves the machine. */
export const EXIT_STUB = 'https://www.bbc.co.uk/weather';

/**
 * Answers the exit destination locally; returns the addresses visited there, in order. `beforeAnswering` runs while
 * the page that left is still there (its navigation waits on the answer), so it can read what that page recorded.
 */
export async function stubExit(
	context: BrowserContext,
	beforeAnswering?: () => Promise<void>
): Promise<string[]> {
	const visits: string[] = [];
	await context.route('https://www.bbc.co.uk/**', async (route) => {
		visits.push(route.request().url());
		await beforeAnswering?.();
		return route.fulfill({
			status: 200,
			contentType: 'text/html',
			body: '<title>Weather</title><h1>Weather</h1>'
		});
	});
	return visits;
}

/** The GOV.UK error summary a form shows after a save with problems. */
export function errorSummary(page: Page) {
	return page.getByRole('alert', { name: 'There is a problem' });
}
