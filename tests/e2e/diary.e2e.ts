import {
	addPerson,
	createDiary,
	expect,
	fillEveryField,
	logAmendedEntry,
	logEntry,
	quickLog,
	saveEntry,
	startEntryAt,
	test,
	unlock
} from './fixtures';
import type { Page } from '@playwright/test';

async function lockAndUnlock(page: Page) {
	await page.getByRole('button', { name: 'Lock' }).click();
	await unlock(page);
}

test('quick log saves the time and a few words in two taps', async ({ page }) => {
	await createDiary(page);
	await page.getByRole('button', { name: 'Quick log' }).click(); // tap one
	await page.getByRole('button', { name: 'Save now' }).click(); // tap two
	await expect(page.getByText('Saved. You can add detail when you can.')).toBeVisible();
	await expect(page.getByText('1 entry')).toBeVisible();
	await expect(page.getByRole('button', { name: /Add detail when you can/ })).toBeVisible();

	await quickLog(page, 'Car outside the house again');
	await expect(page.getByText('Car outside the house again')).toBeVisible();
	await expect(page.getByText('2 entries')).toBeVisible();
});

test('a full entry with every field, a person and a witness is kept exactly across locking', async ({
	page
}) => {
	await createDiary(page);
	await addPerson(page, 'Zoë Łukasiewicz', {
		relation: 'Former partner',
		vehicles: 'Blue Ford Focus AB12 CDE'
	});

	await startEntryAt(page, '2026-11-20', '18:45');
	await page.getByLabel('I am not sure of the exact time').check();
	await fillEveryField(page, {
		whatHappened: 'Followed me from the station to my door.',
		exactWords: '"You can\'t hide from me"',
		location: 'Hitchin station, then Bancroft',
		person: 'Zoë Łukasiewicz',
		witness: 'Sam Patel'
	});
	await saveEntry(page);

	const expected = [
		'(a) Following; (b) Contacting or trying to contact; Something else: Left flowers on the car',
		'Text message',
		'Followed me from the station to my door.',
		'"You can\'t hide from me"',
		'Hitchin station, then Bancroft',
		'Zoë Łukasiewicz',
		'Tall, grey coat',
		'Blue Ford Focus',
		'AB12 CDE',
		'Sam Patel, 07700 900123',
		'I now take a taxi home.',
		'41/12345/26',
		'PC 1234 Jones',
		'Instagram report 998',
		'My sister',
		'Only for me'
	];
	const check = async () => {
		await expect(page.getByRole('heading', { name: 'Entry', exact: true })).toBeVisible();
		await expect(page.getByText(/Fri, 20 Nov 2026, 18:45 \(approx\.\)/)).toBeVisible();
		for (const text of expected) await expect(page.getByText(text, { exact: true })).toBeVisible();
	};
	await check();
	await lockAndUnlock(page);
	await page.getByRole('button', { name: /Followed me from the station/ }).click();
	await check();
});

test('an edit keeps the original, and the history shows both', async ({ page }) => {
	await createDiary(page);
	await logAmendedEntry(page);

	await lockAndUnlock(page);
	await page.getByRole('button', { name: /Standing outside work for an hour/ }).click();
	await expect(page.getByText('Reason: Remembered how long')).toBeVisible();
	await expect(page.getByText('Changed: What happened')).toBeVisible();
	await page.getByText('Show this version').click();
	await expect(page.getByText('Standing outside work', { exact: true })).toBeVisible();
});

test('a draft survives a reload', async ({ page }) => {
	await createDiary(page);
	await page.getByRole('button', { name: 'Log something' }).click();
	await page.getByLabel('What happened', { exact: true }).fill('Half-written account of the phone call');
	await expect(page.getByText('Draft kept safe')).toBeVisible();
	await page.reload();
	await unlock(page, undefined, 'Log something');
	await expect(page.getByText('What you were typing has been brought back.')).toBeVisible();
	await expect(page.getByLabel('What happened', { exact: true })).toHaveValue(
		'Half-written account of the phone call'
	);
});

