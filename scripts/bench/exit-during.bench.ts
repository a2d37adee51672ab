// The quick exit while heavy work runs (issue 16): for each long task a person can start, the time from the exit
// tap to the screen covered and to the navigation started, and the longest the page's thread was held meanwhile.
// The tap is a real pointer event sent by the browser (CDP) halfway through the task, so a busy thread shows as a
// late handler; its time is from the event's own timeStamp, which the browser sets when the tap arrives.
// Needs `npm run build` first; starts `vite preview` itself.
import { randomBytes } from 'node:crypto';
import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs } from '../../playwright.config';
import { CHUNK_BYTES } from '../../src/lib/crypto';
import { loadSodium } from '../../src/lib/crypto/sodium';
import { PASSPHRASE, makeSeed, newContext, openFirstRun, seedPage, startPreview } from './page.bench';
import type { BenchRow } from './report';
import { longestMainThreadTask, type TraceEvent } from './trace';

const FILE_PASSPHRASE = 'bench file passphrase, not a real one';
/** A phone's width, tall enough that no screen scrolls: the quick exit stays where it was found while the task runs. */
const VIEWPORT = { width: 412, height: 2400 };

interface Task {
	readonly name: string;
	/** Brings a fresh page to the moment before the task: everything that is not the task itself. */
	readonly prepare: (page: Page) => Promise<void>;
	/** Starts the task with the person's own gesture. */
	readonly start: (page: Page) => Promise<void>;
	/**
	 * Resolves when the task has finished. Checked with a plain query: Playwright's role queries run on the page's
	 * thread too, and over a file of a thousand entries one of them held it for seconds, which would be counted.
	 */
	readonly done: (page: Page) => Promise<void>;
}

/**
 * Page-side probes: the longest gap between turns of a zero-delay loop and the longest task the Long Tasks API
 * names (over 50 ms only), printed beside Chromium's trace as cross-checks, and the times of the exit's tap, cover
 * and navigation. The navigation is cancelled so the page stays to report.
 */
async function installProbes(page: Page): Promise<void> {
	await page.evaluate(() => {
		const probe = {
			longestGap: 0,
			longestTask: 0,
			running: true,
			tapAt: undefined as number | undefined,
			coveredAt: undefined as number | undefined,
			navigatedAt: undefined as number | undefined
		};
		(window as unknown as { __probe: typeof probe }).__probe = probe;
		let last = performance.now();
		const turn = () => {
			const now = performance.now();
			probe.longestGap = Math.max(probe.longestGap, now - last);
			last = now;
			if (probe.running) setTimeout(turn, 0);
		};
		setTimeout(turn, 0);
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) probe.longestTask = Math.max(probe.longestTask, entry.duration);
		}).observe({ type: 'longtask' });
		window.addEventListener(
			'pointerdown',
			(event) => {
				// The task's own start is a tap too; only the exit's counts.
				if (!(event.target as Element).closest('.quick-exit')) return;
				probe.tapAt ??= event.timeStamp;
			},
			{ capture: true }
		);
		const body = document.body;
		body.appendChild = function <T extends Node>(node: T): T {
			const added = Node.prototype.appendChild.call(this, node) as T;
			if ((node as unknown as Element).id === 'exit-cover') probe.coveredAt ??= performance.now();
			return added;
		};
		// A download is a navigation too (the share file, the PDF); only leaving for another site is the exit's.
		type Navigate = Event & { destination: { url: string }; downloadRequest: string | null };
		(window as { navigation?: EventTarget }).navigation?.addEventListener('navigate', (event) => {
			const { destination, downloadRequest } = event as Navigate;
			if (downloadRequest !== null || new URL(destination.url).origin === location.origin) return;
			probe.navigatedAt ??= performance.now();
			event.preventDefault();
		});
	});
}

/** Waits for the page's first heading to read `text`. */
async function headingShown(page: Page, text: string): Promise<void> {
	await page.waitForFunction((text) => document.querySelector('h1')?.textContent?.trim() === text, text, {
		timeout: 120_000
	});
}

/**
 * Waits for any of the page's live regions to say `text` (the diary's own empty one comes first, so not only the
 * first), with a plain query, for the reason given on Task.done.
 */
async function statusSays(page: Page, text: string): Promise<void> {
	await page.waitForFunction(
		(text) =>
			[...document.querySelectorAll('[role=status]')].some((status) => status.textContent?.includes(text)),
		text,
		{ timeout: 120_000 }
	);
}

interface Probe {
	longestGap: number;
	longestTask: number;
	tapAt?: number;
	coveredAt?: number;
	navigatedAt?: number;
}

const readProbe = (page: Page) =>
	page.evaluate(() => {
		const probe = (window as unknown as { __probe: Probe & { running: boolean } }).__probe;
		probe.running = false;
		return { ...probe } as Probe;
	});

/**
 * Runs the task to its end under Chromium's tracing; how long it took, the longest task on the page's thread, and
 * the longest gap in the page's zero-delay loop (which also counts time between tasks: a queue of short ones, or
 * the thread waiting for a core).
 */
