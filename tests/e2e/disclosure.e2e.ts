// A disclosure-safe copy carries no location: a phone photo with GPS, camera make, model and serial number is
// attached to an entry, the Export screen says before anything is made what the other side will get, and the
// disclosure-safe evidence pack, unzipped with Debian's unzip and read back with exifr, holds the photo without any
// of it and still passes sha256sum -c. The full pack holds the original byte for byte.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import exifr from 'exifr';
import { phoneJpeg, SECRETS } from '../../src/lib/export/image-fixtures';
import { audit } from './audit';
import { createDiary, expect, logEntry, test } from './fixtures';
import { downloadTo, openExport } from './sharing';

const run = promisify(execFile);
const PHOTO = Buffer.from(phoneJpeg());
const VIDEO = Buffer.from('\0\0\0\x18ftypisom a video whose own metadata says where it was filmed');

let dir: string;
test.beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'wm-disclosure-'));
});
test.afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

/** Unzips with Debian's unzip, checks every fingerprint with sha256sum -c, and returns the exhibit files. */
async function unzipChecked(zip: string, name: string): Promise<Map<string, Buffer>> {
	const out = join(dir, name);
	await mkdir(out);
	await run('unzip', ['-q', zip, '-d', out]);
	const { stdout } = await run('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out });
	expect(
		stdout
			.trim()
			.split('\n')
			.every((line) => line.endsWith(': OK'))
	).toBe(true);
	const files = new Map<string, Buffer>();
	for (const file of await readdir(join(out, 'exhibits'))) {
		files.set(file, await readFile(join(out, 'exhibits', file)));
	}
	return files;
}

test('the disclosure-safe pack holds the photo without its location or camera, and says so first', async ({
	page
}) => {
	await createDiary(page);
	await logEntry(page, '(g) Watching or spying', 'His car was parked outside the new flat', [
		{ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: PHOTO },
		{ name: 'car.mp4', mimeType: 'video/mp4', buffer: VIDEO }
	]);

	await openExport(page);
	const preview = page.getByRole('region', { name: 'Photos and files in this copy' });
	// Before anything is made: the full copy warns that photos go as they are.
	await expect(preview).toContainText('2 photos and files go in exactly as they are.');
	// Both packs get the same neutral name: the first is moved aside before the second is saved.
	const fullZip = join(dir, 'full.zip');
	await rename(await downloadTo(dir, page, 'Evidence pack (zip)'), fullZip);

	const safe = page.getByLabel('Disclosure-safe copy');
	await safe.check();
	await expect(preview).toContainText('1 photo will have its location and camera details removed.');
	await expect(preview).toContainText('1 video will be left out of this copy.');
	// The same words reach a screen reader from the choice itself, not only from where they stand.
	await expect(safe).toHaveAccessibleDescription(
		/1 photo will have its location and camera details removed\./
	);
	await page.setViewportSize({ width: 320, height: 640 });
	await audit(page, 'export with the disclosure-safe preview');
	const safeZip = await downloadTo(dir, page, 'Evidence pack (zip)');

	const full = await unzipChecked(fullZip, 'full');
	expect([...full.keys()].sort()).toEqual(['EXH-001.jpg', 'EXH-002.mp4']);
	expect(full.get('EXH-001.jpg')!.equals(PHOTO)).toBe(true);
	expect(full.get('EXH-002.mp4')!.equals(VIDEO)).toBe(true);
	// The test can fail: the original, read the same way, has the location and the camera.
	const original = await exifr.parse(full.get('EXH-001.jpg')!, { makerNote: true, xmp: true, iptc: true });
	expect(original.latitude).toBeGreaterThan(51);
	expect(original.Make).toBe(SECRETS.make);

	const disclosed = await unzipChecked(safeZip, 'safe');
	expect([...disclosed.keys()]).toEqual(['EXH-001.jpg']);
	const cleaned = disclosed.get('EXH-001.jpg')!;
	expect(await exifr.gps(cleaned)).toBeUndefined();
	const found =
		(await exifr.parse(cleaned, { makerNote: true, xmp: true, iptc: true, userComment: true })) ?? {};
	for (const tag of [
		'latitude',
		'longitude',
		'Make',
		'Model',
		'SerialNumber',
		'BodySerialNumber',
		'MakerNote'
	]) {
		expect(found, tag).not.toHaveProperty(tag);
	}
	for (const secret of Object.values(SECRETS)) expect(cleaned.includes(secret), secret).toBe(false);
	// Still a picture the browser draws, turned the right way up: the 4 x 2 picture with orientation 6 (a quarter
	// turn) stands 2 wide and 4 high.
	expect(await exifr.orientation(cleaned)).toBe(6);
	const size = await page.evaluate(
		async (bytes) => {
			const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), {
				imageOrientation: 'from-image'
			});
			return [bitmap.width, bitmap.height];
		},
		[...cleaned]
	);
	expect(size).toEqual([2, 4]);
});
