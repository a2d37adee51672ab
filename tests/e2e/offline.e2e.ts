// Offline use, installability, updates, storage that lasts, and a disguise that the built files keep: nothing
// served or stored names what the app is for.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs } from '../../playwright.config';
import {
	CODE,
	PASSPHRASE,
	SETUP_CODE,
	EXIT_STUB,
	createDiary,
	deleteDiaryDatabase,
	expect,
	openFirstRun,
	quickLog,
	stubExit,
	test,
	typeCode,
	unlock,
	chooseLanguage
} from './fixtures';

const UPDATE_READY = 'A new version is ready. It will be used next time you open the app.';
const PURPOSE = /stalk|incident|evidence|diary|waymark|harass/i;
/** The worker as `vite preview` serves it: from build/, as a static host would (vite.config.ts, serveBuiltSite). */
const SERVED_WORKER = 'build/sw.js';

/** Waits until the service worker controls the page (on the first visit it claims the page once installed). */
async function waitForWorker(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
		timeout: 30_000
	});
}

test.describe('offline', () => {
	test.use({ foreignAllowed: [EXIT_STUB] });

	test('after one visit the app opens, sets up, saves and exits with no network', async ({
		page,
		context
	}) => {
		await stubExit(context);
		// The worker is registered only once the first-run steps have loaded: a visit that stays on the calculator
		// leaves no worker and no caches behind.
		await openFirstRun(page);
		await waitForWorker(page);
		// Every cache the app makes has a neutral name.
		const caches = await page.evaluate(() => globalThis.caches.keys());
		expect(caches.length).toBeGreaterThan(0);
		for (const name of caches) expect(name).not.toMatch(PURPOSE);

		await context.setOffline(true);
		await page.reload();
		await createDiary(page);
		await quickLog(page, 'Saved with no network');
		await expect(page.getByText('Saved with no network')).toBeVisible();
		await page.getByRole('button', { name: 'Lock' }).click();
		await unlock(page);
		await expect(page.getByText('Saved with no network')).toBeVisible();
		await page.getByRole('button', { name: 'Quick exit' }).click();
		await expect(page).toHaveURL(EXIT_STUB);
	});
});

test('a waiting update is mentioned only inside the unlocked diary, and using it keeps what was typed', async ({
	page
}) => {
	await createDiary(page);
	await waitForWorker(page);
	await page.getByRole('button', { name: 'Log something' }).click();
	await page.getByLabel('What happened', { exact: true }).fill('Typed before the update');
	await page.getByRole('button', { name: 'Lock' }).click();

	// A new version, as a new deploy would serve it: the worker with one byte changed. Playwright cannot route a
	// worker's own script, so the file `vite preview` serves is changed in place (same length, so the server's
	// cached headers still fit). It stays changed until the test ends: the browser checks for a new worker again
	// after every reload, and finding the old file back would install that as one more waiting version.
	const original = await readFile(SERVED_WORKER, 'utf8');
	const changed = original.replace(
		/revision:"([0-9a-f])/,
		(_, c: string) => `revision:"${c === '0' ? '1' : '0'}`
	);
	expect(changed).not.toBe(original);
	await writeFile(SERVED_WORKER, changed);
	try {
		await page.evaluate(async () => {
			await (await navigator.serviceWorker.getRegistration())?.update();
		});
		await expect
			.poll(() =>
				page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null)
			)
			.toBe(true);

		// The app knows of it once the unlocked diary says so; then the calculator and the passphrase screen, with
		// the same knowledge, still never mention it.
		await unlock(page, PASSPHRASE, 'Log something');
		await expect(page.getByText(UPDATE_READY)).toBeVisible();
		await page.getByRole('button', { name: 'Lock' }).click();
		await expect(page.getByRole('heading', { name: 'Calculator', exact: true })).toBeAttached();
		await expect(page.getByText(UPDATE_READY)).toHaveCount(0);
		await typeCode(page, CODE);
		await expect(page.getByRole('heading', { name: 'Open your diary' })).toBeVisible();
		await expect(page.getByText(UPDATE_READY)).toHaveCount(0);

		await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
		await page.getByRole('button', { name: 'Open', exact: true }).click();
		await expect(page.getByRole('heading', { name: 'Log something', exact: true })).toBeVisible({
			timeout: 20_000
		});
		await expect(page.getByText(UPDATE_READY)).toBeVisible();
		await page.getByLabel('Where').fill('Typed just before using the update');

		const reloaded = page.waitForEvent('load');
		await page.getByRole('button', { name: 'Use it now' }).click();
		await reloaded;
		await expect(page.getByRole('heading', { name: 'Calculator', exact: true })).toBeAttached();
		// The new version is the one in use, and a check for another (the one the browser makes after a reload, or
		// this one after it) finds none: nothing is installing or waiting once it has finished.
		expect(
			await page.evaluate(async () => {
				const registration = await navigator.serviceWorker.getRegistration();
				await registration?.update();
				return {
					active: registration?.active != null,
					installing: registration?.installing != null,
					waiting: registration?.waiting != null
				};
			})
		).toEqual({ active: true, installing: false, waiting: false });

		await unlock(page, PASSPHRASE, 'Log something');
		await expect(page.getByText(UPDATE_READY)).toHaveCount(0);
		await expect(page.getByLabel('What happened', { exact: true })).toHaveValue('Typed before the update');
		await expect(page.getByLabel('Where')).toHaveValue('Typed just before using the update');
	} finally {
		await writeFile(SERVED_WORKER, original);
	}
});

