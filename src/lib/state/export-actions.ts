// The "Export and share" actions as the screen calls them: make one file from the open diary, with progress,
// ready to hand to deliverFile. The app's own files are made in workers (export/export-in-worker.ts, and
// export/pdf-in-worker.ts for the PDF alone), from a snapshot of the diary: this thread only reads the exhibits a
// chunk at a time as the worker asks, makes a backup's MAC and gathers the file, so the quick exit always answers.
// A spec, which has no worker, gives its own fonts and has the file made here; the export library (pdf-lib,
// fflate, papaparse) is then loaded only when a file is made, so it never weighs on the calculator's first load.
import type { ChainCheckpoint } from '$lib/domain/hash-chain';
import type { ExhibitRef } from '$lib/domain/incident';
import { convertToJpeg } from '$lib/export/convert-image';
import { isPaperKind, type PaperKind } from '$lib/export/court-papers';
import type { PreparedExport } from '$lib/export/diary-export';
import { makeInWorker, type PageSources } from '$lib/export/export-in-worker';
import type { ExportBase } from '$lib/export/export-protocol';
import { makePdfInWorker } from '$lib/export/pdf-in-worker';
import type { FontSource } from '$lib/export/pdf-fonts';
import type { TimelineOptions } from '$lib/export/timeline-rows';
import type { Vault } from '$lib/vault';
import { WeakPassphraseError } from '$lib/vault/errors';
import { openExhibit } from '$lib/vault/exhibits';
import { ratePassphraseOffThread } from '$lib/vault/rate-off-thread';
import type { DiaryState } from './diary.svelte';

export type PlainExport = 'pdf' | 'csv' | 'json' | 'zip' | 'kit' | PaperKind;
export type SharePurpose = 'share' | 'backup';

/** The diary as it is now; every exhibit numbered first, so each file prints the numbers kept for ever. */
async function snapshot(diary: DiaryState) {
	await diary.store.numberExhibits();
	return {
		incidents: diary.incidents,
		people: diary.people,
		chain: diary.store.chain,
		exhibitNumbers: diary.store.exhibitNumbers,
		personName: diary.settings.name,
		policeReference: diary.settings.policeReference,
		...(diary.safetyPlan ? { safetyPlan: diary.safetyPlan } : {})
	};
}

/** A file made, and the chain head it carries: its receipt code, shown and noted once it is handed over. */
export interface MadeFile {
	file: File;
	head: ChainCheckpoint | null;
}

/** Fraction done, 0 to 1, or undefined while there is nothing to measure yet. */
export type Progress = (fraction: number | undefined) => void;

/** What every export is made from, and where it reports. */
export interface ExportJob {
	diary: DiaryState;
	vault: Vault;
	options: TimelineOptions;
	onProgress?: Progress;
	/**
	 * The fonts, for a caller with no page and no worker (a spec): the file is then made on this thread. Left out,
	 * the file is made in a worker, which fetches the app's own fonts, so the quick exit answers meanwhile.
	 */
	fonts?: FontSource;
}

/** What a worker makes an export from: the diary as it is now, and the app's address for the fonts. */
async function workerBase(job: ExportJob): Promise<ExportBase> {
	return { diary: await snapshot(job.diary), options: job.options, now: new Date(), base: document.baseURI };
}

/** What the export worker asks this page for: the exhibits, read here under the diary key, and the canvas. */
function pageSources(job: ExportJob): PageSources {
	return {
		openExhibit: (ref: ExhibitRef) => openExhibit(job.vault, ref),
		convertImage: convertToJpeg,
		...(job.onProgress ? { onProgress: job.onProgress } : {})
	};
}

export async function makeExportFile(kind: PlainExport, job: ExportJob): Promise<MadeFile> {
	if (job.fonts) return makeExportHere(kind, job, job.fonts);
	if (kind !== 'pdf' && !isPaperKind(kind))
		return makeInWorker({ ...(await workerBase(job)), kind }, pageSources(job));
	const request = { ...(await workerBase(job)), ...(isPaperKind(kind) ? { paper: kind } : {}) };
	job.onProgress?.(undefined);
	const { pdf, name, type, head } = await makePdfInWorker(request);
	return { file: new File([pdf as Uint8Array<ArrayBuffer>], name, { type }), head };
}

type ExportLib = typeof import('$lib/export/diary-export');

