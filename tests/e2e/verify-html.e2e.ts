// verify.html, the page in every evidence pack that checks the pack in a browser without the app: a real pack made
// through the app, unzipped, and the page opened from that folder (file://) in a browser with no network at all.
// The pack holds; then one byte changed in an exhibit, one in timeline.json (with SHA256SUMS fixed up, so the
// revision check is what catches it), and one revision taken out: each is said not to hold, naming what.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Page } from '@playwright/test';
import { sha256Hex } from '../../src/lib/testing/bytes';
import { receiptCode } from '../../src/lib/testing/verify-method';
import { audit } from './audit';
import { createDiary, expect, logEntry, test } from './fixtures';
import { downloadTo, openExport } from './sharing';

const run = promisify(execFile);

const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
	'base64'
);
// Right-to-left Arabic and an emoji, which canonical JSON writes as themselves.
const WORDS = 'Parked outside again مرحبا بك 😀';
const AMENDED = `${WORDS}, for an hour`;

let dir: string;
test.beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'wm-verify-html-'));
});
test.afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

/** One entry with an exhibit, amended once, and its evidence pack unzipped into `dir/pack`. */
async function makePack(page: Page): Promise<{ zip: string; folder: string }> {
	await createDiary(page);
	await logEntry(page, '(e) Loitering or hanging around', WORDS, [
		{ name: 'doorstep.png', mimeType: 'image/png', buffer: PNG }
	]);
	await page.getByRole('button', { name: 'Edit' }).click();
	await page.getByLabel('What happened', { exact: true }).fill(AMENDED);
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Entry', exact: true })).toBeVisible();
	await openExport(page);
	const zip = await downloadTo(dir, page, 'Evidence pack (zip)');
	const folder = join(dir, 'pack');
	await run('unzip', ['-q', zip, '-d', folder]);
	return { zip, folder };
}

/** A copy of the unzipped pack to tamper with. */
async function copyOf(folder: string, name: string): Promise<string> {
	const copy = join(dir, name);
	await cp(folder, copy, { recursive: true });
	return copy;
}

/** Writes a file of the pack, and its line in SHA256SUMS to match, so only the deeper checks can catch it. */
async function rewriteListed(folder: string, path: string, bytes: Buffer | string): Promise<void> {
	await writeFile(join(folder, path), bytes);
	const sums = await readFile(join(folder, 'SHA256SUMS'), 'utf8');
	const fixed = sums.replace(
		new RegExp(`^[0-9a-f]{64}  ${path.replace('.', '\\.')}$`, 'm'),
		`${sha256Hex(bytes)}  ${path}`
	);
	expect(fixed).not.toBe(sums);
	await writeFile(join(folder, 'SHA256SUMS'), fixed);
}

interface Timeline {
	chainHead: { seq: number; link: string };
	incidents: { id: string; number: number; revisions: { revision: { seq: number } }[] }[];
	chain: { seq: number; link: string }[];
}

/**
 * verify.html from `folder`, in a browser context of its own with the network off: every request it tries is
 * aborted and recorded, and so is anything its Content-Security-Policy refuses.
 */
async function openVerifier(browser: Browser, folder: string) {
	const context = await browser.newContext();
	await context.setOffline(true);
	const requests: string[] = [];
	const refused: string[] = [];
	const own = pathToFileURL(join(folder, 'verify.html')).href;
	// Only the page itself is let through; anything else it asks for, even a file beside it, is refused.
	await context.route('**/*', (route) => {
		if (route.request().url() === own) return route.continue();
		requests.push(route.request().url());
		return route.abort();
	});
	context.on('request', (request) => {
		if (request.url() !== own) requests.push(request.url());
	});
	const page = await context.newPage();
	page.on('console', (message) => {
		if (/Content Security Policy|Refused/i.test(message.text())) refused.push(message.text());
	});
	page.on('pageerror', (error) => refused.push(`page error: ${error.message}`));
	await page.goto(own);
	await expect(page.getByRole('heading', { name: 'Check an evidence pack', level: 1 })).toBeVisible();
	return {
		page,
		requests,
		refused,
		status: page.getByRole('status'),
		problems: page.getByRole('list', { name: 'What does not hold' }).getByRole('listitem'),
		holds: page.getByRole('list', { name: 'What holds' }).getByRole('listitem'),
		async give(folderOrZip: string, zip = false) {
			await page
				.getByLabel(zip ? 'Or choose the pack zip' : 'Or choose the unzipped pack folder')
				.setInputFiles(folderOrZip);
		},
		async close() {
			await context.close();
			expect(requests, 'requests from verify.html').toEqual([]);
			expect(refused, 'what the page’s policy refused, or errors').toEqual([]);
		}
	};
}

