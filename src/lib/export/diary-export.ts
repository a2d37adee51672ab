/**
 * Turns the open diary into the files "Export and share" offers: the PDF, the CSV, the JSON, the evidence pack and
 * the encrypted share or backup file. The rows are built once per export, so all files of one export agree.
 *
 * Nothing here touches the vault or the page: exhibit bytes come from `openExhibit`, the fonts from the caller,
 * so the whole thing runs in Node for tests and the bench. The pack and the share file are streams; a caller
 * that keeps the result gathers the pieces into a Blob, which browsers can keep on disk.
 */
import type { SafetyPlan } from '$lib/domain/safety-plan';
import { exhibitMarks } from './court-papers';
import { KIT_INDEX, kitFileName } from './file-names';
import type { PaperKind } from './court-papers';
import type { MacHex } from '$lib/crypto/mac';
import type { ChainCheckpoint, ChainEntry } from '$lib/domain/hash-chain';
import type { ExhibitId, ExhibitRef, Incident, Person } from '$lib/domain/incident';
import { formatIsoDateTime, formatSavedAt } from '$lib/domain/iso-time';
import { BlobGatherer } from './blob-gather';
import { toCsv } from './csv';
import { discloseExhibit, type ImageConverter } from './disclose-exhibit';
import { planDisclosure, type DisclosedExhibit } from './disclosure-plan';
import { PackExhibitChangedError } from './errors';
import { backupMacInput, toExportJson, type ExportJson } from './json';
import { chainHashes } from './kept-facts';
import { PACK_FILES, parseExhibitNumber } from './file-names';
import {
	formatSha256Sums,
	makeEvidencePack,
	makeUploadKit,
	packPathOf,
	packTextFiles,
	type PackExhibit
} from './pack';
import type { PdfAttachment } from './pdf-archive';
import { exportMessages } from '$lib/messages/export';
import { receiptCode } from '$lib/domain/receipt';
import type { FontSource } from './pdf-fonts';
import { sealShareFile, type ShareKdf } from './share-file';
import type { TimelinePdfInput } from './timeline-pdf';
import { formatVerifyText } from './verify-text';
import { buildTimelineRows, type TimelineOptions, type TimelineRow } from './timeline-rows';

