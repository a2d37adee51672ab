/**
 * Reads an evidence pack (the zip inside a share or backup file) for the caseworker's viewer or a restore. The zip
 * may have been made by anyone, so it is treated as hostile: the central directory and every local header are read
 * here, not by a library that trusts them, and checked before any memory is set aside or anything is inflated.
 * Names are checked; declared sizes are held to limits a phone can hold; every entry's bytes, from its local header
 * to the end of its data, must lie inside the file and apart from every other entry's (overlapping entries let a
 * small file unpack to many times its size); a stored entry's two sizes must agree; and a deflated entry is
 * inflated in small steps that stop the moment it produces more than it declared, then checked for its exact size
 * and CRC. Every file must be listed in SHA256SUMS and match it, and every exhibit must match the hash the timeline
 * records for it.
 *
 * All or nothing: it returns everything, checked, or throws one typed error and returns nothing. It imports
 * nothing into the diary; the caller does that only after this has returned.
 */
import { Inflate } from 'fflate';
import { createSha256 } from '$lib/crypto/sha256';
import { normaliseExhibitType } from '$lib/domain/exhibit-type';
import type { Sha256Hex } from '$lib/domain/incident';
import { crc32 } from './crc32';
import {
	PackDamagedError,
	PackError,
	PackHashMismatchError,
	PackMissingEntryError,
	PackTooLargeError,
	PackUnexpectedEntryError,
	PackUnsafePathError
} from './errors';
import { EXHIBITS_FOLDER, PACK_FILES } from './file-names';
import { parseExportJson, type ExportJson } from './json';
import type { ExhibitListEntry } from './timeline-rows';

export interface PackLimits {
	/** The most bytes all entries may unpack to, together. */
	maxTotalBytes: number;
	/** The most bytes one entry may unpack to. */
	maxEntryBytes: number;
	maxEntries: number;
	/** An entry (or the whole pack) that would unpack to more than `ratioFloorBytes` at more than this ratio is a bomb. */
	maxRatio: number;
	ratioFloorBytes: number;
}

const MiB = 1024 * 1024;

/**
 * What a phone can hold. The whole pack sits in memory while it is read (the viewer keeps it there, and a restore
 * seals it from there), with the decrypted zip beside what is inflated from it, in a browser tab that a mid-range
 * phone with 3 to 4 GB of memory ends at somewhere over 1 GB. So:
 * - 512 MiB in all: the zip and its unpacked text together stay under about 1 GB even in the worst case, and a
 *   year of photos, screenshots and a few short recordings fits.
 * - 500 MiB for one entry: a little more than the largest exhibit the diary itself accepts (vault
 *   MAX_EXHIBIT_BYTES, 500 MB), so any pack the app made from a diary that fits here opens.
 * - 10,000 entries: each exhibit is one, and reading the directory costs a few bytes of memory per entry.
 * - 100 to 1 over 8 MiB: photos, video and PDFs are stored or barely compress, and the timeline's JSON and CSV
 *   deflate about 5 to 20 to 1; only a bomb unpacks many megabytes at more than 100 to 1.
 */
export const DEFAULT_PACK_LIMITS: PackLimits = {
	maxTotalBytes: 512 * MiB,
	maxEntryBytes: 500 * MiB,
	maxEntries: 10_000,
	maxRatio: 100,
	ratioFloorBytes: 8 * MiB
};

export interface PackExhibitFile {
	entry: ExhibitListEntry;
	bytes: Uint8Array;
}

export interface OpenedPack {
	timeline: ExportJson;
	/** By exhibit number (EXH-001). */
	exhibits: Map<string, PackExhibitFile>;
	pdf: Uint8Array | null;
	csv: string | null;
	readme: string | null;
}

/** How far reading a pack has got, in bytes: unpacking every entry, then hashing every file. */
export interface PackProgress {
	stage: 'unpacking' | 'hashing';
	done: number;
	total: number;
}

export interface ReadPackOptions {
	onProgress?: (progress: PackProgress) => void;
}

