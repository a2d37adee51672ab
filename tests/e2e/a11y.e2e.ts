// Every screen, in light and dark, at 320 px and at desktop width: zero axe violations against WCAG 2.2 AA, nothing
// that scrolls sideways, and touch targets of at least 44 px.
import type { Page } from '@playwright/test';
import { supportMessages } from '../../src/lib/messages/en/support';
import { audit } from './audit';
import {
	CODE,
	PASSPHRASE,
	SETUP_CODE,
	WELCOME,
	createDiary,
	deleteDiaryDatabase,
	expect,
	openScreen,
	test,
	typeCode,
	chooseLanguage,
	CHOOSE_LANGUAGE
} from './fixtures';
import { SHARE_PASSPHRASE, fillSharedFile, makeEncryptedIn } from './sharing';

/** Walks through every screen a person sees, auditing each one. */
async function visitEveryScreen(page: Page) {
	await page.goto('/');
	await audit(page, 'calculator on a first visit');
	await typeCode(page, SETUP_CODE);
	await expect(page.getByRole('heading', { name: CHOOSE_LANGUAGE })).toBeVisible();
	await audit(page, 'language choice');
	await chooseLanguage(page);
	await expect(page.getByRole('heading', { name: WELCOME })).toBeVisible();
	await audit(page, 'welcome');
	await page.getByRole('button', { name: 'Next' }).click();
	await page.getByRole('button', { name: 'Next' }).click();
	await page.getByRole('button', { name: 'Set up my diary' }).click();
	await expect(page.getByRole('heading', { name: 'Set up your diary' })).toBeVisible();
	// The suggested words come from a word list that loads with the screen: audited once they show, not while
	// the button that uses them is still dimmed (axe caught that moment once, on a loaded machine).
	await expect(page.getByRole('button', { name: 'Use this passphrase' })).toBeEnabled();
	await audit(page, 'create');
	await page.getByLabel('Passphrase', { exact: true }).fill('weak');
	await page.getByRole('button', { name: 'Create my diary' }).click();
	await audit(page, 'create with errors');
	await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
	await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
	await page.getByLabel('Calculator code').fill(CODE);
	await page.getByRole('button', { name: 'Create my diary' }).click();
	await expect(page.getByRole('heading', { name: 'Practise the quick exit' })).toBeVisible({
		timeout: 20_000
	});
	await audit(page, 'practice');
	await page.getByRole('button', { name: 'Skip for now' }).click();
	await audit(page, 'timeline (empty)');

	await openScreen(page, 'Log something');
	await audit(page, 'log form');
	await page.getByText('If you saw them: what an officer may ask (optional)').click();
	await page.getByText('Describe the person you saw (optional)').click();
	await expect(page.getByLabel('How long did you see them for?')).toBeVisible();
	await audit(page, 'log form with the sighting questions open');
	await page.getByLabel('How precise').selectOption('range');
	await page.getByLabel('(a) Following').check();
	await page.getByLabel('Something else', { exact: true }).check();
	await page.getByRole('button', { name: 'Add a witness' }).click();
	await page.getByLabel('I reported it to the police').check();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await audit(page, 'log form with errors');
	await page.getByLabel('How precise').selectOption('datetime');
	await page.getByLabel('Something else', { exact: true }).uncheck();
	await page.getByLabel('What happened', { exact: true }).fill('Followed me to the shop');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await audit(page, 'incident');
	await page.getByRole('button', { name: 'Edit' }).click();
	await page.getByLabel('What happened', { exact: true }).fill('Followed me to the shop and back');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await page.getByText('Show this version').click();
	await audit(page, 'incident history');
	await page.getByRole('button', { name: 'Delete permanently' }).click();
	await audit(page, 'delete warning');

	await openScreen(page, 'Timeline');
	await page.getByRole('button', { name: 'Quick log' }).click();
	await page.getByRole('button', { name: 'Save now' }).click();
	await page.getByText('Filters', { exact: true }).click();
	await audit(page, 'timeline with entries and filters');
	for (const name of ['People', 'Patterns', 'Settings']) {
		await openScreen(page, name);
		await audit(page, name);
	}
	await openScreen(page, 'Patterns');
	await page.getByRole('button', { name: 'Facts your caseworker may ask about' }).click();
	await expect(page.getByRole('heading', { name: 'Facts for your caseworker', level: 1 })).toBeVisible();
	await page
		.getByRole('listitem')
		.filter({ hasText: 'Following' })
		.first()
		.getByText('Show the entry')
		.click();
	await expect(page.getByRole('button', { name: /Followed me to the shop and back/ })).toBeVisible();
	await audit(page, 'facts for your caseworker');
	await openScreen(page, 'Safety plan');
	await audit(page, 'safety plan (empty)');
	await page.getByLabel('A code word', { exact: true }).fill('Blue umbrella');
	await page.getByLabel('Safe places I can go').fill('The library on the High Street');
	await page.getByRole('button', { name: 'Save the plan' }).click();
	await expect(page.getByText('Your safety plan is saved.')).toBeVisible();
	await audit(page, 'safety plan (saved)');
	await openScreen(page, 'Help');
	await audit(page, 'help topics');
	for (const { title } of supportMessages.pages) {
		await page
			.getByRole('main')
			.getByRole('button', { name: new RegExp(`^${title}`) })
			.click();
		await audit(page, `help: ${title}`);
		await page.getByRole('button', { name: 'Back to help topics' }).first().click();
	}

	// Export and share, then the caseworker's viewer on the file just made, and the restore screen.
	await openScreen(page, 'Export and share');
	await audit(page, 'export and share');
	await page.getByLabel('Include my safety plan').check();
	const file = await makeEncryptedIn(test.info().outputPath(), page, 'caseworker');
	// The download starts before the app has finished (it records the share next); audit the screen once it has,
	// not while its buttons are still dimmed as busy.
	await expect(page.getByRole('button', { name: 'Make the encrypted file', exact: true })).toBeEnabled();
	await audit(page, 'export done');
	await openScreen(page, 'Settings');
	await page.getByRole('button', { name: 'Restore a backup' }).click();
	await audit(page, 'restore');
	await openScreen(page, 'Settings');
	await page.getByRole('button', { name: 'Open a shared file' }).click();
	await audit(page, 'open a shared file');
	await fillSharedFile(page, file, 'wrong passphrase entirely');
	await page.getByRole('button', { name: 'Open the file' }).click();
	await expect(page.getByRole('alert').first()).toBeVisible({ timeout: 20_000 });
	await audit(page, 'open a shared file with error');
	await page.getByLabel('Passphrase for the file', { exact: true }).fill(SHARE_PASSPHRASE);
	await page.getByRole('button', { name: 'Open the file' }).click();
	await expect(page.getByRole('heading', { name: 'Shared diary' })).toBeVisible({ timeout: 20_000 });
	await expect(page.getByRole('region', { name: 'Safety plan', exact: true })).toContainText('Blue umbrella');
	await audit(page, 'shared diary viewer, with the safety plan');

	await page.getByRole('button', { name: 'Lock' }).click();
	await audit(page, 'calculator');
	await typeCode(page);
	await audit(page, 'unlock');
	await page.getByLabel('Passphrase', { exact: true }).fill('not it');
	await page.getByRole('button', { name: 'Open', exact: true }).click();
	await expect(page.getByText('That passphrase did not open the diary')).toBeVisible();
	await audit(page, 'unlock with error');
}

