// Export and sharing end to end: the timeline PDF read back with pdftotext, the evidence pack checked with
// sha256sum, an encrypted file opened by a caseworker in a second, fresh browser, a tampered file refused with
// nothing stored, and a backup restored into a fresh diary without duplicates.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import {
	SETUP_CODE,
	WELCOME,
	addPerson,
	attachFiles,
	createDiary,
	expect,
	fillEveryField,
	logAmendedEntry,
	logEntry,
	openScreen,
	saveEntry,
	startEntryAt,
	test,
	typeCode,
	type PickedFile,
	chooseLanguage
} from './fixtures';
import {
	downloadTo,
	exportEncrypted,
	fillSharedFile,
	openExport,
	openSharedFile,
	startRestore,
	withFreshPage
} from './sharing';

const run = promisify(execFile);

const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
	'base64'
);

/** Names and words in Polish, Turkish, Greek and Cyrillic, one per field, so each column is read back. */
const TEXT = {
	person: 'Zoë Łukasiewicz',
	witness: 'Ayşe Yılmaz',
	// Emoji and Devanagari need fonts of their own, loaded only when the PDF is made.
	whatHappened: 'Şoför İstanbul’da ığdır yolunda bekledi 😀🔪 उसने पीछा किया.',
	exactWords: 'Καλημέρα σου, ξέρω πού μένεις',
	location: 'Улица Ленина, дом 5',
	coverName: 'Małgorzata Żółć'
};

let dir: string;
test.beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'wm-export-'));
});
test.afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

/** Clicks a button that makes a file and returns where the download was saved. */
const download = (page: Page, button: string) => downloadTo(dir, page, button);

/** One entry with every field filled, a named person, a witness and a picture exhibit; `more` adds files to its exhibits. */
async function logFullEntry(page: Page, more: PickedFile[] = []): Promise<void> {
	await addPerson(page, TEXT.person, { relation: 'Former partner' });

	await startEntryAt(page, '2026-11-20', '18:45');
	await fillEveryField(page, TEXT);
	await attachFiles(page, [{ name: 'doorstep.png', mimeType: 'image/png', buffer: PNG }, ...more]);
	await saveEntry(page);
}

const makeEncrypted = (page: Page, purpose: 'caseworker' | 'backup') => exportEncrypted(dir, page, purpose);

/** A new diary with a full entry and an amended one, made into an encrypted file: where a file's journey starts. */
async function fullDiaryMadeInto(page: Page, purpose: 'caseworker' | 'backup'): Promise<string> {
	await createDiary(page);
	await logFullEntry(page);
	await logAmendedEntry(page);
	return makeEncrypted(page, purpose);
}