const FIXED_NAMES: ReadonlySet<string> = new Set(Object.values(PACK_FILES));
// `EXH-001.jpg` since exhibit paths are plain ASCII; `EXH-001-photo.jpg` in packs made before.
const EXHIBIT_NAME = /^exhibits\/EXH-\d{3,}(?:\.[a-z0-9]{1,8}|-[^/]+)?$/;
const SUM_LINE = /^([0-9a-fA-F]{64}) [ *](.+)$/;

/** Rejects anything that could land outside the folder it is unpacked into, on any system. */
function checkEntryName(name: string): void {
	const unsafe =
		name === '' ||
		name.includes('\\') ||
		name.startsWith('/') ||
		/^[A-Za-z]:/.test(name) ||
		/[\p{Cc}]/u.test(name) ||
		name.split('/').some((segment) => segment === '..' || segment === '.' || segment === '');
	if (unsafe) throw new PackUnsafePathError(name);
	if (!FIXED_NAMES.has(name) && !EXHIBIT_NAME.test(name)) throw new PackUnexpectedEntryError(name);
}

function isBomb(unpacked: number, packed: number, limits: PackLimits): boolean {
	return unpacked > limits.ratioFloorBytes && unpacked / Math.max(1, packed) > limits.maxRatio;
}

// Zip record layouts (APPNOTE.TXT 4.3): signatures and fixed sizes, all integers little-endian.
const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const DESCRIPTOR_SIGNATURE = 0x08074b50;
const END_BYTES = 22;
const CENTRAL_BYTES = 46;
const LOCAL_BYTES = 30;
const MAX_COMMENT_BYTES = 0xffff;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const STORED = 0;
const DEFLATED = 8;
/**
 * Compressed bytes handed to the inflater at a time. Deflate expands at most about 1,032 to 1, so one step makes
 * at most about 8 MiB before the size check sees it, whatever the entry claims.
 */
const INFLATE_STEP = 8 * 1024;

interface ZipEntry {
	name: string;
	method: typeof STORED | typeof DEFLATED;
	crc: number;
	compressedSize: number;
	size: number;
	dataStart: number;
}

