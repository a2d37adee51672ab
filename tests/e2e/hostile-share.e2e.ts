// Hostile share files, sealed with the app's own sealing (scripts/make-hostile-shares.ts): zips whose entries
// overlap or lie about their sizes. Each is refused with a calm message in bounded time and memory, and while one
// is being opened, the quick exit still leaves at once: the opening runs in a worker, never on the page's thread.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const run = promisify(execFile);
const PASSPHRASE = 'granite kettle meadow 83 softly';
const STUB = 'https://www.bbc.co.uk/weather';
const DAMAGED = 'The file inside could not be unpacked. It may be damaged. Nothing was opened.';
const MiB = 1024 * 1024;

let folder: string;

test.beforeAll(async () => {
	test.setTimeout(120_000);
	folder = await mkdtemp(join(tmpdir(), 'hostile-share-'));
	await run('npx', ['tsx', 'scripts/make-hostile-shares.ts', folder, PASSPHRASE]);
});

test.afterAll(async () => {
	await rm(folder, { recursive: true, force: true });
});

async function stubExit(context: BrowserContext): Promise<void> {
	await context.route('https://www.bbc.co.uk/**', (route) =>
		route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' })
	);
}

/** From the first-run screen to the viewer, with the file chosen and its passphrase typed. */
async function chooseFile(page: Page, name: string): Promise<void> {
	await page.goto('/');
	await page.getByRole('button', { name: 'Open a shared file' }).click();
	await expect(page.getByRole('heading', { name: 'Open a shared file' })).toBeVisible();
	await page.getByLabel('File to open', { exact: true }).setInputFiles(join(folder, name));
	await page.getByLabel('Passphrase for the file', { exact: true }).fill(PASSPHRASE);
}

/** Pids of every process started under this test worker: the browser Playwright launched, and its children. */
async function descendants(root: number): Promise<number[]> {
	const parents = new Map<number, number>();
	for (const entry of await readdir('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
		// The command name is in parentheses and may hold spaces; the parent pid is the second field after it.
		const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
		if (ppid) parents.set(Number(entry), ppid);
	}
	const found: number[] = [];
	const visit = (pid: number) => {
		for (const [child, parent] of parents) {
			if (parent === pid) {
				found.push(child);
				visit(child);
			}
		}
	};
	visit(root);
	return found;
}

async function residentBytes(pids: number[]): Promise<number> {
	let total = 0;
	for (const pid of pids) {
		const statm = await readFile(`/proc/${pid}/statm`, 'utf8').catch(() => '0 0');
		total += Number(statm.split(' ')[1]) * 4096;
	}
	return total;
}

/** Samples the browser's resident memory (every process of it) until stopped; returns the growth at its peak. */
function sampleMemory(): { stop: () => Promise<number> } {
	let running = true;
	const done = (async () => {
		const pids = await descendants(process.pid);
		const start = await residentBytes(pids);
		let peak = start;
		while (running) {
			peak = Math.max(peak, await residentBytes(await descendants(process.pid)));
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		return peak - start;
	})();
	return {
		stop: async () => {
			running = false;
			return done;
		}
	};
}

for (const name of ['overlap.calc', 'stored-size-lie.calc', 'deflate-bomb.calc', 'overlapping-copies.calc']) {
	test(`${name} is refused with a calm message, in bounded time and memory`, async ({ page }) => {
		await chooseFile(page, name);
		const memory = sampleMemory();
		const started = Date.now();
		await page.getByRole('button', { name: 'Open the file' }).click();
		await expect(page.getByRole('alert')).toHaveText(DAMAGED, { timeout: 15_000 });
		const elapsed = Date.now() - started;
		const growth = await memory.stop();
		// Argon2id at its cheapest, a few milliseconds of unzipping: well under this even on a busy machine. Opening
		// the bomb's 1 GiB, or copying 32 × 8 MiB, takes seconds or hundreds of megabytes.
		expect(elapsed).toBeLessThan(5_000);
		expect(growth).toBeLessThan(160 * MiB);
		await expect(page.getByRole('heading', { name: 'Open a shared file' })).toBeVisible();
	});
}

test.describe('the quick exit while a hostile file is being opened', () => {
	test.use({ foreignAllowed: [STUB] });

	for (const how of ['button', 'Shift three times'] as const) {
		test(`${how} leaves within 100 ms`, async ({ page, context }) => {
			await stubExit(context);
			await chooseFile(page, 'overlap-slow.calc');
			const button = await page.getByRole('button', { name: 'Quick exit' }).boundingBox();
			if (!button) throw new Error('The quick exit button is not on screen');
			// The page's clock against this one, so the exit page's navigation start can be compared with a moment
			// taken here, even while the page's thread could be busy.
			const skew = (await page.evaluate(() => performance.timeOrigin + performance.now())) - Date.now();

			await page.getByRole('button', { name: 'Open the file' }).click();
			await expect(page.getByRole('status')).toHaveText(/Opening and checking the file/);
			// Argon2id at this cost takes seconds; this is well inside it.
			await page.waitForTimeout(500);
			await expect(page.getByRole('status')).toHaveText(/Opening and checking the file/);

			const pressed = Date.now() + skew;
			if (how === 'button') {
				await page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
			} else {
				for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
			}
			await page.waitForURL(STUB);
			const navigationStart = await page.evaluate(() => performance.timeOrigin);
			expect(navigationStart - pressed).toBeLessThan(100);
		});
	}
});
