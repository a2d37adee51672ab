// Exhibits end to end: files added to an entry come back byte for byte after locking, a damaged one is named while
// everything else still opens, and a cancelled file leaves nothing stored.
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { audit } from './audit';
import { createDiary, expect, logEntry, startEntry, test, unlock } from './fixtures';

/** A valid 1x1 PNG, so the browser really decodes it (for the thumbnail and the <img>). */
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
	'base64'
);

/** A quarter of a second of a 440 Hz tone as 8 kHz, 16-bit mono PCM WAV: small, and real audio to a browser. */
function wav(seconds = 0.25, rate = 8000): Buffer {
	const samples = Math.round(seconds * rate);
	const data = Buffer.alloc(samples * 2);
	for (let i = 0; i < samples; i++) {
		data.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / rate)), i * 2);
	}
	const header = Buffer.alloc(44);
	header.write('RIFF', 0, 'ascii');
	header.writeUInt32LE(36 + data.length, 4);
	header.write('WAVE', 8, 'ascii');
	header.write('fmt ', 12, 'ascii');
	header.writeUInt32LE(16, 16); // size of the fmt chunk
	header.writeUInt16LE(1, 20); // PCM
	header.writeUInt16LE(1, 22); // mono
	header.writeUInt32LE(rate, 24);
	header.writeUInt32LE(rate * 2, 28); // bytes per second
	header.writeUInt16LE(2, 32); // bytes per frame
	header.writeUInt16LE(16, 34); // bits per sample
	header.write('data', 36, 'ascii');
	header.writeUInt32LE(data.length, 40);
	return Buffer.concat([header, data]);
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The bytes behind a blob: URL shown in the page, read in the page itself. The app's CSP (`connect-src 'self'`)
 * rightly forbids fetching a blob: URL, and the app never does, so the tests that read bytes lift the CSP
 * (`bypassCSP`); a separate test shows the same files under the real policy.
 */
async function bytesAt(page: Page, src: string): Promise<Uint8Array> {
	const bytes = await page.evaluate(
		async (url) => Array.from(new Uint8Array(await (await fetch(url)).arrayBuffer())),
		src
	);
	return Uint8Array.from(bytes);
}

/** Whether a blob: URL still gives its bytes (so a failure means it was revoked). */
async function stillReadable(page: Page, src: string): Promise<boolean> {
	try {
		await bytesAt(page, src);
		return true;
	} catch {
		return false;
	}
}

/** Rows in the exhibit chunk store, read straight from IndexedDB as a person copying the profile would. */
function countChunks(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('calc');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const count = db.transaction('chunks').objectStore('chunks').count();
					count.onsuccess = () => {
						db.close();
						resolve(count.result);
					};
					count.onerror = () => reject(count.error);
				};
			})
	);
}

test.describe('reading the bytes back', () => {
	// Only these tests lift the CSP, to fetch the blob: URLs the page shows; see bytesAt.
	test.use({ bypassCSP: true });

	test('a photo and a recording come back byte for byte after locking', async ({ page }) => {
		const png = { name: 'doorstep.png', mimeType: 'image/png', buffer: PNG };
		const sound = { name: 'voicemail.wav', mimeType: 'audio/wav', buffer: wav() };
		await createDiary(page);
		await logEntry(page, '(a) Following', 'Left a note on the doorstep and rang twice', [png, sound]);

		await page.getByRole('button', { name: 'Lock' }).click();
		await unlock(page);
		await page.getByRole('button', { name: /Left a note on the doorstep/ }).click();
		await expect(page.getByText('Left a note on the doorstep and rang twice')).toBeVisible();

		await page.getByRole('button', { name: 'Open doorstep.png' }).click();
		const image = page.getByRole('img', { name: 'doorstep.png' });
		await expect(image).toBeVisible();
		const imageSrc = (await image.getAttribute('src'))!;
		expect(imageSrc).toMatch(/^blob:/);
		expect(sha256(await bytesAt(page, imageSrc))).toBe(sha256(png.buffer));

		await page.getByRole('button', { name: 'Open voicemail.wav' }).click();
		const audio = page.locator('audio[controls]');
		await expect(audio).toBeVisible();
		const audioSrc = (await audio.getAttribute('src'))!;
		expect(sha256(await bytesAt(page, audioSrc))).toBe(sha256(sound.buffer));

		// Closing revokes the URL: the decrypted bytes are no longer reachable from the page.
		await page.getByRole('button', { name: 'Close doorstep.png' }).click();
		await expect(image).toHaveCount(0);
		expect(await stillReadable(page, audioSrc)).toBe(true); // proves the check below can fail
		expect(await stillReadable(page, imageSrc)).toBe(false);
	});

	test('a damaged exhibit is named, and the entry and its other exhibit still open', async ({ page }) => {
		// Neither file gets a thumbnail, so every chunk row belongs to one of these two exhibits.
		const notes = {
			name: 'notes.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from('He was at the gate at 8.\n')
		};
		const sound = { name: 'voicemail.wav', mimeType: 'audio/wav', buffer: wav() };
		await createDiary(page);
		await logEntry(page, '(a) Following', 'Waiting at the school gate', [notes, sound]);

		// Flip one byte in the first sealed chunk of one of the two exhibits, as damaged storage (or tampering) would.
		const altered = await page.evaluate(
			() =>
				new Promise<string>((resolve, reject) => {
					const open = indexedDB.open('calc');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const db = open.result;
						const tx = db.transaction('chunks', 'readwrite');
						const cursor = tx.objectStore('chunks').openCursor();
						let exhibitId = '';
						cursor.onsuccess = () => {
							const at = cursor.result;
							if (!at) return;
							const row = at.value as { exhibitId: string; index: number; sealed: Uint8Array };
							if (row.index !== 1) {
								at.continue();
								return;
							}
							row.sealed[5] = row.sealed[5]! ^ 0x01;
							exhibitId = row.exhibitId;
							at.update(row);
						};
						tx.oncomplete = () => {
							db.close();
							resolve(exhibitId);
						};
						tx.onerror = () => reject(tx.error);
					};
				})
		);
		expect(altered).not.toBe('');

		await page.getByRole('button', { name: 'Open notes.txt' }).click();
		await page.getByRole('button', { name: 'Open voicemail.wav' }).click();
		const damaged = (name: string) =>
			page.getByText(
				`${name} could not be opened because it has been damaged or changed on this phone. Its fingerprint no longer matches.`
			);
		const opened = {
			notes: page.getByRole('link', { name: 'Save a copy of notes.txt' }),
			sound: page.locator('audio[controls]')
		};
		// Exactly one of the two is damaged; the other opens as usual.
		await expect(damaged('notes.txt').or(opened.notes)).toBeVisible();
		await expect(damaged('voicemail.wav').or(opened.sound)).toBeVisible();
		const notesDamaged = await damaged('notes.txt').isVisible();
		const soundDamaged = await damaged('voicemail.wav').isVisible();
		expect(notesDamaged !== soundDamaged).toBe(true);
		if (notesDamaged) {
			await expect(opened.sound).toBeVisible();
			await expect(opened.notes).toHaveCount(0);
			const src = (await opened.sound.getAttribute('src'))!;
			expect(sha256(await bytesAt(page, src))).toBe(sha256(sound.buffer));
		} else {
			await expect(opened.notes).toBeVisible();
			await expect(opened.sound).toHaveCount(0);
			const href = (await opened.notes.getAttribute('href'))!;
			expect(sha256(await bytesAt(page, href))).toBe(sha256(notes.buffer));
		}
		// The rest of the entry is untouched.
		await expect(page.getByText('Waiting at the school gate', { exact: true })).toBeVisible();
		await expect(page.getByText('(a) Following', { exact: true })).toBeVisible();
	});
});

