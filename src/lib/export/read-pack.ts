/**
 * Reads an evidence pack (the zip inside a share or backup file) for the caseworker's viewer or a restore. The zip
 * may have been made by anyone, so it is treated as hostile: names are checked before anything is unpacked, sizes
 * are bounded before memory is set aside, every file must be listed in SHA256SUMS and match it, and every exhibit
 * must match the hash the timeline records for it.
 *
 * All or nothing: it returns everything, checked, or throws one typed error and returns nothing. It imports
 * nothing into the diary; the caller does that only after this has returned.
 *
 * Known limit: fflate inflates into a buffer of the size the zip declares and drops anything beyond it (which then
 * fails its hash), so memory is bounded by the declared sizes; the time spent inflating a lying entry is bounded
 * only by the size of the zip itself (deflate expands at most about 1,000 to 1).
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { createSha256 } from '$lib/crypto/sha256';
import { normaliseExhibitType } from '$lib/domain/exhibit-type';
import type { Sha256Hex } from '$lib/domain/incident';
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
	/** The most bytes all entries may unpack to, declared or actual. */
	maxTotalBytes: number;
	maxEntries: number;
	/** An entry (or the whole pack) that would unpack to more than `ratioFloorBytes` at more than this ratio is a bomb. */
	maxRatio: number;
	ratioFloorBytes: number;
}

export const DEFAULT_PACK_LIMITS: PackLimits = {
	maxTotalBytes: 1024 * 1024 * 1024,
	maxEntries: 10_000,
	maxRatio: 100,
	ratioFloorBytes: 50 * 1024 * 1024
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

const FIXED_NAMES: ReadonlySet<string> = new Set(Object.values(PACK_FILES));
const EXHIBIT_NAME = /^exhibits\/EXH-\d{3,}-[^/]+$/;
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

/** Unzips after checking every entry's name and declared size; nothing is inflated if any check fails. */
function unzipChecked(zipBytes: Uint8Array, limits: PackLimits): Map<string, Uint8Array> {
	const seen = new Set<string>();
	let declared = 0;
	const screen = (file: UnzipFileInfo): boolean => {
		checkEntryName(file.name);
		if (seen.has(file.name)) throw new PackUnexpectedEntryError(file.name);
		seen.add(file.name);
		if (seen.size > limits.maxEntries) throw new PackTooLargeError();
		declared += file.originalSize;
		if (declared > limits.maxTotalBytes || isBomb(file.originalSize, file.size, limits)) {
			throw new PackTooLargeError();
		}
		if (isBomb(declared, zipBytes.length, limits)) throw new PackTooLargeError();
		return true;
	};
	// First pass reads the directory only, so a bad entry late in the zip stops everything before any inflating.
	let files: Record<string, Uint8Array>;
	try {
		unzipSync(zipBytes, { filter: (file) => screen(file) && false });
		seen.clear();
		declared = 0;
		files = unzipSync(zipBytes, { filter: screen });
	} catch (error) {
		if (error instanceof PackError) throw error;
		throw new PackDamagedError();
	}
	const entries = new Map<string, Uint8Array>();
	let actual = 0;
	for (const name of seen) {
		const bytes = Object.hasOwn(files, name) ? files[name] : undefined;
		if (!bytes) throw new PackDamagedError();
		actual += bytes.length;
		entries.set(name, bytes);
	}
	if (actual > limits.maxTotalBytes) throw new PackTooLargeError();
	return entries;
}

async function hashBytes(bytes: Uint8Array): Promise<Sha256Hex> {
	const hasher = await createSha256();
	hasher.update(bytes);
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
async function verifySums(entries: Map<string, Uint8Array>): Promise<Map<string, Sha256Hex>> {
	const sumsBytes = entries.get(PACK_FILES.sums);
	if (!sumsBytes) throw new PackMissingEntryError(PACK_FILES.sums);
	const sums = parseSums(decodeText(sumsBytes));
	for (const name of entries.keys()) {
		if (name !== PACK_FILES.sums && !sums.has(name)) throw new PackUnexpectedEntryError(name);
	}
	for (const [path, expected] of sums) {
		const bytes = entries.get(path);
		if (!bytes) throw new PackMissingEntryError(path);
		if ((await hashBytes(bytes)) !== expected) throw new PackHashMismatchError(path);
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
	limits: PackLimits = DEFAULT_PACK_LIMITS
): Promise<OpenedPack> {
	const entries = unzipChecked(zipBytes, limits);
	const hashes = await verifySums(entries);

	const json = entries.get(PACK_FILES.json);
	if (!json) throw new PackMissingEntryError(PACK_FILES.json);
	const timeline = parseExportJson(decodeText(json));

	const exhibits = new Map<string, PackExhibitFile>();
	const expectedPaths = new Set<string>();
	for (const entry of timeline.exhibits) {
		if (!entry.path.startsWith(EXHIBITS_FOLDER)) throw new PackUnsafePathError(entry.path);
		const bytes = entries.get(entry.path);
		if (!bytes) throw new PackMissingEntryError(entry.path);
		// SHA256SUMS proves the file is the one packed; this proves it is the one recorded when it was added.
		if (hashes.get(entry.path) !== entry.sha256) throw new PackHashMismatchError(entry.path);
		if (exhibits.has(entry.number)) throw new PackUnexpectedEntryError(entry.path);
		// The type is only what the file says: kept as a bare media type, so no spelling of it can slip past the
		// allow-list that decides what the viewer or a restore may show (domain/exhibit-type.ts).
		exhibits.set(entry.number, { entry: { ...entry, type: normaliseExhibitType(entry.type) }, bytes });
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
