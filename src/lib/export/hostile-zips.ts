// Hand-built hostile evidence packs, for the zip reader's specs and the end-to-end test that seals them as share
// files. Node only (node:crypto, node:zlib); nothing in the app imports this.
//
// Each is a pack that an older reader accepted or spent far too much on: entries that overlap, a stored entry whose
// declared size is not its real size, and deflate entries whose declared size lies. Where it can, each one is
// otherwise whole (SHA256SUMS lists the bytes a careless reader would see), so only the lie itself can refuse it.
import { createDeflateRaw } from 'node:zlib';
import { deflateSync } from 'fflate';
import { makeIncident } from '$lib/domain/test-factories';
import { concatBytes, sha256Hex } from '$lib/testing/bytes';
import { crc32 } from './crc32';
import { PACK_FILES } from './file-names';
import { toExportJson } from './json';
import { buildChain } from './test-fixtures';

const encoder = new TextEncoder();

/** What an entry says about itself, in its local header and in the central directory. */
export interface ZipRecord {
	name: string;
	method: 0 | 8;
	crc: number;
	compressedSize: number;
	size: number;
	/** Where its local header starts. */
	offset: number;
}

export interface LocalEntry {
	name: string;
	method: 0 | 8;
	/** The bytes as they sit in the zip (deflated or not). */
	data: Uint8Array;
	crc: number;
	size: number;
}

export function storedEntry(name: string, bytes: Uint8Array): LocalEntry {
	return { name, method: 0, data: bytes, crc: crc32(bytes), size: bytes.length };
}

export function deflatedEntry(name: string, bytes: Uint8Array): LocalEntry {
	return { name, method: 8, data: deflateSync(bytes), crc: crc32(bytes), size: bytes.length };
}

function localHeader(record: ZipRecord): Uint8Array {
	const name = encoder.encode(record.name);
	const out = new Uint8Array(30 + name.length);
	const view = new DataView(out.buffer);
	view.setUint32(0, 0x04034b50, true);
	view.setUint16(4, 20, true);
	view.setUint16(8, record.method, true);
	view.setUint32(14, record.crc, true);
	view.setUint32(18, record.compressedSize, true);
	view.setUint32(22, record.size, true);
	view.setUint16(26, name.length, true);
	out.set(name, 30);
	return out;
}

function centralHeader(record: ZipRecord): Uint8Array {
	const name = encoder.encode(record.name);
	const out = new Uint8Array(46 + name.length);
	const view = new DataView(out.buffer);
	view.setUint32(0, 0x02014b50, true);
	view.setUint16(4, 20, true);
	view.setUint16(6, 20, true);
	view.setUint16(10, record.method, true);
	view.setUint32(16, record.crc, true);
	view.setUint32(20, record.compressedSize, true);
	view.setUint32(24, record.size, true);
	view.setUint16(28, name.length, true);
	view.setUint32(42, record.offset, true);
	out.set(name, 46);
	return out;
}

/** Writes local entries one by one, then any central directory at all: the records need not match the entries. */
export class ZipWriter {
	readonly #parts: Uint8Array[] = [];
	#length = 0;
	readonly records: ZipRecord[] = [];

	/** Writes the entry's local header (declaring `declared`, by default the truth) and its data. */
	add(entry: LocalEntry, declared: Partial<Omit<ZipRecord, 'offset'>> = {}): ZipRecord {
		const record: ZipRecord = {
			name: entry.name,
			method: entry.method,
			crc: entry.crc,
			compressedSize: entry.data.length,
			size: entry.size,
			...declared,
			offset: this.#length
		};
		this.#push(localHeader(record));
		this.#push(entry.data);
		this.records.push(record);
		return record;
	}