export interface DiarySnapshot {
	incidents: readonly Incident[];
	people: readonly Person[];
	chain: readonly ChainEntry[];
	/** Each exhibit's number, given when it was first saved (DiaryStore.exhibitNumbers). */
	exhibitNumbers: ReadonlyMap<ExhibitId, number>;
	/** For the PDF cover; empty strings print nothing. */
	personName: string;
	policeReference: string;
	/** The person's safety plan, if they have saved one; it goes into a file only when the options say so. */
	safetyPlan?: SafetyPlan;
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
export const BACKUP_OPTIONS: TimelineOptions = {
	disclosureSafe: false,
	includePrivateNotes: true,
	includeSafetyPlan: true
};

export { encryptedFileName, exportFileName, kitArchiveName, paperFileName } from './file-names';

export async function prepareExport(
	diary: DiarySnapshot,
	options: TimelineOptions,
	now = new Date()
): Promise<PreparedExport> {
	const rows = await buildTimelineRows(diary.incidents, diary.people, options, {
		exhibitNumbers: diary.exhibitNumbers,
		revisionHashes: chainHashes(diary.chain)
	});
	const seen = new Set<string>();
	const exhibits: PreparedExport['exhibits'] = [];
	// Earlier revisions' exhibits too: a backup must hold every file any revision it carries refers to.
	for (const exhibit of [...rows.flatMap((r) => r.exhibits), ...rows.flatMap((r) => r.earlierExhibits)]) {
		if (seen.has(exhibit.number)) continue;
		seen.add(exhibit.number);
		exhibits.push(exhibit);
	}
	exhibits.sort((a, b) => (parseExhibitNumber(a.number) ?? 0) - (parseExhibitNumber(b.number) ?? 0));
	const input: TimelinePdfInput = {
		incidents: diary.incidents,
		people: diary.people,
		chain: diary.chain,
		options,
		generatedAt: formatIsoDateTime(now, options.timeZone),
		rows,
		...(diary.personName.trim() ? { personName: diary.personName.trim() } : {}),
		...(diary.policeReference.trim() ? { policeReference: diary.policeReference.trim() } : {}),
		...(diary.safetyPlan ? { safetyPlan: diary.safetyPlan } : {})
	};
	return { input, rows, exhibits, generatedAt: now };
}

/** The chain head every file of this export carries, which its receipt code stands for; null for an empty diary. */
export function headOf(prepared: PreparedExport): ChainCheckpoint | null {
	const last = prepared.input.chain.at(-1);
	return last ? { seq: last.seq, link: last.link } : null;
}

/** The receipt code printed on the cover: the one the person's screen shows for this export. */
function receiptOf(prepared: PreparedExport): { receipt?: string } {
	const head = headOf(prepared);
	return head ? { receipt: receiptCode(head) } : {};
}

/**
 * pdf-lib, fontkit and HarfBuzz are most of the export code's weight, and a page that has a PDF made in a worker,
 * or makes only a CSV, never needs them: they load when a PDF is made here.
 */
const loadPdfLib = () => import('./timeline-pdf');

/** Makes the timeline PDF from its input: on this thread, or in the app's worker (pdf-in-worker.ts). */
export type PdfMaker = (input: TimelinePdfInput) => Promise<Uint8Array>;

/** The PDF made on this thread, with these fonts. */
export function pdfMakerHere(fonts: FontSource): PdfMaker {
	return async (input) => (await loadPdfLib()).makeTimelinePdf(input, fonts);
}

/**
 * A PDF that travels alone still carries its own proof: the timeline's JSON and the method, attached as PDF/A-3
 * associated files, and the method printed as its appendix.
 */
export async function pdfInputOf(prepared: PreparedExport, paper?: PaperKind): Promise<TimelinePdfInput> {
	const timeline = await makeTimeline(prepared);
	const verifyText = formatVerifyText(timeline);
	return {
		...prepared.input,
		...(paper ? { paper } : {}),
		...receiptOf(prepared),
		verifyText,
		attachments: [
			textAttachment('json', JSON.stringify(timeline, null, 2)),
			textAttachment('verify', verifyText)
		]
	};
}

/** The PDF of an export on its own (pdfInputOf), or one of the papers for the courts, made here with `fonts`. */
export async function makePdf(
	prepared: PreparedExport,
	fonts: FontSource,
	paper?: PaperKind
): Promise<Uint8Array> {
	return pdfMakerHere(fonts)(await pdfInputOf(prepared, paper));
}

const textEncoder = new TextEncoder();

/**
 * The pack's fingerprints as the PDF carries them: every file but the PDF itself. Not named SHA256SUMS, so that
 * saving the PDF's attachments in the pack's folder (pdfdetach -saveall) cannot overwrite the pack's own list.
 */
export const PDF_SUMS_NAME = 'SHA256SUMS-without-this-PDF';

/** The JSON and VERIFY.txt files the PDF carries inside it, as in the pack. */
const TEXT_ATTACHMENTS = {
	json: { name: PACK_FILES.json, mimeType: 'application/json', relationship: 'Data' },
	verify: { name: PACK_FILES.verify, mimeType: 'text/plain', relationship: 'Supplement' }
} as const;

function textAttachment(kind: keyof typeof TEXT_ATTACHMENTS, text: string): PdfAttachment {
	const description =
		kind === 'json' ? exportMessages.pdf.attachmentJson : exportMessages.pdf.attachmentVerify;
	return { ...TEXT_ATTACHMENTS[kind], bytes: textEncoder.encode(text), description };
}

export function makeCsv(prepared: PreparedExport): string {
	return toCsv(prepared.rows);
}

/** Makes a backup's MAC; the vault's backupMac, so the key stays in the vault. */
export type BackupMacMaker = (bytes: Uint8Array) => Promise<MacHex>;

/** The timeline as an object; with `mac`, a backup that this diary can later recognise as its own. */
async function makeTimeline(prepared: PreparedExport, mac?: BackupMacMaker): Promise<ExportJson> {
	const timeline = await toExportJson(prepared.input, prepared.rows);
	if (mac) timeline.backupMac = await mac(backupMacInput(timeline));
	return timeline;
}

/** The JSON file; with `mac`, a backup that this diary can later recognise as its own (json.ts, backupMacInput). */
export async function makeJson(prepared: PreparedExport, mac?: BackupMacMaker): Promise<string> {
	return JSON.stringify(await makeTimeline(prepared, mac), null, 2);
}

/**
 * Total exhibit bytes to be read, for a progress bar over the pack. A disclosure-safe pack reads each photo twice
 * (see disclosedExhibits) and never reads what it leaves out.
 */
export function exhibitBytes(prepared: PreparedExport): number {
	if (!prepared.input.options.disclosureSafe) {
		return prepared.exhibits.reduce((total, e) => total + e.ref.size, 0);
	}
	const reads = { clean: 2, convert: 1, withhold: 0 } as const;
	return prepared.exhibits.reduce((total, e) => total + reads[planDisclosure(e.ref)] * e.ref.size, 0);
}

export interface PackSources {
	/** The PDF's fonts; only those its text needs are read. */
	fonts: FontSource;
	/** Where the pack's PDF is made; on this thread with `fonts` when left out. */
	makeTimelinePdf?: PdfMaker;
	/** Streams one exhibit's original bytes; the pack checks them against the recorded SHA-256 as they pass. */
	openExhibit: (ref: ExhibitRef) => AsyncIterable<Uint8Array>;
	/** Called with the exhibit bytes passed so far. */
	onProgress?: (done: number) => void;
	/** Only for a backup of the whole diary: authenticates the JSON as this diary's (see makeJson). */
	backupMac?: BackupMacMaker;
	/** For a disclosure-safe pack: draws a HEIC or AVIF photo again as JPEG, where this device can. */
	convertImage?: ImageConverter;
}

interface DisclosedPack {
	/** What the PDF and the JSON list for each exhibit, by exhibit number. */
	listed: Map<string, DisclosedExhibit>;
	exhibits: PackExhibit[];
}

/**
 * The exhibits of a disclosure-safe pack. The PDF and the JSON list each cleaned copy's fingerprint, and they are
 * written before the exhibits, so every photo is cleaned twice: once to learn its fingerprint, once as the pack
 * streams it (cleaning is a lossless rewrite, so both give the same bytes, and the pack checks they do). Holding
 * every cleaned photo in memory in between could be more than a phone has. Only HEIC and AVIF photos drawn again
 * by the browser are kept from the first pass, because a decoder need not give the same bytes twice.
 */
async function disclosedExhibits(
	prepared: PreparedExport,
	sources: PackSources,
	open: (ref: ExhibitRef) => AsyncIterable<Uint8Array>
): Promise<DisclosedPack> {
	const listed = new Map<string, DisclosedExhibit>();
	const exhibits: PackExhibit[] = [];
	for (const { number, ref } of prepared.exhibits) {
		const first = await discloseExhibit(number, ref, () => open(ref), sources.convertImage);
		const { path, disclosure } = first;
		listed.set(number, { path, disclosure });
		if (disclosure.kind !== 'cleaned') continue;
		const kept = disclosure.converted ? first.bytes : null;
		async function* chunks(): AsyncGenerator<Uint8Array> {
			const bytes = kept ?? (await discloseExhibit(number, ref, () => open(ref))).bytes;
			if (!bytes) throw new PackExhibitChangedError(number);
			yield bytes;
		}
		exhibits.push({ number, name: ref.name, path, sha256: disclosure.sha256, chunks: chunks() });
	}
	return { listed, exhibits };
}

/**
 * The exhibits a pack or kit streams, each read when it is reached, with progress counted in bytes; and the export
 * as its PDF and JSON describe them. A disclosure-safe file holds cleaned copies of photos and leaves out what
 * cannot be cleaned; a full one holds every original exactly as it was added.
 */
async function exhibitsToPack(
	prepared: PreparedExport,
	sources: PackSources
): Promise<{ described: PreparedExport; exhibits: PackExhibit[] }> {
	let done = 0;
	async function* counted(ref: ExhibitRef): AsyncGenerator<Uint8Array> {
		for await (const chunk of sources.openExhibit(ref)) {
			done += chunk.length;
			sources.onProgress?.(done);
			yield chunk;
		}
	}
	const disclosed = prepared.input.options.disclosureSafe
		? await disclosedExhibits(prepared, sources, counted)
		: null;
	const described = disclosed
		? { ...prepared, input: { ...prepared.input, disclosed: disclosed.listed } }
		: prepared;
	const exhibits =
		disclosed?.exhibits ??
		prepared.exhibits.map(({ number, ref }) => ({
			number,
			name: ref.name,
			sha256: ref.sha256,
			chunks: counted(ref)
		}));
	return { described, exhibits };
}

/** The evidence pack as zip bytes, exhibit by exhibit: at most one exhibit chunk is held at a time. */
export async function* makePackStream(
	prepared: PreparedExport,
	sources: PackSources
): AsyncGenerator<Uint8Array> {
	const { described, exhibits } = await exhibitsToPack(prepared, sources);
	const timeline = await makeTimeline(described, sources.backupMac);
	const texts = {
		csv: makeCsv(prepared),
		json: JSON.stringify(timeline, null, 2),
		verifyText: formatVerifyText(timeline),
		chainHead: headOf(prepared),
		generatedAt: formatSavedAt(prepared.input.generatedAt, { timeZone: prepared.input.options.timeZone }),
		disclosureSafe: prepared.input.options.disclosureSafe
	};
	// The PDF carries the fingerprints of every other file in the pack (it cannot hold its own), so a PDF that
	// is later sent on alone can still be checked against the files it came with.
	const others = formatSha256Sums([
		...(await packTextFiles(texts)),
		...exhibits.map((e) => ({ path: packPathOf(e), sha256: e.sha256 }))
	]);
	const makeTimelinePdf = sources.makeTimelinePdf ?? pdfMakerHere(sources.fonts);
	const pdf = await makeTimelinePdf({
		...described.input,
		inPack: true,
		...receiptOf(prepared),
		verifyText: texts.verifyText,
		attachments: [
			textAttachment('json', texts.json),
			{
				name: PDF_SUMS_NAME,
				bytes: textEncoder.encode(others),
				mimeType: 'text/plain',
				description: exportMessages.pdf.attachmentSums,
				relationship: 'Supplement'
			},
			textAttachment('verify', texts.verifyText)
		]
	});
	yield* makeEvidencePack({ pdf, ...texts, exhibits });
}

/**
 * The upload kit, for police evidence portals that take files one at a time: the chronology for a police statement
 * as its index (each exhibit's mark, file name and SHA-256), and each marked exhibit named by its mark. A
 * disclosure-safe kit holds the cleaned copies, as the pack does.
 */
export async function* makeKitStream(
	prepared: PreparedExport,
	sources: PackSources
): AsyncGenerator<Uint8Array> {
	const { described, exhibits: all } = await exhibitsToPack(prepared, sources);
	const marks = exhibitMarks(prepared.rows, prepared.input.personName);
	// Only the exhibits the chronology marks: one an edit took off its entry is in the pack, not in the kit.
	const exhibits = all.flatMap((exhibit) => {
		const mark = marks.get(exhibit.number);
		return mark ? [{ ...exhibit, path: kitFileName(mark.mark, exhibit.path ?? exhibit.name) }] : [];
	});
	const makeTimelinePdf = sources.makeTimelinePdf ?? pdfMakerHere(sources.fonts);
	const index = await makeTimelinePdf({
		...(await pdfInputOf(described, 'police')),
		kitNames: new Map(exhibits.map((exhibit) => [exhibit.number, exhibit.path]))
	});
	yield* makeUploadKit({ index, indexPath: KIT_INDEX, exhibits });
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

/**
 * Gathers a stream into a Blob (blob-gather.ts), so a browser that keeps large blobs on disk never holds the whole
 * file in the page's memory.
 */
export async function collectBlob(pieces: AsyncIterable<Uint8Array>, type: string): Promise<Blob> {
	const gathered = new BlobGatherer();
	for await (const piece of pieces) gathered.add(piece);
	return gathered.blob(type);
}
