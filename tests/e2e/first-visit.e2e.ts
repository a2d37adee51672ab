// A first visit, as a stalker who finds the address in the browser history would make it: a new profile with no
// storage. It must look like a calculator and nothing else, in what is shown, what is hidden, the title, the
// manifest and even the code the first screen loads. The way in is a deliberate step: the setup code, then =.
import type { Page, Response } from '@playwright/test';
import {
	CODE,
	SETUP_CODE,
	WELCOME,
	createDiary,
	errorSummary,
	expect,
	openFirstRun,
	test,
	typeCode,
	chooseLanguage
} from './fixtures';

/** Words that would tell a stranger what the app is for. */
const PURPOSE = [
	'stalking',
	'stalker',
	'diary',
	'evidence',
	'incident',
	'harassment',
	'abuse',
	'victim',
	'waymark',
	'advocate',
	'isac',
	'police',
	'safety'
];

function purposeWords(text: string): string[] {
	const lower = text.toLowerCase();
	return PURPOSE.filter((word) => lower.includes(word));
}

interface Fetched {
	readonly url: string;
	readonly body: string;
}

/** Collects the body of every script, style sheet, page and manifest the page fetches, from now on. */
function collectText(page: Page): { settled: () => Promise<Fetched[]> } {
	const pending: Promise<Fetched | undefined>[] = [];
	page.on('response', (response: Response) => {
		const type = response.headers()['content-type'] ?? '';
		if (!/javascript|css|html|json|manifest/.test(type)) return;
		pending.push(
			response.text().then(
				(body) => ({ url: response.url(), body }),
				// A response with no body (a redirect) has nothing to read.
				() => undefined
			)
		);
	});
	return {
		settled: async () => (await Promise.all(pending)).filter((f): f is Fetched => f !== undefined)
	};
}

/** Everything on the page that a person could see, hear or inspect, hidden parts included. */
async function pageText(page: Page) {
	return page.evaluate(() => ({
		title: document.title,
		shown: document.body.innerText,
		// Text that is not shown (visually hidden headings, live regions, the head's title) counts too.
		hidden: document.documentElement.textContent ?? '',
		// Every attribute of every element: aria-labels, alt, title, placeholder, and anything else.
		attributes: [...document.querySelectorAll('*')]
			.flatMap((element) => [...element.attributes].map((a) => `${a.name}=${a.value}`))
			.join('\n')
	}));
}

async function pressKeys(page: Page, keys: string): Promise<void> {
	const names: Record<string, string> = {
		'+': 'plus',
		'-': 'minus',
		'*': 'multiply',
		'/': 'divide',
		'=': 'equals',
		'%': 'percent'
	};
	for (const key of keys.replace(/\s/g, '')) {
		await page.getByRole('button', { name: names[key] ?? key, exact: true }).click();
	}
}

test('a first visit shows a working calculator and nothing that names what the app is for', async ({
	page
}) => {
	const fetched = collectText(page);
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Calculator', exact: true })).toBeAttached();
	// It is a calculator that calculates, as a phone's own does.
	await pressKeys(page, '2 + 3 * 4 - 6 / 2 =');
	await expect(page.getByLabel('Result')).toHaveText('11');
	await page.waitForLoadState('networkidle');

	const text = await pageText(page);
	expect(text.title).toBe('Calculator');
	expect(purposeWords(text.title), 'title').toEqual([]);
	expect(purposeWords(text.shown), 'text shown').toEqual([]);
	expect(purposeWords(text.hidden), 'hidden text').toEqual([]);
	expect(purposeWords(text.attributes), 'attributes').toEqual([]);
	const manifest = await page.evaluate(async () => (await fetch('/manifest.webmanifest')).text());
	expect(JSON.parse(manifest)).toMatchObject({ name: 'Calculator', short_name: 'Calculator' });
	expect(purposeWords(manifest), 'manifest').toEqual([]);

	// The code itself gives nothing away: every script and style sheet the first screen fetched.
	const beforeStep = await fetched.settled();
	const code = beforeStep.filter((f) => /\.(js|css)$/.test(new URL(f.url).pathname));
	expect(code.length, 'scripts and styles fetched').toBeGreaterThan(0);
	// The calculator's own words were among them, so the bodies really were read.
	expect(code.some((f) => f.body.includes('Cannot divide by zero'))).toBe(true);
	const giveaways = beforeStep
		.map((f) => ({ url: new URL(f.url).pathname, words: purposeWords(f.url + '\n' + f.body) }))
		.filter((f) => f.words.length > 0);
	expect(giveaways, 'files fetched before the setup code').toEqual([]);

	// Nothing was left behind by looking: no worker, no caches, no database, no web storage.
	const traces = await page.evaluate(async () => ({
		workers: (await navigator.serviceWorker.getRegistrations()).length,
		caches: await caches.keys(),
		databases: (await indexedDB.databases()).map((db) => db.name),
		storage: localStorage.length + sessionStorage.length
	}));
	expect(traces).toEqual({ workers: 0, caches: [], databases: [], storage: 0 });

	// The deliberate step: the setup code and =, then the first-run steps lead to setting up in a few taps.
	await pressKeys(page, SETUP_CODE + '=');
	await chooseLanguage(page);
	await expect(page.getByRole('heading', { name: WELCOME })).toBeVisible();
	await page.getByRole('button', { name: 'Next' }).click();
	await page.getByRole('button', { name: 'Next' }).click();
	await page.getByRole('button', { name: 'Set up my diary' }).click();
	await expect(page.getByRole('heading', { name: 'Set up your diary' })).toBeVisible();
	await expect(page).toHaveTitle('Calculator');

	// Only now do the words arrive, in files fetched after the step: the check above would have found them.
	const afterStep = (await fetched.settled()).slice(beforeStep.length);
	expect(afterStep.some((f) => f.body.includes('stalking advocate'))).toBe(true);
});