class ZipView {
	readonly #view: DataView;
	constructor(readonly bytes: Uint8Array) {
		this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	}
	/** Throws PackDamagedError when [offset, offset + length) is not inside the file. */
	need(offset: number, length: number): void {
		if (offset < 0 || length < 0 || offset + length > this.bytes.length) throw new PackDamagedError();
	}
	u16(offset: number): number {
		this.need(offset, 2);
		return this.#view.getUint16(offset, true);
	}
	u32(offset: number): number {
		this.need(offset, 4);
		return this.#view.getUint32(offset, true);
	}
	slice(offset: number, length: number): Uint8Array {
		this.need(offset, length);
		return this.bytes.subarray(offset, offset + length);
	}
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
	return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

function decodeName(raw: Uint8Array, flags: number): string {
	if (flags & FLAG_UTF8) {
		try {
			return new TextDecoder('utf-8', { fatal: true }).decode(raw);
		} catch {
			throw new PackDamagedError();
		}
	}
	// Without the UTF-8 flag zip names are CP437; every name a pack may hold is ASCII, where the two agree, and any
	// other byte only has to come out as something checkEntryName refuses.
	return new TextDecoder('latin1').decode(raw);
}

/** The end of central directory record: the only one, at the very end of the file (a comment is allowed). */
function findEnd(zip: ZipView): number {
	const length = zip.bytes.length;
	for (let at = length - END_BYTES; at >= Math.max(0, length - END_BYTES - MAX_COMMENT_BYTES); at--) {
		if (zip.u32(at) === END_SIGNATURE && at + END_BYTES + zip.u16(at + 20) === length) return at;
	}
	throw new PackDamagedError();
}

/**
 * Reads and checks the central directory and every local header, without inflating anything. Throws
 * PackUnsafePathError, PackUnexpectedEntryError, PackTooLargeError or PackDamagedError.
 */
function readDirectory(zip: ZipView, limits: PackLimits): ZipEntry[] {
	const end = findEnd(zip);
	const count = zip.u16(end + 10);
	const directorySize = zip.u32(end + 12);
	const directoryStart = zip.u32(end + 16);
	// Zip64 marks these fields as all ones; a pack is never that large, and nothing that is could be held here.
	if (count === 0xffff || directorySize === 0xffffffff || directoryStart === 0xffffffff) {
		throw new PackTooLargeError();
	}
	if (count > limits.maxEntries) throw new PackTooLargeError();
	// One disk, every entry on it, and the directory right before this record.
	if (zip.u16(end + 4) !== 0 || zip.u16(end + 6) !== 0 || zip.u16(end + 8) !== count) {
		throw new PackDamagedError();
	}
	if (directoryStart + directorySize !== end) throw new PackDamagedError();

	const entries: ZipEntry[] = [];
	const ranges: [start: number, end: number][] = [];
	const seen = new Set<string>();
	let declared = 0;
	let at = directoryStart;
	for (let i = 0; i < count; i++) {
		if (zip.u32(at) !== CENTRAL_SIGNATURE) throw new PackDamagedError();
		const flags = zip.u16(at + 8);
		const method = zip.u16(at + 10);
		const crc = zip.u32(at + 16);
		const compressedSize = zip.u32(at + 20);
		const size = zip.u32(at + 24);
		const nameLength = zip.u16(at + 28);
		const extraLength = zip.u16(at + 30);
		const commentLength = zip.u16(at + 32);
		const localStart = zip.u32(at + 42);
		const rawName = zip.slice(at + CENTRAL_BYTES, nameLength);
		at += CENTRAL_BYTES + nameLength + extraLength + commentLength;
		if (at > end) throw new PackDamagedError();

		const name = decodeName(rawName, flags);
		checkEntryName(name);
		if (seen.has(name)) throw new PackUnexpectedEntryError(name);
		seen.add(name);
		if (flags & FLAG_ENCRYPTED || (method !== STORED && method !== DEFLATED)) throw new PackDamagedError();
		// A stored entry is its own bytes: two sizes that differ are a lie about one of them.
		if (method === STORED && compressedSize !== size) throw new PackDamagedError();
		if (size > limits.maxEntryBytes || isBomb(size, compressedSize, limits)) throw new PackTooLargeError();
		declared += size;
		if (declared > limits.maxTotalBytes || isBomb(declared, zip.bytes.length, limits)) {
			throw new PackTooLargeError();
		}

		// The local header must say the same as the directory: a reader that followed either would see one file.
		if (zip.u32(localStart) !== LOCAL_SIGNATURE) throw new PackDamagedError();
		const localFlags = zip.u16(localStart + 6);
		const localNameLength = zip.u16(localStart + 26);
		const localExtraLength = zip.u16(localStart + 28);
		if (zip.u16(localStart + 8) !== method || (localFlags & FLAG_DESCRIPTOR) !== (flags & FLAG_DESCRIPTOR)) {
			throw new PackDamagedError();
		}
		if (!sameBytes(zip.slice(localStart + LOCAL_BYTES, localNameLength), rawName))
			throw new PackDamagedError();
		const localFields = [zip.u32(localStart + 14), zip.u32(localStart + 18), zip.u32(localStart + 22)];
		const fields = [crc, compressedSize, size];
		// With a data descriptor (as fflate's streaming zip writes) the local header may leave these as zero.
		const zeroed = flags & FLAG_DESCRIPTOR && localFields.every((field) => field === 0);
		if (!zeroed && localFields.some((field, f) => field !== fields[f])) throw new PackDamagedError();

		const dataStart = localStart + LOCAL_BYTES + localNameLength + localExtraLength;
		let dataEnd = dataStart + compressedSize;
		zip.need(dataStart, compressedSize);
		if (flags & FLAG_DESCRIPTOR) {
			const signed = zip.u32(dataEnd) === DESCRIPTOR_SIGNATURE ? 4 : 0;
			const described = [
				zip.u32(dataEnd + signed),
				zip.u32(dataEnd + signed + 4),
				zip.u32(dataEnd + signed + 8)
			];
			if (described.some((field, f) => field !== fields[f])) throw new PackDamagedError();
			dataEnd += signed + 12;
		}
		ranges.push([localStart, dataEnd]);
		entries.push({ name, method, crc, compressedSize, size, dataStart });
	}
	if (at !== end) throw new PackDamagedError();

	// Every entry's bytes lie before the directory and apart from every other entry's.
	ranges.sort((a, b) => a[0] - b[0]);
	let previousEnd = 0;
	for (const [start, rangeEnd] of ranges) {
		if (start < previousEnd || rangeEnd > directoryStart) throw new PackDamagedError();
		previousEnd = rangeEnd;
	}
	return entries;
}

/** Inflates in small steps into a buffer of the declared size, stopping as soon as the data makes more. */
function inflateEntry(data: Uint8Array, size: number, onBytes: (count: number) => void): Uint8Array {
	const out = new Uint8Array(size);
	let filled = 0;
	const inflater = new Inflate((chunk) => {
		if (chunk.length > size - filled) throw new PackDamagedError();
		out.set(chunk, filled);
		filled += chunk.length;
		onBytes(chunk.length);
	});
	try {
		let offset = 0;
		do {
			const next = Math.min(data.length, offset + INFLATE_STEP);
			inflater.push(data.subarray(offset, next), next === data.length);
			offset = next;
		} while (offset < data.length);
	} catch (error) {
		if (error instanceof PackError) throw error;
		throw new PackDamagedError();
	}
	if (filled !== size) throw new PackDamagedError();
	return out;
}

/** Unzips after checking every entry's name, size and place; nothing is inflated if any check fails. */
function unzipChecked(
	zipBytes: Uint8Array,
	limits: PackLimits,
	onProgress: ReadPackOptions['onProgress']
): Map<string, Uint8Array> {
	const zip = new ZipView(zipBytes);
	const entries = readDirectory(zip, limits);
	const total = entries.reduce((sum, entry) => sum + entry.size, 0);
	let done = 0;
	const report = (count: number) => {
		done += count;
		onProgress?.({ stage: 'unpacking', done, total });
	};
	const files = new Map<string, Uint8Array>();
	for (const entry of entries) {
		const data = zip.slice(entry.dataStart, entry.compressedSize);
		let bytes: Uint8Array;
		if (entry.method === STORED) {
			// A view, not a copy: stored exhibits are most of a pack, and the zip is held anyway.
			bytes = data;
			report(bytes.length);
		} else {
			bytes = inflateEntry(data, entry.size, report);
		}
		if (crc32(bytes) !== entry.crc) throw new PackDamagedError();
		files.set(entry.name, bytes);
	}
	return files;
}

/** Hashed a slice at a time, so progress can be told on a large exhibit. */
const HASH_STEP = 4 * MiB;

async function hashBytes(bytes: Uint8Array, onBytes: (count: number) => void): Promise<Sha256Hex> {
	const hasher = await createSha256();
	for (let offset = 0; offset < bytes.length; offset += HASH_STEP) {
		const slice = bytes.subarray(offset, offset + HASH_STEP);
		hasher.update(slice);
		onBytes(slice.length);
	}
	return hasher.digestHex();
}

function decodeText(bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		throw new PackDamagedError();
	}
}

