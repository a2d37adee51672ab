// Adding an exhibit, as the app does it in Chromium: sealExhibitInWorkers, which seals the file in one worker while
// another takes its SHA-256, against the sequential baseline (bare secretstream, then bare SHA-256, over the same
// bytes in the same page), and the memory the page's renderer takes as the file grows. The page (seal-page/) is built
// by Vite apart from the app, from the app's own modules; only the chunk writes are dropped, as in exhibits.bench.ts.
import { randomBytes } from 'node:crypto';
import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { chromiumArgs } from '../../playwright.config';
import type { BenchRow } from './report';
import type { AppResult } from './seal-page/main';
import type { BareResult } from './seal-page/bare.worker';

const MiB = 1024 * 1024;
const ROOT = resolve('scripts/bench/seal-page');

/** Builds the bench page and serves it; `stop` ends the server and removes what was built. */
async function servePage(): Promise<{ url: string; stop: () => Promise<void> }> {
	const outDir = await mkdtemp(join(tmpdir(), 'seal-page-'));
	const config = {
		configFile: false as const,
		root: ROOT,
		logLevel: 'warn' as const,
		resolve: { alias: { $lib: resolve('src/lib') } },
		worker: { format: 'es' as const },
		// libsodium's chunk is over Vite's warning size, and meant to be.
		build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4096 }
	};
	await build(config);
	const server = await preview({ ...config, preview: { port: 0, host: '127.0.0.1' } });
	const url = server.resolvedUrls?.local[0];
	if (!url) throw new Error('The seal bench page did not start');
	return {
		url,
		stop: async () => {
			await server.close();
			await rm(outDir, { recursive: true, force: true });
		}
	};
}

/** A file of random bytes, as a phone's video is: nothing in it compresses. */
async function randomFile(dir: string, mb: number): Promise<string> {
	const path = join(dir, `bench-${mb}.mp4`);
	const handle = await open(path, 'w');
	for (let i = 0; i < mb; i++) await handle.write(randomBytes(MiB));
	await handle.close();
	return path;
}

/** CPU time every process of the browser has used so far, in ms, as Chromium counts it. */
async function browserCpuMs(browser: Browser): Promise<number> {
	const cdp = await browser.newBrowserCDPSession();
	try {
		const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
			processInfo: { cpuTime: number }[];
		};
		return processInfo.reduce((sum, { cpuTime }) => sum + cpuTime * 1000, 0);
	} finally {
		await cdp.detach();
	}
}

/** Runs `work`, with the CPU time the whole browser (every process and thread) spent on it. */
async function withCpu<T>(browser: Browser, work: () => Promise<T>): Promise<T & { cpuMs: number }> {
	const before = await browserCpuMs(browser);
	const result = await work();
	return { ...result, cpuMs: (await browserCpuMs(browser)) - before };
}

/** Resident memory of every renderer process, in MB, read from /proc by the ids Chromium gives. */
async function rendererRssMb(browser: Browser): Promise<number> {
	const cdp = await browser.newBrowserCDPSession();
	try {
		const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
			processInfo: { type: string; id: number }[];
		};
		let kb = 0;
		for (const { type, id } of processInfo) {
			if (type !== 'renderer') continue;
			const status = await readFile(`/proc/${id}/status`, 'utf8').catch(() => '');
			kb += Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
		}
		return kb / 1024;
	} finally {
		await cdp.detach();
	}
}

const choose = async (page: Page, path: string) => {
	await page.getByLabel('File to seal').setInputFiles(path);
};
const appSeal = (page: Page) => page.evaluate(() => window.sealBench.app());
const bareSeal = (page: Page, hash: 'libsodium' | 'hash-wasm') =>
	page.evaluate((hash) => window.sealBench.bare({ hash }), hash);

