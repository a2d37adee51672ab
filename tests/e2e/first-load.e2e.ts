// The first load is split: a fresh visit fetches the calculator's code and nothing of the diary; the setup code
// then fetches the first-run steps and still no database code and no libsodium; every other screen loads when it is
// reached, and after one visit each of them opens with no network, since the worker precaches every chunk.
import type { Page } from '@playwright/test';
import {
	CODE,
	PASSPHRASE,
	SETUP_CODE,
	WELCOME,
	createDiary,
	expect,
	openScreen,
	test,
	typeCode,
	chooseLanguage
} from './fixtures';

/** Words that would say what the app is: those offline.e2e.ts checks the served files for, and the app's class names. */
const PURPOSE = /stalk|incident|evidence|diary|waymark|harass|exhibit|quick.?exit|exit.?cover/i;
/** In Dexie's code alone (its error names are in the app's own storage errors too). */
const DEXIE = '_dbSchema';
/** In libsodium's Emscripten module alone (the app's own wrappers name `crypto_pwhash` and `libsodium` too). */
const LIBSODIUM = '_sodium_init';
/** In Svelte's runtime alone: its errors link to their explanations there. */
const SVELTE = 'svelte.dev/e/';
/** In SvelteKit's client alone, which reads the start-up script's settings under this name. */
const SVELTEKIT = '__sveltekit_';

/**
 * The text of every JS and CSS file the page fetches from now on, by path. A file that arrives as the test ends
 * (a chunk the service worker precaches) cannot be read any more: its promise is marked as handled, so that failure
 * does not fail a test that never reads it, while a test that does read it still fails (texts awaits it).
 */
function fetchedCode(page: Page): Map<string, Promise<string>> {
	const fetched = new Map<string, Promise<string>>();
	page.on('response', (response) => {
		const path = new URL(response.url()).pathname;
		if (!/\.(js|css)$/.test(path) || fetched.has(path)) return;
		const text = response.text();
		text.catch(() => undefined);
		fetched.set(path, text);
	});
	return fetched;
}

async function texts(fetched: Map<string, Promise<string>>): Promise<[string, string][]> {
	return Promise.all([...fetched].map(async ([path, text]) => [path, await text] as [string, string]));
}

/** Presses 7 and sees it shown: the calculator answers. Then clears it. */
async function calculatorWorks(page: Page): Promise<void> {
	await page.getByRole('button', { name: '7', exact: true }).click();
	await expect(page.getByLabel('Result')).toHaveText('7');
	await page.getByRole('button', { name: 'clear', exact: true }).click();
	await expect(page.getByLabel('Result')).toHaveText('0');
}

test('a fresh visit fetches only the calculator: nothing that names the app, no database code, no libsodium', async ({
	page
}) => {
	const fetched = fetchedCode(page);
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Calculator', exact: true })).toBeAttached();
	await calculatorWorks(page);
	await page.waitForLoadState('networkidle');
	const files = await texts(fetched);
	expect(files.length).toBeGreaterThan(0);
	for (const [path, text] of files) {
		expect(text, path).not.toMatch(PURPOSE);
		expect(text, path).not.toContain(DEXIE);
		expect(text, path).not.toContain(LIBSODIUM);
	}
});

test("a returning person's calculator is drawn without Svelte or SvelteKit, which load once the code is typed", async ({
	page
}) => {
	await createDiary(page);
	const fetched = fetchedCode(page);
	// No cache and no worker, as on a first visit: everything the calculator needs is fetched again.
	await page.context().route('**/sw.js', (route) => route.abort());
	await page.evaluate(async () => {
		for (const registration of await navigator.serviceWorker.getRegistrations())
			await registration.unregister();
		for (const name of await caches.keys()) await caches.delete(name);
	});
	await page.reload();
	await calculatorWorks(page);
	await page.waitForLoadState('networkidle');
	const calculator = await texts(fetched);
	expect(calculator.length).toBeGreaterThan(0);
	for (const [path, text] of calculator) {
		expect(text, path).not.toContain(SVELTE);
		expect(text, path).not.toContain(SVELTEKIT);
	}

	await typeCode(page);
	await expect(page.getByRole('heading', { name: 'Open your diary' })).toBeVisible();
	// The calculator drawn first is gone once the passphrase screen has taken its place.
	await expect(page.getByRole('heading', { name: 'Calculator', exact: true })).toHaveCount(0);
	const all = await texts(fetched);
	expect(all.some(([, text]) => text.includes(SVELTE))).toBe(true);
	expect(all.some(([, text]) => text.includes(SVELTEKIT))).toBe(true);
});

