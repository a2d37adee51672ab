import { EXIT_STUB, createDiary, expect, stubExit, test, typeCode, unlock, PASSPHRASE } from './fixtures';
import type { Page } from '@playwright/test';

async function logDraft(page: Page, words: string) {
	await page.getByRole('button', { name: 'Log something' }).click();
	await page.getByLabel('What happened', { exact: true }).fill(words);
}

test.describe('quick exit', () => {
	// The stub answers for the exit page; requests to it are expected, so the fixture's foreign check ignores them.
	test.use({ foreignAllowed: [EXIT_STUB] });

	test('the button leaves at once; Back shows the calculator, locked, and a draft typed just before is kept', async ({
		page,
		context
	}) => {
		const visits = await stubExit(context);
		await createDiary(page);
		await logDraft(page, 'Typed a moment before leaving');
		await page.getByRole('button', { name: 'Quick exit' }).click();
		await expect(page).toHaveURL(EXIT_STUB);
		await expect(page.getByRole('heading', { name: 'Weather' })).toBeVisible();
		expect(visits).toHaveLength(1);

		await page.goBack();
		await expect(page.getByRole('heading', { name: 'Calculator' })).toBeAttached();
		await expect(page).toHaveTitle('Calculator');
		const text = await page.locator('body').innerText();
		expect(text).not.toContain('Typed a moment');
		expect(text).not.toContain('Timeline');

		await unlock(page, PASSPHRASE, 'Log something');
		await expect(page.getByLabel('What happened', { exact: true })).toHaveValue(
			'Typed a moment before leaving'
		);
	});

	test('Shift pressed three times leaves; Shift with a letter does not', async ({ page, context }) => {
		await stubExit(context);
		await createDiary(page);
		await page.getByRole('button', { name: 'Log something' }).click();
		await page.getByLabel('Where').click();
		await page.keyboard.type('A Street');
		await expect(page.getByLabel('Where')).toHaveValue('A Street');
		await expect(page).not.toHaveURL(EXIT_STUB);
		for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
		await expect(page).toHaveURL(EXIT_STUB);
	});

	test('the screen is covered and the diary hidden from assistive technology in the same task as the tap', async ({
		page,
		context
	}) => {
		await stubExit(context);
		await createDiary(page);
		// Hold the navigation so the covered page can be inspected before it goes.
		const covered = await page.evaluate(() => {
			window.location.replace = () => undefined;
			const button = [...document.querySelectorAll('button')].find(
				(b) => b.textContent?.trim() === 'Quick exit'
			)!;
			button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
			const cover = document.getElementById('exit-cover');
			return {
				cover: cover !== null && getComputedStyle(cover).position === 'fixed',
				inert: document.getElementById('app')?.hasAttribute('inert'),
				hidden: document.getElementById('app')?.getAttribute('aria-hidden')
			};
		});
		expect(covered).toEqual({ cover: true, inert: true, hidden: 'true' });
		expect(await page.getByRole('heading', { name: 'Timeline' }).count()).toBe(0);
	});

	test('leaving in one tab locks every other open tab of the app', async ({ page, context }) => {
		await stubExit(context);
		await createDiary(page);
		const second = await context.newPage();
		await second.goto('/');
		await unlock(second);
		await page.getByRole('button', { name: 'Quick exit' }).click();
		await expect(page).toHaveURL(EXIT_STUB);
		await expect(second.getByRole('heading', { name: 'Calculator' })).toBeAttached();
		await expect(second.getByRole('heading', { name: 'Timeline', exact: true })).toHaveCount(0);
		await expect(second).toHaveTitle('Calculator');
	});

	test('practising the exit after setup stays in the app and explains what happens', async ({ page }) => {
		await createDiary(page, PASSPHRASE, { practise: true });
		await page.getByRole('button', { name: 'Quick exit' }).click();
		await expect(page.getByText('That is what happens: the screen is hidden at once')).toBeVisible();
		await page.getByRole('button', { name: 'Go to my diary' }).click();
		await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toBeVisible();
	});
});

test('the title, the address and history never say more than the disguise on any screen', async ({
	page
}) => {
	const titles = new Set<string>();
	const states = new Set<string>();
	page.on('framenavigated', async () => titles.add(await page.title()));
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Calculator', exact: true })).toBeAttached();
	states.add(JSON.stringify(await page.evaluate(() => history.state)));
	await createDiary(page);
	for (const name of ['Log something', 'People', 'Patterns', 'Help', 'Timeline']) {
		await page.getByRole('button', { name, exact: true }).first().click();
		titles.add(await page.title());
		states.add(JSON.stringify(await page.evaluate(() => history.state)));
	}
	expect([...titles]).toEqual(['Calculator']);
	expect(new URL(page.url()).pathname).toBe('/');
	// Each screen has an entry, so that Back returns to it, and each entry holds a number and nothing else.
	for (const state of states) expect(state).toMatch(/^\{"n":\d+\}$/);
});

test('the calculator works as a calculator, and a wrong code is just a sum', async ({ page }) => {
	await createDiary(page);
	await page.getByRole('button', { name: 'Lock' }).click();
	for (const key of ['1', '2', 'plus', '3', 'equals'])
		await page.getByRole('button', { name: key, exact: true }).click();
	await expect(page.getByRole('status', { name: 'Result' }).or(page.locator('output'))).toHaveText('15');
	await typeCode(page, '1974');
	await expect(page.getByRole('heading', { name: 'Open your diary' })).toHaveCount(0);
	await typeCode(page);
	await expect(page.getByRole('heading', { name: 'Open your diary' })).toBeVisible();
});

test('it locks itself after idle minutes and after being hidden', async ({ page }) => {
	await page.clock.install();
	await createDiary(page);
	await page.clock.runFor(5 * 60_000 + 1000);
	await expect(page.getByRole('heading', { name: 'Calculator' })).toBeAttached();

	await unlock(page);
	await page.evaluate(() => {
		Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
		document.dispatchEvent(new Event('visibilitychange'));
	});
	await page.clock.runFor(31_000);
	await expect(page.getByRole('heading', { name: 'Calculator' })).toBeAttached();
	await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toHaveCount(0);
});

test('a return through the back-forward cache shows the calculator, locked', async ({ page }) => {
	await createDiary(page);
	await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toBeVisible();
	// What the browser fires when it restores a page from the back-forward cache.
	await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
	await expect(page.getByRole('heading', { name: 'Calculator' })).toBeAttached();
	await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toHaveCount(0);
	await unlock(page);
});