/** The peak growth of the renderers' memory while the app adds the chosen file, sampled every 20 ms. */
async function peakGrowthMb(browser: Browser, page: Page, baseline: number): Promise<number> {
	let peak = baseline;
	let sampling = true;
	const sampler = (async () => {
		while (sampling) {
			peak = Math.max(peak, await rendererRssMb(browser));
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
	})();
	try {
		await appSeal(page);
	} finally {
		sampling = false;
		await sampler;
	}
	return Math.max(0, peak - baseline);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchSealPage(smoke: boolean): Promise<BenchRow[]> {
	const bigMb = smoke ? 8 : 200;
	const smallMb = smoke ? 2 : 50;
	/** Twice the big file: past the point where the garbage collector runs, so what it adds is what is held. */
	const hugeMb = 2 * bigMb;
	const runs = smoke ? 1 : 5;
	const dir = await mkdtemp(join(tmpdir(), 'seal-bench-'));
	const served = await servePage();
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: chromiumArgs
	});
	try {
		const [small, big, huge] = [
			await randomFile(dir, smallMb),
			await randomFile(dir, bigMb),
			await randomFile(dir, hugeMb)
		];
		const page = await browser.newPage();
		await page.goto(served.url);
		await page.waitForFunction(() => 'sealBench' in window);

		// Memory first: a small file sealed once so libsodium's growth and the workers' start are in the baseline.
		await choose(page, small);
		await appSeal(page);
		const memoryBaseline = await rendererRssMb(browser);
		const smallPeak = await peakGrowthMb(browser, page, memoryBaseline);
		await choose(page, big);
		const bigPeak = await peakGrowthMb(browser, page, memoryBaseline);
		await choose(page, huge);
		const hugePeak = await peakGrowthMb(browser, page, memoryBaseline);
		await choose(page, big);

		// Then speed, over the big file: a warm-up of each, then the two in alternation, so a change in the machine's
		// load favours neither. Every run's two digests must agree, or the two did not hash the same bytes.
		await bareSeal(page, 'libsodium');
		const app: (AppResult & { cpuMs: number })[] = [];
		const sodium: (BareResult & { cpuMs: number })[] = [];
		const wasm: BareResult[] = [];
		for (let i = 0; i < runs; i++) {
			app.push(await withCpu(browser, () => appSeal(page)));
			sodium.push(await withCpu(browser, () => bareSeal(page, 'libsodium')));
			wasm.push(await bareSeal(page, 'hash-wasm'));
		}
		const digests = new Set([
			...app.map((r) => r.sha256),
			...sodium.map((r) => r.sha256),
			...wasm.map((r) => r.sha256)
		]);
		if (digests.size !== 1) throw new Error(`The seal bench's digests differ: ${[...digests].join(', ')}`);

		const appMs = median(app.map((r) => r.ms));
		const sequentialMs = median(sodium.map((r) => r.sealMs + r.hashMs));
		const speed = (ms: number) => `${(bigMb / (ms / 1000)).toFixed(0)} MB/s`;
		const load = loadavg()[0]!.toFixed(1);
		// The CPU the whole browser spent: the app's includes reading the file twice through Chromium's own threads,
		// which on few cores takes time from the two workers; no run can take less than this over the cores.
		const cores = availableParallelism();
		const appCpuMs = median(app.map((r) => r.cpuMs));
		const cpu = `CPU over all the browser's threads: app ${Math.round(appCpuMs)} ms, so at least ${Math.round(appCpuMs / cores)} ms on ${cores} cores; sequential run ${Math.round(median(sodium.map((r) => r.cpuMs)))} ms with its untimed read`;
		return [
			{
				name: `seal a ${bigMb} MB exhibit, app ÷ sequential secretstream + SHA-256`,
				value: sequentialMs / appMs,
				unit: 'x',
				budget: 1.5,
				better: 'higher',
				detail: `in Chromium, median of ${runs}: app ${Math.round(appMs)} ms (${speed(appMs)}: two workers, started ahead as the form does, read the file, seal and hash it at once, chunk writes dropped); sequential ${Math.round(sequentialMs)} ms (secretstream ${speed(median(sodium.map((r) => r.sealMs)))}, then libsodium's SHA-256 ${speed(median(sodium.map((r) => r.hashMs)))}, bytes in memory); hash-wasm's SHA-256 ${speed(median(wasm.map((r) => r.hashMs)))}; ${cpu}; load ${load}`
			},
			{
				name: `seal a ${bigMb} MB exhibit in Chromium, peak memory growth`,
				value: bigPeak,
				unit: 'MB',
				better: 'lower',
				detail: `${smallMb} MB file: ${smallPeak.toFixed(1)} MB; ${hugeMb} MB file: ${hugePeak.toFixed(1)} MB (resident memory of the page's renderer, workers included)`
			},
			{
				// Information: each thread's garbage collector lets tens of MB of dropped buffers build up before it runs,
				// so a small file stays under that and a big one reaches it. Past it, a pipeline that held the file would
				// add the whole extra ${bigMb} MB here; the budgeted memory rows are Node's, where that noise is small.
				name: `memory growth in Chromium, ${hugeMb} MB file over ${bigMb} MB file`,
				value: Math.max(0, hugePeak - bigPeak),
				unit: 'MB',
				better: 'lower',
				detail: `a pipeline holding the file would add about ${bigMb} MB; ${bigMb} MB over ${smallMb} MB: ${Math.max(0, bigPeak - smallPeak).toFixed(1)} MB, most of it the garbage collector's threshold`
			}
		];
	} finally {
		await browser.close();
		await served.stop();
		await rm(dir, { recursive: true, force: true });
	}
}