	/** Everything written so far. */
	bytes(): Uint8Array {
		return concatBytes(...this.#parts);
	}

	/** Writes a central directory of `records` (by default one per entry, as written) and the end record. */
	finish(records: readonly ZipRecord[] = this.records): Uint8Array {
		const start = this.#length;
		for (const record of records) this.#push(centralHeader(record));
		const end = new Uint8Array(22);
		const view = new DataView(end.buffer);
		view.setUint32(0, 0x06054b50, true);
		view.setUint16(8, records.length, true);
		view.setUint16(10, records.length, true);
		view.setUint32(12, this.#length - start, true);
		view.setUint32(16, start, true);
		this.#push(end);
		return this.bytes();
	}

	#push(bytes: Uint8Array): void {
		this.#parts.push(bytes);
		this.#length += bytes.length;
	}
}

/** Random bytes, which do not compress. */
export function noise(size: number): Uint8Array {
	const bytes = new Uint8Array(size);
	// getRandomValues fills at most 64 KiB at a time.
	for (let offset = 0; offset < size; offset += 65536) {
		crypto.getRandomValues(bytes.subarray(offset, Math.min(size, offset + 65536)));
	}
	return bytes;
}

/** The text entries of a small, valid pack: one entry, no exhibits. */
export async function makePackTexts(): Promise<{ json: Uint8Array; csv: Uint8Array }> {
	const incident = makeIncident({}, { id: 1 });
	const timeline = await toExportJson({
		incidents: [incident],
		people: [],
		chain: await buildChain([incident]),
		options: { disclosureSafe: false, includePrivateNotes: false },
		generatedAt: '2026-11-29T07:30:00.000+00:00'
	});
	return { json: encoder.encode(JSON.stringify(timeline)), csv: encoder.encode('\uFEFFNo.\r\n') };
}

export function formatSums(files: Record<string, Uint8Array>): Uint8Array {
	return encoder.encode(
		Object.entries(files)
			.map(([name, bytes]) => `${sha256Hex(bytes)}  ${name}\n`)
			.join('')
	);
}

/**
 * A valid pack whose PDF is written by `writePdf`, which returns the bytes a reader that believed the directory
 * would take as the PDF; SHA256SUMS lists those, so only the lie itself can refuse the pack.
 */
async function packAround(
	writePdf: (zip: ZipWriter) => Uint8Array,
	texts?: { json: Uint8Array; csv: Uint8Array }
): Promise<Uint8Array> {
	const { json, csv } = texts ?? (await makePackTexts());
	const zip = new ZipWriter();
	const pdf = writePdf(zip);
	zip.add(deflatedEntry(PACK_FILES.json, json));
	zip.add(deflatedEntry(PACK_FILES.csv, csv));
	const sums = formatSums({ [PACK_FILES.pdf]: pdf, [PACK_FILES.json]: json, [PACK_FILES.csv]: csv });
	zip.add(deflatedEntry(PACK_FILES.sums, sums));
	return zip.finish();
}

export const FAKE_PDF = encoder.encode('%PDF-1.7\n% a timeline\n'.repeat(40));

/**
 * A pack whose timeline.json lists its one incident twice, with SHA256SUMS written to match: every hash holds, but
 * the file says two entries are one. The viewer keys its rows by incident id, so this once stopped it drawing.
 */
export async function duplicateIncidents(): Promise<Uint8Array> {
	const { json, csv } = await makePackTexts();
	const timeline = JSON.parse(new TextDecoder().decode(json)) as { incidents: unknown[] };
	timeline.incidents = [timeline.incidents[0], timeline.incidents[0]];
	const texts = { json: encoder.encode(JSON.stringify(timeline)), csv };
	return packAround((zip) => {
		zip.add(storedEntry(PACK_FILES.pdf, FAKE_PDF));
		return FAKE_PDF;
	}, texts);
}

/** The valid pack the hostile ones are variations of. */
export function validPack(): Promise<Uint8Array> {
	return packAround((zip) => {
		zip.add(storedEntry(PACK_FILES.pdf, FAKE_PDF));
		return FAKE_PDF;
	});
}

/**
 * `copies` central-directory records, each under its own name, all pointing at one stored entry of `size` bytes:
 * a reader that copies each entry's bytes holds `copies × size` from a file of `size`.
 */
export function overlappingCopies(copies: number, size: number): Uint8Array {
	const zip = new ZipWriter();
	const record = zip.add(storedEntry('exhibits/EXH-001-a.bin', noise(size)));
	const records = Array.from({ length: copies }, (_, i) => ({
		...record,
		name: `exhibits/EXH-${String(i + 1).padStart(3, '0')}-a.bin`
	}));
	return zip.finish(records);
}

/**
 * The PDF's declared size runs on over the next entry's local header, in its local header and the directory alike,
 * and its CRC is that of the bytes it then covers: only seeing that two entries overlap can refuse it.
 */
export async function overlapIntoNextHeader(): Promise<Uint8Array> {
	const texts = await makePackTexts();
	// The JSON entry is written next; its local header does not depend on where it sits, so it is known now.
	const next = deflatedEntry(PACK_FILES.json, texts.json);
	const nextHeader = localHeader({ ...next, compressedSize: next.data.length, offset: 0 });
	const covered = concatBytes(FAKE_PDF, nextHeader);
	return packAround((zip) => {
		zip.add(storedEntry(PACK_FILES.pdf, FAKE_PDF), {
			crc: crc32(covered),
			compressedSize: covered.length,
			size: covered.length
		});
		return covered;
	}, texts);
}

/** A stored PDF that says it is 16 bytes long and is thousands: its compressed size is the truth. */
export function storedSizeLie(): Promise<Uint8Array> {
	return packAround((zip) => {
		zip.add(storedEntry(PACK_FILES.pdf, FAKE_PDF), { size: 16 });
		return FAKE_PDF;
	});
}

/** A raw deflate stream of `size` zero bytes, made in pieces so the zeros are never held whole. */
export async function deflatedZeros(size: number): Promise<Uint8Array> {
	const deflate = createDeflateRaw({ level: 9 });
	const parts: Uint8Array[] = [];
	deflate.on('data', (part: Buffer) => parts.push(part));
	const done = new Promise<void>((resolve, reject) => {
		deflate.on('end', resolve);
		deflate.on('error', reject);
	});
	const piece = new Uint8Array(1024 * 1024);
	for (let left = size; left > 0; left -= piece.length) {
		const ok = deflate.write(left >= piece.length ? piece : piece.subarray(0, left));
		if (!ok) await new Promise((resolve) => deflate.once('drain', resolve));
	}
	deflate.end();
	await done;
	return concatBytes(...parts);
}

/**
 * A deflated PDF that declares 1,000 bytes and inflates to `inflatesTo`: a reader that fills a buffer of the
 * declared size and drops the rest spends the time of inflating all of it, and then accepts the first 1,000.
 */
export async function lyingDeflateBomb(inflatesTo: number): Promise<Uint8Array> {
	const data = await deflatedZeros(inflatesTo);
	const declared = new Uint8Array(1000);
	return packAround((zip) => {
		zip.add({ name: PACK_FILES.pdf, method: 8, data, crc: crc32(declared), size: declared.length });
		return declared;
	});
}

/** A deflated PDF declaring `declared` bytes (more than a phone can hold) whose data inflates to `real`. */
export function overLimitEntry(declared: number, real: number): Promise<Uint8Array> {
	const bytes = noise(real);
	return packAround((zip) => {
		zip.add({ ...deflatedEntry(PACK_FILES.pdf, bytes), size: declared });
		return bytes;
	});
}
