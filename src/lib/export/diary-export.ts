/**
 * Turns the open diary into the files "Export and share" offers: the PDF, the CSV, the JSON, the evidence pack and
 * the encrypted share or backup file. The rows are built once per export, so all files of one export agree.
 *
 * Nothing here touches the vault or the page: exhibit bytes come from `openExhibit`, the fonts from the caller,
 * so the whole thing runs in Node for tests and the bench. The pack and the share file are streams; a caller
 * that keeps the result gathers the pieces into a Blob, which browsers can keep on disk.
 */
import type { MacHex } from '$lib/crypto/mac';
import type { ChainEntry } from '$lib/domain/hash-chain';
import type { ExhibitRef, Incident, Person } from '$lib/domain/incident';
import { formatIsoDateTime, formatSavedAt, toDayKey } from '$lib/domain/iso-time';
import { toCsv } from './csv';
import { backupMacInput, toExportJson } from './json';
import { makeEvidencePack, type PackExhibit } from './pack';
import type { FontSource } from './pdf-fonts';
import { sealShareFile, type ShareKdf } from './share-file';
import { makeTimelinePdf, type TimelinePdfInput } from './timeline-pdf';
import { buildTimelineRows, type TimelineOptions, type TimelineRow } from './timeline-rows';

export interface DiarySnapshot {
	incidents: readonly Incident[];
	people: readonly Person[];
	chain: readonly ChainEntry[];
	/** For the PDF cover; empty strings print nothing. */
	personName: string;
	policeReference: string;
}

export interface PreparedExport {
	input: TimelinePdfInput;
	rows: readonly TimelineRow[];
	/** The exhibits in the pack, in exhibit-number order. */
	exhibits: { number: string; ref: ExhibitRef }[];
	generatedAt: Date;
}

export type ExportKind = 'pdf' | 'csv' | 'json' | 'zip' | 'dat';

export const EXPORT_TYPES: Record<ExportKind, string> = {
	pdf: 'application/pdf',
	csv: 'text/csv;charset=utf-8',
	json: 'application/json',
	zip: 'application/zip',
	dat: 'application/octet-stream'
};

/** A backup holds everything: no filter, nothing withheld, so it can be restored in full. */
export const BACKUP_OPTIONS: TimelineOptions = { disclosureSafe: false, includePrivateNotes: true };

/**
 * `calc-2026-11-29.pdf`: a neutral name, because a file called "stalking diary" in a shared downloads folder
 * says what the app is. The day is the person's own.
 */
export function exportFileName(kind: ExportKind, now: Date, timeZone?: string): string {
	return `calc-${toDayKey(now, timeZone)}.${kind}`;
}

export async function prepareExport(
	diary: DiarySnapshot,
	options: TimelineOptions,
	now = new Date()
): Promise<PreparedExport> {
	const rows = await buildTimelineRows(diary.incidents, diary.people, options);
	const seen = new Set<string>();
	const exhibits: PreparedExport['exhibits'] = [];
	// Earlier revisions' exhibits too: a backup must hold every file any revision it carries refers to.
	for (const exhibit of [...rows.flatMap((r) => r.exhibits), ...rows.flatMap((r) => r.earlierExhibits)]) {
		if (seen.has(exhibit.number)) continue;
		seen.add(exhibit.number);
		exhibits.push(exhibit);
	}
	const input: TimelinePdfInput = {
		incidents: diary.incidents,
		people: diary.people,
		chain: diary.chain,
		options,
		generatedAt: formatIsoDateTime(now, options.timeZone),
		rows,
		...(diary.personName.trim() ? { personName: diary.personName.trim() } : {}),
		...(diary.policeReference.trim() ? { policeReference: diary.policeReference.trim() } : {})
	};
	return { input, rows, exhibits, generatedAt: now };
}

export function makePdf(prepared: PreparedExport, fonts: FontSource): Promise<Uint8Array> {
	return makeTimelinePdf(prepared.input, fonts);
}

