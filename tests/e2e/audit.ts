// The accessibility audit every screen state must pass: zero axe violations against WCAG 2.2 AA, nothing that
// scrolls sideways, and touch targets of at least 44 px. Used by a11y.e2e.ts and by journeys with states of their
// own.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/**
 * Resolves once the page's DOM has not changed for a quarter of a second (or after 10 s of constant change). A
 * screen is audited as the person sees it once it has settled, not half drawn or with a button part-way through
 * being enabled, which axe has read as enabled yet still dimmed (`button:disabled` is dimmed) and called too faint.
 */
async function untilStill(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const started = performance.now();
				let timer: ReturnType<typeof setTimeout> | undefined;
				const observer = new MutationObserver(() => {
					clearTimeout(timer);
					if (performance.now() - started > 10_000) finish();
					else timer = setTimeout(finish, 250);
				});
				function finish() {
					observer.disconnect();
					clearTimeout(timer);
					resolve();
				}
				observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
				timer = setTimeout(finish, 250);
			})
	);
}

/** Counts the page's DOM changes from now until the returned function is called, which says how many there were. */
async function countChanges(page: Page): Promise<() => Promise<number>> {
	const handle = await page.evaluateHandle(() => {
		const seen = { count: 0, observer: undefined as MutationObserver | undefined };
		seen.observer = new MutationObserver((records) => (seen.count += records.length));
		seen.observer.observe(document, {
			subtree: true,
			childList: true,
			attributes: true,
			characterData: true
		});
		return seen;
	});
	return async () => {
		const count = await handle.evaluate((seen) => {
			seen.observer?.disconnect();
			return seen.count;
		});
		await handle.dispose();
		return count;
	};
}

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
	// An audit is of one state: one the page changed under while axe read it is done again, on the page settled.
	let result: Awaited<ReturnType<AxeBuilder['analyze']>>;
	for (let attempt = 1; ; attempt++) {
		await untilStill(page);
		const changes = await countChanges(page);
		result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
		if ((await changes()) === 0 || attempt === 5) break;
	}
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