for (const colorScheme of ['light', 'dark'] as const) {
	for (const viewport of [
		{ width: 320, height: 640 },
		{ width: 1280, height: 900 }
	]) {
		test(`every screen passes axe, ${colorScheme}, ${viewport.width} px`, async ({ page }) => {
			// Walks every screen: a long test, with a hang guard to match.
			test.setTimeout(300_000);
			await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
			await page.setViewportSize(viewport);
			await visitEveryScreen(page);
		});
	}
}

test('at 200 % text size the diary still fits and works', async ({ page }) => {
	await page.setViewportSize({ width: 640, height: 900 });
	await createDiary(page);
	// 200 % text on a 320 px phone is the same layout as 100 % text at 160 px: check the harder case, zoomed text.
	await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
	for (const name of ['Log something', 'Timeline', 'Patterns', 'Safety plan', 'Settings']) {
		await page.getByRole('button', { name, exact: true }).click();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, name).toBeLessThanOrEqual(0);
	}
});

test('the notice after the browser cleared the diary passes axe', async ({ page }) => {
	await createDiary(page);
	await deleteDiaryDatabase(page);
	await page.reload();
	await typeCode(page, SETUP_CODE);
	await chooseLanguage(page);
	await expect(
		page.getByRole('heading', { name: 'The diary that was on this phone could not be found' })
	).toBeVisible();
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await audit(page, `wiped notice, ${colorScheme}`);
	}
});
