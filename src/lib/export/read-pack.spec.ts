import { zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '$lib/testing/bytes';
import { makeIncident } from '$lib/domain/test-factories';
import * as errors from './errors';
import { errorMessage } from '$lib/messages/errors';
import { toExportJson } from './json';
import { readPack } from './read-pack';
import { buildChain, makeExhibit } from './test-fixtures';

const encoder = new TextEncoder();

const EXHIBIT_BYTES = encoder.encode('the photo');

async function timelineJson(type = 'image/jpeg'): Promise<string> {
	const incident = makeIncident(
		{ exhibits: [makeExhibit(1, { sha256: sha256Hex(EXHIBIT_BYTES), type })] },
		{ id: 1 }
	);
	return JSON.stringify(
		await toExportJson({
			incidents: [incident],
			people: [],
			chain: await buildChain([incident]),
			options: { disclosureSafe: false, includePrivateNotes: false },
			generatedAt: '2026-11-29T07:30:00.000+00:00'
		})
	);
}

/** A zip of `files`, with a SHA256SUMS listing all of them unless one is given. */
function makeZip(files: Record<string, Uint8Array>, sums?: string): Uint8Array {
	const listed =
		sums ??
		Object.entries(files)
			.map(([name, bytes]) => `${sha256Hex(bytes)}  ${name}\n`)
			.join('');
	const entries: Zippable = { ...files, SHA256SUMS: encoder.encode(listed) };
	return zipSync(entries);
}

async function validFiles(type?: string): Promise<Record<string, Uint8Array>> {
	return {
		'timeline.json': encoder.encode(await timelineJson(type)),
		'timeline.csv': encoder.encode('\uFEFFNo.\r\n'),
		'exhibits/EXH-001.jpg': EXHIBIT_BYTES
	};
}

async function readError(zip: Uint8Array, limits?: Parameters<typeof readPack>[1]) {
	try {
		await readPack(zip, limits);
	} catch (error) {
		return error;
	}
	return null;
}

describe('readPack', () => {
	it('reads a valid pack', async () => {
		const opened = await readPack(makeZip(await validFiles()));
		expect(opened.exhibits.get('EXH-001')?.bytes).toEqual(EXHIBIT_BYTES);
		expect(opened.csv).toBe('No.\r\n');
		expect(opened.pdf).toBeNull();
	});

	it.each([
		['IMAGE/SVG+XML; charset=x', 'image/svg+xml'],
		['Text/HTML', 'text/html'],
		['image/png<script>', 'application/octet-stream']
	])('keeps the exhibit type %s only as the bare media type %s', async (type, kept) => {
		const opened = await readPack(makeZip(await validFiles(type)));
		expect(opened.exhibits.get('EXH-001')?.entry.type).toBe(kept);
	});

	it.each([
		'../evil.txt',
		'exhibits/../../evil.txt',
		'/etc/passwd',
		'C:/Windows/evil.txt',
		'exhibits\\evil.txt'
	])('refuses an entry named %s', async (name) => {
		const zip = makeZip({ ...(await validFiles()), [name]: encoder.encode('x') });
		const error = await readError(zip);
		expect(error).toBeInstanceOf(errors.PackUnsafePathError);
		const { code, facts } = error as errors.PackUnsafePathError;
		expect(errorMessage(code, facts)).toContain('unsafe name');
	});

	it('refuses an entry that has no place in a pack', async () => {
		const zip = makeZip({ ...(await validFiles()), 'notes/extra.txt': encoder.encode('x') });
		expect(await readError(zip)).toBeInstanceOf(errors.PackUnexpectedEntryError);
	});

	it('refuses a zip bomb before inflating it', async () => {
		const zeros = new Uint8Array(60 * 1024 * 1024);
		const zip = makeZip({ ...(await validFiles()), 'exhibits/EXH-002-zeros.bin': zeros });
		expect(zip.length).toBeLessThan(1024 * 1024);
		expect(await readError(zip)).toBeInstanceOf(errors.PackTooLargeError);
	});

	it('refuses a pack over the total size limit', async () => {
		const zip = makeZip(await validFiles());
		const limits = {
			maxTotalBytes: 1000,
			maxEntryBytes: 1000,
			maxEntries: 100,
			maxRatio: 100,
			ratioFloorBytes: 1000
		};
		expect(await readError(zip, limits)).toBeInstanceOf(errors.PackTooLargeError);
	});

	it('refuses a file that does not match SHA256SUMS', async () => {
		const files = await validFiles();
		const sums = Object.entries(files)
			.map(([name, bytes]) => `${sha256Hex(bytes)}  ${name}\n`)
			.join('');
		const zip = makeZip({ ...files, 'exhibits/EXH-001.jpg': encoder.encode('another photo') }, sums);
		const error = await readError(zip);
		expect(error).toBeInstanceOf(errors.PackHashMismatchError);
		expect((error as errors.PackHashMismatchError).entryName).toBe('exhibits/EXH-001.jpg');
	});

	it('refuses an exhibit that matches SHA256SUMS but not the hash the timeline recorded', async () => {
		const files = { ...(await validFiles()), 'exhibits/EXH-001.jpg': encoder.encode('swapped') };
		expect(await readError(makeZip(files))).toBeInstanceOf(errors.PackHashMismatchError);
	});

	it('refuses a file missing from the pack, or from SHA256SUMS', async () => {
		const files = await validFiles();
		const { 'exhibits/EXH-001.jpg': exhibit, ...withoutExhibit } = files;
		const listedButMissing = makeZip(
			withoutExhibit,
			Object.entries(files)
				.map(([name, bytes]) => `${sha256Hex(bytes)}  ${name}\n`)
				.join('')
		);
		expect(await readError(listedButMissing)).toBeInstanceOf(errors.PackMissingEntryError);
		expect(await readError(makeZip(withoutExhibit))).toBeInstanceOf(errors.PackMissingEntryError);
		const unlisted = makeZip(files, `${sha256Hex(exhibit as Uint8Array)}  exhibits/EXH-001.jpg\n`);
		expect(await readError(unlisted)).toBeInstanceOf(errors.PackUnexpectedEntryError);
		expect(
			await readError(zipSync({ 'timeline.json': files['timeline.json'] as Uint8Array }))
		).toBeInstanceOf(errors.PackMissingEntryError);
	});

	it('refuses a timeline of an unknown version', async () => {
		const json = JSON.parse(await timelineJson()) as { version: number };
		json.version = 9;
		const zip = makeZip({ ...(await validFiles()), 'timeline.json': encoder.encode(JSON.stringify(json)) });
		expect(await readError(zip)).toBeInstanceOf(errors.ExportJsonVersionError);
	});

	it('calls anything that is not a zip damaged', async () => {
		expect(await readError(encoder.encode('not a zip at all'))).toBeInstanceOf(errors.PackDamagedError);
		const zip = makeZip(await validFiles());
		expect(await readError(zip.subarray(0, zip.length - 30))).toBeInstanceOf(errors.PackDamagedError);
	});
});