test('sums and other numbers never open anything; the setup code does nothing once there is a diary', async ({
	page
}) => {
	await page.goto('/');
	for (const [keys, result] of [
		['2 + 3 * 4 =', '14'],
		['=', '56'],
		['1 2 3 4 5 6 =', '123,456'],
		['1 9 7 3 =', '1,973'],
		['8 5 2 0 =', '8,520'],
		['8 5 2 0 8 5 2 0 1 =', '852,085,201'],
		['1 0 + 5 % =', '10.5']
	] as const) {
		// Escape is all clear, so each sum starts afresh (except the lone =, which repeats × 4).
		if (keys !== '=') await page.keyboard.press('Escape');
		await pressKeys(page, keys);
		await expect(page.getByLabel('Result')).toHaveText(result);
	}
	await page.waitForLoadState('networkidle');
	await expect(page.getByRole('heading', { name: WELCOME })).toHaveCount(0);
	expect(purposeWords(await page.evaluate(() => document.documentElement.textContent ?? ''))).toEqual([]);

	await createDiary(page);
	await page.getByRole('button', { name: 'Lock' }).click();
	await typeCode(page, SETUP_CODE);
	await expect(page.getByLabel('Result')).toHaveText('85,208,520');
	await page.reload();
	await typeCode(page, SETUP_CODE);
	await expect(page.getByLabel('Result')).toHaveText('85,208,520');
	await page.waitForLoadState('networkidle');
	await expect(page.getByRole('heading', { name: WELCOME })).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Open your diary' })).toHaveCount(0);
	// The person's own code still opens it.
	await typeCode(page, CODE);
	await expect(page.getByRole('heading', { name: 'Open your diary' })).toBeVisible();
});

test('setting the code warns against a bank or phone PIN and refuses the setup code; help says how to set up', async ({
	page
}) => {
	const pinWarning = /Do not use your bank card PIN or your phone’s PIN/;
	await openFirstRun(page);
	await expect(page.getByText('You came here by typing 8 5 2 0 8 5 2 0 and =')).toBeVisible();
	for (const step of ['Next', 'Next', 'Set up my diary'])
		await page.getByRole('button', { name: step }).click();
	await expect(page.getByLabel('Calculator code')).toHaveAccessibleDescription(pinWarning);
	await page.getByLabel('Calculator code').fill(SETUP_CODE);
	await page.getByRole('button', { name: 'Create my diary' }).click();
	await expect(errorSummary(page)).toBeFocused();
	await expect(
		errorSummary(page).getByRole('link', { name: /is the setup code that everyone is given/ })
	).toBeVisible();
	await expect(page.getByLabel('Calculator code')).toHaveAccessibleDescription(
		/is the setup code that everyone is given/
	);

	await createDiary(page);
	await page.getByRole('button', { name: 'Settings', exact: true }).click();
	await expect(page.getByLabel('New calculator code')).toHaveAccessibleDescription(pinWarning);

	await page.getByRole('button', { name: 'Help', exact: true }).click();
	await page
		.getByRole('main')
		.getByRole('button', { name: /^Keeping your phone safe/ })
		.click();
	await expect(page.getByRole('heading', { name: 'Your calculator code' })).toBeVisible();
	await expect(page.getByText(/Do not use your bank card PIN, your phone’s PIN/)).toBeVisible();
	await page.getByRole('button', { name: 'Back to help topics' }).first().click();
	await page
		.getByRole('main')
		.getByRole('button', { name: /^For caseworkers/ })
		.click();
	await expect(page.getByRole('heading', { name: 'How a person sets it up' })).toBeVisible();
	await expect(
		page.getByText('“Open the address, and on the calculator type 8 5 2 0 8 5 2 0, then press equals.”')
	).toBeVisible();
});
