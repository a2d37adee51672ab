// Every form keeps the person's words, asks before throwing them away, and shows its problems as a GOV.UK error
// summary that takes focus, is in view, and links to each field; each message goes once its problem is fixed.
import type { Locator, Page } from '@playwright/test';
import { audit } from './audit';
import {
	CODE,
	EXIT_STUB,
	PASSPHRASE,
	createDiary,
	errorSummary,
	expect,
	openFirstRun,
	openScreen,
	quickLog,
	startQuickLog,
	stubExit,
	test,
	typeCode,
	unlock
} from './fixtures';

const TOO_LONG = 'x'.repeat(20_001);
const RESTORED = 'What you were typing has been brought back.';
const quickWords = (page: Page) => page.getByLabel('A few words (optional)');

/** The summary after the first press of a save button with a problem: focused, in view, linking to its field. */
async function expectSummary(
	page: Page,
	link: string | RegExp,
	field: Locator,
	screenshot?: string
): Promise<Locator> {
	const summary = errorSummary(page);
	await expect(summary).toBeFocused();
	await expect(summary).toBeInViewport();
	if (screenshot) await page.screenshot({ path: screenshot });
	// The same message stands beside the field, which says it has a problem.
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	const message = typeof link === 'string' ? new RegExp(link.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : link;
	await expect(field).toHaveAccessibleDescription(message);
	await summary.getByRole('link', { name: link }).click();
	await expect(field).toBeFocused();
	await expect(field).toBeInViewport();
	// Moving to the field does not change the address: nothing in the URL may say what the app is.
	expect(new URL(page.url()).hash).toBe('');
	return summary;
}

async function openWithdraw(page: Page, words: string) {
	await page.getByRole('button', { name: new RegExp(words) }).click();
	await page.getByRole('button', { name: 'Withdraw', exact: true }).click();
}

test.describe('words are kept as a sealed draft', () => {
	test('quick-log words survive a reload, then unlocking', async ({ page }) => {
		await createDiary(page);
		await startQuickLog(page, 'Grey car outside again, 07:40');
		await expect(page.getByRole('status').getByText('Draft kept safe')).toBeVisible();
		await page.reload();
		await unlock(page);
		await expect(quickWords(page)).toHaveValue('Grey car outside again, 07:40');
		await expect(page.getByText(RESTORED)).toBeVisible();
		// Saved from the kept words, it becomes an entry and the draft goes.
		await page.getByRole('button', { name: 'Save now' }).click();
		await expect(page.getByRole('button', { name: /Grey car outside again/ })).toBeVisible();
		await page.reload();
		await unlock(page);
		await expect(quickWords(page)).toHaveCount(0);
	});

	test.describe('through the quick exit', () => {
		test.use({ foreignAllowed: [EXIT_STUB] });

		test('quick-log words survive the exit button, and Shift pressed three times', async ({ page }) => {
			await stubExit(page.context());
			await createDiary(page);
			await startQuickLog(page, 'Typed a moment before leaving');
			await page.getByRole('button', { name: 'Quick exit' }).click();
			await expect(page).toHaveURL(EXIT_STUB);
			await page.goBack();
			await expect(page.locator('body')).not.toContainText('Typed a moment');
			await unlock(page);
			await expect(quickWords(page)).toHaveValue('Typed a moment before leaving');

			await quickWords(page).fill('Then more, and Shift three times');
			for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
			await expect(page).toHaveURL(EXIT_STUB);
			await page.goBack();
			await expect(page.locator('body')).not.toContainText('Shift three times');
			await unlock(page);
			await expect(quickWords(page)).toHaveValue('Then more, and Shift three times');
		});
	});

	test('the person form and the reason for withdrawing survive a reload, and unlocking goes back to them', async ({
		page
	}) => {
		await createDiary(page);
		await openScreen(page, 'People');
		await page.getByLabel('Name or what you call them').fill('Tall man in a grey coat');
		await page.getByLabel('Vehicles and registrations').fill('Silver estate\nAB12 CDE');
		await expect(page.getByRole('status').getByText('Draft kept safe')).toBeVisible();
		await page.reload();
		await unlock(page, PASSPHRASE, 'People');
		await expect(page.getByText(RESTORED)).toBeVisible();
		await expect(page.getByLabel('Name or what you call them')).toHaveValue('Tall man in a grey coat');
		await expect(page.getByLabel('Vehicles and registrations')).toHaveValue('Silver estate\nAB12 CDE');
		await page.getByRole('button', { name: 'Save person' }).click();
		await expect(page.getByRole('button', { name: 'Edit Tall man in a grey coat' })).toBeVisible();

		await openScreen(page, 'Timeline');
		await quickLog(page, 'Entered this twice');
		await openWithdraw(page, 'Entered this twice');
		await page.getByLabel('Reason (optional)').fill('The same call as the entry before');
		await expect(page.getByRole('status').getByText('Draft kept safe')).toBeVisible();
		await page.reload();
		await unlock(page, PASSPHRASE, 'Entry');
		await expect(page.getByLabel('Reason (optional)')).toHaveValue('The same call as the entry before');
		await page.getByRole('button', { name: 'Withdraw this entry' }).click();
		await expect(page.getByText('Withdrawn', { exact: true }).first()).toBeVisible();
		// The reason went with the withdrawal, so nothing is waiting when the diary is next opened.
		await page.reload();
		await unlock(page);
		await expect(page.getByText(RESTORED)).toHaveCount(0);
	});

	test('words typed while a person is being saved are kept for the next person, not cleared with the save', async ({
		page
	}) => {
		await createDiary(page);
		await openScreen(page, 'People');
		const name = page.getByLabel('Name or what you call them');
		await name.fill('Tall man in a grey coat');
		// The save waits behind the lock every tab's writes share, held here, as a busy phone or another tab would.
		await page.evaluate(
			() =>
				new Promise<void>((held) => {
					void navigator.locks.request(
						'calc-rows',
						() =>
							new Promise<void>((release) => {
								(window as unknown as { releaseRows: () => void }).releaseRows = release;
								held();
							})
					);
				})
		);
		await page.getByRole('button', { name: 'Save person' }).click();
		await name.fill('Woman with a red bicycle');
		await page.evaluate(() => (window as unknown as { releaseRows: () => void }).releaseRows());
		await expect(page.getByRole('button', { name: 'Edit Tall man in a grey coat' })).toBeVisible();
		await expect(page.getByRole('status').getByText('Saved.', { exact: true })).toBeVisible();
		await expect(name).toHaveValue('Woman with a red bicycle');
		await expect(page.getByRole('status').getByText('Draft kept safe')).toBeVisible();
		await page.reload();
		await unlock(page, PASSPHRASE, 'People');
		await expect(name).toHaveValue('Woman with a red bicycle');
	});
});

/**
 * Holds the diary's rows store busy from a second connection, as a slow phone or another tab's write can: the app's
 * writes to it wait until releaseRowsStore. The hold is a read-write transaction kept alive by reads.
 */
async function holdRowsStore(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((held, failed) => {
				const open = indexedDB.open('calc');
				open.onerror = () => failed(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const store = db.transaction('rows', 'readwrite').objectStore('rows');
					const flags = window as unknown as { releaseRows?: boolean; rowsFree?: Promise<void> };
					flags.releaseRows = false;
					flags.rowsFree = new Promise<void>((free) => {
						store.transaction.oncomplete = () => {
							db.close();
							free();
						};
					});
					const started = Date.now();
					const spin = () => {
						if (!flags.releaseRows && Date.now() - started < 60_000) store.count().onsuccess = spin;
					};
					spin();
					held();
				};
			})
	);
}

