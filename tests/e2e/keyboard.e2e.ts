// A whole journey by keyboard alone: set up, log an incident, leave with the exit, come back, unlock. Each step
// moves focus by Tab (never by clicking), the focused control always shows a visible outline, and after each
// change of screen focus starts on the new screen's heading.
import type { Page } from '@playwright/test';
import { CODE, PASSPHRASE, SETUP_CODE, WELCOME, expect, test } from './fixtures';

const STUB = 'https://www.bbc.co.uk/weather';

/** The accessible-ish name of the focused element: its label, aria-label or text. */
function focusedName(page: Page): Promise<string> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el) return '';
		const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : undefined;
		const wrapping = el.closest('label')?.textContent;
		return (el.getAttribute('aria-label') ?? labelled ?? wrapping ?? el.textContent ?? '').trim();
	});
}

async function expectVisibleFocus(page: Page) {
	const outline = await page.evaluate(() => {
		const el = document.activeElement as HTMLElement;
		const style = getComputedStyle(el);
		return { width: parseFloat(style.outlineWidth), style: style.outlineStyle };
	});
	expect(outline.style).not.toBe('none');
	expect(outline.width).toBeGreaterThanOrEqual(2);
}

/** Presses Tab until the focused control has this name, then checks that the focus can be seen. */
async function tabTo(page: Page, name: string | RegExp, max = 60) {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		const current = await focusedName(page);
		if (typeof name === 'string' ? current === name : name.test(current)) {
			await expectVisibleFocus(page);
			return;
		}
	}
	throw new Error(`Could not reach "${String(name)}" by Tab`);
}

async function expectHeadingFocused(page: Page, name: string) {
	await expect(page.getByRole('heading', { name, exact: true })).toBeFocused();
}

test.use({ foreignAllowed: [STUB] });

test('a person can set up, log, exit, come back and unlock using only the keyboard', async ({
	page,
	context
}) => {
	await context.route('https://www.bbc.co.uk/**', (route) =>
		route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' })
	);
	await page.goto('/');
	// The way in from the keyboard: the setup code typed on the calculator, then Enter for =.
	await expect(page.getByRole('heading', { name: 'Calculator', exact: true })).toBeAttached();
	await page.keyboard.type(SETUP_CODE);
	await page.keyboard.press('Enter');
	// The language first, by keyboard too: its heading has the focus, and Tab reaches each language.
	await expectHeadingFocused(page, 'Choose a language');
	await tabTo(page, 'English');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: WELCOME })).toBeVisible();
	await tabTo(page, 'Next');
	await page.keyboard.press('Enter');
	await tabTo(page, 'Next');
	await page.keyboard.press('Enter');
	await tabTo(page, 'Set up my diary');
	await page.keyboard.press('Enter');
	await expectHeadingFocused(page, 'Set up your diary');

	await tabTo(page, 'Passphrase');
	await page.keyboard.type(PASSPHRASE);
	await tabTo(page, 'Type the passphrase again');
	await page.keyboard.type(PASSPHRASE);
	await tabTo(page, 'Calculator code');
	await page.keyboard.type(CODE);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Practise the quick exit' })).toBeFocused({
		timeout: 20_000
	});
	await tabTo(page, 'Skip for now');
	await page.keyboard.press('Enter');
	await expectHeadingFocused(page, 'Timeline');

	await tabTo(page, 'Log something');
	await page.keyboard.press('Enter');
	await expectHeadingFocused(page, 'Log something');
	await tabTo(page, '(b) Contacting or trying to contact');
	await page.keyboard.press('Space');
	await tabTo(page, 'Text message');
	await page.keyboard.press('Space');
	await tabTo(page, 'What happened');
	await page.keyboard.type('Twelve texts in an hour, keyboard only');
	await tabTo(page, 'Save');
	await page.keyboard.press('Enter');
	await expectHeadingFocused(page, 'Entry');
	await expect(page.getByText('Twelve texts in an hour, keyboard only')).toBeVisible();

	await tabTo(page, 'Quick exit');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(STUB);
	await page.goBack();
	await expect(page.getByRole('heading', { name: 'Calculator', exact: true })).toBeAttached();

	// The calculator takes typed keys: the code, then Enter for "=".
	await page.keyboard.type(CODE);
	await page.keyboard.press('Enter');
	await expectHeadingFocused(page, 'Open your diary');
	await tabTo(page, 'Passphrase');
	await page.keyboard.type(PASSPHRASE);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toBeFocused({ timeout: 20_000 });
	await expect(page.getByText('Twelve texts in an hour, keyboard only')).toBeVisible();

	// Export: the timeline PDF, reached and made by keyboard.
	await tabTo(page, 'Export and share');
	await page.keyboard.press('Enter');
	await expectHeadingFocused(page, 'Export and share');
	await tabTo(page, 'Timeline PDF');
	const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
	expect(download.suggestedFilename()).toMatch(/^calc-\d{4}-\d{2}-\d{2}\.pdf$/);
});
