// A small phone, 320 x 640. The diary's menu folds away behind one button and the log form's buttons do not cover
// the form, so most of the screen is the person's own content; every target stays at least 44 px; and no
// heading, table header, label or button breaks a word across lines.
import { expectAxeClean } from './audit';
import type { Page } from '@playwright/test';
import { createDiary, expect, openScreen, quickLog, test } from './fixtures';

const SMALL = { width: 320, height: 640 };
const WORDS = 'Parked outside the house again';
/** The most of the screen's height that the menu (folded) or the form's bar may take. */
const MOST = 0.15;

test.use({ viewport: SMALL });

/**
 * Words split across two lines inside headings, table headers, labels and buttons on screen. Each word is measured
 * by its own range: a word drawn on more than one line has boxes at more than one height. Hyphens and slashes are
 * ordinary places to wrap, so they end a word here.
 */
function brokenWords(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const broken: string[] = [];
		const elements = document.querySelectorAll<HTMLElement>(
			'h1, h2, h3, h4, h5, h6, th, legend, label, button, summary'
		);
		for (const element of elements) {
			if (element.getClientRects().length === 0) continue;
			const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent ?? '';
				for (const match of text.matchAll(/[^\s\-‐–—/]+/g)) {
					const range = document.createRange();
					range.setStart(node, match.index);
					range.setEnd(node, match.index + match[0].length);
					const lines = new Set(
						[...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom))
					);
					if (lines.size > 1) broken.push(`${element.tagName.toLowerCase()}: ${match[0]}`);
				}
			}
		}
		return broken;
	});
}

/** Targets under 44 px on screen; a checkbox or radio button counts by its whole label, which is what is tapped. */
function smallTargets(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('button, a[href], summary, select, input, textarea')]
			.filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden'))
			.filter((el) => {
				const choice = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio');
				const r = (choice ? (el.closest('label') ?? el) : el).getBoundingClientRect();
				return r.height < 44 || r.width < 44;
			})
			.map((el) => `${el.tagName} ${el.textContent?.trim().slice(0, 30) ?? ''}`)
	);
}

/** Everything a screen must pass at 320 px. */
async function checkScreen(page: Page, screen: string): Promise<void> {
	expect(await brokenWords(page), `words broken on ${screen}`).toEqual([]);
	expect(await smallTargets(page), `targets under 44 px on ${screen}`).toEqual([]);
	const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(sideways, `sideways scroll on ${screen}`).toBeLessThanOrEqual(0);
	await expectAxeClean(page, screen);
}

/** How much of the screen's height the bar above every diary screen takes, from the top of the page. */
async function barShare(page: Page): Promise<number> {
	await page.evaluate(() => window.scrollTo(0, 0));
	const box = await page.getByRole('banner').boundingBox();
	if (!box) throw new Error('The bar above the diary is not on screen');
	return (box.y + box.height) / SMALL.height;
}

/**
 * Tabs through the log form from its heading to its Save button. Each control that takes focus must show at least
 * 24 px of its height (all of it, if shorter) on screen and under nothing else: measured by which element is drawn
 * at each point down its middle. A file picker shown as its label counts by its label. Returns how many controls
 * it passed.
 */
async function expectFocusNeverHidden(page: Page): Promise<number> {
	await page.getByRole('heading', { name: 'Log something', exact: true }).focus();
	const save = page.getByRole('button', { name: 'Save', exact: true });
	let steps = 0;
	for (; steps < 200; steps++) {
		await page.keyboard.press('Tab');
		const seen = await page.evaluate(() => {
			const focused = document.activeElement as HTMLElement | null;
			if (!focused || focused === document.body) return { name: 'nothing', shown: 0, needed: 1 };
			const hidden = focused.closest('.visually-hidden') !== null;
			const label = focused instanceof HTMLInputElement ? focused.labels?.[0] : undefined;
			const el = hidden && label ? label : focused;
			const owns = (hit: Element | null) =>
				hit !== null && (el.contains(hit) || (focused.closest('label')?.contains(hit) ?? false));
			const r = el.getBoundingClientRect();
			const x = r.left + r.width / 2;
			let run = 0;
			let shown = 0;
			for (let y = Math.max(r.top, 0) + 1; y < Math.min(r.bottom, window.innerHeight); y += 2) {
				run = owns(document.elementFromPoint(x, y)) ? run + 2 : 0;
				shown = Math.max(shown, run);
			}
			return {
				name: `${focused.tagName} ${focused.id || focused.textContent?.trim().slice(0, 30)} (${Math.round(r.top)} to ${Math.round(r.bottom)} of ${window.innerHeight})`,
				shown,
				needed: Math.min(Math.floor(r.height) - 2, 24)
			};
		});
		expect(seen.shown, `${seen.name}: how much shows while it has focus`).toBeGreaterThanOrEqual(seen.needed);
		if (await save.evaluate((el) => el === document.activeElement)) break;
	}
	return steps;
}

