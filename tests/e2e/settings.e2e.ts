import { PASSPHRASE, createDiary, errorSummary, expect, test } from './fixtures';

const OTHER = 'https://www.bbc.co.uk/news';

test.describe('settings', () => {
	test.use({ foreignAllowed: [OTHER] });

	test('the exit destination can be changed, and the exit goes there', async ({ page, context }) => {
		await context.route(`${OTHER}**`, (route) =>
			route.fulfill({ status: 200, contentType: 'text/html', body: '<title>News</title><h1>News</h1>' })
		);
		await createDiary(page);
		await page.getByRole('button', { name: 'Settings' }).click();
		await page.getByLabel('Quick exit goes to').fill('javascript:alert(1)');
		await page.getByRole('button', { name: 'Save settings' }).click();
		await expect(errorSummary(page)).toBeFocused();
		await expect(
			errorSummary(page).getByRole('link', { name: 'Please enter a web address that starts with https://' })
		).toBeVisible();
		await expect(page.getByLabel('Quick exit goes to')).toHaveAccessibleDescription(
			/Please enter a web address that starts with https:\/\//
		);
		await page.getByLabel('Quick exit goes to').fill(OTHER);
		await page.getByRole('button', { name: 'Save settings' }).click();
		await expect(page.getByText('Settings saved.')).toBeVisible();
		await page.getByRole('button', { name: 'Quick exit' }).click();
		await expect(page).toHaveURL(OTHER);
	});
});

test('without the disguise, the locked app shows the passphrase screen', async ({ page }) => {
	await createDiary(page);
	await page.getByRole('button', { name: 'Settings' }).click();
	await page.getByLabel('Open as a calculator').uncheck();
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByText('Settings saved.')).toBeVisible();
	await page.getByRole('button', { name: 'Lock' }).click();
	await expect(page.getByRole('heading', { name: 'Open your diary' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Open your diary' })).toBeVisible();
});

test('the passphrase can be changed; the old one stops working', async ({ page }) => {
	const next = 'violet harbour compass 82 slowly';
	await createDiary(page);
	await page.getByRole('button', { name: 'Settings' }).click();
	await page.getByLabel('Open as a calculator').uncheck();
	await page.getByRole('button', { name: 'Save settings' }).click();
	await page.getByLabel('Current passphrase', { exact: true }).fill(PASSPHRASE);
	await page.getByLabel('New passphrase', { exact: true }).fill(next);
	await page.getByLabel('Type the new passphrase again').fill(next);
	await page.getByRole('button', { name: 'Change passphrase' }).click();
	await expect(page.getByText('Your passphrase has been changed.')).toBeVisible({ timeout: 20_000 });
	await page.getByRole('button', { name: 'Lock' }).click();
	await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
	await page.getByRole('button', { name: 'Open', exact: true }).click();
	await expect(page.getByText('That passphrase did not open the diary')).toBeVisible();
	await page.getByLabel('Passphrase', { exact: true }).fill(next);
	await page.getByRole('button', { name: 'Open', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toBeVisible({ timeout: 20_000 });
});