async function releaseRowsStore(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const flags = window as unknown as { releaseRows?: boolean; rowsFree?: Promise<void> };
		flags.releaseRows = true;
		await flags.rowsFree;
	});
}

test.describe('Cancel asks before typed words are thrown away', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test('the quick log: Escape and "Keep my words" keep them; "Discard them" removes the draft too', async ({
		page
	}, testInfo) => {
		await createDiary(page);
		const cancel = page.getByRole('button', { name: 'Cancel' });
		// Nothing typed: Cancel just closes.
		await page.getByRole('button', { name: 'Quick log' }).click();
		await cancel.click();
		await expect(page.getByRole('alertdialog')).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Quick log' })).toBeFocused();

		await startQuickLog(page, 'Left a note on the car');
		await cancel.click();
		const dialog = page.getByRole('alertdialog', { name: 'Keep what you typed?' });
		await expect(dialog).toBeVisible();
		await expect(dialog).toBeInViewport();
		await expect(dialog.getByRole('button', { name: 'Keep my words' })).toBeFocused();
		// The quick exit stays within reach while the question is open.
		await expect(page.getByRole('button', { name: 'Quick exit' })).toBeEnabled();
		await audit(page, 'quick log, asking before discarding');
		await page.emulateMedia({ colorScheme: 'dark' });
		await audit(page, 'quick log, asking before discarding, dark');
		await page.emulateMedia({ colorScheme: 'light' });
		await page.screenshot({ path: testInfo.outputPath('confirm-discard-320.png') });

		await page.keyboard.press('Escape');
		await expect(dialog).toHaveCount(0);
		await expect(cancel).toBeFocused();
		await expect(quickWords(page)).toHaveValue('Left a note on the car');

		await cancel.click();
		await dialog.getByRole('button', { name: 'Keep my words' }).click();
		await expect(quickWords(page)).toHaveValue('Left a note on the car');

		// The words leave the screen only once their draft has left the phone: with the draft's store held busy by
		// another connection, they stay; once it is free, they go, and a reload straight after brings nothing back.
		// (Closing first once let a reload land before the deletion, and the words came back: run 2 of a loop.)
		await holdRowsStore(page);
		await cancel.click();
		await dialog.getByRole('button', { name: 'Discard them' }).click();
		await expect(dialog).toHaveCount(0);
		await expect(quickWords(page)).toHaveValue('Left a note on the car');
		await releaseRowsStore(page);
		await expect(quickWords(page)).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Quick log' })).toBeFocused();
		await page.reload();
		await unlock(page);
		await expect(quickWords(page)).toHaveCount(0);
		await expect(page.getByText(RESTORED)).toHaveCount(0);
	});

	test('the full form: nothing typed leaves at once; typed words are asked about, and kept unless discarded', async ({
		page
	}) => {
		await createDiary(page);
		await openScreen(page, 'Log something');
		await page.getByRole('button', { name: 'Cancel' }).click();
		await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toBeVisible();

		await openScreen(page, 'Log something');
		await page.getByLabel('What happened', { exact: true }).fill('Waited at the bus stop');
		await page.getByRole('button', { name: 'Cancel' }).click();
		const dialog = page.getByRole('alertdialog', { name: 'Keep what you typed?' });
		await expect(dialog.getByRole('button', { name: 'Keep my words' })).toBeFocused();
		await audit(page, 'log form, asking before discarding');
		await dialog.getByRole('button', { name: 'Keep my words' }).click();
		await expect(page.getByLabel('What happened', { exact: true })).toHaveValue('Waited at the bus stop');

		// Kept means kept: leaving by the menu and coming back brings the words back.
		await openScreen(page, 'Timeline');
		await openScreen(page, 'Log something');
		await expect(page.getByLabel('What happened', { exact: true })).toHaveValue('Waited at the bus stop');

		await page.getByRole('button', { name: 'Cancel' }).click();
		await dialog.getByRole('button', { name: 'Discard them' }).click();
		await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toBeVisible();
		await page.reload();
		await unlock(page);
		await openScreen(page, 'Log something');
		await expect(page.getByLabel('What happened', { exact: true })).toHaveValue('');
	});

	test('the person form and the reason for withdrawing ask too', async ({ page }) => {
		await createDiary(page);
		await quickLog(page, 'Rang four times');
		await openWithdraw(page, 'Rang four times');
		const reason = page.getByLabel('Reason (optional)');
		await reason.fill('Wrong day');
		await page.getByRole('button', { name: 'Cancel' }).click();
		const dialog = page.getByRole('alertdialog', { name: 'Keep what you typed?' });
		await dialog.getByRole('button', { name: 'Keep my words' }).click();
		await expect(reason).toHaveValue('Wrong day');
		await page.getByRole('button', { name: 'Cancel' }).click();
		await dialog.getByRole('button', { name: 'Discard them' }).click();
		await expect(reason).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Withdraw', exact: true })).toBeFocused();

		await openScreen(page, 'People');
		const name = page.getByLabel('Name or what you call them');
		await name.fill('Neighbour at number 9');
		await page.getByRole('button', { name: 'Cancel' }).click();
		await dialog.getByRole('button', { name: 'Keep my words' }).click();
		await expect(name).toHaveValue('Neighbour at number 9');
		await page.getByRole('button', { name: 'Cancel' }).click();
		await dialog.getByRole('button', { name: 'Discard them' }).click();
		await expect(name).toHaveValue('');
		await page.reload();
		await unlock(page);
		await openScreen(page, 'People');
		await expect(name).toHaveValue('');
	});
});