/**
 * Drags `path` from the disk onto the drop box and lets go, through the browser's own input (DevTools'
 * Input.dispatchDragEvent), so the page gets the real files and folders a file manager would give it.
 */
async function dropFromDisk(page: Page, path: string): Promise<void> {
	const target = page.getByText('Drop the unzipped pack folder, or the pack zip, here.');
	await target.scrollIntoViewIfNeeded();
	const box = await target.boundingBox();
	if (!box) throw new Error('The drop box is not on screen');
	const cdp = await page.context().newCDPSession(page);
	const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	// 1 is "copy", what a file manager offers.
	const data = { items: [], files: [path], dragOperationsMask: 1 };
	for (const type of ['dragEnter', 'dragOver', 'drop'] as const) {
		await cdp.send('Input.dispatchDragEvent', { type, ...at, data });
	}
	await cdp.detach();
}

test('verify.html, opened from the unzipped pack with no network, says the pack holds, and names each change', async ({
	page,
	browser
}) => {
	const { zip, folder } = await makePack(page);
	const timeline = JSON.parse(await readFile(join(folder, 'timeline.json'), 'utf8')) as Timeline;
	const [incident] = timeline.incidents;
	expect(incident?.revisions).toHaveLength(2);
	const verifier = await openVerifier(browser, folder);
	const { page: v, status, problems, holds } = verifier;

	// The pack as it was made, as a folder.
	await verifier.give(folder);
	await expect(status).toHaveText('The pack holds. Every check below passed.');
	await expect(problems).toHaveText(['Nothing.']);
	await expect(holds).toContainText([
		'All 8 files listed in SHA256SUMS are in the pack and match their SHA-256.',
		'Every file in the pack is listed in SHA256SUMS.',
		'All 2 saved versions of entries that can be re-hashed from this file match their fingerprints.',
		`The record of changes is whole: all 2 links recompute from the first, and the last is the chain head (seq 2, link ${timeline.chainHead.link}).`,
		'All 1 exhibits match the SHA-256 recorded when they were added.'
	]);

	// A receipt code from the first save is still held; a mistyped one is caught.
	const first = timeline.chain[0]!;
	const receipt = receiptCode(first.seq, first.link);
	await v.getByLabel('Receipt code').fill(receipt.toLowerCase());
	await v.getByRole('button', { name: 'Check the receipt code' }).click();
	await expect(holds.last()).toHaveText(
		`Receipt code ${receipt.toLowerCase()}: this pack still holds the record of changes the code was made from.`
	);
	await expect(status).toHaveText('The pack holds. Every check below passed.');
	const mistyped = receipt.replace(
		/-(\w)(\w{3})-/,
		(_, c: string, rest: string) => `-${c === 'Z' ? 'Y' : 'Z'}${rest}-`
	);
	await v.getByLabel('Receipt code').fill(mistyped);
	await v.getByRole('button', { name: 'Check the receipt code' }).click();
	await expect(problems).toHaveText([
		'The receipt code’s check character does not match the rest, so it was probably mistyped. Please look at it again.'
	]);
	await v.getByLabel('Receipt code').fill('');

	// One byte of the exhibit changed.
	const exhibit = await copyOf(folder, 'exhibit-changed');
	const png = Buffer.from(PNG);
	png[png.length - 5] = png[png.length - 5]! ^ 1;
	await writeFile(join(exhibit, 'exhibits/EXH-001.png'), png);
	await verifier.give(exhibit);
	await expect(status).toHaveText(/The pack does not hold: 2 problems were found/);
	await expect(problems).toHaveText([
		'exhibits/EXH-001.png: its SHA-256 is not the one in SHA256SUMS, so the file has changed.',
		'Exhibit EXH-001 (exhibits/EXH-001.png): its SHA-256 is not the one recorded when it was added, so the file has changed.'
	]);

	// One byte of timeline.json changed, in the words of the first save, with SHA256SUMS fixed up to match.
	const words = await copyOf(folder, 'words-changed');
	const json = await readFile(join(folder, 'timeline.json'));
	// With both quotes, so the amended words, which begin the same, are not found instead.
	const at = json.indexOf(`"${WORDS}"`) + 1;
	expect(json.indexOf(`"${WORDS}"`, at)).toBe(-1);
	expect(json[at]).toBe('P'.charCodeAt(0));
	const changed = Buffer.from(json);
	changed[at] = 'Q'.charCodeAt(0);
	await rewriteListed(words, 'timeline.json', changed);
	await verifier.give(words);
	await expect(status).toHaveText(/The pack does not hold: 1 problem was found/);
	await expect(problems).toHaveText([
		`Incident 1 (id ${incident!.id}), revision 1: its contents do not match its fingerprint (chain seq 1), so it has changed.`
	]);

	// The amendment taken out of timeline.json, with SHA256SUMS fixed up to match.
	const removed = await copyOf(folder, 'revision-removed');
	const cut = JSON.parse(json.toString('utf8')) as Timeline;
	cut.incidents[0]!.revisions.pop();
	await rewriteListed(removed, 'timeline.json', JSON.stringify(cut));
	await verifier.give(removed);
	await expect(status).toHaveText(/The pack does not hold: 1 problem was found/);
	await expect(problems).toHaveText([
		`Record of changes, chain seq 2 (incident ${incident!.id}, revision 2) has no revision in this file.`
	]);

	// The zip itself, as downloaded.
	await verifier.give(zip, true);
	await expect(status).toHaveText('The pack holds. Every check below passed.');
	await expect(holds.first()).toHaveText(
		'All 8 files listed in SHA256SUMS are in the pack and match their SHA-256.'
	);

	// The zip dropped on the page, after a pack that did not hold.
	await verifier.give(exhibit);
	await expect(status).toHaveText(/The pack does not hold/);
	const base64 = (await readFile(zip)).toString('base64');
	const dataTransfer = await v.evaluateHandle((bytes) => {
		const data = Uint8Array.from(atob(bytes), (c) => c.charCodeAt(0));
		const transfer = new DataTransfer();
		transfer.items.add(new File([data], 'calc-pack.zip', { type: 'application/zip' }));
		return transfer;
	}, base64);
	await v
		.getByText('Drop the unzipped pack folder, or the pack zip, here.')
		.dispatchEvent('drop', { dataTransfer });
	await expect(status).toHaveText('The pack holds. Every check below passed.');

	// Folders dragged from the disk and dropped, as a person drags one from their file manager: the browser itself
	// hands the page the folder, and the page walks it.
	await dropFromDisk(v, words);
	await expect(status).toHaveText(/The pack does not hold: 1 problem was found/);
	await expect(problems).toHaveText([
		`Incident 1 (id ${incident!.id}), revision 1: its contents do not match its fingerprint (chain seq 1), so it has changed.`
	]);
	await dropFromDisk(v, folder);
	await expect(status).toHaveText('The pack holds. Every check below passed.');
	await expect(holds.first()).toHaveText(
		'All 8 files listed in SHA256SUMS are in the pack and match their SHA-256.'
	);

	// In a browser without the newer handles the page falls back to the older entries, which this browser will not
	// read from a page opened from the disk (the first version of this page only had those): that is said calmly.
	await v.evaluate(() => {
		delete (DataTransferItem.prototype as { getAsFileSystemHandle?: unknown }).getAsFileSystemHandle;
	});
	await dropFromDisk(v, words);
	await expect(status).toHaveText(
		'The pack could not be checked. This browser did not let the page read the folder that was dropped, so nothing was checked. Please choose the folder with the button below instead, or drop the pack zip.'
	);

	await verifier.close();
});

test('verify.html passes the accessibility audit, with results shown, down to 320 px', async ({
	page,
	browser
}) => {
	const { folder } = await makePack(page);
	const verifier = await openVerifier(browser, folder);
	await audit(verifier.page, 'verify.html before a pack is given');
	await verifier.give(folder);
	await expect(verifier.status).toHaveText('The pack holds. Every check below passed.');
	await audit(verifier.page, 'verify.html with the results');
	await verifier.page.setViewportSize({ width: 320, height: 640 });
	await audit(verifier.page, 'verify.html at 320 px');
	// Keyboard: the choosers and the receipt field are reached with Tab, in order.
	await verifier.page.keyboard.press('Tab');
	const order: string[] = [];
	for (let i = 0; i < 4; i++) {
		order.push(await verifier.page.evaluate(() => document.activeElement?.id ?? ''));
		await verifier.page.keyboard.press('Tab');
	}
	expect(order).toEqual(['folder', 'zip', 'receipt', 'check-receipt']);
	await verifier.close();
});
