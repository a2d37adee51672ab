// Passphrases as a person meets them: the setup screen suggests one of random words, refuses a guessable one, and
// no passphrase field anywhere invites the browser's password manager to save or fill it.
import type { Page } from '@playwright/test';
import {
	CODE,
	PASSPHRASE,
	createDiary,
	errorSummary,
	expect,
	openFirstRun,
	test,
	typeCode
} from './fixtures';

async function openSetup(page: Page) {
	await openFirstRun(page);
	for (const step of ['Next', 'Next', 'Set up my diary'])
		await page.getByRole('button', { name: step }).click();
	await expect(page.getByRole('heading', { name: 'Set up your diary' })).toBeVisible();
}

/** Every input on the page that is not a checkbox, radio, file or date: the ones a password manager could take. */
async function textInputs(page: Page) {
	return page.locator('input').evaluateAll((inputs) =>
		(inputs as HTMLInputElement[])
			.filter((input) => !['checkbox', 'radio', 'file', 'date'].includes(input.type))
			.map((input) => ({
				id: input.id,
				type: input.type,
				autocomplete: input.getAttribute('autocomplete'),
				ignored: input.hasAttribute('data-1p-ignore') && input.hasAttribute('data-lpignore'),
				masked: getComputedStyle(input).getPropertyValue('-webkit-text-security')
			}))
	);
}

async function expectNoPasswordManagerInvite(page: Page, screen: string) {
	const inputs = await textInputs(page);
	const passphrases = inputs.filter((input) => input.id.includes('passphrase'));
	expect(passphrases.length, `passphrase fields on ${screen}`).toBeGreaterThan(0);
	for (const input of inputs) {
		expect(['current-password', 'new-password', 'password', 'username']).not.toContain(input.autocomplete);
		// Chromium can mask a text field, so none is a password field, which is what managers look for.
		expect(input.type, `${input.id} on ${screen}`).not.toBe('password');
	}
	for (const input of passphrases) {
		expect(input.autocomplete, `${input.id} on ${screen}`).toBe('off');
		expect(input.ignored, `${input.id} on ${screen}`).toBe(true);
		expect(input.masked, `${input.id} on ${screen}`).toBe('disc');
	}
}

test('the setup screen suggests a passphrase of random words, and it sets up the diary', async ({ page }) => {
	await openSetup(page);
	const suggestion = page.getByRole('region', { name: 'A suggested passphrase' });
	await expect(suggestion.getByText(/Write it down on paper/)).toBeVisible();
	const words = suggestion.getByRole('status', { name: 'Suggested passphrase' });
	await expect(words).toHaveText(/^[a-z]+( [a-z]+){5}$/);
	const first = (await words.textContent())!;
	await suggestion.getByRole('button', { name: 'Suggest another' }).click();
	await expect(words).not.toHaveText(first);
	await expect(words).toHaveText(/^[a-z]+( [a-z]+){5}$/);
	const chosen = (await words.textContent())!;

	await suggestion.getByRole('button', { name: 'Use this passphrase' }).click();
	await expect(page.getByLabel('Passphrase', { exact: true })).toHaveValue(chosen);
	await expect(page.getByLabel('Type the passphrase again')).toHaveValue(chosen);
	await expect(page.getByText('How hard it is to guess:')).toBeVisible();
	await expect(page.getByText('Very hard to guess')).toBeVisible();
	await expect(page.getByText(/choose "Never"/)).toBeVisible();
	await page.getByLabel('Calculator code').fill(CODE);
	await page.getByRole('button', { name: 'Create my diary' }).click();
	await expect(page.getByRole('heading', { name: 'Practise the quick exit' })).toBeVisible({
		timeout: 30_000
	});

	// The Argon2id cost was measured on this device and stored in the header.
	const kdf = await page.evaluate(
		() =>
			new Promise<{ ops: number; mem: number }>((resolve, reject) => {
				const open = indexedDB.open('calc');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const get = open.result.transaction('meta').objectStore('meta').get('header');
					get.onsuccess = () => {
						const { ops, mem } = (get.result as { kdf: { ops: number; mem: number } }).kdf;
						open.result.close();
						resolve({ ops, mem });
					};
					get.onerror = () => reject(get.error);
				};
			})
	);
	console.log(`Chromium's calibration chose ops ${kdf.ops}, mem ${kdf.mem / 1024 / 1024} MiB`);
	expect(kdf.ops).toBeGreaterThanOrEqual(3);
	expect(kdf.mem).toBeGreaterThanOrEqual(64 * 1024 * 1024);
	expect(kdf.mem).toBeLessThanOrEqual(256 * 1024 * 1024);

	await page.getByRole('button', { name: 'Skip for now' }).click();
	await page.getByRole('button', { name: 'Lock' }).click();
	await typeCode(page);
	await page.getByLabel('Passphrase', { exact: true }).fill(chosen);
	await page.getByRole('button', { name: 'Open', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toBeVisible({ timeout: 20_000 });
});

test('a guessable passphrase is refused, even one zxcvbn rates "safely unguessable"', async ({ page }) => {
	await openSetup(page);
	await page.getByLabel('Passphrase', { exact: true }).fill('Summer2024!!');
	await page.getByLabel('Type the passphrase again').fill('Summer2024!!');
	await page.getByLabel('Calculator code').fill(CODE);
	await page.getByRole('button', { name: 'Create my diary' }).click();
	await expect(errorSummary(page).getByRole('link', { name: /too easy to guess/ })).toBeVisible();
	await expect(page.getByLabel('Passphrase', { exact: true })).toHaveAccessibleDescription(
		/This passphrase would be too easy to guess/
	);
	await expect(page.getByText('Could be guessed')).toBeVisible();
	await expect(page.getByLabel('Passphrase', { exact: true })).toHaveAttribute('aria-invalid', 'true');
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Set up your diary' })).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Open your diary' })).toHaveCount(0);
});

test('no passphrase field invites the password manager to save or fill it', async ({ page }) => {
	await openSetup(page);
	await expectNoPasswordManagerInvite(page, 'setup');

	await createDiary(page);
	await page.getByRole('button', { name: 'Settings' }).click();
	await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
	await expectNoPasswordManagerInvite(page, 'settings');
	await page.getByRole('button', { name: 'Export and share', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Export and share', level: 1 })).toBeVisible();
	await expect(
		page
			.getByRole('region', { name: 'A suggested passphrase' })
			.getByRole('status', { name: 'Suggested passphrase' })
	).toHaveText(/^[a-z]+( [a-z]+){5}$/);
	await expectNoPasswordManagerInvite(page, 'export');

	await page.getByRole('button', { name: 'Lock' }).click();
	await typeCode(page);
	await expect(page.getByRole('heading', { name: 'Open your diary' })).toBeVisible();
	await expectNoPasswordManagerInvite(page, 'unlock');
	await page.getByRole('button', { name: 'Open a shared file' }).click();
	// The viewer's code loads when it is first asked for: its fields are read once it shows.
	await expect(page.getByRole('heading', { name: 'Open a shared file' })).toBeVisible();
	await expectNoPasswordManagerInvite(page, 'shared-file viewer');
	await page.getByRole('button', { name: 'Back' }).first().click();
	await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
	await page.getByRole('button', { name: 'Open', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toBeVisible({ timeout: 20_000 });
});