export function makeCsv(prepared: PreparedExport): string {
	return toCsv(prepared.rows);
}

/** Makes a backup's MAC; the vault's backupMac, so the key stays in the vault. */
export type BackupMacMaker = (bytes: Uint8Array) => Promise<MacHex>;

/** The JSON file; with `mac`, a backup that this diary can later recognise as its own (json.ts, backupMacInput). */
export async function makeJson(prepared: PreparedExport, mac?: BackupMacMaker): Promise<string> {
	const timeline = await toExportJson(prepared.input, prepared.rows);
	if (mac) timeline.backupMac = await mac(backupMacInput(timeline));
	return JSON.stringify(timeline, null, 2);
}

/** Total exhibit bytes, for a progress bar over the pack. */
export function exhibitBytes(prepared: PreparedExport): number {
	return prepared.exhibits.reduce((total, e) => total + e.ref.size, 0);
}

export interface PackSources {
	/** The PDF's fonts; only those its text needs are read. */
	fonts: FontSource;
	/** Streams one exhibit's original bytes; the pack checks them against the recorded SHA-256 as they pass. */
	openExhibit: (ref: ExhibitRef) => AsyncIterable<Uint8Array>;
	/** Called with the exhibit bytes passed so far. */
	onProgress?: (done: number) => void;
	/** Only for a backup of the whole diary: authenticates the JSON as this diary's (see makeJson). */
	backupMac?: BackupMacMaker;
}

/** The evidence pack as zip bytes, exhibit by exhibit: at most one exhibit chunk is held at a time. */
export async function* makePackStream(
	prepared: PreparedExport,
	sources: PackSources
): AsyncGenerator<Uint8Array> {
	const [pdf, json] = await Promise.all([
		makePdf(prepared, sources.fonts),
		makeJson(prepared, sources.backupMac)
	]);
	let done = 0;
	async function* counted(ref: ExhibitRef): AsyncGenerator<Uint8Array> {
		for await (const chunk of sources.openExhibit(ref)) {
			done += chunk.length;
			sources.onProgress?.(done);
			yield chunk;
		}
	}
	const exhibits: PackExhibit[] = prepared.exhibits.map(({ number, ref }) => ({
		number,
		name: ref.name,
		sha256: ref.sha256,
		chunks: counted(ref)
	}));
	yield* makeEvidencePack({
		pdf,
		csv: makeCsv(prepared),
		json,
		chainHead: prepared.input.chain.at(-1) ?? null,
		generatedAt: formatSavedAt(prepared.input.generatedAt, { timeZone: prepared.input.options.timeZone }),
		disclosureSafe: prepared.input.options.disclosureSafe,
		exhibits
	});
}

/** The evidence pack sealed under its own passphrase, streamed. */
export function makeShareStream(
	prepared: PreparedExport,
	sources: PackSources,
	passphrase: string,
	kdf?: ShareKdf
): AsyncGenerator<Uint8Array> {
	return sealShareFile(passphrase, makePackStream(prepared, sources), kdf);
}

/** Pieces are folded into a Blob every this many bytes, so the browser can move them out of the JS heap. */
const BLOB_BATCH_BYTES = 8 * 1024 * 1024;

/**
 * Gathers a stream into a Blob. Pieces are folded into intermediate Blobs as they arrive (a Blob made of Blobs
 * copies nothing), so a browser that keeps large blobs on disk never holds the whole file in the page's memory.
 */
export async function collectBlob(pieces: AsyncIterable<Uint8Array>, type: string): Promise<Blob> {
	const batches: Blob[] = [];
	let parts: BlobPart[] = [];
	let size = 0;
	for await (const piece of pieces) {
		parts.push(piece as Uint8Array<ArrayBuffer>);
		size += piece.length;
		if (size >= BLOB_BATCH_BYTES) {
			batches.push(new Blob(parts));
			parts = [];
			size = 0;
		}
	}
	batches.push(new Blob(parts));
	return new Blob(batches, { type });
}