test.describe('the error summary, on every form', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test('set-up: the first press shows the summary, and each message goes once its problem is fixed', async ({
		page
	}, testInfo) => {
		await openFirstRun(page);
		for (const step of ['Next', 'Next', 'Set up my diary'])
			await page.getByRole('button', { name: step }).click();
		const passphrase = page.getByLabel('Passphrase', { exact: true });
		await passphrase.fill('password123');
		await page.getByLabel('Type the passphrase again').fill('password124');
		await page.getByLabel('Calculator code').fill('12');
		await page.getByRole('button', { name: 'Create my diary' }).click();
		const summary = await expectSummary(
			page,
			/too easy to guess/,
			passphrase,
			testInfo.outputPath('error-summary-setup-320.png')
		);
		await expect(summary.getByRole('link')).toHaveText([
			/too easy to guess/,
			'The two passphrases are not the same. Please type them again.',
			'Please use at least 4 digits.'
		]);
		await audit(page, 'set-up with problems');

		await passphrase.fill(PASSPHRASE);
		await expect(page.getByText('Very hard to guess')).toBeVisible();
		await expect(page.getByText(/too easy to guess/)).toHaveCount(0);
		await expect(passphrase).not.toHaveAttribute('aria-invalid', 'true');
		await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
		await expect(summary.getByRole('link')).toHaveText(['Please use at least 4 digits.']);
		await page.getByLabel('Calculator code').fill(CODE);
		await expect(summary).toHaveCount(0);
	});

	test('unlock, the full log form, the quick log, people and the reason for withdrawing', async ({
		page
	}, testInfo) => {
		await createDiary(page);
		await page.getByRole('button', { name: 'Lock' }).click();
		await typeCode(page);
		await page.getByRole('button', { name: 'Open', exact: true }).click();
		await expectSummary(page, 'Please type your passphrase.', page.getByLabel('Passphrase', { exact: true }));
		await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
		await expect(errorSummary(page)).toHaveCount(0);
		await page.getByRole('button', { name: 'Open', exact: true }).click();
		await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toBeVisible({
			timeout: 20_000
		});

		// The full form: no behaviour ticked. The summary is at the top, the Save button at the bottom.
		await openScreen(page, 'Log something');
		await page.getByLabel('What happened', { exact: true }).fill('Outside the school gates');
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		const following = page.getByLabel('(a) Following');
		const summary = errorSummary(page);
		await expect(summary).toBeFocused();
		await expect(summary).toBeInViewport();
		await audit(page, 'log form with problems');
		await page.screenshot({ path: testInfo.outputPath('error-summary-log-320.png') });
		await summary.getByRole('link', { name: /at least one kind of behaviour/ }).click();
		await expect(following).toBeFocused();
		await expect(following).toBeInViewport();
		await following.check();
		await expect(summary).toHaveCount(0);
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByRole('heading', { name: 'Entry' })).toBeVisible();

		// The quick log: more than the diary can keep.
		await openScreen(page, 'Timeline');
		await startQuickLog(page, TOO_LONG);
		await page.getByRole('button', { name: 'Save now' }).click();
		await expectSummary(
			page,
			/longer than the diary can keep/,
			quickWords(page),
			testInfo.outputPath('error-summary-quick-log-320.png')
		);
		await audit(page, 'quick log with a problem');
		await quickWords(page).fill('Shorter now');
		await expect(errorSummary(page)).toHaveCount(0);
		await page.getByRole('button', { name: 'Save now' }).click();
		await expect(page.getByText('Saved. You can add detail when you can.')).toBeVisible();

		// People: no name.
		await openScreen(page, 'People');
		await page.getByLabel('Description').fill('Tall, grey coat');
		await page.getByRole('button', { name: 'Save person' }).click();
		await expectSummary(page, /Please add a name/, page.getByLabel('Name or what you call them'));
		await audit(page, 'people with a problem');
		await page.getByLabel('Name or what you call them').fill('Grey coat');
		await expect(errorSummary(page)).toHaveCount(0);

		// The reason for withdrawing: more than the diary can keep.
		await openScreen(page, 'Timeline');
		await openWithdraw(page, 'Shorter now');
		await page.getByLabel('Reason (optional)').fill(TOO_LONG);
		await page.getByRole('button', { name: 'Withdraw this entry' }).click();
		await expectSummary(page, /longer than the diary can keep/, page.getByLabel('Reason (optional)'));
		await audit(page, 'withdrawing with a problem');
		await page.getByLabel('Reason (optional)').fill('Entered by mistake');
		await expect(errorSummary(page)).toHaveCount(0);
	});

	test('settings, the passphrase change and opening a shared file', async ({ page }) => {
		await createDiary(page);
		await openScreen(page, 'Settings');
		const exitUrl = page.getByLabel('Quick exit goes to');
		await exitUrl.fill('javascript:alert(1)');
		await page.getByRole('button', { name: 'Save settings' }).click();
		await expectSummary(page, 'Please enter a web address that starts with https://', exitUrl);
		await exitUrl.fill('https://www.bbc.co.uk/news');
		await expect(errorSummary(page)).toHaveCount(0);

		const current = page.getByLabel('Current passphrase', { exact: true });
		const next = page.getByLabel('New passphrase', { exact: true });
		await next.fill('password123');
		await page.getByRole('button', { name: 'Change passphrase' }).click();
		const summary = await expectSummary(page, 'Please type your current passphrase.', current);
		await expect(summary.getByRole('link')).toHaveText([
			'Please type your current passphrase.',
			/too easy to guess/,
			'The two passphrases are not the same. Please type them again.'
		]);
		await audit(page, 'passphrase change with problems');
		const chosen = 'violet harbour compass 82 slowly';
		await next.fill(chosen);
		await page.getByLabel('Type the new passphrase again').fill(chosen);
		await expect(summary.getByRole('link')).toHaveText(['Please type your current passphrase.']);
		// A current passphrase that does not open the diary is a problem with that field, until it is changed.
		await current.fill('not the passphrase at all');
		await expect(summary).toHaveCount(0);
		await page.getByRole('button', { name: 'Change passphrase' }).click();
		await expectSummary(page, /not the passphrase that opens the diary now/, current);
		await current.fill(PASSPHRASE);
		await expect(errorSummary(page)).toHaveCount(0);

		await page.getByRole('button', { name: 'Open a shared file' }).click();
		await page.getByRole('button', { name: 'Open the file' }).click();
		const fileSummary = await expectSummary(page, 'Please choose the file.', page.getByLabel('File to open'));
		await expect(fileSummary.getByRole('link')).toHaveText([
			'Please choose the file.',
			'Please type the passphrase for the file.'
		]);
		await audit(page, 'opening a shared file with problems');
		await page.getByLabel('Passphrase for the file').fill('copper meadow lantern 58 gently');
		await expect(fileSummary.getByRole('link')).toHaveText(['Please choose the file.']);
	});

	test('export and share: dates the wrong way round, and a passphrase for the file that is too easy to guess', async ({
		page
	}) => {
		await createDiary(page);
		await quickLog(page, 'Something to export');
		await openScreen(page, 'Export and share');
		const from = page.getByLabel('From', { exact: true });
		await from.fill('2026-05-02');
		await page.getByLabel('To', { exact: true }).fill('2026-05-01');
		await page.getByRole('button', { name: 'Timeline PDF' }).click();
		await expectSummary(page, /The “From” date is after the “To” date/, from);
		await from.fill('2026-04-01');
		await expect(errorSummary(page)).toHaveCount(0);

		const file = page.getByLabel('Passphrase for this file', { exact: true });
		await file.fill('password123');
		await page.getByLabel('Type the file passphrase again').fill('password123');
		await page.getByRole('button', { name: 'Make the encrypted file' }).click();
		await expectSummary(page, /too easy to guess/, file);
		await audit(page, 'export with a problem');
		await file.fill('copper meadow lantern 58 gently');
		await expect(errorSummary(page).getByRole('link')).toHaveText([/not the same/]);
	});
});
