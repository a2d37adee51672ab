// What a caseworker reaches for, from the diary the person keeps: the facts they ask about when they assess risk,
// counted on the person's phone, in the PDF and in the shared file, each linked to the entries it counts.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { createDiary, expect, openScreen, saveEntry, startEntry, test } from './fixtures';
import { downloadTo, exportEncrypted, openExport, openSharedFile, withFreshPage } from './sharing';

const run = promisify(execFile);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The person's words about the effect, in English with an emoji and in Arabic (right to left). */
const OWN_WORDS = 'I check the street before I leave 😟 — أنا خائفة';

let dir: string;
test.beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'wm-caseworker-'));
});
test.afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

/** Two entries: loitering at home with a threat and fear, and following reported through other people. */
async function logTwoEntries(page: Page): Promise<void> {
	await startEntry(page, '(e) Loitering or hanging around', 'Standing across the road from my flat');
	await page.getByLabel('My home').check();
	await page.getByLabel('They threatened me, or someone close to me').check();
	await page.getByLabel('I feared violence would be used against me').check();
	await page.getByLabel('In your own words').fill(OWN_WORDS);
	await saveEntry(page);
	await expect(page.getByRole('main').getByText('My home', { exact: true })).toBeVisible();
	await expect(page.getByRole('main').getByText('A threat was made', { exact: true })).toBeVisible();
	await startEntry(page, '(a) Following', 'A friend said he followed her to find me');
	await page.getByLabel('Through other people').check();
	await saveEntry(page);
}

test('the facts for a caseworker count the entries and open each one', async ({ page }) => {
	await createDiary(page);
	await logTwoEntries(page);
	await openScreen(page, 'Patterns');
	await page.getByRole('button', { name: 'Facts your caseworker may ask about' }).click();
	await expect(page.getByRole('heading', { name: 'Facts for your caseworker', level: 1 })).toBeFocused();
	await expect(page.getByText('They are not a risk assessment and give no score')).toBeVisible();
	const fact = (label: string) => page.getByRole('listitem').filter({ hasText: label }).first();
	await expect(fact('Entries in the last 7 days')).toContainText('2 entries');
	await expect(fact('At or near home')).toContainText('1 entry');
	await expect(fact('Threats made')).toContainText('1 entry');
	await expect(fact('Contact through other people')).toContainText('1 entry');
	await expect(fact('Interfering with property, or damaging it')).toContainText('None recorded');
	await expect(page.getByText(OWN_WORDS)).toBeVisible();

	// By keyboard, as a screen reader user would: the disclosure opens, and the entry it lists opens.
	await page.getByText('Threats made: show the entry').focus();
	await page.keyboard.press('Enter');
	await page.getByRole('button', { name: /Standing across the road from my flat/ }).click();
	await expect(page.getByRole('heading', { name: 'Entry', exact: true })).toBeVisible();
	await expect(page.getByText('Standing across the road from my flat')).toBeVisible();
	await page.goBack();
	await expect(page.getByRole('heading', { name: 'Facts for your caseworker', level: 1 })).toBeVisible();
});

test('the PDF and the shared file carry the same facts, linked to the entries by number', async ({
	page,
	browser,
	baseURL
}) => {
	await createDiary(page);
	await logTwoEntries(page);
	await openExport(page);
	const pdf = await downloadTo(dir, page, 'Timeline PDF');
	// -layout keeps each fact on the line with its count, as it is printed.
	const text = squash((await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'])).stdout);
	const section = text.slice(text.indexOf('Facts a caseworker may ask about'));
	for (const expected of [
		'Entries in the last 7 days 2 entries Entries 1, 2',
		'At or near home 1 entry Entry 1',
		'Threats made 1 entry Entry 1',
		'Contact through other people 1 entry Entry 2',
		'Fear that violence will be used 1 entry Entry 1',
		'Interfering with property, or damaging it None recorded'
	])
		expect(section).toContain(expected);
	expect(section).toContain('😟');

	const file = await exportEncrypted(dir, page, 'caseworker');
	await withFreshPage(browser, baseURL, async (caseworker) => {
		await openSharedFile(caseworker, file);
		await expect(caseworker.getByRole('heading', { name: 'Shared diary' })).toBeVisible({ timeout: 20_000 });
		const facts = caseworker.getByRole('region', { name: 'Facts a caseworker may ask about' });
		const fact = (label: string) => facts.getByRole('listitem').filter({ hasText: label }).first();
		await expect(fact('Threats made')).toContainText('1 entry');
		await expect(fact('Contact through other people')).toContainText('1 entry');
		await expect(facts.getByText(OWN_WORDS)).toBeVisible();
		await fact('Contact through other people').getByRole('button', { name: 'Entry 2' }).click();
		await expect(caseworker.getByRole('heading', { name: /^Entry 2 · / })).toBeFocused();
	});
});
