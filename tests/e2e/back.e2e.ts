// The phone's Back button. Inside the diary it goes to the screen before; from the diary's first screen it locks;
// after a quick exit it shows only the locked calculator. Whatever history holds says nothing: the address never
// changes, the title is the calculator's, and each entry's state is a bare number.
import type { Page } from '@playwright/test';
import { EXIT_STUB, createDiary, expect, quickLog, stubExit, test, unlock } from './fixtures';

const WORDS = 'Parked outside the house again';
/** Words any diary screen shows, none of which the calculator does. */
const DIARY_WORDS = [WORDS, 'Timeline', 'Quick log', 'Entry', 'Settings', 'Lock'];

/** The address, the title and the current history entry: nothing in them may say what the app is. */
async function expectHistorySaysNothing(page: Page): Promise<void> {
	const seen = await page.evaluate(() => ({
		state: JSON.stringify(history.state),
		path: location.pathname + location.search + location.hash,
		title: document.title
	}));
	expect(seen.state).toMatch(/^\{"n":\d+\}$/);
	expect(seen.path).toBe('/');
	expect(seen.title).toBe('Calculator');
}

async function heading(page: Page, name: string) {
	await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
	await expectHistorySaysNothing(page);
}

/** The locked calculator, and not a word of the diary anywhere in the page. */
async function expectLockedCalculator(page: Page): Promise<void> {
	await expect(page.getByRole('heading', { name: 'Calculator', exact: true })).toBeAttached();
	await expect(page).toHaveTitle('Calculator');
	const html = await page.content();
	const text = await page.locator('body').innerText();
	for (const word of DIARY_WORDS) {
		expect(text).not.toContain(word);
		expect(html).not.toContain(word);
	}
	expect(JSON.stringify(await page.evaluate(() => history.state))).toMatch(/^\{"n":\d+\}$/);
}

test('Back inside the diary goes to the screen before; from the first screen it locks', async ({ page }) => {
	await createDiary(page);
	await quickLog(page, WORDS);
	await expectHistorySaysNothing(page);

	// An entry, then Back: the timeline, with the entry still there.
	await page.getByRole('button', { name: new RegExp(WORDS) }).click();
	await heading(page, 'Entry');
	await page.goBack();
	await heading(page, 'Timeline');
	await expect(page.getByRole('button', { name: new RegExp(WORDS) })).toBeVisible();
	// Forward goes back to it while the diary is open.
	await page.goForward();
	await heading(page, 'Entry');
	await page.getByRole('button', { name: 'Back to timeline' }).click();
	await heading(page, 'Timeline');

	// Settings, a page from it, and Back twice.
	await page.getByRole('button', { name: 'Settings', exact: true }).click();
	await heading(page, 'Settings');
	await page.getByRole('button', { name: 'Restore a backup' }).click();
	await heading(page, 'Restore a backup');
	await page.goBack();
	await heading(page, 'Settings');
	await page.getByRole('button', { name: 'Patterns', exact: true }).click();
	await heading(page, 'Patterns');
	await page.goBack();
	await heading(page, 'Settings');
	await page.goBack();
	await heading(page, 'Timeline');

	// The first screen: Back locks, and Forward opens nothing again.
	await page.goBack();
	await expectLockedCalculator(page);
	await page.goForward();
	await expectLockedCalculator(page);
	await unlock(page);
	await expect(page.getByRole('button', { name: new RegExp(WORDS) })).toBeVisible();
});

test('once locked, Forward to a screen of the diary shows the calculator', async ({ page }) => {
	await createDiary(page);
	await quickLog(page, WORDS);
	await page.getByRole('button', { name: new RegExp(WORDS) }).click();
	await heading(page, 'Entry');
	await page.goBack();
	await heading(page, 'Timeline');
	await page.getByRole('button', { name: 'Lock' }).click();
	await expectLockedCalculator(page);
	await page.goForward();
	await expectLockedCalculator(page);
	await page.goBack();
	await expectLockedCalculator(page);
});

test('a saved form is not gone back to, and a draft opens over the timeline', async ({ page }) => {
	await createDiary(page);
	await page.getByRole('button', { name: 'Log something', exact: true }).click();
	await heading(page, 'Log something');
	await page.getByLabel('What happened', { exact: true }).fill(WORDS);
	await page.getByRole('button', { name: 'Save as quick log' }).click();
	await heading(page, 'Entry');
	await page.goBack();
	await heading(page, 'Timeline');
	await expect(page.getByRole('button', { name: new RegExp(WORDS) })).toBeVisible();

	// Cancel goes back to where the form was opened from, so Back after it does not reopen the form.
	await page.getByRole('button', { name: new RegExp(WORDS) }).click();
	await page.getByRole('button', { name: 'Edit' }).click();
	await heading(page, 'Edit entry');
	await page.getByRole('button', { name: 'Cancel' }).click();
	await heading(page, 'Entry');
	await page.goBack();
	await heading(page, 'Timeline');

	// A draft waiting at unlock: the form comes first, and Back shows the timeline rather than locking.
	await page.getByRole('button', { name: 'Log something', exact: true }).click();
	await page.getByLabel('What happened', { exact: true }).fill('A draft left open');
	await expect(page.getByText('Draft kept safe')).toBeVisible();
	await page.getByRole('button', { name: 'Lock' }).click();
	await unlock(page, undefined, 'Log something');
	await page.goBack();
	await heading(page, 'Timeline');
});

test.describe('after a quick exit', () => {
	test.use({ foreignAllowed: [EXIT_STUB] });

	test('Back shows only the locked calculator, with nothing of the diary in the page or history', async ({
		page,
		context
	}) => {
		await stubExit(context);
		await createDiary(page);
		await quickLog(page, WORDS);
		await page.getByRole('button', { name: new RegExp(WORDS) }).click();
		await heading(page, 'Entry');
		await page.getByRole('button', { name: 'Quick exit' }).click();
		await expect(page).toHaveURL(EXIT_STUB);

		await page.goBack();
		await expectLockedCalculator(page);
		// Further back, still only the calculator; Forward leads to the neutral site or nowhere, never the diary.
		await page.goBack();
		await expectLockedCalculator(page);
		await page.goForward();
		await expectLockedCalculator(page);
		await page.goForward();
		await expect(page).toHaveURL(/^(https:\/\/www\.bbc\.co\.uk\/weather|http:\/\/localhost:\d+\/)$/);
		expect(await page.content()).not.toContain(WORDS);

		await page.goto('/');
		await unlock(page);
		await expect(page.getByRole('button', { name: new RegExp(WORDS) })).toBeVisible();
	});
});