test('the menu folds away, opens by touch or keyboard, and leaves most of the screen to the diary', async ({
	page
}) => {
	await createDiary(page);
	await quickLog(page, WORDS);
	const menu = page.getByRole('button', { name: 'Menu', exact: true });
	await expect(menu).toHaveAttribute('aria-expanded', 'false');
	await expect(page.getByRole('navigation', { name: 'Diary' })).toBeHidden();
	expect(await barShare(page)).toBeLessThanOrEqual(MOST);
	await checkScreen(page, 'timeline');

	// Opened by touch: every screen is listed; choosing one folds the list again.
	await menu.click();
	await expect(menu).toHaveAttribute('aria-expanded', 'true');
	const nav = page.getByRole('navigation', { name: 'Diary' });
	await expect(nav.getByRole('button')).toHaveText([
		'Timeline',
		'Log something',
		'People',
		'Safety plan',
		'Patterns',
		'Export and share',
		'Help',
		'Settings'
	]);
	await checkScreen(page, 'menu open');
	await nav.getByRole('button', { name: 'Patterns', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Patterns', exact: true })).toBeFocused();
	await expect(menu).toHaveAttribute('aria-expanded', 'false');
	await expect(nav).toBeHidden();
	await checkScreen(page, 'patterns');

	// By keyboard: Enter opens it, Tab reaches the screens in it, Escape folds it and gives focus back.
	await menu.focus();
	await page.keyboard.press('Enter');
	await expect(menu).toHaveAttribute('aria-expanded', 'true');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(nav.getByRole('button', { name: 'Timeline', exact: true })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(menu).toHaveAttribute('aria-expanded', 'false');
	await expect(menu).toBeFocused();
	await page.keyboard.press('Space');
	await expect(menu).toHaveAttribute('aria-expanded', 'true');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(nav.getByRole('button', { name: 'Log something', exact: true })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Log something', exact: true })).toBeFocused();
	await expect(nav).toBeHidden();

	// Every other screen from the menu, and an entry.
	for (const name of ['People', 'Safety plan', 'Export and share', 'Help', 'Settings', 'Timeline']) {
		await openScreen(page, name);
		await expect(menu).toHaveAttribute('aria-expanded', 'false');
		expect(await barShare(page), name).toBeLessThanOrEqual(MOST);
		await checkScreen(page, name);
	}
	await page.getByRole('button', { name: new RegExp(WORDS) }).click();
	await expect(page.getByRole('heading', { name: 'Entry', exact: true })).toBeVisible();
	await checkScreen(page, 'entry');
});

test('the log form’s buttons cover nothing, and whatever has focus is in view', async ({ page }) => {
	await createDiary(page);
	await openScreen(page, 'Log something');
	await expect(page.getByRole('heading', { name: 'Log something', exact: true })).toBeVisible();
	await checkScreen(page, 'log form');

	// Whatever stays on screen over the form takes at most a small part of it.
	const actions = page.getByRole('button', { name: 'Save', exact: true }).locator('..');
	const pinned = await actions.evaluate((el) => {
		const position = getComputedStyle(el).position;
		return position === 'sticky' || position === 'fixed' ? el.getBoundingClientRect().height : 0;
	});
	expect(pinned / SMALL.height).toBeLessThanOrEqual(MOST);
	expect(await expectFocusNeverHidden(page)).toBeGreaterThan(10);
});

test('on a larger phone the bar stays in view, and focus still scrolls clear of it', async ({ page }) => {
	await page.setViewportSize({ width: 412, height: 839 });
	await createDiary(page);
	await openScreen(page, 'Log something');
	await expect(page.getByRole('heading', { name: 'Log something', exact: true })).toBeVisible();
	const actions = page.getByRole('button', { name: 'Save', exact: true }).locator('..');
	const bar = await actions.evaluate((el) => ({
		position: getComputedStyle(el).position,
		height: el.getBoundingClientRect().height
	}));
	expect(bar.position).toBe('sticky');
	expect(bar.height / 839).toBeLessThanOrEqual(0.1);
	expect(await expectFocusNeverHidden(page)).toBeGreaterThan(10);
});

test('the quick exit stays in reach, uncovered, at the foot of the longest screen', async ({ page }) => {
	await createDiary(page);
	await openScreen(page, 'Log something');
	await expect(page.getByRole('heading', { name: 'Log something', exact: true })).toBeVisible();
	const exit = page.getByRole('button', { name: 'Quick exit', exact: true });
	await page.mouse.move(SMALL.width / 2, SMALL.height / 2);
	await page.mouse.wheel(0, 20_000);
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(SMALL.height);
	await expect(exit).toBeInViewport({ ratio: 1 });
	// Nothing of the form is drawn over it: the button itself is what a tap at its middle lands on.
	const box = (await exit.boundingBox())!;
	const hit = await page.evaluate(
		({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.textContent?.trim(),
		{ x: box.x + box.width / 2, y: box.y + box.height / 2 }
	);
	expect(hit).toBe('Quick exit');
});
