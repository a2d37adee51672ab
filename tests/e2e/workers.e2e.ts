// Heavy work runs in workers, so the page's thread is free for the quick exit while it runs. These check that the
// work really goes to a worker and that each worker is ended when its task is; how fast the exit answers meanwhile
// is measured by `npm run bench` (exit during …), not timed here.
import type { Page } from '@playwright/test';
import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import {
	EXIT_STUB,
	PASSPHRASE,
	attachFiles,
	createDiary,
	expect,
	quickLog,
	saveEntry,
	startEntry,
	stubExit,
	test,
	typeCode
} from './fixtures';
import { downloadTo, makeEncryptedIn, openExport } from './sharing';

/** The paths of the workers the page starts, in order. */
function workersStarted(page: Page): string[] {
	const started: string[] = [];
	page.on('worker', (worker) => started.push(new URL(worker.url()).pathname));
	return started;
}

const kdfWorkers = (started: string[]) =>
	started.filter((path) => /\/kdf\.worker-[\w-]+\.js$/.test(path)).length;

test('Argon2id runs in a worker on set-up and on unlock, and each worker is ended with its task', async ({
	page
}) => {
	const started = workersStarted(page);
	await createDiary(page);
	// Set-up measures this device (one worker) and then derives the key (another).
	expect(kdfWorkers(started)).toBe(2);
	await expect.poll(() => page.workers().length).toBe(0);

	await page.getByRole('button', { name: 'Lock' }).click();
	await typeCode(page);
	// The passphrase screen starts unlock's worker as it opens, so that Open costs Argon2id alone; Open uses it.
	await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
	await expect.poll(() => kdfWorkers(started)).toBe(3);
	await page.getByRole('button', { name: 'Open', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toBeVisible({ timeout: 20_000 });
	expect(kdfWorkers(started)).toBe(3);
	await expect.poll(() => page.workers().length).toBe(0);
});

test('the timeline PDF is made in a worker, which is ended once the file is made', async ({
	page
}, testInfo) => {
	const started = workersStarted(page);
	await createDiary(page);
	await quickLog(page, 'Waited outside the school gate, Zażółć gęślą jaźń 😀');
	await openExport(page);
	const path = await downloadTo(testInfo.outputPath(), page, 'Timeline PDF');
	const pdfWorkers = started.filter((path) => /\/pdf\.worker-[\w-]+\.js$/.test(path));
	expect(pdfWorkers).toHaveLength(1);
	await expect.poll(() => page.workers().length).toBe(0);
	expect((await readFile(path)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

test('the evidence pack and the share file are made in the export worker, which is ended once each file is made', async ({
	page
}, testInfo) => {
	const started = workersStarted(page);
	const named = (name: string) =>
		started.filter((path) => new RegExp(`/${name}\\.worker-[\\w-]+\\.js$`).test(path));
	await createDiary(page);
	await quickLog(page, 'Waited outside the school gate, Zażółć gęślą jaźń 😀');
	await openExport(page);
	const zip = await downloadTo(testInfo.outputPath(), page, 'Evidence pack (zip)');
	expect(named('export')).toHaveLength(1);
	// The pack's PDF is made in the same worker, with the rest of the pack.
	expect(named('pdf')).toHaveLength(0);
	await expect.poll(() => page.workers().length).toBe(0);
	expect((await readFile(zip)).subarray(0, 2).toString('latin1')).toBe('PK');

	await makeEncryptedIn(testInfo.outputPath(), page, 'caseworker');
	expect(named('export')).toHaveLength(2);
	await expect.poll(() => page.workers().length).toBe(0);
});

test('passphrases are rated in a worker as they are typed, one for the screen, ended once it is idle', async ({
	page
}) => {
	const started = workersStarted(page);
	const raters = () => started.filter((path) => /\/rate\.worker-[\w-]+\.js$/.test(path)).length;
	await createDiary(page);
	// Set-up rated its passphrase there, as it was typed and again when the diary was made.
	expect(raters()).toBeGreaterThan(0);
	await expect.poll(() => page.workers().length).toBe(0);

	const before = raters();
	await openExport(page);
	await page
		.getByLabel('Passphrase for this file', { exact: true })
		.pressSequentially('cargo security siren craft');
	await expect.poll(() => raters()).toBe(before + 1);
	await expect.poll(() => page.workers().length).toBe(0);
	// Still rated after the worker has gone: the next change starts another.
	await page.getByLabel('Passphrase for this file', { exact: true }).pressSequentially(' harvest top');
	await expect.poll(() => raters()).toBe(before + 2);
});

test('a file added to an entry is sealed and hashed in two workers, started with the form and ended once it is in', async ({
	page
}) => {
	const started = workersStarted(page);
	const named = (name: string) =>
		started.filter((path) => new RegExp(`/${name}\\.worker-[\\w-]+\\.js$`).test(path));
	await createDiary(page);
	// The form starts the two workers as it opens, so a file chosen finds libsodium already loaded in both.
	await startEntry(page, '(e) Loitering or hanging around', 'Standing outside work');
	await expect.poll(() => [named('exhibit-seal').length, named('exhibit-hash').length]).toEqual([1, 1]);
	// Bytes that do not compress, several batches long, of a type that makes no thumbnail.
	const buffer = randomBytes(3 * 1024 * 1024 + 5);
	await attachFiles(page, [{ name: 'doorbell.bin', mimeType: 'application/octet-stream', buffer }]);
	await saveEntry(page);
	// The file used the two started ahead: no others were started for it, and none is left once the form closes.
	expect(named('exhibit-seal')).toHaveLength(1);
	expect(named('exhibit-hash')).toHaveLength(1);
	await expect.poll(() => page.workers().length).toBe(0);
	// The fingerprint the hash worker took is the file's own.
	const sha256 = createHash('sha256').update(buffer).digest('hex');
	await expect(page.getByText(sha256, { exact: true })).toBeAttached();
});

test.describe('the quick exit', () => {
	test.use({ foreignAllowed: [EXIT_STUB] });

	test('Shift three times leaves while the passphrase is being checked', async ({ page, context }) => {
		const visits = await stubExit(context);
		await createDiary(page);
		await page.getByRole('button', { name: 'Lock' }).click();
		await typeCode(page);
		await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
		await page.getByRole('button', { name: 'Open', exact: true }).click();
		await expect(page.getByRole('button', { name: 'Working…', exact: true })).toBeDisabled();
		for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
		await page.waitForURL(EXIT_STUB);
		expect(visits).toEqual([EXIT_STUB]);
		await page.goBack();
		await expect(page.getByRole('heading', { name: 'Calculator', exact: true })).toBeAttached();
		await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toHaveCount(0);
	});
});
