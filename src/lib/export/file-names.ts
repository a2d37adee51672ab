// Names of the files the app saves, and of the files inside an evidence pack. Exhibit file names come from the
// person's phone, or from whoever sent them a file, so they are cleaned before they become paths that someone will
// unzip on their own computer.
import { toDayKey } from '$lib/domain/iso-time';
import { PAPER_KINDS, type PaperKind } from './court-papers';

/** The files saved in the clear, each under its own extension. */
export type PlainExportKind = 'pdf' | 'csv' | 'json' | 'zip';

/** An encrypted file is either for someone else (a caseworker, the police) or the person's own backup. */
export type EncryptedFilePurpose = 'share' | 'backup';

/**
 * `calc-2026-11-29.pdf`: a neutral name, because a file called "stalking diary" in a shared downloads folder
 * says what the app is. The day is the person's own.
 */
export function exportFileName(kind: PlainExportKind, now: Date, timeZone?: string): string {
	return `calc-${toDayKey(now, timeZone)}.${kind}`;
}

/**
 * `calc-2026-11-29-1.pdf`, `-2` and `-3`: the papers for the courts (court-papers.ts), as neutral as the timeline's
 * own name, and apart from it and from one another on the same day.
 */
export function paperFileName(kind: PaperKind, now: Date, timeZone?: string): string {
	return `calc-${toDayKey(now, timeZone)}-${PAPER_KINDS.indexOf(kind) + 1}.pdf`;
}

/** `calc-2026-11-29-4.zip`: the upload kit, named as neutrally as the papers beside it. */
export function kitArchiveName(now: Date, timeZone?: string): string {
	return `calc-${toDayKey(now, timeZone)}-${PAPER_KINDS.length + 1}.zip`;
}

/** The index the upload kit opens with: sorted first in any portal's list of files. */
export const KIT_INDEX = '00-index.pdf';

/**
 * An exhibit's name in the upload kit: its mark with the slash made a hyphen, in letters and digits any portal
 * takes ("JS/1" is `JS-1.jpg`, "MŻ/2" is `MZ-2.png`), and the original's extension where it is a plain one.
 */
export function kitFileName(mark: string, originalName: string): string {
	const base =
		mark
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.replace(/[^A-Za-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'exhibit';
	const dot = originalName.lastIndexOf('.');
	const extension = dot > 0 ? originalName.slice(dot + 1).toLowerCase() : '';
	return `${base}${/^[a-z0-9]{1,8}$/.test(extension) ? `.${extension}` : ''}`;
}

/**
 * `calc-share-2026-12-02.dat` and `calc-backup-2026-12-02.dat`: the person must be able to tell the file they
 * send from the one they keep (a backup restores everything, a share may hold only part), while neither name says
 * more than a calculator's saved file would.
 */

export function encryptedFileName(purpose: EncryptedFilePurpose, now: Date, timeZone?: string): string {
	return `calc-${purpose}-${toDayKey(now, timeZone)}.dat`;
}

export const PACK_FILES = {
	pdf: 'timeline.pdf',
	csv: 'timeline.csv',
	json: 'timeline.json',
	readme: 'README.txt',
	/** The verification method in plain English, with a worked example from the pack (verify-text.ts). */
	verify: 'VERIFY.txt',
	/** A checker of the whole pack in Python's standard library, written from that method (verifiers/verify.py). */
	verifier: 'verify.py',
	/** A page that checks the pack in any browser, offline (verifiers/verify.html). */
	verifyHtml: 'verify.html',
	sums: 'SHA256SUMS'
} as const;

export const EXHIBITS_FOLDER = 'exhibits/';
export const MAX_FILE_NAME_LENGTH = 100;

/** EXH-001, EXH-002, …; police exhibit lists use short fixed-width numbers, and 1,000 or more still sort. */
export function formatExhibitNumber(index: number): string {
	return `EXH-${String(index).padStart(3, '0')}`;
}

/** The number in `EXH-007`, or undefined for anything formatExhibitNumber does not write. */
export function parseExhibitNumber(label: string): number | undefined {
	const match = /^EXH-(\d{3,9})$/.exec(label);
	const n = match ? Number(match[1]) : 0;
	return n > 0 ? n : undefined;
}

/**
 * A name that is safe as one path segment on Windows, macOS and Linux: no separators, no `..`, no control or
 * invisible formatting characters (a right-to-left override can disguise `gpj.exe` as `exe.jpg`), none of the
 * characters Windows refuses, no leading or trailing dots or spaces. Unicode letters are kept, so a Polish or
 * Greek name stays readable. At most MAX_FILE_NAME_LENGTH characters, keeping the extension where it is short.
 */
export function sanitiseFileName(name: string, maxLength = MAX_FILE_NAME_LENGTH): string {
	let clean = name
		.normalize('NFC')
		.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
		// Path parts become one name: `../../etc/passwd` is kept as `etc_passwd`, with the climbing dropped.
		.split(/[/\\]/)
		.filter((part) => part !== '' && part !== '.' && part !== '..')
		.join('_')
		.replace(/[:*?"<>|]/g, '_')
		.replace(/\.{2,}/g, '.')
		.replace(/^[\s.]+|[\s.]+$/gu, '');
	const characters = [...clean];
	if (characters.length > maxLength) {
		const dot = clean.lastIndexOf('.');
		const extension = dot > 0 && clean.length - dot <= 10 ? [...clean.slice(dot)] : [];
		clean = [...characters.slice(0, maxLength - extension.length), ...extension]
			.join('')
			.replace(/\s+\./u, '.');
	}
	return clean === '' ? 'file' : clean;
}

/**
 * `exhibits/EXH-001.jpg`: the exhibit number and, where the original name has a short one, its extension in
 * lower-case ASCII. Nothing else of the person's file name goes into the path, so every tool an officer might use
 * (`unzip`, `bsdtar`, `7z`, Windows Explorer, Python's `zipfile`) extracts the same bytes to the same name, and
 * `sha256sum -c SHA256SUMS` finds them; the original name is kept in the index, the CSV and the PDF.
 */
export function exhibitPath(number: string, originalName: string): string {
	const dot = originalName.lastIndexOf('.');
	const extension = dot > 0 ? originalName.slice(dot + 1).toLowerCase() : '';
	return `${EXHIBITS_FOLDER}${number}${/^[a-z0-9]{1,8}$/.test(extension) ? `.${extension}` : ''}`;
}
