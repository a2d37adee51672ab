// Draws the disguise's icons: a plain calculator, as any phone's own would look. One SVG, rendered to PNG at each
// size by Debian's Chromium, so the PNGs in static/ can be made again exactly: `npx tsx scripts/make-icons.ts`.
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';

const BACKGROUND = '#202124';
const BODY = '#3c4043';
const DISPLAY = '#e8eaed';
const KEY = '#9aa0a6';
const ACCENT = '#f29900';

/**
 * The glyph on a 100-unit grid. A full-bleed icon fills the whole square (the launcher or iOS rounds it); the
 * others are a rounded square on a transparent ground. The maskable one draws the glyph smaller, inside the
 * central safe circle (80% of the width) that launchers may crop to.
 */
function calculatorSvg(fullBleed: boolean, scale: number): string {
	const offset = (100 - 100 * scale) / 2;
	const keys: string[] = [];
	for (let row = 0; row < 4; row++) {
		for (let col = 0; col < 4; col++) {
			const fill = col === 3 ? ACCENT : KEY;
			keys.push(
				`<rect x="${22 + col * 15}" y="${40 + row * 13}" width="11" height="9" rx="2" fill="${fill}"/>`
			);
		}
	}
	const ground = fullBleed
		? `<rect width="100" height="100" fill="${BACKGROUND}"/>`
		: `<rect width="100" height="100" rx="22" fill="${BACKGROUND}"/>`;
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100%" height="100%">
	${ground}
	<g transform="translate(${offset} ${offset}) scale(${scale})">
		<rect x="15" y="10" width="70" height="84" rx="8" fill="${BODY}"/>
		<rect x="22" y="18" width="56" height="16" rx="3" fill="${DISPLAY}"/>
		${keys.join('\n\t\t')}
	</g>
</svg>`;
}

interface Icon {
	readonly file: string;
	readonly size: number;
	/** Opaque to the edges: the maskable icon, and Apple's touch icon (iOS rounds it and fills transparency black). */
	readonly fullBleed: boolean;
	readonly scale: number;
}

const ICONS: readonly Icon[] = [
	{ file: 'icon-192.png', size: 192, fullBleed: false, scale: 0.78 },
	{ file: 'icon-512.png', size: 512, fullBleed: false, scale: 0.78 },
	{ file: 'icon-maskable-512.png', size: 512, fullBleed: true, scale: 0.62 },
	{ file: 'apple-touch-icon.png', size: 180, fullBleed: true, scale: 0.78 },
	{ file: 'favicon.png', size: 48, fullBleed: false, scale: 0.78 }
];

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run'
	]
});
try {
	await mkdir('static', { recursive: true });
	for (const icon of ICONS) {
		const page = await browser.newPage({
			viewport: { width: icon.size, height: icon.size },
			deviceScaleFactor: 1
		});
		await page.setContent(
			`<!doctype html><html><head><style>html,body{margin:0;width:100%;height:100%;background:transparent}svg{display:block}</style></head><body>${calculatorSvg(icon.fullBleed, icon.scale)}</body></html>`
		);
		await page.screenshot({ path: `static/${icon.file}`, omitBackground: !icon.fullBleed });
		await page.close();
		console.log(`static/${icon.file} (${icon.size} px)`);
	}
} finally {
	await browser.close();
}
