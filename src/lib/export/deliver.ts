/**
 * Hands a finished file to the person: on a phone with Web Share Level 2, the system share sheet (mail, messaging,
 * cloud storage); elsewhere an ordinary download. The download's object URL is revoked as soon as the browser has
 * taken the file, so the unlocked bytes do not stay reachable from the page.
 *
 * The person closing the share sheet rejects with the browser's AbortError, which callers let pass silently. A
 * share sheet needs a recent tap: after a long export the browser may refuse with NotAllowedError, and the caller
 * then offers a button to send the file (see `needsTap`).
 */

export type Delivery = 'shared' | 'downloaded';

/** The parts of `navigator` this uses; a fake in tests. */
export interface ShareTarget {
	canShare?: (data: ShareData) => boolean;
	share?: (data: ShareData) => Promise<void>;
}

/** The parts of the page this uses for a download; a fake in tests. */
export interface DownloadTarget {
	createObjectURL: (blob: Blob) => string;
	revokeObjectURL: (url: string) => void;
	/** Clicks a temporary `<a download>` for the URL. */
	click: (url: string, fileName: string) => void;
}

function canShareFile(target: ShareTarget, file: File): boolean {
	try {
		return typeof target.share === 'function' && target.canShare?.({ files: [file] }) === true;
	} catch {
		// Some browsers throw for files they will not share, instead of answering false.
		return false;
	}
}

export function pageDownloadTarget(): DownloadTarget {
	return {
		createObjectURL: (blob) => URL.createObjectURL(blob),
		revokeObjectURL: (url) => URL.revokeObjectURL(url),
		click: (url, fileName) => {
			const link = document.createElement('a');
			link.href = url;
			link.download = fileName;
			link.rel = 'noopener';
			link.hidden = true;
			document.body.appendChild(link);
			try {
				link.click();
			} finally {
				link.remove();
			}
		}
	};
}

/** Downloads a file through an object URL that is revoked right after the browser has started the download. */
export async function downloadFile(file: File, target: DownloadTarget = pageDownloadTarget()): Promise<void> {
	const url = target.createObjectURL(file);
	try {
		target.click(url, file.name);
		// The click starts the download in this task; one turn of the event loop later the browser has read the
		// URL, and revoking it then is safe in every browser (revoking in the same task can cancel it in Firefox).
		await new Promise((resolve) => setTimeout(resolve, 0));
	} finally {
		target.revokeObjectURL(url);
	}
}

/** Shares the file where the system can, otherwise downloads it. AbortError means the person closed the sheet. */
export async function deliverFile(
	file: File,
	share: ShareTarget = typeof navigator === 'undefined' ? {} : navigator,
	download?: DownloadTarget
): Promise<Delivery> {
	if (canShareFile(share, file)) {
		await share.share!({ files: [file] });
		return 'shared';
	}
	await downloadFile(file, download);
	return 'downloaded';
}

/** True when the browser refused the share sheet only because the tap that asked for it was too long ago. */
export function needsTap(error: unknown): boolean {
	return (error as { name?: unknown } | null)?.name === 'NotAllowedError';
}