function parseSums(text: string): Map<string, Sha256Hex> {
	const sums = new Map<string, Sha256Hex>();
	for (const line of text.split('\n')) {
		if (line.trim() === '') continue;
		const match = SUM_LINE.exec(line.replace(/\r$/, ''));
		if (!match) throw new PackDamagedError();
		const [, hash, path] = match as unknown as [string, string, string];
		if (sums.has(path)) throw new PackUnexpectedEntryError(path);
		sums.set(path, hash.toLowerCase());
	}
	return sums;
}

/**
 * Every file except SHA256SUMS must be listed in it and match; every listed file must be there. Returns the
 * verified hashes, so large exhibits are hashed once.
 */
async function verifySums(
	entries: Map<string, Uint8Array>,
	onProgress: ReadPackOptions['onProgress']
): Promise<Map<string, Sha256Hex>> {
	const sumsBytes = entries.get(PACK_FILES.sums);
	if (!sumsBytes) throw new PackMissingEntryError(PACK_FILES.sums);
	const sums = parseSums(decodeText(sumsBytes));
	for (const name of entries.keys()) {
		if (name !== PACK_FILES.sums && !sums.has(name)) throw new PackUnexpectedEntryError(name);
	}
	for (const path of sums.keys()) {
		if (!entries.has(path)) throw new PackMissingEntryError(path);
	}
	const total = [...sums.keys()].reduce((sum, path) => sum + (entries.get(path)?.length ?? 0), 0);
	let done = 0;
	const report = (count: number) => {
		done += count;
		onProgress?.({ stage: 'hashing', done, total });
	};
	for (const [path, expected] of sums) {
		const bytes = entries.get(path) as Uint8Array;
		if ((await hashBytes(bytes, report)) !== expected) throw new PackHashMismatchError(path);
	}
	return sums;
}