test('if the browser clears the diary, the app says so calmly and explains how to restore a backup', async ({
	page
}) => {
	await openFirstRun(page);
	await expect(page.getByText('could not be found')).toHaveCount(0);

	await createDiary(page);
	expect(await page.evaluate(() => ({ ...localStorage }))).toEqual({ 'calc:v': '1' });
	await deleteDiaryDatabase(page);
	await page.reload();
	// The old code opens nothing now; the setup code shows what happened.
	await typeCode(page);
	await expect(page.getByRole('heading', { name: 'Open your diary' })).toHaveCount(0);
	await typeCode(page, SETUP_CODE);
	await chooseLanguage(page);
	await expect(
		page.getByRole('heading', { name: 'The diary that was on this phone could not be found' })
	).toBeVisible();
	await expect(
		page.getByText('then in Settings choose "Restore a backup", pick the backup file')
	).toBeVisible();
	// Setting up again is still possible, and the notice goes once there is a diary again.
	await createDiary(page);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Calculator', exact: true })).toBeAttached();
	await expect(page.getByText('could not be found')).toHaveCount(0);
});

test('storage settings show persistence, space and the last backup; a backup reminder comes after 5 entries', async ({
	page
}) => {
	await createDiary(page);
	for (let i = 1; i <= 5; i++) await quickLog(page, `Entry number ${i}`);
	await expect(page.getByText('You have 5 entries and no backup yet.')).toBeVisible();
	await page.getByRole('button', { name: 'Settings' }).click();
	const storage = page.getByRole('region', { name: 'Storage on this phone' });
	await expect(storage.getByText('Last backup')).toBeVisible();
	await expect(storage.getByText('No backup yet')).toBeVisible();
	await expect(storage.getByText(/^\d[\d.,]* (bytes|kB|MB|GB|TB)$/)).toHaveCount(2);
	await expect(
		storage.getByText(/^(Kept safely|The browser may clear|This browser does not say)/)
	).toBeVisible();
});

test('the manifest passes Chromium’s installability check with no errors', async ({ baseURL }) => {
	// Chromium never offers to install from an incognito profile, which Playwright's contexts are; a profile on
	// disk is an ordinary one.
	const profile = await mkdtemp(join(tmpdir(), 'calc-profile-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: chromiumArgs,
		baseURL
	});
	const foreign: string[] = [];
	context.on('request', (request) => {
		if (new URL(request.url()).origin !== new URL(baseURL!).origin) foreign.push(request.url());
	});
	try {
		const page = await context.newPage();
		await openFirstRun(page);
		await waitForWorker(page);
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
			installabilityErrors: { errorId: string }[];
		};
		expect(installabilityErrors).toEqual([]);
		const manifest = (await (await page.request.get('/manifest.webmanifest')).json()) as Record<
			string,
			unknown
		>;
		expect(manifest).toMatchObject({
			name: 'Calculator',
			short_name: 'Calculator',
			display: 'standalone',
			start_url: '/'
		});
		expect(foreign).toEqual([]);
	} finally {
		await context.close();
		await rm(profile, { recursive: true, force: true });
	}
});

test('nothing built, served or shown names what the app is for', async ({ page }) => {
	const root = 'build';
	const files: string[] = [];
	async function walk(dir: string): Promise<void> {
		for (const entry of await readdir(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) await walk(path);
			else files.push(relative(root, path));
		}
	}
	await walk(root);
	expect(files).toContain('sw.js');
	expect(files).toContain('manifest.webmanifest');
	// Names of every file. The JS chunks hold the app's own text, so only their names are checked.
	expect(files.filter((file) => PURPOSE.test(file))).toEqual([]);
	const shells = files.filter((file) =>
		/^(index\.html|manifest\.webmanifest|sw\.js|workbox-[\w-]+\.js)$/.test(file)
	);
	expect(shells.length).toBe(4);
	for (const file of shells) {
		expect(await readFile(join(root, file), 'utf8'), file).not.toMatch(PURPOSE);
	}
	await page.goto('/');
	await expect(page).toHaveTitle('Calculator');
	expect(await page.title()).not.toMatch(PURPOSE);
});
