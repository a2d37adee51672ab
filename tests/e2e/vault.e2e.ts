import { readFile } from 'node:fs/promises';
import {
	PASSPHRASE,
	SETUP_CODE,
	WELCOME,
	createDiary,
	errorSummary,
	expect,
	openFirstRun,
	test,
	typeCode,
	unlock,
	chooseLanguage
} from './fixtures';

test('create a diary, lock it, unlock it, and a reload stays locked', async ({ page }) => {
	await createDiary(page);
	await expect(page).toHaveTitle('Calculator');

	await page.getByRole('button', { name: 'Lock' }).click();
	// Locked, the app is a calculator again; the code opens the passphrase screen, with focus on its heading.
	await expect(page.getByRole('heading', { name: 'Calculator', exact: true })).toBeAttached();
	await typeCode(page);
	await expect(page.getByRole('heading', { name: 'Open your diary' })).toBeFocused();
	await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
	await page.getByRole('button', { name: 'Open', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toBeVisible();

	await page.reload();
	await expect(page.getByRole('heading', { name: 'Calculator', exact: true })).toBeAttached();
	await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toHaveCount(0);
	await unlock(page);
});

test('a weak passphrase and a mismatch are explained, and nothing is created', async ({ page }) => {
	await openFirstRun(page);
	for (const step of ['Next', 'Next', 'Set up my diary'])
		await page.getByRole('button', { name: step }).click();
	await page.getByLabel('Passphrase', { exact: true }).fill('password123');
	await page.getByLabel('Type the passphrase again').fill('password124');
	await page.getByRole('button', { name: 'Create my diary' }).click();
	// Every problem is listed in the summary, which takes focus; each is also said beside its field.
	const summary = errorSummary(page);
	await expect(summary).toBeFocused();
	await expect(summary.getByRole('link')).toHaveText([
		/This passphrase would be too easy to guess/,
		/The two passphrases are not the same/,
		'Please use at least 4 digits.'
	]);
	await expect(page.getByLabel('Passphrase', { exact: true })).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('Passphrase', { exact: true })).toHaveAccessibleDescription(
		/This passphrase would be too easy to guess/
	);
	await expect(page.getByLabel('Type the passphrase again')).toHaveAccessibleDescription(
		/The two passphrases are not the same/
	);
	await summary.getByRole('link', { name: /too easy to guess/ }).click();
	await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
	await page.reload();
	// The setup code still opens the first-run steps, so no diary was made.
	await typeCode(page, SETUP_CODE);
	await chooseLanguage(page);
	await expect(page.getByRole('heading', { name: WELCOME })).toBeVisible();
});

test('a wrong passphrase gets a calm message, and repeated tries are made to wait, even after a reload', async ({
	page
}) => {
	await createDiary(page);
	await page.getByRole('button', { name: 'Lock' }).click();
	await typeCode(page);
	const field = page.getByLabel('Passphrase', { exact: true });
	const open = page.getByRole('button', { name: 'Open', exact: true });

	await field.fill('not my passphrase');
	await open.click();
	await expect(page.getByText('That passphrase did not open the diary')).toBeVisible();
	await expect(field).toBeFocused();
	await expect(field).toHaveValue('');

	for (let i = 0; i < 2; i++) {
		await field.fill('still not it');
		await open.click();
		await expect(open).toBeEnabled();
	}
	// The third failure starts a wait; even the right passphrase has to wait now, after a reload too: the wait
	// shows as soon as the screen does, and Open stays disabled until it is over.
	await page.reload();
	await typeCode(page);
	await field.fill(PASSPHRASE);
	await expect(page.getByRole('timer')).toHaveText(/You can try again in \d+ seconds?/);
	await expect(open).toBeDisabled();
	await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toHaveCount(0);
});

test('the built page carries a strict Content Security Policy', async () => {
	const html = await readFile('build/index.html', 'utf8');
	const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
	expect(csp).toBeDefined();
	expect(csp).toContain("connect-src 'self'");
	expect(csp).toContain("default-src 'self'");
	expect(csp).not.toContain("'unsafe-eval'");
	expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
});
