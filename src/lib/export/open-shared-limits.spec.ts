import { describe, expect, it } from 'vitest';
import { collectBytes } from '$lib/testing/bytes';
import { FAST_KDF } from '$lib/testing/fast-kdf';
import { PackTooLargeError, ShareTooLargeError } from './errors';
import { validPack } from './hostile-zips';
import { openSharedFile } from './open-shared';
import { sealShareFile } from './share-file';

const PASSPHRASE = 'correct horse battery staple';

function sealed(zip: Uint8Array): Promise<Uint8Array> {
	return collectBytes(sealShareFile(PASSPHRASE, [zip], FAST_KDF));
}

const limits = (maxTotalBytes: number) => ({
	maxTotalBytes,
	maxEntryBytes: maxTotalBytes,
	maxEntries: 1,
	maxRatio: 100,
	ratioFloorBytes: maxTotalBytes
});

describe('openSharedFile within the pack limits', () => {
	it('refuses a file too large to hold a pack within the limits before deriving a key or decrypting', async () => {
		const file = await sealed(await validPack());
		// With one entry of at most 100 bytes, no zip could be this large.
		const stages: string[] = [];
		const error = await openSharedFile(file, PASSPHRASE, {
			limits: limits(100),
			onProgress: (progress) => stages.push(progress.stage)
		}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ShareTooLargeError);
		expect(stages).toEqual([]);
	});

	it('reads a file that fits, and refuses the pack inside it once its declared sizes are over the limits', async () => {
		const zip = await validPack();
		const file = await sealed(zip);
		const stages = new Set<string>();
		const opened = await openSharedFile(file, PASSPHRASE, { onProgress: (p) => stages.add(p.stage) });
		expect(opened.check.entries).toBe(1);
		expect([...stages]).toEqual(['deriving', 'decrypting', 'unpacking', 'hashing', 'checking']);
		const tight = { ...limits(1000), maxEntries: 10 };
		const error = await openSharedFile(file, PASSPHRASE, { limits: tight }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(PackTooLargeError);
	});
});
