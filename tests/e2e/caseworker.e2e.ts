// What a caseworker reaches for, from the diary the person keeps: the facts they ask about when they assess risk,
// counted on the person's phone, in the PDF and in the shared file, each linked to the entries it counts.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { attachFiles, createDiary, expect, openScreen, saveEntry, startEntry, test } from './fixtures';
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

const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
	'base64'
);

/**
 * Two entries: loitering at home with a threat and fear, and following reported through other people; the first
 * with a photo as its exhibit when asked.
 */
async function logTwoEntries(page: Page, withPhoto = false): Promise<void> {
	await startEntry(page, '(e) Loitering or hanging around', 'Standing across the road from my flat');
	if (withPhoto) await attachFiles(page, [{ name: 'zdjęcie drzwi.png', mimeType: 'image/png', buffer: PNG }]);
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
	await fact('Threats made').getByText('Show the entry').focus();
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

test('each paper for the courts is made from the export screen and reads back with its entries, marks and receipt', async ({
	page
}) => {
	await createDiary(page);
	await logTwoEntries(page, true);
	await openExport(page);
	await page.getByLabel('Your name').fill('Jo Smith');
	const papers = [
		{
			button: 'Chronology for a police statement',
			name: /calc-\d{4}-\d{2}-\d{2}-1\.pdf$/,
			holds: [
				'It is not itself a statement and is not signed',
				'Exhibits JS/1 zdjęcie drzwi.png',
				// Numbered entries, on whatever day this runs (a run past midnight once found a Tuesday).
				/\b1\. (Mon|Tue|Wed|Thu|Fri|Sat|Sun), /,
				'Standing across the road from my flat',
				/\b2\. (Mon|Tue|Wed|Thu|Fri|Sat|Sun), /,
				'A friend said he followed her to find me'
			]
		},
		{
			button: 'Stalking Protection Order fact sheet',
			name: /calc-\d{4}-\d{2}-\d{2}-2\.pdf$/,
			holds: [
				'Part 1: Acts associated with stalking (a) Following: 1 entry',
				'A friend said he followed her to find me',
				'(e) Loitering: 1 entry',
				'Standing across the road from my flat',
				'At or near: my home',
				'JS/1 zdjęcie drzwi.png',
				'Part 2: Risk',
				'Threats made 1 entry Entry 1',
				'Part 3: Why protection is needed',
				'It is not legal advice'
			]
		},
		{
			button: 'Chronology for the family court',
			name: /calc-\d{4}-\d{2}-\d{2}-3\.pdf$/,
			holds: [
				'The pattern over time',
				': 2 entries',
				'No. Date Event Exhibit',
				'(e) Loitering; A threat was made',
				'JS/1',
				'(a) Following'
			]
		}
	];
	for (const paper of papers) {
		const path = await downloadTo(dir, page, paper.button);
		expect(path).toMatch(paper.name);
		const receipt = page.getByText('Receipt code for this file:').locator('..').locator('.receipt-code');
		await expect(receipt).toHaveText(/^\d+-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
		const code = (await receipt.textContent())!.trim();
		const text = squash((await run('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'])).stdout);
		expect(text, paper.button).toContain(paper.button);
		expect(text, paper.button).toContain(code);
		for (const words of paper.holds) {
			if (typeof words === 'string') expect(text, `${paper.button}: ${words}`).toContain(words);
			else expect(text, `${paper.button}: ${words}`).toMatch(words);
		}
		expect(text, paper.button).toContain('How to check this evidence pack yourself');
	}

	// The upload kit: the index, then the photo under its mark, each checked by sha256sum against SHA256SUMS.
	const kit = await downloadTo(dir, page, 'Upload kit for a police evidence portal (zip)');
	expect(kit).toMatch(/calc-\d{4}-\d{2}-\d{2}-4\.zip$/);
	const listed = (await run('unzip', ['-Z1', kit])).stdout.trim().split('\n');
	expect(listed).toEqual(['00-index.pdf', 'JS-1.png', 'SHA256SUMS']);
	const out = join(dir, 'kit');
	await run('unzip', ['-q', kit, '-d', out]);
	const checked = (await run('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out })).stdout;
	expect(checked.trim().split('\n')).toEqual(['00-index.pdf: OK', 'JS-1.png: OK']);
	const index = squash((await run('pdftotext', ['-enc', 'UTF-8', join(out, '00-index.pdf'), '-'])).stdout);
	expect(index).toContain('JS/1 zdjęcie drzwi.png');
	expect(index).toContain('File in the upload kit: JS-1.png');
});

test('a sighting described with an officer’s questions is kept, opened again, and printed', async ({
	page
}) => {
	await createDiary(page);
	await startEntry(page, '(g) Watching or spying', 'At the end of the road when I left for work');
	await page.getByText('If you saw them: what an officer may ask (optional)').click();
	await page.getByLabel('How long did you see them for?').fill('About two minutes');
	await page.getByLabel('How far away were they?').fill('20 metres, across the road');
	await page.getByLabel('What was the light like?').fill('Daylight, overcast');
	await page.getByText('Describe the person you saw (optional)').click();
	await page.getByLabel('Hair').fill('Short, dyed red');
	await page.getByLabel('Vehicle colour').fill('Silver');
	await page.getByLabel('Make', { exact: true }).fill('Škoda');
	await page.getByRole('radio', { name: 'A lot' }).check();
	await saveEntry(page);
	const main = page.getByRole('main');
	for (const words of [
		'About two minutes',
		'20 metres, across the road',
		'Short, dyed red',
		'Škoda',
		'A lot'
	])
		await expect(main.getByText(words, { exact: true })).toBeVisible();

	// Opened again to edit, what was typed is there, its sections already open.
	await page.getByRole('button', { name: 'Edit' }).click();
	await expect(page.getByLabel('How long did you see them for?')).toHaveValue('About two minutes');
	await expect(page.getByLabel('Hair')).toHaveValue('Short, dyed red');
	await expect(page.getByRole('radio', { name: 'A lot' })).toBeChecked();
	await page.getByRole('button', { name: 'Cancel' }).click();

	await openExport(page);
	const pdf = await downloadTo(dir, page, 'Timeline PDF');
	const text = squash((await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'])).stdout);
	for (const words of [
		'About the sighting: seen for: About two minutes, distance: 20 metres, across the road, light: Daylight, overcast',
		'Seen: hair: Short, dyed red',
		'Vehicle seen: Silver Škoda',
		'How much it affected me: a lot'
	])
		expect(text).toContain(words);
});