/** Rows in the database tables, read straight from IndexedDB; 0 when the database was never made. */
function countStored(page: Page): Promise<number> {
	return page.evaluate(async () => {
		const names = (await indexedDB.databases()).map((d) => d.name);
		if (!names.includes('calc')) return 0;
		return new Promise<number>((resolve, reject) => {
			const open = indexedDB.open('calc');
			open.onerror = () => reject(open.error);
			open.onsuccess = () => {
				const db = open.result;
				const stores = [...db.objectStoreNames].filter((name) => name !== 'meta');
				if (stores.length === 0) {
					db.close();
					resolve(0);
					return;
				}
				const tx = db.transaction(stores);
				let total = 0;
				for (const name of stores) {
					const count = tx.objectStore(name).count();
					count.onsuccess = () => (total += count.result);
				}
				tx.oncomplete = () => {
					db.close();
					resolve(total);
				};
				tx.onerror = () => reject(tx.error);
			};
		});
	});
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

test('the timeline PDF prints every column, in four scripts, and leaves the private note out', async ({
	page
}) => {
	await createDiary(page);
	await logFullEntry(page);
	await openExport(page);
	await page.getByLabel('Your name').fill(TEXT.coverName);
	await page.getByLabel('Police reference').fill('41/99999/26');
	const path = await download(page, 'Timeline PDF');
	expect(path).toMatch(/calc-\d{4}-\d{2}-\d{2}\.pdf$/);
	await expect(page.getByText('The file was saved to this device’s downloads.')).toBeVisible();

	const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-']);
	const text = squash(stdout);
	const expected = [
		TEXT.coverName,
		'41/99999/26',
		'20 Nov 2026',
		'(a) Following',
		'(b) Contacting',
		'Other: Left flowers on the car',
		'Text message',
		TEXT.whatHappened,
		TEXT.exactWords,
		TEXT.location,
		`Known to me (see People): ${TEXT.person}`,
		'How I know them Former partner',
		'Someone I do not know, described as: Tall, grey coat',
		'Vehicle seen: Blue Ford Focus',
		'Registration seen: AB12 CDE',
		'20 Nov 2026, 18:45 (UTC',
		'saved on its own, not as part of an evidence pack',
		`${TEXT.witness} (07700 900123)`,
		'Fear that violence will be used',
		'Alarm or distress',
		'Changes to daily life',
		'In my words: I now take a taxi home.',
		'Reported to police',
		'Reference: 41/12345/26',
		'Officer: PC 1234 Jones',
		'Reported to the platform',
		'Details: Instagram report 998',
		'Told someone',
		'Who: My sister',
		'EXH-001',
		'doorstep.png'
	];
	for (const value of expected) expect(text, value).toContain(value);
	expect(text).not.toContain('Only for me');

	// The cover details are kept for next time.
	await page.getByRole('button', { name: 'Timeline', exact: true }).click();
	await openExport(page);
	await expect(page.getByLabel('Your name')).toHaveValue(TEXT.coverName);
});

test('the evidence pack unzips and passes sha256sum -c', async ({ page }) => {
	await createDiary(page);
	await logFullEntry(page);
	await openExport(page);
	const path = await download(page, 'Evidence pack (zip)');
	const out = join(dir, 'pack');
	await run('unzip', ['-q', path, '-d', out]);
	const { stdout } = await run('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out });
	expect(stdout).toContain('timeline.pdf: OK');
	expect(stdout).toContain('exhibits/EXH-001.png: OK');
	expect(stdout).not.toMatch(/FAILED/);
	expect(await readFile(join(out, 'exhibits/EXH-001.png'))).toEqual(PNG);
	const csv = await readFile(join(out, 'timeline.csv'), 'utf8');
	expect(csv).toContain(TEXT.location);
	// The pack's own PDF points to the SHA256SUMS beside it.
	const pdf = squash((await run('pdftotext', ['-enc', 'UTF-8', join(out, 'timeline.pdf'), '-'])).stdout);
	expect(pdf).toContain('sha256sum -c SHA256SUMS');
	// The verify.py the pack carries checks every revision, the record of changes and the exhibits, without the app.
	// The private note is left out of this copy, so it says that revision's words can be checked only against a
	// full copy, rather than "Everything holds".
	const verified = await run('python3', ['verify.py'], { cwd: out });
	expect(verified.stdout).toContain("NOTE  1 revision's words could not be checked");
	expect(verified.stdout.trim().split('\n').at(-1)).toMatch(
		/^Everything that could be checked holds: \d+ checks passed, none failed; but 1 revision's words could not be checked from this copy, only against a full copy/
	);
	expect(await readFile(join(out, 'VERIFY.txt'), 'utf8')).toContain('Worked example, with the real numbers');
});

/** Extracts a zip with each of the tools an officer might have, each into its own folder. */
const EXTRACTORS: Record<string, (zip: string, out: string) => Promise<unknown>> = {
	unzip: (zip, out) => run('unzip', ['-q', zip, '-d', out]),
	bsdtar: async (zip, out) => {
		await mkdir(out, { recursive: true });
		return run('bsdtar', ['-xf', zip, '-C', out]);
	},
	'7z': (zip, out) => run('7z', ['x', '-y', `-o${out}`, zip]),
	python: (zip, out) =>
		run('python3', [
			'-c',
			'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])',
			zip,
			out
		])
};

test('a pack with a Polish-named exhibit passes sha256sum -c after unzip, bsdtar, 7z and Python', async ({
	page
}) => {
	const POLISH = 'zdjęcie spod drzwi — żółć.PNG';
	await createDiary(page);
	await openScreen(page, 'Log something');
	await page.getByLabel('(e) Loitering or hanging around').check();
	await page.getByLabel('What happened', { exact: true }).fill('Stał pod drzwiami');
	await attachFiles(page, [{ name: POLISH, mimeType: 'image/png', buffer: PNG }]);
	await saveEntry(page);
	await openExport(page);
	const path = await download(page, 'Evidence pack (zip)');

	for (const [tool, extract] of Object.entries(EXTRACTORS)) {
		const out = join(dir, tool);
		await extract(path, out);
		const { stdout } = await run('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out });
		expect(stdout, tool).toContain('exhibits/EXH-001.png: OK');
		expect(stdout, tool).not.toMatch(/FAILED|No such file/);
		expect(await readFile(join(out, 'exhibits/EXH-001.png')), tool).toEqual(PNG);
		expect((await run('python3', ['verify.py'], { cwd: out })).stdout, tool).toContain('Everything holds');
		// The person's own name for the file is kept where people read it: the PDF's list and the index.
		const { stdout: pdf } = await run('pdftotext', [join(out, 'timeline.pdf'), '-']);
		expect(pdf.normalize('NFKC'), tool).toContain(POLISH.normalize('NFKC'));
		const json = JSON.parse(await readFile(join(out, 'timeline.json'), 'utf8')) as {
			exhibits: { number: string; name: string; path: string }[];
		};
		expect(json.exhibits, tool).toEqual([
			expect.objectContaining({ number: 'EXH-001', name: POLISH, path: 'exhibits/EXH-001.png' })
		]);
	}
	// Every entry says it was made on Unix, so no tool guesses at an MS-DOS code page.
	const { stdout: listing } = await run('unzip', ['-Z', path]);
	const entries = listing.split('\n').filter((line) => /^[-rw]{10}/.test(line));
	expect(entries.length).toBeGreaterThan(0);
	for (const line of entries) expect(line).toMatch(/^-rw-r--r-- +[0-9.]+ unx /);
});

test('a caseworker opens a shared file in a fresh browser and sees the same entries and exhibits', async ({
	page,
	browser,
	baseURL
}) => {
	const path = await fullDiaryMadeInto(page, 'caseworker');

	await withFreshPage(browser, baseURL, async (caseworker) => {
		await openSharedFile(caseworker, path);
		await expect(caseworker.getByRole('heading', { name: 'Shared diary' })).toBeVisible({
			timeout: 20_000
		});
		await expect(
			caseworker.getByText(
				'All 2 entries and 1 exhibit match their fingerprints, and the record of changes is complete.'
			)
		).toBeVisible();
		await expect(caseworker.getByText(TEXT.location)).toBeVisible();
		await expect(caseworker.getByText('Standing outside work for an hour')).toBeVisible();
		await expect(caseworker.getByText(/Amended: .*Reason: Remembered how long/)).toBeVisible();
		await expect(caseworker.getByRole('row', { name: '(a) Following 1' })).toBeVisible();
		// Private notes stay out of a copy unless chosen.
		await expect(caseworker.getByText('Only for me')).toHaveCount(0);

		await caseworker.getByRole('button', { name: 'Open doorstep.png' }).click();
		const image = caseworker.getByRole('img', { name: 'doorstep.png' });
		await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
		await caseworker.getByRole('button', { name: 'Close doorstep.png' }).click();
		await expect(image).toHaveCount(0);

		// Read only: the caseworker's browser holds no diary and nothing from the file.
		expect(await countStored(caseworker)).toBe(0);
		await caseworker.getByRole('button', { name: 'Close the file' }).click();
		await expect(caseworker.getByRole('heading', { name: 'Open a shared file' })).toBeVisible();
	});
});

test('a tampered file is refused with a calm message, and nothing is stored', async ({
	page,
	browser,
	baseURL
}) => {
	await createDiary(page);
	// A file sealed in more than one piece: a change in the first piece alone cannot be told from a wrong
	// passphrase, and the file of one entry is now small enough (its PDF's fonts are subset) to fit in one.
	await logFullEntry(page, [
		{ name: 'statement.pdf', mimeType: 'application/pdf', buffer: randomBytes(200_000) }
	]);
	const path = await makeEncrypted(page, 'caseworker');
	const bytes = await readFile(path);
	const middle = Math.floor(bytes.length / 2);
	bytes[middle] = bytes[middle]! ^ 0x01;
	const tampered = join(dir, 'tampered.dat');
	await writeFile(tampered, bytes);

	await withFreshPage(browser, baseURL, async (other) => {
		await openSharedFile(other, tampered);
		await expect(
			other
				.getByRole('alert')
				.getByText(
					'This file has been damaged or changed since it was made, so nothing was opened. Please ask for it to be sent again.'
				)
		).toBeVisible({ timeout: 20_000 });
		await expect(other.getByRole('heading', { name: 'Shared diary' })).toHaveCount(0);

		// A wrong passphrase is named as such.
		await fillSharedFile(other, path, 'not the right passphrase');
		await other.getByRole('button', { name: 'Open the file' }).click();
		await expect(other.getByRole('alert').getByText(/That passphrase did not open this file/)).toBeVisible({
			timeout: 20_000
		});

		expect(await countStored(other)).toBe(0);
		await other.reload();
		// The setup code opens the first-run steps only where there is no diary: none was made.
		await typeCode(other, SETUP_CODE);
		await chooseLanguage(other);
		await expect(other.getByRole('heading', { name: WELCOME })).toBeVisible();
	});
});

test('a backup restored into a fresh diary shows the same timeline and history, and twice adds nothing', async ({
	page,
	browser,
	baseURL
}) => {
	const path = await fullDiaryMadeInto(page, 'backup');
	await expect(page.getByText(/^Last backup: /)).toBeVisible();

	await withFreshPage(browser, baseURL, async (phone) => {
		await createDiary(phone);
		const restore = () => startRestore(phone, path);
		await restore();
		// A new phone's diary has its own key, so this is not its own backup: everything is added as new.
		await expect(
			phone.getByText(
				'This file will add 2 entries and 1 exhibit. It will not change any entry already in your diary.'
			)
		).toBeVisible({ timeout: 20_000 });
		await expect(phone.getByText('It will also add 1 person to your list.')).toBeVisible();
		await phone.getByRole('button', { name: 'Add to my diary' }).click();
		await expect(
			phone.getByText('Restored 3 saved versions of entries, 1 person and 1 exhibit.')
		).toBeVisible({ timeout: 20_000 });

		await phone.getByRole('button', { name: 'Timeline', exact: true }).click();
		await expect(phone.getByText('2 entries')).toBeVisible();
		await phone.getByRole('button', { name: /Standing outside work for an hour/ }).click();
		await expect(phone.getByText('Reason: Remembered how long')).toBeVisible();
		await expect(phone.getByText('Changed: What happened')).toBeVisible();
		await phone.getByText('Show this version').click();
		await expect(phone.getByText('Standing outside work', { exact: true })).toBeVisible();

		await phone.getByRole('button', { name: 'Timeline', exact: true }).click();
		await phone.getByRole('button', { name: /Şoför İstanbul/ }).click();
		await expect(phone.getByText('Only for me', { exact: true })).toBeVisible();
		await phone.getByRole('button', { name: 'Open doorstep.png' }).click();
		await expect(phone.getByRole('img', { name: 'doorstep.png' })).toBeVisible();

		await restore();
		await expect(
			phone.getByText(
				'This file has no new entries. The entries in it are already in your diary and were left exactly as they are. Nothing was added.'
			)
		).toBeVisible({ timeout: 20_000 });
		await phone.getByRole('button', { name: 'Timeline', exact: true }).click();
		await expect(phone.getByText('2 entries')).toBeVisible();
		// The restored revisions were linked onto this diary's chain, and the whole chain checks out.
		await expect(phone.getByText(/not match the record of changes/)).toHaveCount(0);
	});
});

test('a share file restored into a diary with entries says what it will add, and never changes what is there', async ({
	page,
	browser,
	baseURL
}) => {
	await createDiary(page);
	await logAmendedEntry(page);
	const first = await makeEncrypted(page, 'caseworker');

	await withFreshPage(browser, baseURL, async (phone) => {
		await createDiary(phone);
		await logEntry(phone, '(g) Watching or spying', 'Car outside the house again');

		const restore = (path: string) => startRestore(phone, path);
		await restore(first);
		await expect(phone.getByRole('heading', { name: 'Before anything is added' })).toBeVisible({
			timeout: 20_000
		});
		await expect(
			phone.getByText(
				'This file will add 1 entry and 0 exhibits. It will not change any entry already in your diary.'
			)
		).toBeVisible();
		await phone.getByRole('button', { name: 'Add to my diary' }).click();
		await expect(
			phone.getByText('Restored 2 saved versions of entries, 0 people and 0 exhibits.')
		).toBeVisible({
			timeout: 20_000
		});

		// On the first phone the entry is withdrawn, and a new share file made: it holds a later version of an
		// entry the second diary already has, which no share file may change.
		await page.getByRole('button', { name: 'Timeline', exact: true }).click();
		await page.getByRole('button', { name: /Standing outside work for an hour/ }).click();
		await page.getByRole('button', { name: 'Withdraw', exact: true }).click();
		await page.getByRole('button', { name: 'Withdraw this entry' }).click();
		await expect(page.getByText('Withdrawn', { exact: true }).first()).toBeVisible();
		const second = await makeEncrypted(page, 'caseworker');

		await restore(second);
		await expect(
			phone.getByText(
				'This file has no new entries. The entries in it are already in your diary and were left exactly as they are. Nothing was added.'
			)
		).toBeVisible({ timeout: 20_000 });
		await phone.getByRole('button', { name: 'Timeline', exact: true }).click();
		await expect(phone.getByText('2 entries')).toBeVisible();
		await phone.getByRole('button', { name: /Standing outside work for an hour/ }).click();
		await expect(phone.getByText('Withdrawn', { exact: true })).toHaveCount(0);
		await phone.getByRole('button', { name: 'Timeline', exact: true }).click();
		await expect(phone.getByRole('button', { name: /Car outside the house again/ })).toBeVisible();
		await expect(phone.getByText(/not match the record of changes/)).toHaveCount(0);
	});
});
