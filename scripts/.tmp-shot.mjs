import { chromium } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';

const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run'
	]
});
const requests = new Set();
let total = 0;
for (const [w, h] of [
	[320, 700],
	[390, 844]
]) {
	for (const scheme of ['light', 'dark']) {
		const ctx = await browser.newContext({
			viewport: { width: w, height: h },
			colorScheme: scheme,
			hasTouch: true,
			isMobile: true,
			deviceScaleFactor: 1
		});
		const page = await ctx.newPage();
		page.on('request', (r) => requests.add(new URL(r.url()).origin));
		await page.goto('http://localhost:4180/support-preview');
		await page.waitForSelector('h1');
		const tag = `${w}-${scheme}`;
		const check = async (name) => {
			const r = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
				.analyze();
			total += r.violations.length;
			const info = await page.evaluate(() => ({
				overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
				focus: document.activeElement?.tagName + ':' + document.activeElement?.textContent?.slice(0, 40),
				small: [...document.querySelectorAll('button, a')]
					.map((e) => [
						e.textContent.trim().slice(0, 30),
						Math.round(e.getBoundingClientRect().height),
						Math.round(e.getBoundingClientRect().width)
					])
					.filter(([, hh, ww]) => hh < 48 || ww < 48),
				h: [...document.querySelectorAll('h1,h2')].map((e) => e.tagName).join(''),
				url: location.pathname,
				hist: history.length
			}));
			console.log(
				tag,
				name,
				'axe:',
				r.violations.map((v) => v.id + ' ' + v.nodes.length),
				JSON.stringify(info)
			);
			await page.screenshot({ path: `/tmp/shots/${tag}-${name}.png`, fullPage: true });
		};
		await check('topics');
		for (const t of [
			'What counts as stalking',
			'Keeping evidence',
			'Keeping your phone safe',
			'Who can help'
		]) {
			await page.getByRole('button', { name: t }).tap();
			await page.waitForFunction((t) => document.activeElement?.textContent === t, t);
			await check(t.split(' ')[1]);
			await page.getByRole('button', { name: 'Back to help topics' }).first().click();
			await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
		}
		const names = await page.evaluate(() =>
			[...document.querySelectorAll('a')].map((a) => a.href + ' | ' + a.textContent)
		);
		if (w === 320 && scheme === 'light') console.log(names);
		await ctx.close();
	}
}
console.log('origins', [...requests], 'total violations', total);
await browser.close();
