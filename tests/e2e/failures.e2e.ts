// Failures that once reached only the console, as a person meets them: storage the browser refuses, a database
// deleted while the page is open, a check of the record of changes that throws, text that cannot be kept, and the
// wait after wrong passphrases. Each shows a calm, visible state; none is a blank page or "Something went wrong".
import { audit, expectAxeClean } from './audit';
import type { Page } from '@playwright/test';
import {
	PASSPHRASE,
	SETUP_CODE,
	createDiary,
	deleteDiaryDatabase,
	expect,
	openFirstRun,
	openScreen,
	quickLog,
	test,
	typeCode
} from './fixtures';

const CANNOT_SAVE = 'This page cannot save on this device right now';
/** Words that would tell a stranger what the app is for (as first-visit.e2e.ts checks). */
const PURPOSE = /stalk|diary|evidence|incident|harass|abuse|victim|waymark|advocate|isac|police|safety/i;

/** Before unlocking, the page must look like a calculator and nothing else, hidden text included. */
async function expectOnlyACalculator(page: Page) {
	await expect(page.getByRole('heading', { name: 'Calculator', exact: true })).toBeAttached();
	const text = await page.evaluate(() => document.documentElement.textContent ?? '');
	expect(text).not.toMatch(PURPOSE);
	await expect(page).toHaveTitle('Calculator');
}

test.describe('when the browser will not let the app store anything', () => {
	test('a first visit shows a working calculator with a neutral note, and passes axe', async ({ page }) => {
		// Site data blocked, or a private mode that refuses IndexedDB: opening the database throws.
		await page.addInitScript(() => {
			IDBFactory.prototype.open = () => {
				throw new DOMException('The user denied permission to access the database.', 'SecurityError');
			};
		});
		await page.goto('/');
		await expect(page.getByRole('status').filter({ hasText: CANNOT_SAVE })).toBeVisible();
		await expectOnlyACalculator(page);
		// It still calculates.
		for (const key of ['7', 'plus', '5', 'equals']) {
			await page.getByRole('button', { name: key, exact: true }).click();
		}
		await expect(page.getByLabel('Result')).toHaveText('12');
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await expectAxeClean(page, `storage refused, ${colorScheme}`);
		}
		// The setup code opens nothing: there is nowhere to keep a diary. The note stays; the page is never blank.
		await typeCode(page, SETUP_CODE);
		await expect(page.getByText(CANNOT_SAVE)).toBeVisible();
		await expectOnlyACalculator(page);
	});

	test('when only the app’s own database is refused, the setup code leads to the note, not a blank page', async ({
		page
	}) => {
		// The first screen's quick look succeeds; the app's database (opened with a version) does not.
		await page.addInitScript(() => {
			const open = IDBFactory.prototype.open;
			IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
				if (version !== undefined) throw new DOMException('The operation failed.', 'UnknownError');
				return open.call(this, name);
			};
		});
		await page.goto('/');
		await expect(page.getByText(CANNOT_SAVE)).toHaveCount(0);
		await typeCode(page, SETUP_CODE);
		await expect(page.getByRole('status').filter({ hasText: CANNOT_SAVE })).toBeVisible();
		await expectOnlyACalculator(page);
		await expectAxeClean(page, 'storage refused after the setup code');
	});

	test('a database deleted from another tab while the passphrase screen is open shows the note', async ({
		page,
		context
	}) => {
		await createDiary(page);
		await page.getByRole('button', { name: 'Lock' }).click();
		await typeCode(page);
		await expect(page.getByRole('heading', { name: 'Open your diary' })).toBeVisible();

		const other = await context.newPage();
		await other.goto('/');
		await deleteDiaryDatabase(other);
		await other.close();

		await expect(page.getByRole('status').filter({ hasText: CANNOT_SAVE })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Open your diary' })).toHaveCount(0);
		await expectOnlyACalculator(page);
		// Nothing quietly made a new, empty database in its place.
		expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
		await expectAxeClean(page, 'database deleted while open');
	});
});

