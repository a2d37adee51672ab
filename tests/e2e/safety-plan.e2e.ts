// The person's safety plan: written from the guided form, kept locked like the entries (what is typed is kept even
// before it is saved), and seen by a caseworker only in a file the person chose to include it in.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createDiary, expect, openScreen, quickLog, test, unlock } from './fixtures';
import { exportEncrypted, makeEncryptedIn, openSharedFile, withFreshPage } from './sharing';

/** Words a person may write, with an emoji and Urdu (right to left) among them. */
const CODE_WORD = 'Pineapple 🍍';
const SAFE_PLACE = 'The library on the High Street — کتب خانہ';

let dir: string;
test.beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'wm-plan-'));
});
test.afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

async function writePlan(page: Page): Promise<void> {
	await openScreen(page, 'Safety plan');
	await page.getByLabel('People I can call').fill('Mum 07700 900123\nMy ISAC at Safer Places');
	await page.getByLabel('A code word', { exact: true }).fill(CODE_WORD);
	await page.getByLabel('Safe places I can go').fill(SAFE_PLACE);
	await page.getByLabel('Keeping my phone and accounts safe').fill('Check location sharing every Sunday');
	await page.getByRole('button', { name: 'Save the plan' }).click();
	await expect(page.getByRole('status').getByText('Your safety plan is saved.')).toBeVisible();
}

test('the safety plan is saved, kept locked, and back after unlocking, with words typed since kept too', async ({
	page
}) => {
	await createDiary(page);
	await openScreen(page, 'Safety plan');
	await expect(page.getByRole('heading', { name: 'Your safety plan', level: 1 })).toBeFocused();
	const emergency = page.getByRole('region', { name: 'In an emergency' });
	await expect(emergency).toContainText('call 999');
	await expect(emergency).toContainText('press 55 when asked');
	await writePlan(page);
	await expect(page.getByText(/^Last saved /)).toBeVisible();

	// Typed, not saved, then locked at once: the words are kept, and unlocking goes back to them.
	await page.getByLabel('Routes and times to vary').fill('Leave by the side door');
	await expect(page.getByText('Draft kept safe')).toBeVisible();
	await page.getByRole('button', { name: 'Lock' }).click();
	await expect(page.getByRole('heading', { name: 'Calculator', exact: true })).toBeAttached();
	await expect(page.getByText(CODE_WORD)).toHaveCount(0);
	await unlock(page, undefined, 'Your safety plan');
	await expect(page.getByText('What you were typing has been brought back.')).toBeVisible();
	await expect(page.getByLabel('A code word', { exact: true })).toHaveValue(CODE_WORD);
	await expect(page.getByLabel('Safe places I can go')).toHaveValue(SAFE_PLACE);
	await expect(page.getByLabel('Routes and times to vary')).toHaveValue('Leave by the side door');
	await page.getByRole('button', { name: 'Save the plan' }).click();
	await expect(page.getByRole('status').getByText('Your safety plan is saved.')).toBeVisible();

	// Saved, so the next unlock opens on the timeline, and the plan holds everything.
	await page.getByRole('button', { name: 'Lock' }).click();
	await unlock(page);
	await openScreen(page, 'Safety plan');
	await expect(page.getByLabel('Routes and times to vary')).toHaveValue('Leave by the side door');
	await expect(page.getByLabel('People I can call')).toHaveValue('Mum 07700 900123\nMy ISAC at Safer Places');
});

test('a caseworker sees the safety plan only in a file the person chose to include it in', async ({
	page,
	browser,
	baseURL
}) => {
	await createDiary(page);
	await quickLog(page, 'Standing at the end of the road again');
	await writePlan(page);

	// Left unticked: not in the file.
	const without = await exportEncrypted(dir, page, 'caseworker');
	// Each file is opened before the next is made: both are saved under the same day's name.
	await withFreshPage(browser, baseURL, async (caseworker) => {
		await openSharedFile(caseworker, without);
		await expect(caseworker.getByRole('heading', { name: 'Shared diary' })).toBeVisible({ timeout: 20_000 });
		await expect(caseworker.getByText('Standing at the end of the road again')).toBeVisible();
		await expect(caseworker.getByRole('region', { name: 'Safety plan', exact: true })).toHaveCount(0);
		await expect(caseworker.getByText(CODE_WORD)).toHaveCount(0);
	});
	// Ticked: in the file. A backup has no such choice; it always holds the plan.
	await page.getByLabel(/A backup for me/).check();
	await expect(page.getByLabel('Include my safety plan')).toHaveCount(0);
	await page.getByLabel(/My caseworker or the police/).check();
	// A disclosure-safe copy may be shown to the other side: the plan is never offered for one.
	await page.getByLabel('Disclosure-safe copy').check();
	await expect(page.getByLabel('Include my safety plan')).toHaveCount(0);
	await page.getByLabel('Disclosure-safe copy').uncheck();
	await page.getByLabel('Include my safety plan').check();
	const withPlan = await makeEncryptedIn(dir, page, 'caseworker');

	await withFreshPage(browser, baseURL, async (caseworker) => {
		await openSharedFile(caseworker, withPlan);
		await expect(caseworker.getByRole('heading', { name: 'Shared diary' })).toBeVisible({ timeout: 20_000 });
		const plan = caseworker.getByRole('region', { name: 'Safety plan', exact: true });
		await expect(plan).toContainText('It is not part of the record of changes');
		await expect(plan.getByRole('definition').nth(1)).toHaveText(CODE_WORD);
		await expect(plan.getByRole('definition').nth(2)).toHaveText(SAFE_PLACE);
		await expect(plan.getByRole('definition').nth(3)).toHaveText('Not filled in.');
	});
});