/** The ids of every stored row, read straight from IndexedDB. */
function rowIds(page: Page): Promise<string[]> {
	return page.evaluate(
		() =>
			new Promise<string[]>((resolve, reject) => {
				const open = indexedDB.open('calc');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const keys = open.result.transaction('rows').objectStore('rows').getAllKeys();
					keys.onsuccess = () => {
						open.result.close();
						resolve(keys.result.map(String));
					};
				};
			})
	);
}

test('a row altered on disk is reported, and the other entries still show', async ({ page }) => {
	await createDiary(page);
	let before: string[] = [];
	let added: string[] = [];
	for (const words of ['first entry', 'second entry', 'third entry']) {
		before = await rowIds(page);
		await quickLog(page, words);
		await expect(page.getByText(words)).toBeVisible();
		added = (await rowIds(page)).filter((id) => !before.includes(id));
	}
	// The one row the third save added (the chain's head row keeps its id): the third entry's sealed revision.
	expect(added).toHaveLength(1);
	await page.getByRole('button', { name: 'Lock' }).click();
	// Flip one byte in that sealed row, straight in IndexedDB.
	await page.evaluate(
		(id) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('calc');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('rows', 'readwrite');
					const store = tx.objectStore('rows');
					const get = store.get(id);
					get.onsuccess = () => {
						const row = get.result as { id: string; sealed: Uint8Array };
						row.sealed[40]! ^= 0xff;
						store.put(row);
					};
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
				};
			}),
		added[0]!
	);
	await unlock(page);
	await expect(page.getByText('One saved item could not be opened.')).toBeVisible();
	await expect(page.getByText('2 entries')).toBeVisible();
	await expect(page.getByText('first entry')).toBeVisible();
	await expect(page.getByText('third entry')).toHaveCount(0);
});

test('markup typed into a field is shown as text and never run', async ({ page }) => {
	await createDiary(page);
	const hostile = '<img src=x onerror="window.__ran=1"><script>window.__ran=2</script>';
	await page.getByRole('button', { name: 'Log something' }).click();
	await page.getByLabel('What happened', { exact: true }).fill(hostile);
	await page.getByLabel('Where').fill('<b>bold</b>');
	await page.getByRole('button', { name: 'Save as quick log' }).click();
	await expect(page.getByText(hostile, { exact: true })).toBeVisible();
	await expect(page.getByText('<b>bold</b>', { exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'Timeline', exact: true }).click();
	await expect(page.getByText(hostile.slice(0, 40))).toBeVisible();
	expect(await page.evaluate(() => (window as { __ran?: number }).__ran)).toBeUndefined();
	expect(await page.locator('img[src="x"]').count()).toBe(0);
});

test('search and filters narrow the timeline', async ({ page }) => {
	await createDiary(page);
	await logEntry(page, '(g) Watching or spying', 'Watching from the café opposite');
	await page.getByRole('button', { name: 'Timeline', exact: true }).click();
	await quickLog(page, 'Phone call at night');
	await expect(page.getByText('2 entries')).toBeVisible();

	await page.getByLabel('Search').fill('cafe');
	await expect(page.getByText('Showing 1 of 2 entries')).toBeVisible();
	await expect(page.getByText('Watching from the café opposite')).toBeVisible();
	await page.getByLabel('Search').fill('');
	await page.getByText('Filters', { exact: true }).click();
	await page.getByLabel('Needs detail').check();
	await expect(page.getByText('Showing 1 of 2 entries')).toBeVisible();
	await expect(page.getByText('Phone call at night')).toBeVisible();
	await page.getByRole('button', { name: 'Clear filters' }).click();
	await page.getByLabel('Behaviour').selectOption('watching');
	await expect(page.getByText('Showing 1 of 2 entries')).toBeVisible();
});

test('patterns count behaviours and offer the weekly figures as a table', async ({ page }) => {
	await createDiary(page);
	await logEntry(page, '(f) Interfering with my property', 'Tyres let down');
	await page.getByRole('button', { name: 'Patterns' }).click();
	await expect(page.getByRole('row', { name: '(f) Interfering with my property 1' })).toBeVisible();
	await expect(page.getByRole('img', { name: /Bar chart of entries per week/ })).toBeVisible();
	await expect(page.getByRole('columnheader', { name: 'Week starting' })).toBeVisible();
});