test('when the check of the record of changes cannot be finished, the timeline says so calmly', async ({
	page
}) => {
	await createDiary(page);
	await quickLog(page, 'Parked outside again');
	await page.getByRole('button', { name: 'Lock' }).click();
	await typeCode(page);
	// The check hashes every link with SHA-256 through WebCrypto; here that fails, as it can on a phone short of
	// memory. (The rows it reads are sealed, so they cannot be corrupted into a throw from outside.)
	await page.evaluate(() => {
		crypto.subtle.digest = () => Promise.reject(new DOMException('The operation failed.', 'OperationError'));
	});
	await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
	await page.getByRole('button', { name: 'Open', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toBeVisible({ timeout: 20_000 });
	await expect(page.getByRole('status').filter({ hasText: 'could not be finished this time' })).toBeVisible();
	await expect(page.getByText('Your entries are safe and shown here.')).toBeVisible();
	await expect(page.getByText('Parked outside again')).toBeVisible();
	await expectAxeClean(page, 'chain check failed');
});

test('quick-log words that cannot be kept get a clear message, and stay in the box', async ({ page }) => {
	await createDiary(page);
	await page.getByRole('button', { name: 'Quick log' }).click();
	const box = page.getByLabel('A few words (optional)');
	// Half of an emoji, as a paste can leave it. Set directly: typing cannot produce a lone surrogate.
	const words = 'He sent this \uD83D';
	await box.evaluate((element, value) => {
		(element as HTMLTextAreaElement).value = value;
		element.dispatchEvent(new Event('input', { bubbles: true }));
	}, words);
	await page.getByRole('button', { name: 'Save now' }).click();
	// The form finds it first and says so in its error summary, beside the box; the store refuses it too, for
	// every other caller (diary-store.spec.ts).
	const problem = page.getByRole('alert', { name: 'There is a problem' });
	await expect(problem).toBeFocused();
	await expect(problem).toContainText('Some characters here could not be saved');
	await expect(page.getByText('Some characters here could not be saved')).toHaveCount(2);
	await expect(page.getByText('Something went wrong')).toHaveCount(0);
	expect(await box.evaluate((element) => (element as HTMLTextAreaElement).value)).toBe(words);
	await expectAxeClean(page, 'quick log refused');

	// Put right, it saves.
	await box.fill('He sent this 🙂');
	await page.getByRole('button', { name: 'Save now' }).click();
	await expect(page.getByText('Saved. You can add detail when you can.')).toBeVisible();
});

/** Stores the failure count as the app does (it is a plain row beside the header), then reloads. */
async function storeAttempts(page: Page, failures: number, waitMs: number) {
	await page.evaluate(
		({ failures, waitMs }) =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('calc');
				request.onerror = () => reject(request.error ?? new Error('open failed'));
				request.onsuccess = () => {
					const db = request.result;
					const put = db
						.transaction('meta', 'readwrite')
						.objectStore('meta')
						.put({ key: 'attempts', failures, waitMs, lastAt: Date.now() });
					put.onsuccess = () => {
						db.close();
						resolve();
					};
					put.onerror = () => reject(put.error ?? new Error('put failed'));
				};
			}),
		{ failures, waitMs }
	);
	await page.reload();
	await typeCode(page);
	await expect(page.getByRole('heading', { name: 'Open your diary' })).toBeVisible();
}

test.describe('the wait after wrong passphrases', () => {
	const secondsIn = (text: string | null) => Number(/(\d+) seconds?/.exec(text ?? '')?.[1]);

	test('counts down, keeps the right passphrase typed during it, and Open works once it is over', async ({
		page
	}) => {
		await createDiary(page);
		await page.getByRole('button', { name: 'Lock' }).click();
		// Four mistakes already, with nothing owed: the next one starts an 8-second wait, long enough to watch.
		await storeAttempts(page, 4, 0);
		const field = page.getByLabel('Passphrase', { exact: true });
		const open = page.getByRole('button', { name: 'Open', exact: true });
		const countdown = page.getByRole('timer');
		await expect(open).toBeEnabled();
		await expect(countdown).toHaveCount(0);

		await field.fill('not it');
		await open.click();
		await expect(page.getByText('That passphrase did not open the diary')).toBeVisible();
		await expect(countdown).toHaveText(/^You can try again in \d seconds?\. What you type is kept\.$/);
		await expect(open).toBeDisabled();
		const first = secondsIn(await countdown.textContent());
		expect(first).toBeGreaterThan(1);
		expect(first).toBeLessThanOrEqual(8);

		// The right passphrase, typed during the wait, is kept; Enter does not try it early.
		await field.fill(PASSPHRASE);
		await field.press('Enter');
		await expect(field).toHaveValue(PASSPHRASE);
		await expect(page.getByRole('heading', { name: 'Open your diary' })).toBeVisible();
		// It really counts down while Open stays disabled.
		await expect
			.poll(async () => secondsIn(await countdown.textContent()), { intervals: [100] })
			.toBeLessThan(first);
		await expect(open).toBeDisabled();

		await expect(open).toBeEnabled({ timeout: 15_000 });
		await expect(countdown).toHaveCount(0);
		await expect(page.getByText('You can try again now.')).toBeAttached();
		await expect(field).toHaveValue(PASSPHRASE);
		await open.click();
		await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toBeVisible({
			timeout: 20_000
		});
	});

	test('a wait owed from before a reload shows at once, counts down and then lets Open work', async ({
		page
	}) => {
		await createDiary(page);
		await page.getByRole('button', { name: 'Lock' }).click();
		// Five failures in a row, stored as they are after a reload: 8 seconds still owed.
		await storeAttempts(page, 5, 8000);
		const countdown = page.getByRole('timer');
		const open = page.getByRole('button', { name: 'Open', exact: true });
		await expect(countdown).toHaveText(/You can try again in \d seconds?\./);
		await expect(open).toBeDisabled();
		const first = secondsIn(await countdown.textContent());
		expect(first).toBeGreaterThan(1);
		await expect
			.poll(async () => secondsIn(await countdown.textContent()), { intervals: [100] })
			.toBeLessThan(first);
		await expectAxeClean(page, 'passphrase wait');
		await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
		await expect(open).toBeDisabled();
		await expect(open).toBeEnabled({ timeout: 15_000 });
		await open.click();
		await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toBeVisible({
			timeout: 20_000
		});
	});
});