async function makeExportHere(kind: PlainExport, job: ExportJob, fonts: FontSource): Promise<MadeFile> {
	const lib = await import('$lib/export/diary-export');
	const now = new Date();
	const prepared = await lib.prepareExport(await snapshot(job.diary), job.options, now);
	return { file: await makePlain(lib, kind, prepared, job, fonts, now), head: lib.headOf(prepared) };
}

/** Where an evidence pack made here gets its fonts and exhibits, with progress counted in exhibit bytes. */
function packSources(lib: ExportLib, prepared: PreparedExport, job: ExportJob, fonts: FontSource) {
	const onProgress = job.onProgress ?? (() => undefined);
	const total = Math.max(1, lib.exhibitBytes(prepared));
	onProgress(undefined);
	return {
		fonts,
		openExhibit: (ref: ExhibitRef) => openExhibit(job.vault, ref),
		onProgress: (done: number) => onProgress(Math.min(1, done / total)),
		convertImage: convertToJpeg
	};
}

async function makePlain(
	lib: ExportLib,
	kind: PlainExport,
	prepared: PreparedExport,
	job: ExportJob,
	fonts: FontSource,
	now: Date
): Promise<File> {
	if (isPaperKind(kind)) {
		const pdf = await lib.makePdf(prepared, fonts, kind);
		const type = lib.EXPORT_TYPES.pdf;
		return new File([pdf as Uint8Array<ArrayBuffer>], lib.paperFileName(kind, now), { type });
	}
	if (kind === 'kit') {
		const stream = lib.makeKitStream(prepared, packSources(lib, prepared, job, fonts));
		const zip = lib.EXPORT_TYPES.zip;
		return new File([await lib.collectBlob(stream, zip)], lib.kitArchiveName(now), { type: zip });
	}
	const name = lib.exportFileName(kind, now);
	const type = lib.EXPORT_TYPES[kind];
	if (kind === 'zip') {
		const stream = lib.makePackStream(prepared, packSources(lib, prepared, job, fonts));
		return new File([await lib.collectBlob(stream, type)], name, { type });
	}
	job.onProgress?.(undefined);
	switch (kind) {
		case 'pdf':
			return new File([(await lib.makePdf(prepared, fonts)) as Uint8Array<ArrayBuffer>], name, { type });
		case 'csv':
			return new File([lib.makeCsv(prepared)], name, { type });
		case 'json':
			return new File([await lib.makeJson(prepared)], name, { type });
	}
}

/**
 * The evidence pack sealed under its own passphrase. A backup holds everything, whatever the choices on screen,
 * so it can be restored in full; a share uses the choices.
 */
export async function makeEncryptedFile(
	purpose: SharePurpose,
	passphrase: string,
	job: ExportJob
): Promise<MadeFile> {
	// The screen checks too; this is the rule itself, so no caller can seal a file under a weak passphrase.
	if (!(await ratePassphraseOffThread(passphrase)).acceptable) throw new WeakPassphraseError();
	const { vault } = job;
	if (!job.fonts) {
		return makeInWorker(
			// Sealed at the cost this device was measured to bear at setup, like the diary itself.
			{
				...(await workerBase(job)),
				kind: purpose,
				passphrase,
				kdf: { ops: vault.kdfCost.ops, mem: vault.kdfCost.mem }
			},
			{
				...pageSources(job),
				// Only a backup is authenticated: it is the one file that may later change entries in this diary.
				...(purpose === 'backup' ? { backupMac: (bytes: Uint8Array) => vault.backupMac(bytes) } : {})
			}
		);
	}
	const fonts = job.fonts;
	const lib = await import('$lib/export/diary-export');
	const now = new Date();
	const prepared = await lib.prepareExport(
		await snapshot(job.diary),
		purpose === 'backup' ? lib.BACKUP_OPTIONS : job.options,
		now
	);
	const stream = lib.makeShareStream(
		prepared,
		{
			...packSources(lib, prepared, job, fonts),
			// Only a backup is authenticated: it is the one file that may later change entries in this diary.
			...(purpose === 'backup' ? { backupMac: (bytes: Uint8Array) => vault.backupMac(bytes) } : {})
		},
		passphrase,
		// Sealed at the cost this device was measured to bear at setup, like the diary itself.
		vault.kdfCost
	);
	const type = lib.EXPORT_TYPES.dat;
	const file = new File([await lib.collectBlob(stream, type)], lib.encryptedFileName(purpose, now), { type });
	return { file, head: lib.headOf(prepared) };
}
