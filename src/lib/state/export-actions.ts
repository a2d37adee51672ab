// The "Export and share" actions as the screen calls them: make one file from the open diary, with progress,
// ready to hand to deliverFile. The export library (pdf-lib, fflate, papaparse) loads only when a file is made,
// so it never weighs on the calculator's first load.
import { convertToJpeg } from '$lib/export/convert-image';
import { ExportError } from '$lib/export/errors';
import type { TimelineOptions } from '$lib/export/timeline-rows';
import type { Vault } from '$lib/vault';
import { WeakPassphraseError } from '$lib/vault/errors';
import { openExhibit } from '$lib/vault/exhibits';
import { ratePassphrase } from '$lib/vault/passphrase-strength';
import type { DiaryState } from './diary.svelte';

export type PlainExport = 'pdf' | 'csv' | 'json' | 'zip';
export type SharePurpose = 'share' | 'backup';

/** The font is part of the app, fetched from its own origin; a failed fetch means the app is incomplete. */
export class FontMissingError extends ExportError {
	constructor() {
		super('font-missing');
	}
}

const FONT_PATH = 'fonts/noto-sans-400.ttf';

async function loadFont(): Promise<Uint8Array> {
	let response: Response;
	try {
		response = await fetch(new URL(FONT_PATH, document.baseURI));
	} catch {
		throw new FontMissingError();
	}
	if (!response.ok) throw new FontMissingError();
	return new Uint8Array(await response.arrayBuffer());
}

/** The diary as it is now; every exhibit numbered first, so each file prints the numbers kept for ever. */
async function snapshot(diary: DiaryState) {
	await diary.store.numberExhibits();
	return {
		incidents: diary.incidents,
		people: diary.people,
		chain: diary.store.chain,
		exhibitNumbers: diary.store.exhibitNumbers,
		personName: diary.settings.name,
		policeReference: diary.settings.policeReference
	};
}

/** Fraction done, 0 to 1, or undefined while there is nothing to measure yet. */
export type Progress = (fraction: number | undefined) => void;

export async function makeExportFile(
	kind: PlainExport,
	diary: DiaryState,
	vault: Vault,
	options: TimelineOptions,
	onProgress: Progress = () => undefined
): Promise<File> {
	const lib = await import('$lib/export/diary-export');
	const now = new Date();
	const prepared = await lib.prepareExport(await snapshot(diary), options, now);
	const name = lib.exportFileName(kind, now);
	const type = lib.EXPORT_TYPES[kind];
	onProgress(undefined);
	switch (kind) {
		case 'pdf': {
			const pdf = await lib.makePdf(prepared, await loadFont());
			return new File([pdf as Uint8Array<ArrayBuffer>], name, { type });
		}
		case 'csv':
			return new File([lib.makeCsv(prepared)], name, { type });
		case 'json':
			return new File([await lib.makeJson(prepared)], name, { type });
		case 'zip': {
			const total = Math.max(1, lib.exhibitBytes(prepared));
			const stream = lib.makePackStream(prepared, {
				fontBytes: await loadFont(),
				openExhibit: (ref) => openExhibit(vault, ref),
				onProgress: (done) => onProgress(Math.min(1, done / total)),
				convertImage: convertToJpeg
			});
			return new File([await lib.collectBlob(stream, type)], name, { type });
		}
	}
}

/**
 * The evidence pack sealed under its own passphrase. A backup holds everything, whatever the choices on screen,
 * so it can be restored in full; a share uses the choices.
 */
export async function makeEncryptedFile(
	purpose: SharePurpose,
	diary: DiaryState,
	vault: Vault,
	options: TimelineOptions,
	passphrase: string,
	onProgress: Progress = () => undefined
): Promise<File> {
	// The screen checks too; this is the rule itself, so no caller can seal a file under a weak passphrase.
	if (!(await ratePassphrase(passphrase)).acceptable) throw new WeakPassphraseError();
	const lib = await import('$lib/export/diary-export');
	const now = new Date();
	const prepared = await lib.prepareExport(
		await snapshot(diary),
		purpose === 'backup' ? lib.BACKUP_OPTIONS : options,
		now
	);
	const total = Math.max(1, lib.exhibitBytes(prepared));
	onProgress(undefined);
	const stream = lib.makeShareStream(
		prepared,
		{
			fontBytes: await loadFont(),
			openExhibit: (ref) => openExhibit(vault, ref),
			onProgress: (done) => onProgress(Math.min(1, done / total)),
			convertImage: convertToJpeg,
			// Only a backup is authenticated: it is the one file that may later change entries in this diary.
			...(purpose === 'backup' ? { backupMac: (bytes: Uint8Array) => vault.backupMac(bytes) } : {})
		},
		passphrase,
		// Sealed at the cost this device was measured to bear at setup, like the diary itself.
		vault.kdfCost
	);
	const type = lib.EXPORT_TYPES.dat;
	return new File([await lib.collectBlob(stream, type)], lib.encryptedFileName(purpose, now), { type });
}