async function runWhole(browser: Browser, url: string, task: Task) {
	const context = await newContext(browser, url, { viewport: VIEWPORT });
	try {
		const page = await context.newPage();
		await task.prepare(page);
		await installProbes(page);
		await browser.startTracing(page, {
			categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline']
		});
		const started = Date.now();
		await task.start(page);
		await task.done(page);
		const ms = Date.now() - started;
		const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
		const probe = await readProbe(page);
		const longest = longestMainThreadTask(trace.traceEvents, new URL(url).origin);
		return { ms, longest, gap: probe.longestGap, longTask: probe.longestTask };
	} finally {
		await context.close();
	}
}

/** Runs the task again and taps the quick exit `afterMs` into it. */
async function exitPartWay(browser: Browser, url: string, task: Task, afterMs: number) {
	const context = await newContext(browser, url, { viewport: VIEWPORT });
	try {
		const page = await context.newPage();
		await task.prepare(page);
		await installProbes(page);
		// Where the button is with the page at its top; the task's own click may scroll the page, so it is scrolled
		// back up by the wheel before the tap, as a person would, which the compositor does while the thread is busy.
		await page.evaluate(() => window.scrollTo(0, 0));
		const box = await page.getByRole('button', { name: 'Quick exit' }).first().boundingBox();
		if (!box) throw new Error(`${task.name}: no quick exit button on show`);
		await task.start(page);
		await new Promise((resolve) => setTimeout(resolve, Math.max(0, afterMs - 100)));
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.wheel(0, -100_000);
		await new Promise((resolve) => setTimeout(resolve, 100));
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		const probe = await readProbe(page);
		if (probe.tapAt === undefined || probe.coveredAt === undefined || probe.navigatedAt === undefined)
			throw new Error(`${task.name}: the exit did not run (${JSON.stringify(probe)})`);
		return { covered: probe.coveredAt - probe.tapAt, navigated: probe.navigatedAt - probe.tapAt };
	} finally {
		await context.close();
	}
}

/**
 * The sequential baseline for adding an exhibit: bare secretstream over the file's bytes in 64 KiB chunks, then a
 * bare streaming SHA-256 over the same bytes, one after the other on one thread, in Node with libsodium, the bytes
 * already in memory. What the app must beat by hashing and sealing at the same time in two workers.
 */
async function sequentialSealMs(path: string): Promise<number> {
	const sodium = await loadSodium();
	const bytes = new Uint8Array(await readFile(path));
	const key = sodium.crypto_secretstream_xchacha20poly1305_keygen();
	const ad = 'wm-exhibit\u00001\u0000bench';
	const started = performance.now();
	const { state } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
	for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
		sodium.crypto_secretstream_xchacha20poly1305_push(
			state,
			bytes.subarray(at, at + CHUNK_BYTES),
			ad,
			at + CHUNK_BYTES >= bytes.length
				? sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
				: sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
		);
	}
	const hash = sodium.crypto_hash_sha256_init();
	for (let at = 0; at < bytes.length; at += CHUNK_BYTES)
		sodium.crypto_hash_sha256_update(hash, bytes.subarray(at, at + CHUNK_BYTES));
	sodium.crypto_hash_sha256_final(hash);
	return performance.now() - started;
}

