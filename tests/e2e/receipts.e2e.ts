// Receipt codes end to end: a person shares a file and is shown a code; the caseworker, in a fresh browser, sees the
// same code on the file; later the person makes a backup, and the caseworker confirms that it still holds everything
// the earlier file held, by typing the code from their notes. A plain evidence pack opens in the viewer too.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { audit } from './audit';
import { createDiary, expect, quickLog, test } from './fixtures';
import {
	SHARE_PASSPHRASE,
	downloadTo,
	exportEncrypted,
	fillSharedFile,
	makeEncryptedIn,
	openExport,
	openSharedFile,
	withFreshPage
} from './sharing';

const CODE =
	/^\d+-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$/;

let dir: string;
test.beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'wm-receipts-'));
});
test.afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

/** The receipt code shown after a file was handed over, read as the person would read it out. */
async function shownReceipt(page: Page): Promise<string> {
	const shown = page.getByText('Receipt code for this file:').locator('..').locator('.receipt-code');
	await expect(shown).toHaveText(CODE);
	return (await shown.textContent())!.trim();
}

/** A first visit opens the file in the viewer; a plain pack has no passphrase. */
async function openInViewer(page: Page, path: string, passphrase: string | null) {
	await openSharedFile(page, path, passphrase);
	await expect(page.getByRole('heading', { name: 'Shared diary' })).toBeVisible({ timeout: 20_000 });
}

async function checkCode(page: Page, code: string) {
	await page.getByLabel('Receipt code', { exact: true }).fill(code);
	await page.getByRole('button', { name: 'Check the code' }).click();
}

test('a receipt from an earlier share is shown on both screens, kept in the diary, and confirmed by a later backup', async ({
	page,
	browser,
	baseURL
}) => {
	await createDiary(page);
	await quickLog(page, 'Followed me from the station 🚶‍♀️');
	await quickLog(page, 'Waited outside work, انتظرني');
	await openExport(page);
	await expect(page.getByText('No files have been made yet.')).toBeVisible();
	const sharePath = await makeEncryptedIn(dir, page, 'caseworker');
	const shareCode = await shownReceipt(page);
	expect(shareCode.startsWith('2-')).toBe(true);
	const receipts = page.getByRole('list', { name: 'Receipts you have given' });
	await expect(receipts.getByRole('listitem')).toHaveCount(1);
	await expect(receipts.getByRole('listitem').first()).toContainText(/^Shared file, /);
	await expect(receipts.getByRole('listitem').first()).toContainText(shareCode);

	await withFreshPage(browser, baseURL, async (caseworker) => {
		await openInViewer(caseworker, sharePath, SHARE_PASSPHRASE);
		// The same code on the caseworker's screen: it is the file the person made.
		await expect(caseworker.getByText(shareCode, { exact: true })).toBeVisible();
		await audit(caseworker, 'viewer with a receipt');

		// A mistyped code is caught before anything is compared.
		const typo = shareCode.slice(0, -3) + (shareCode.at(-3) === 'A' ? 'B' : 'A') + shareCode.slice(-2);
		await checkCode(caseworker, typo);
		await expect(caseworker.getByRole('status').getByText(/That code has a mistake in it/)).toBeVisible();

		// Later: one more entry, then a backup; the earlier share's code still holds in it.
		await page.getByRole('button', { name: 'Timeline', exact: true }).click();
		await quickLog(page, 'Parked opposite the house');
		const backupPath = await exportEncrypted(dir, page, 'backup');
		const backupCode = await shownReceipt(page);
		expect(backupCode.startsWith('3-')).toBe(true);
		await expect(receipts.getByRole('listitem')).toHaveCount(2);
		await expect(receipts.getByRole('listitem').first()).toContainText(/^Backup, /);

		await caseworker.getByRole('button', { name: 'Close the file' }).click();
		await fillSharedFile(caseworker, backupPath, SHARE_PASSPHRASE);
		await caseworker.getByRole('button', { name: 'Open the file' }).click();
		await expect(caseworker.getByText(backupCode, { exact: true })).toBeVisible({ timeout: 20_000 });
		await checkCode(caseworker, shareCode.toLowerCase().replaceAll('-', ' '));
		await expect(
			caseworker.getByRole('status').getByText(/^Confirmed\. This file holds the 2 saved versions/)
		).toBeVisible();
		await audit(caseworker, 'receipt confirmed');
	});
});

test('a plain evidence pack opens in the viewer without a passphrase, with its receipt code', async ({
	page,
	browser,
	baseURL
}) => {
	await createDiary(page);
	await quickLog(page, 'Sent 14 messages overnight');
	await openExport(page);
	const packPath = await downloadTo(dir, page, 'Evidence pack (zip)');
	const packCode = await shownReceipt(page);
	await expect(
		page.getByRole('list', { name: 'Receipts you have given' }).getByRole('listitem').first()
	).toContainText(/^Export, /);

	await withFreshPage(browser, baseURL, async (caseworker) => {
		await openInViewer(caseworker, packPath, null);
		await expect(caseworker.getByText(packCode, { exact: true })).toBeVisible();
		await expect(caseworker.getByText(/not locked with a passphrase/)).toBeVisible();
		await expect(
			caseworker.getByText(/match their fingerprints, and the record of changes is complete\./)
		).toBeVisible();
		await checkCode(caseworker, packCode);
		await expect(caseworker.getByRole('status').getByText(/^Confirmed\./)).toBeVisible();
	});
});