test('the setup code fetches the first-run steps without the database code or libsodium; later screens load when reached', async ({
	page
}) => {
	const fetched = fetchedCode(page);
	await page.goto('/');
	await typeCode(page, SETUP_CODE);
	await chooseLanguage(page);
	await expect(page.getByRole('heading', { name: WELCOME })).toBeVisible();
	await page.waitForLoadState('networkidle');
	for (const [path, text] of await texts(fetched)) {
		expect(text, path).not.toContain(DEXIE);
		expect(text, path).not.toContain(LIBSODIUM);
	}
	// Nothing of the database yet: the first-run steps do not make it.
	expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain(
		'calc'
	);

	// The help pages, then the set-up form: each its own chunk, fetched when it is first shown.
	const before = fetched.size;
	await page.getByRole('button', { name: 'Help and support' }).click();
	await expect(page.getByRole('heading', { name: 'Help and support' })).toBeVisible();
	expect(fetched.size).toBeGreaterThan(before);
	await page.getByRole('button', { name: 'Back', exact: true }).click();
	await expect(page.getByRole('heading', { name: WELCOME })).toBeVisible();
	await page.getByRole('button', { name: 'Next' }).click();
	await page.getByRole('button', { name: 'Next' }).click();
	await page.getByRole('button', { name: 'Set up my diary' }).click();
	await expect(page.getByRole('heading', { name: 'Set up your diary' })).toBeVisible();
	await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
	await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
	await page.getByLabel('Calculator code').fill(CODE);
	await page.getByLabel('Calculator code').press('Enter');
	await expect(page.getByRole('heading', { name: 'Practise the quick exit' })).toBeVisible({
		timeout: 20_000
	});
	// Making the diary is what brought the database code, and the diary's screens, in.
	const all = await texts(fetched);
	expect(all.some(([, text]) => text.includes(DEXIE))).toBe(true);
	await page.getByRole('button', { name: 'Skip for now' }).press('Enter');
	await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toBeVisible();
	for (const [name, heading] of [
		['People', 'People'],
		['Patterns', 'Patterns'],
		['Settings', 'Settings'],
		['Help', 'Help and support']
	] as const) {
		await openScreen(page, name);
		await expect(page.getByRole('heading', { name: heading, exact: true, level: 1 })).toBeVisible();
	}
});

test('after one visit, screens never shown online still open offline: the worker precaches every chunk', async ({
	page,
	context
}) => {
	// One visit, to the first-run steps: that registers the worker, which precaches every built file at install.
	await page.goto('/');
	await typeCode(page, SETUP_CODE);
	await chooseLanguage(page);
	await expect(page.getByRole('heading', { name: WELCOME })).toBeVisible();
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
		timeout: 30_000
	});

	await context.setOffline(true);
	await page.reload();
	await typeCode(page, SETUP_CODE);
	await chooseLanguage(page);
	await expect(page.getByRole('heading', { name: WELCOME })).toBeVisible();
	await page.getByRole('button', { name: 'Help and support' }).click();
	await expect(page.getByRole('heading', { name: 'Help and support' })).toBeVisible();
	await page.getByRole('button', { name: 'Back', exact: true }).click();
	await page.getByRole('button', { name: 'Open a shared file' }).click();
	await expect(page.getByRole('heading', { name: 'Open a shared file' })).toBeVisible();
});
