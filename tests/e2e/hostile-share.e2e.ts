// Hostile share files, sealed with the app's own sealing (scripts/make-hostile-shares.ts): zips whose entries
// overlap or lie about their sizes. Each is refused with a calm message in bounded time and memory, and while one
// is being opened, the quick exit still leaves at once: the opening runs in a worker, never on the page's thread.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { EXIT_STUB, expect, stubExit, test } from './fixtures';
import { chooseSharedFile } from './sharing';

const run = promisify(execFile);
const PASSPHRASE = 'granite kettle meadow 83 softly';
const DAMAGED = 'The file inside could not be unpacked. It may be damaged. Nothing was opened.';
const OPENING = 'Opening and checking the file. This can take a few seconds…';
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

/** From the first-run screen to the viewer, with the file chosen and its passphrase typed. */
const chooseFile = (page: Page, name: string) => chooseSharedFile(page, join(folder, name), PASSPHRASE);

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
async function sampleMemory(): Promise<{ stop: () => Promise<number> }> {
	const start = await residentBytes(await descendants(process.pid));
	let running = true;
	let peak = start;
	const done = (async () => {
		while (running) {
			peak = Math.max(peak, await residentBytes(await descendants(process.pid)));
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
	})();
	return {
		stop: async () => {
			running = false;
			await done;
			return peak - start;
		}
	};
}

/** Said of a timeline.json that unpacks but does not hold together (one incident listed twice). */
const NOT_IN_FORM = 'This timeline file is not in the expected form, so it was not opened.';

for (const [name, message] of [
	['overlap.calc', DAMAGED],
	['stored-size-lie.calc', DAMAGED],
	['deflate-bomb.calc', DAMAGED],
	['overlapping-copies.calc', DAMAGED],
	['duplicate-incidents.calc', NOT_IN_FORM]
] as const) {
	test(`${name} is refused with a calm message, in bounded time and memory`, async ({ page }) => {
		await chooseFile(page, name);
		const memory = await sampleMemory();
		const started = Date.now();
		await page.getByRole('button', { name: 'Open the file' }).click();
		// Whatever the outcome: a message, or (what must not happen) the file shown.
		const opened = page.getByRole('heading', { name: 'Shared diary' });
		await expect(page.getByRole('alert').or(opened)).toBeVisible({ timeout: 30_000 });
		const elapsed = Date.now() - started;
		const growth = await memory.stop();
		test.info().annotations.push({
			type: 'measured',
			description: `${elapsed} ms, ${Math.round(growth / MiB)} MiB`
		});
		// Argon2id at its cheapest and a few milliseconds of unzipping: well under this even on a busy machine (the old reader took 21 s on the bomb).
		// Inflating the bomb's 1 GiB takes seconds; copying the 32 overlapping entries takes 256 MiB.
		expect(elapsed).toBeLessThan(10_000);
		expect(growth).toBeLessThan(160 * MiB);
		await expect(opened).toHaveCount(0);
		await expect(page.getByRole('alert')).toHaveText(message);
		await expect(page.getByRole('heading', { name: 'Open a shared file' })).toBeVisible();
	});
}

/**
 * Presses "Open the file" and waits until the opening is under way: the worker that opens it has started and the
 * viewer says it is opening. The exits below are tried from that moment.
 */
async function openAndWaitUntilUnderWay(page: Page): Promise<void> {
	const worker = page.waitForEvent('worker', { timeout: 30_000 });
	await page.getByRole('button', { name: 'Open the file' }).click();
	await worker;
	await expect(page.getByRole('status').getByText(OPENING)).toBeVisible();
}

test('opening the slow hostile file lasts well past the moment the exits below are tried', async ({
	page
}) => {
	// The exit tests below are only worth something if the opening is still under way when they press.
	await chooseFile(page, 'overlap-slow.calc');
	await openAndWaitUntilUnderWay(page);
	const tried = Date.now();
	await expect(page.getByRole('alert')).toHaveText(DAMAGED, { timeout: 30_000 });
	test.info().annotations.push({ type: 'measured', description: `${Date.now() - tried} ms` });
	expect(Date.now() - tried).toBeGreaterThan(1_000);
});

test.describe('the quick exit while a hostile file is being opened', () => {
	test.use({ foreignAllowed: [EXIT_STUB] });

	for (const how of ['button', 'Shift three times'] as const) {
		test(`${how} leaves while the file is still being opened`, async ({ page, context }) => {
			// The page reports what it saw as it left. A console message from a page that has gone can be dropped,
			// so the exit's destination is answered only once the report is in: until then the page is still there.
			const inputs: number[] = [];
			let coveredWhile: string | undefined;
			let reported: () => void = () => undefined;
			const report = new Promise<void>((resolve) => (reported = resolve));
			page.on('console', (message) => {
				const [label, value] = message.text().split(' ');
				if (label === 'exit-input') inputs.push(Number(value));
				if (label === 'covered-while') {
					coveredWhile = value;
					reported();
				}
			});
			await stubExit(context, () =>
				Promise.race([report, new Promise<void>((resolve) => setTimeout(resolve, 10_000))])
			);
			await chooseFile(page, 'overlap-slow.calc');
			const button = await page.getByRole('button', { name: 'Quick exit' }).boundingBox();
			if (!button) throw new Error('The quick exit button is not on screen');
			await page.evaluate(() => {
				// The moment the browser took each input, on the page's own clock: an event's timeStamp is when the
				// input arrived, however long a busy page takes to run its listeners.
				const record = (event: Event) =>
					console.log(`exit-input ${performance.timeOrigin + event.timeStamp}`);
				window.addEventListener('pointerdown', record, { capture: true });
				window.addEventListener('keydown', record, { capture: true });
				// What the page showed at the moment the exit covered it: still opening, or already done with the file.
				new MutationObserver((changes, observer) => {
					const covered = changes.some((change) =>
						[...change.addedNodes].some((node) => (node as Element).id === 'exit-cover')
					);
					if (!covered) return;
					observer.disconnect();
					const statuses = [...document.querySelectorAll('[role="status"]')].map((node) => node.textContent);
					const ended = document.querySelector('[role="alert"]') !== null;
					const opening = statuses.some((text) => text?.includes('Opening'));
					console.log(`covered-while ${ended ? 'ended' : opening ? 'opening' : 'other'}`);
				}).observe(document.body, { childList: true, subtree: true });
			});

			await openAndWaitUntilUnderWay(page);
			if (how === 'button') {
				await page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
			} else {
				// Sent at once, not each awaited: Playwright waits for the page to take each key, and the test is
				// about the page, not about how quickly keys can be typed.
				const cdp = await context.newCDPSession(page);
				const shift = { key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16 };
				const sent: Promise<unknown>[] = [];
				for (let i = 0; i < 3; i++) {
					sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', modifiers: 8, ...shift }));
					sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers: 0, ...shift }));
				}
				// The page may be gone before the last key is acknowledged.
				await Promise.allSettled(sent);
			}
			await page.waitForURL(EXIT_STUB);
			// The exit page's time origin is when the navigation to it started.
			const navigationStart = await page.evaluate(() => performance.timeOrigin);
			// The first input is the tap on "Open the file"; the next is the exit's.
			expect(inputs.length).toBeGreaterThanOrEqual(2);
			const pressed = inputs[1] as number;
			// How long the exit took is measured by `npm run bench` (a timed assertion here would flake on a busy
			// machine); what this proves is that the exit did not wait for the opening: the screen was covered while
			// the file was still being opened, which lasts more than a second (the test above).
			test.info().annotations.push({ type: 'measured', description: `${navigationStart - pressed} ms` });
			expect(coveredWhile).toBe('opening');
		});
	}
});
