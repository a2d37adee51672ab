// Shared steps for journeys that make encrypted files and restore them: the Export screen, a download saved
// into a test's own folder, a fresh browser profile with nothing in common with the first, and a restore.
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect, openFirstRun, openScreen } from './fixtures';

export const SHARE_PASSPHRASE = 'copper meadow violin 83 slowly';

/** Clicks a button that makes a file and returns where the download was saved, inside `dir`. */
export async function downloadTo(dir: string, page: Page, button: string): Promise<string> {
	const [file] = await Promise.all([
		page.waitForEvent('download', { timeout: 30_000 }),
		page.getByRole('button', { name: button, exact: true }).click()
	]);
	const path = join(dir, file.suggestedFilename());
	await file.saveAs(path);
	return path;
}

/** Goes to the Export and share screen and waits for its heading. */
export async function openExport(page: Page): Promise<void> {
	await openScreen(page, 'Export and share');
	await expect(page.getByRole('heading', { name: 'Export and share', level: 1 })).toBeVisible();
}

/** On the Export screen: makes an encrypted file for a caseworker or a backup, saved inside `dir`. */
export async function makeEncryptedIn(
	dir: string,
	page: Page,
	purpose: 'caseworker' | 'backup'
): Promise<string> {
	await page.getByLabel(purpose === 'backup' ? /A backup for me/ : /My caseworker or the police/).check();
	await page.getByLabel('Passphrase for this file', { exact: true }).fill(SHARE_PASSPHRASE);
	await page.getByLabel('Type the file passphrase again').fill(SHARE_PASSPHRASE);
	const path = await downloadTo(dir, page, 'Make the encrypted file');
	expect(path).toMatch(
		purpose === 'backup' ? /calc-backup-\d{4}-\d{2}-\d{2}\.dat$/ : /calc-share-\d{4}-\d{2}-\d{2}\.dat$/
	);
	await expect(page.getByRole('status').getByText(/The current state of your diary was noted/)).toBeVisible();
	return path;
}

/** From any diary screen: the Export screen, and an encrypted file made there for a caseworker or a backup. */
export async function exportEncrypted(
	dir: string,
	page: Page,
	purpose: 'caseworker' | 'backup'
): Promise<string> {
	await openExport(page);
	return makeEncryptedIn(dir, page, purpose);
}

/** A brand-new browser profile on the same app: no diary, nothing shared with the first. */
export async function freshPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
	const context = await browser.newContext({ baseURL });
	const origin = new URL(baseURL!).origin;
	context.on('request', (request) => {
		const url = request.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		expect(new URL(url).origin, `request to ${url}`).toBe(origin);
	});
	return context.newPage();
}

/**
 * Runs `work` in a fresh profile (see freshPage), a caseworker's browser or a new phone, and closes that profile
 * afterwards whether or not the work passed.
 */
export async function withFreshPage<T>(
	browser: Browser,
	baseURL: string | undefined,
	work: (page: Page) => Promise<T>
): Promise<T> {
	const page = await freshPage(browser, baseURL);
	try {
		return await work(page);
	} finally {
		await page.context().close();
	}
}

/** On a screen that opens a shared file: chooses the file and types its passphrase (none for a plain pack). */
export async function fillSharedFile(page: Page, path: string, passphrase: string | null): Promise<void> {
	await page.getByLabel('File to open', { exact: true }).setInputFiles(path);
	if (passphrase !== null) await page.getByLabel('Passphrase for the file', { exact: true }).fill(passphrase);
}

/** A first visit, as a caseworker's: the "Open a shared file" screen, with the file chosen and its passphrase typed. */
export async function chooseSharedFile(
	page: Page,
	path: string,
	passphrase: string | null = SHARE_PASSPHRASE
): Promise<void> {
	await openFirstRun(page);
	await page.getByRole('button', { name: 'Open a shared file' }).click();
	await expect(page.getByRole('heading', { name: 'Open a shared file' })).toBeVisible();
	await fillSharedFile(page, path, passphrase);
}

/** A first visit opens a shared file (see chooseSharedFile); what it shows next is the caller's to check. */
export async function openSharedFile(
	page: Page,
	path: string,
	passphrase: string | null = SHARE_PASSPHRASE
): Promise<void> {
	await chooseSharedFile(page, path, passphrase);
	await page.getByRole('button', { name: 'Open the file' }).click();
}

/** From an open diary: Settings, Restore a backup, the file and its passphrase, up to the plan. */
export async function startRestore(page: Page, path: string): Promise<void> {
	await page.getByRole('button', { name: 'Settings' }).click();
	await page.getByRole('button', { name: 'Restore a backup' }).click();
	await page.getByLabel('File to open', { exact: true }).setInputFiles(path);
	await page.getByLabel('Passphrase for the file', { exact: true }).fill(SHARE_PASSPHRASE);
	await page.getByRole('button', { name: 'Restore', exact: true }).click();
}
