// Recording sound inside the app, with Chromium's fake microphone (a steady tone) standing in for a real one.
import { chromiumArgs } from '../../playwright.config';
import { createDiary, expect, saveEntry, startEntry, test, unlock } from './fixtures';

test.use({
	launchOptions: {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [...chromiumArgs, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream']
	},
	permissions: ['microphone']
});

test('a recording made in the app shows a running timer, is kept as an exhibit and plays back', async ({
	page
}) => {
	await createDiary(page);
	await startEntry(page, '(b) Contacting or trying to contact', 'He rang and left a message');
	await page.getByRole('button', { name: 'Record audio' }).click();
	await expect(page.getByText(/Recording.*0:0[1-9]|Recording.*00:0[1-9]/)).toBeVisible({ timeout: 10_000 });
	await page.getByRole('button', { name: 'Stop recording' }).click();
	const item = page.getByText(/^recording-\d{4}-\d{2}-\d{2}-\d{4}\.(webm|ogg|mp4)$/);
	await expect(item).toBeVisible({ timeout: 15_000 });
	const name = (await item.textContent())!.trim();
	await saveEntry(page);

	await page.getByRole('button', { name: 'Lock' }).click();
	await unlock(page);
	await page.getByRole('button', { name: /He rang and left a message/ }).click();
	await page.getByRole('button', { name: `Open ${name}` }).click();
	const audio = page.locator('audio');
	await expect(audio).toBeVisible();
	await expect
		.poll(() => audio.evaluate((el: HTMLAudioElement) => el.readyState), { timeout: 10_000 })
		.toBeGreaterThanOrEqual(1);
});