export async function benchExitDuring(smoke: boolean): Promise<BenchRow[]> {
	const count = smoke ? 50 : 1_000;
	const seed = await makeSeed(count);
	const dir = await mkdtemp(join(tmpdir(), 'exit-bench-'));
	const shareFile = join(dir, 'share.dat');
	// A video as a phone records one: bytes that do not compress, of a size a person may well add.
	const exhibitMb = smoke ? 4 : 100;
	const exhibitFile = join(dir, 'bench-video.mp4');
	const handle = await open(exhibitFile, 'w');
	for (let mb = 0; mb < exhibitMb; mb++) await handle.write(randomBytes(1024 * 1024));
	await handle.close();
	const preview = await startPreview();
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: chromiumArgs
	});

	const toPassphraseScreen = async (page: Page) => {
		await openFirstRun(page);
		await seedPage(page, seed.plain);
		await page.reload();
		await page.getByRole('heading', { name: 'Open your diary' }).waitFor();
	};
	const unlocked = async (page: Page) => {
		await toPassphraseScreen(page);
		await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
		await page.getByRole('button', { name: 'Open', exact: true }).click();
		await page.getByRole('heading', { name: 'Timeline', exact: true }).waitFor({ timeout: 60_000 });
	};
	const exportScreen = async (page: Page) => {
		await unlocked(page);
		const menu = page.getByRole('button', { name: 'Menu', exact: true });
		if (await menu.isVisible()) await menu.click();
		await page
			.getByRole('navigation', { name: 'Diary' })
			.getByRole('button', { name: 'Export and share' })
			.click();
		await page.getByRole('heading', { name: 'Export and share', level: 1 }).waitFor();
	};
	const saved: Promise<void>[] = [];

	const exhibitTask = `exhibit seal (${exhibitMb} MB)`;
	const tasks: Task[] = [
		{
			name: 'nothing running (control)',
			prepare: toPassphraseScreen,
			start: async () => {},
			done: () => new Promise((resolve) => setTimeout(resolve, 1000))
		},
		{
			name: 'unlock',
			prepare: async (page) => {
				await toPassphraseScreen(page);
				await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
			},
			start: (page) => page.getByRole('button', { name: 'Open', exact: true }).click(),
			done: (page) => headingShown(page, 'Timeline')
		},
		{
			name: 'share-file seal',
			prepare: async (page) => {
				await exportScreen(page);
				await page.getByLabel(/My caseworker or the police/).check();
				await page.getByLabel('Passphrase for this file', { exact: true }).fill(FILE_PASSPHRASE);
				await page.getByLabel('Type the file passphrase again').fill(FILE_PASSPHRASE);
				// The first file made is kept, to be opened in the next task.
				page.once('download', (download) => saved.push(download.saveAs(shareFile)));
			},
			start: (page) => page.getByRole('button', { name: 'Make the encrypted file', exact: true }).click(),
			done: async (page) => {
				await statusSays(page, 'The current state of your diary was noted');
				await Promise.all(saved);
			}
		},
		{
			// The timeline PDF of the whole diary, made in its worker, and the download that follows.
			name: 'PDF',
			prepare: exportScreen,
			start: (page) => page.getByRole('button', { name: 'Timeline PDF', exact: true }).click(),
			done: (page) => statusSays(page, 'The file was saved to this device')
		},
		{
			name: exhibitTask,
			prepare: async (page) => {
				await unlocked(page);
				await page.getByRole('button', { name: 'Log something' }).click();
				await page.getByRole('heading', { name: 'Log something', level: 1 }).waitFor();
			},
			start: (page) => page.getByLabel('Add photos, screenshots or files').setInputFiles(exhibitFile),
			done: (page) => statusSays(page, 'bench-video.mp4 was added.')
		},
		{
			name: 'share-file open',
			prepare: async (page) => {
				await openFirstRun(page);
				await page.getByRole('button', { name: 'Open a shared file' }).click();
				await page.getByLabel('File to open', { exact: true }).setInputFiles(shareFile);
				await page.getByLabel('Passphrase for the file', { exact: true }).fill(FILE_PASSPHRASE);
			},
			start: (page) => page.getByRole('button', { name: 'Open the file' }).click(),
			// The viewer draws the entries a step at a time after its heading; the task ends with the last one.
			done: async (page) => {
				await headingShown(page, 'Shared diary');
				await page.waitForFunction(
					(count) => document.querySelectorAll('article[aria-labelledby^="entry-"]').length === count,
					count,
					{ timeout: 120_000 }
				);
			}
		}
	];

	const rows: BenchRow[] = [];
	let exhibitMs: number | undefined;
	try {
		for (const task of tasks) {
			const whole = await runWhole(browser, preview.url, task);
			if (task.name === exhibitTask) exhibitMs = whole.ms;
			const exit = await exitPartWay(browser, preview.url, task, whole.ms / 2);
			const detail = `${count.toLocaleString('en-GB')} incidents; task ${Math.round(whole.ms)} ms, tapped at half`;
			rows.push(
				{
					name: `exit during ${task.name}: tap to screen covered`,
					value: exit.covered,
					unit: 'ms',
					budget: 16,
					better: 'lower',
					detail
				},
				{
					name: `exit during ${task.name}: tap to navigation started`,
					value: exit.navigated,
					unit: 'ms',
					budget: 50,
					better: 'lower',
					detail
				},
				{
					name: `exit during ${task.name}: longest main-thread task`,
					value: whole.longest.wall,
					unit: 'ms',
					budget: 50,
					better: 'lower',
					detail: `Chromium's trace, wall time; ${whole.longest.thread.toFixed(1)} ms of thread time; Long Tasks API ${whole.longTask ? `${whole.longTask.toFixed(0)} ms` : 'none over 50 ms'}; longest gap in a zero-delay loop ${whole.gap.toFixed(1)} ms; load ${loadavg()[0]!.toFixed(1)}`
				}
			);
		}
		if (exhibitMs !== undefined) {
			const baselineMs = await sequentialSealMs(exhibitFile);
			rows.push({
				name: `add a ${exhibitMb} MB exhibit end to end, app speed ÷ sequential seal then hash`,
				value: baselineMs / exhibitMs,
				unit: 'x',
				better: 'higher',
				detail: `information (the budget is the sealing row's, without IndexedDB): app ${Math.round(exhibitMs)} ms in Chromium, from choosing the file to "added", so it includes reading the file and the IndexedDB writes; baseline ${Math.round(baselineMs)} ms is bare secretstream then bare SHA-256 in Node's libsodium, bytes in memory, in the same run`
			});
		}
	} finally {
		await browser.close();
		preview.stop();
		await rm(dir, { recursive: true, force: true });
	}
	return rows;
}