test.describe('a screen whose code cannot be loaded', () => {
	// The service worker would answer from its copy; this is a phone that went offline before it had kept one.
	test.use({ serviceWorkers: 'block' });

	test('says so calmly, keeps one quick exit, and opens once the code can be loaded', async ({ page }) => {
		await createDiary(page);
		await page.route('**/app/immutable/**', (route) => route.abort('internetdisconnected'));
		await openScreen(page, 'Patterns');
		await expect(page.getByRole('heading', { name: 'This could not be opened' })).toBeVisible();
		await expect(page.getByRole('alert')).toContainText('Nothing you kept has changed.');
		await expect(page.getByRole('button', { name: 'Quick exit' })).toHaveCount(1);
		await audit(page, 'a screen not loaded');

		await page.unroute('**/app/immutable/**');
		await page.getByRole('button', { name: 'Try again' }).click();
		await expect(page.getByRole('heading', { name: 'Patterns', level: 1 })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'This could not be opened' })).toHaveCount(0);
	});

	test('the code typed while the rest of the app cannot be loaded leaves a working calculator, and opens on a second try', async ({
		page
	}) => {
		await createDiary(page);
		await page.reload();
		await expect(page.getByRole('heading', { name: 'Calculator', exact: true })).toBeAttached();
		await page.route('**/app/immutable/**', (route) => route.abort('internetdisconnected'));
		await typeCode(page);
		// Nothing opened and nothing blank: the calculator again, still a calculator.
		await expect(page.getByRole('heading', { name: 'Calculator', exact: true })).toHaveCount(1);
		await expect(page.getByLabel('Result')).toHaveText('0');
		await page.getByRole('button', { name: '8', exact: true }).click();
		await expect(page.getByLabel('Result')).toHaveText('8');
		await expect(page.getByRole('heading', { name: 'Open your diary' })).toHaveCount(0);

		await page.unroute('**/app/immutable/**');
		await page.getByRole('button', { name: 'clear', exact: true }).click();
		await typeCode(page);
		await expect(page.getByRole('heading', { name: 'Open your diary' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Calculator', exact: true })).toHaveCount(0);
	});

	test('the page itself failing to load after SvelteKit has started shows no error page, and the calculator comes back', async ({
		page
	}) => {
		await createDiary(page);
		await page.reload();
		await expect(page.getByRole('heading', { name: 'Calculator', exact: true })).toBeAttached();
		// SvelteKit's own code loads; the page's (its node 2, the app's one route) does not.
		await page.route('**/app/immutable/nodes/2.*', (route) => route.abort('internetdisconnected'));
		await typeCode(page);
		await expect(page.getByRole('heading', { name: 'Calculator', exact: true })).toHaveCount(1);
		await page.getByRole('button', { name: '8', exact: true }).click();
		await expect(page.getByLabel('Result')).toHaveText('8');
		await expect(page.getByText(/error|not found|500/i)).toHaveCount(0);

		await page.unroute('**/app/immutable/nodes/2.*');
		await page.getByRole('button', { name: 'clear', exact: true }).click();
		await typeCode(page);
		await expect(page.getByRole('heading', { name: 'Open your diary' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Calculator', exact: true })).toHaveCount(0);
	});

	test('the first-run help, where the emergency numbers are, says so too and opens on a second try', async ({
		page
	}) => {
		await openFirstRun(page);
		await page.route('**/app/immutable/**', (route) => route.abort('internetdisconnected'));
		await page.getByRole('button', { name: 'Help and support' }).click();
		await expect(page.getByRole('heading', { name: 'This could not be opened' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Quick exit' })).toHaveCount(1);

		await page.unroute('**/app/immutable/**');
		await page.getByRole('button', { name: 'Try again' }).click();
		await expect(page.getByRole('heading', { name: 'Help and support', level: 1 })).toBeVisible();
	});
});
