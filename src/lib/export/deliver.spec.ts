import { describe, expect, it, vi } from 'vitest';
import { deliverFile, needsTap, type DownloadTarget, type ShareTarget } from './deliver';

const file = new File(['bytes'], 'calc-2026-11-29.dat', { type: 'application/octet-stream' });

function fakeDownload(): DownloadTarget & { events: string[] } {
	const events: string[] = [];
	return {
		events,
		createObjectURL: () => {
			events.push('create');
			return 'blob:x';
		},
		click: (url, name) => events.push(`click ${url} ${name}`),
		revokeObjectURL: (url) => events.push(`revoke ${url}`)
	};
}

describe('handing over a file', () => {
	it('uses the share sheet where files can be shared', async () => {
		const share = vi.fn(() => Promise.resolve());
		const target: ShareTarget = { canShare: () => true, share };
		const download = fakeDownload();
		expect(await deliverFile(file, target, download)).toBe('shared');
		expect(share).toHaveBeenCalledWith({ files: [file] });
		expect(download.events).toEqual([]);
	});

	it('downloads elsewhere, and revokes the object URL right after', async () => {
		const download = fakeDownload();
		const target: ShareTarget = { canShare: () => false, share: () => Promise.resolve() };
		expect(await deliverFile(file, target, download)).toBe('downloaded');
		expect(download.events).toEqual(['create', 'click blob:x calc-2026-11-29.dat', 'revoke blob:x']);
		expect(await deliverFile(file, {}, download)).toBe('downloaded');
	});

	it('lets the person closing the share sheet through as an AbortError, and spots an expired tap', async () => {
		const abort = new DOMException('closed', 'AbortError');
		const target: ShareTarget = { canShare: () => true, share: () => Promise.reject(abort) };
		await expect(deliverFile(file, target, fakeDownload())).rejects.toBe(abort);
		expect(needsTap(new DOMException('no tap', 'NotAllowedError'))).toBe(true);
		expect(needsTap(abort)).toBe(false);
	});

	it('falls back to a download when canShare throws', async () => {
		const target: ShareTarget = {
			canShare: () => {
				throw new TypeError('not shareable');
			},
			share: () => Promise.resolve()
		};
		expect(await deliverFile(file, target, fakeDownload())).toBe('downloaded');
	});
});