/**
 * Unzips and checks an evidence pack. Throws PackUnsafePathError, PackUnexpectedEntryError, PackTooLargeError,
 * PackDamagedError, PackMissingEntryError, PackHashMismatchError, or the JSON's ExportJsonInvalidError /
 * ExportJsonVersionError; returns only when everything has been checked.
 */
export async function readPack(
	zipBytes: Uint8Array,
	limits: PackLimits = DEFAULT_PACK_LIMITS,
	options: ReadPackOptions = {}
): Promise<OpenedPack> {
	const entries = unzipChecked(zipBytes, limits, options.onProgress);
	const hashes = await verifySums(entries, options.onProgress);

	const json = entries.get(PACK_FILES.json);
	if (!json) throw new PackMissingEntryError(PACK_FILES.json);
	const timeline = parseExportJson(decodeText(json));

	const exhibits = new Map<string, PackExhibitFile>();
	const expectedPaths = new Set<string>();
	for (const entry of timeline.exhibits) {
		if (!entry.path.startsWith(EXHIBITS_FOLDER)) throw new PackUnsafePathError(entry.path);
		const { disclosure } = entry;
		// Left out of a disclosure-safe copy, and listed as such: there is no file to find.
		if (disclosure?.kind === 'withheld') continue;
		const bytes = entries.get(entry.path);
		if (!bytes) throw new PackMissingEntryError(entry.path);
		// SHA256SUMS proves the file is the one packed; this proves it is the one recorded when it was added, or
		// the cleaned copy the JSON lists beside the original's fingerprint (which the chain covers).
		const expected = disclosure?.sha256 ?? entry.sha256;
		if (hashes.get(entry.path) !== expected) throw new PackHashMismatchError(entry.path);
		if (exhibits.has(entry.number) || expectedPaths.has(entry.path)) {
			throw new PackUnexpectedEntryError(entry.path);
		}
		// The type is only what the file says: kept as a bare media type, so no spelling of it can slip past the
		// allow-list that decides what the viewer or a restore may show (domain/exhibit-type.ts).
		const type = normaliseExhibitType(disclosure?.type ?? entry.type);
		exhibits.set(entry.number, { entry: { ...entry, type }, bytes });
		expectedPaths.add(entry.path);
	}
	for (const name of entries.keys()) {
		if (name.startsWith(EXHIBITS_FOLDER) && !expectedPaths.has(name))
			throw new PackUnexpectedEntryError(name);
	}

	const text = (name: string) => {
		const bytes = entries.get(name);
		return bytes ? decodeText(bytes) : null;
	};
	return {
		timeline,
		exhibits,
		pdf: entries.get(PACK_FILES.pdf) ?? null,
		csv: text(PACK_FILES.csv),
		readme: text(PACK_FILES.readme)
	};
}
