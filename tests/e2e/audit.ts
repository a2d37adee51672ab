// The accessibility audit every screen state must pass: zero axe violations against WCAG 2.2 AA, nothing that
// scrolls sideways, and touch targets of at least 44 px. Used by a11y.e2e.ts and by journeys with states of their
// own.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** Zero axe violations against WCAG 2.2 AA, and nothing more. */
export async function expectAxeClean(page: Page, screen: string): Promise<void> {
	// The header that holds the quick exit stays at the top as the page scrolls (app.css), so whatever has scrolled
	// under it is covered by design, and axe would count a covered button as too small a target. With the page at
	// its top the header covers nothing, and axe sees every target as the person reaches it. The page is put back
	// where it was afterwards: the journey goes on from there.
	// A suggested passphrase's words load with its screen, and its button is dimmed as unusable until they show. Axe
	// once read that button part-way through, as enabled but still dimmed, and counted it as too faint: so a
	// screen with a suggestion is audited once its words show, as the person sees it.
	for (const words of await page.getByRole('status', { name: 'Suggested passphrase' }).all()) {
		await expect(words).not.toHaveText('…');
	}
	const scrolled = await page.evaluate(() => {
		const at = { x: window.scrollX, y: window.scrollY };
		window.scrollTo(0, 0);
		return at;
	});
	const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	await page.evaluate(({ x, y }) => window.scrollTo(x, y), scrolled);
	const summary = result.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary, `axe on ${screen}`).toEqual([]);
}

export async function audit(page: Page, screen: string): Promise<void> {
	await expectAxeClean(page, screen);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow, `sideways scroll on ${screen}`).toBeLessThanOrEqual(0);
	const small = await page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('button, a[href], summary, select, input')]
			.filter((el) => el.offsetParent !== null && !el.closest('.visually-hidden'))
			.filter((el) => {
				// A checkbox or radio button is tapped through its whole label, which is the target that counts.
				const choice = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio');
				const target = choice ? (el.closest('label') ?? el) : el;
				const r = target.getBoundingClientRect();
				return r.height < 44 || r.width < 44;
			})
			.map(
				(el) =>
					`${el.tagName} ${el.getAttribute('type') ?? ''} ${el.id} ${el.textContent?.trim().slice(0, 30) ?? ''}`
			)
	);
	expect(small, `touch targets under 44 px on ${screen}`).toEqual([]);
}
