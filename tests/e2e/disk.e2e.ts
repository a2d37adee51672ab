// Nothing readable on disk: everything the person types is sealed before it reaches IndexedDB, and nothing goes
// to Local Storage, Session Storage, caches or a service worker in the clear. The scan first proves that it can
// find a marker that was stored unencrypted in the same profile.
import { chromium } from '@playwright/test';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs } from '../../playwright.config';
import { PASSPHRASE, createDiary, expect, startQuickLog, test } from './fixtures';

const SECRET = 'ZQXJ-marker-followed-to-the-station-7731';
const CONTROL = 'KWVP-control-stored-in-the-clear-4410';

async function filesUnder(dir: string): Promise<string[]> {
	const out: string[] = [];
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...(await filesUnder(path)));
		else if (entry.isFile()) out.push(path);
	}
	return out;
}

/** The marker as UTF-8, Latin-1 (V8 stores one-byte strings so) and UTF-16LE (two-byte strings). */
function forms(marker: string): Buffer[] {
	return [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'latin1'), Buffer.from(marker, 'utf16le')];
}

async function filesContaining(profile: string, marker: string): Promise<string[]> {
	const hits: string[] = [];
	for (const file of await filesUnder(profile)) {
		const bytes = await readFile(file).catch(() => undefined);
		if (bytes && forms(marker).some((form) => bytes.includes(form))) hits.push(file);
	}
	return hits;
}

test('no marker typed into the diary, nor the passphrase, can be found in the browser profile', async ({
	baseURL
}) => {
	const profile = await mkdtemp(join(tmpdir(), 'calc-profile-'));
	try {
		const context = await chromium.launchPersistentContext(profile, {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: chromiumArgs,
			baseURL
		});
		const page = context.pages()[0] ?? (await context.newPage());
		await createDiary(page);
		await page.getByRole('button', { name: 'Log something' }).click();
		await page.getByLabel('What happened', { exact: true }).fill(SECRET);
		await page.getByLabel('Where').fill(`${SECRET} (é, ł, Ж)`);
		await page.getByRole('button', { name: 'Save as quick log' }).click();
		await page.getByRole('button', { name: 'Back to timeline' }).click();
		await page.getByRole('button', { name: 'People' }).click();
		await page.getByLabel('Name or what you call them').fill(SECRET);
		await page.getByRole('button', { name: 'Save person' }).click();
		// Drafts as well, in every form that keeps one: typed and left unsaved.
		const kept = page.getByRole('status').getByText('Draft kept safe');
		await page.getByLabel('Name or what you call them').fill(`${SECRET} unsaved`);
		await expect(kept).toBeVisible();
		await page.getByRole('button', { name: 'Timeline', exact: true }).click();
		await startQuickLog(page, SECRET);
		await expect(kept).toBeVisible();
		await page.getByRole('button', { name: new RegExp(SECRET) }).click();
		await page.getByRole('button', { name: 'Withdraw', exact: true }).click();
		await page.getByLabel('Reason (optional)').fill(SECRET);
		await expect(kept).toBeVisible();
		await page.getByRole('button', { name: 'Log something' }).click();
		await page.getByLabel('Exact words used').fill(SECRET);
		await expect(page.getByText('Draft kept safe')).toBeVisible();

		// The control: the same kind of data, stored unencrypted in a throwaway database of the same profile.
		await page.evaluate(
			(control) =>
				new Promise<void>((resolve, reject) => {
					const open = indexedDB.open('throwaway');
					open.onupgradeneeded = () => open.result.createObjectStore('plain');
					open.onsuccess = () => {
						const tx = open.result.transaction('plain', 'readwrite');
						tx.objectStore('plain').put({ note: control, wide: `${control} Ж` }, 'k');
						tx.oncomplete = () => resolve();
						tx.onerror = () => reject(tx.error);
					};
				}),
			CONTROL
		);
		await context.close();

		expect(
			(await filesContaining(profile, CONTROL)).length,
			'the scan can find a plain marker'
		).toBeGreaterThan(0);
		expect(await filesContaining(profile, SECRET)).toEqual([]);
		expect(await filesContaining(profile, PASSPHRASE)).toEqual([]);
	} finally {
		await rm(profile, { recursive: true, force: true });
	}
});