test('each exhibit shows the fingerprint taken as it was added, shortened, with the whole value to copy', async ({
	page,
	context
}) => {
	const png = { name: 'doorstep.png', mimeType: 'image/png', buffer: PNG };
	const whole = sha256(png.buffer);
	// Worked out here, not by the app: the first four groups of four hex digits of the file's own SHA-256.
	const short = whole.slice(0, 16).match(/.{4}/g)!.join(' ');
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await createDiary(page);
	await logEntry(page, '(a) Following', 'Left a photo of my door on my car', [png]);
	await page.setViewportSize({ width: 320, height: 740 });

	const item = page.getByRole('listitem').filter({ hasText: 'doorstep.png' });
	await expect(item.getByText(`${short}…`, { exact: true })).toBeVisible();
	// A screen reader hears the whole value beside the fingerprint's label.
	const label = item.getByText('Fingerprint (SHA-256)', { exact: true });
	await expect(label).toBeVisible();
	await expect(item.getByText(whole, { exact: true })).toBeAttached();

	const copy = page.getByRole('button', { name: 'Copy fingerprint of doorstep.png' });
	await expect(copy).toBeVisible();
	await page.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));
	await copy.click();
	await expect(page.getByRole('status').filter({ hasText: 'Fingerprint copied.' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(whole);
	await audit(page, 'an entry with an exhibit and its fingerprint, at 320 px');
});

test('opened exhibits show under the app’s own CSP', async ({ page }) => {
	await createDiary(page);
	await logEntry(page, '(a) Following', 'Photo of the car and his voicemail', [
		{ name: 'car.png', mimeType: 'image/png', buffer: PNG },
		{ name: 'voicemail.wav', mimeType: 'audio/wav', buffer: wav() }
	]);
	await page.getByRole('button', { name: 'Open car.png' }).click();
	const image = page.getByRole('img', { name: 'car.png' });
	// Decoded, so `img-src blob:` let the picture load.
	await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
	await page.getByRole('button', { name: 'Open voicemail.wav' }).click();
	// A quarter of a second long, so `media-src blob:` let the sound load.
	const audio = page.locator('audio[controls]');
	await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.duration)).toBeCloseTo(0.25, 1);
});

test('cancelling a large file while it is added leaves nothing stored', async ({ page }) => {
	// 60 MB from a file on disk: too big to hand over as an in-memory buffer, and slow enough to cancel midway.
	const dir = await mkdtemp(join(tmpdir(), 'wm-exhibit-'));
	const path = join(dir, 'long-video.mp4');
	await writeFile(path, Buffer.alloc(60 * 1024 * 1024, 7));
	try {
		await createDiary(page);
		await startEntry(page, '(a) Following', 'Filmed him outside');
		await page.getByLabel('Add photos, screenshots or files').setInputFiles(path);
		await expect(page.getByRole('progressbar', { name: 'Adding long-video.mp4' })).toBeVisible();
		await expect(page.getByText(/^\d+%$/)).toBeVisible();
		await page.getByRole('button', { name: 'Cancel adding long-video.mp4' }).click();
		await expect(page.getByText('Adding long-video.mp4 was cancelled.')).toBeVisible();
		await expect(page.getByRole('progressbar')).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Remove long-video.mp4' })).toHaveCount(0);
		await expect.poll(() => countChunks(page)).toBe(0);

		// The entry itself still saves, with no exhibit.
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByText('Filmed him outside', { exact: true })).toBeVisible();
		await expect(page.getByRole('button', { name: /^Open / })).toHaveCount(0);
		expect(await countChunks(page)).toBe(0);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
});
