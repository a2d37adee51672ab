// Seals the hand-built hostile packs (src/lib/export/hostile-zips.ts) as share files, with the app's own sealing,
// for the end-to-end test that opens them in the viewer.
// Usage: tsx scripts/make-hostile-shares.ts <folder> <passphrase>
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
	duplicateIncidents,
	lyingDeflateBomb,
	overlapIntoNextHeader,
	overlappingCopies,
	storedSizeLie
} from '../src/lib/export/hostile-zips';
import { sealShareFile, type ShareKdf } from '../src/lib/export/share-file';

/** The cheapest Argon2id a share file may ask for, so the refusals are quick to reach. */
const QUICK: ShareKdf = { ops: 1, mem: 8 * 1024 * 1024 };
/** Costly enough that opening lasts seconds in headless Chromium: the quick exit is tried meanwhile. */
const SLOW: ShareKdf = { ops: 8, mem: 256 * 1024 * 1024 };

async function seal(zip: Uint8Array, kdf: ShareKdf): Promise<Uint8Array> {
	const parts: Uint8Array[] = [];
	for await (const part of sealShareFile(passphrase as string, [zip], kdf)) parts.push(part);
	return Buffer.concat(parts);
}

const [folder, passphrase] = process.argv.slice(2);
if (!folder || !passphrase)
	throw new Error('Usage: tsx scripts/make-hostile-shares.ts <folder> <passphrase>');
const overlap = await overlapIntoNextHeader();
const files: Record<string, Promise<Uint8Array>> = {
	'overlap.calc': seal(overlap, QUICK),
	'stored-size-lie.calc': seal(await storedSizeLie(), QUICK),
	// About 1 MB that declares 1,000 bytes and would inflate to 1 GiB.
	'deflate-bomb.calc': seal(await lyingDeflateBomb(1024 * 1024 * 1024), QUICK),
	// 32 names over one 8 MiB entry: a reader that copies each entry's bytes holds 256 MiB.
	'overlapping-copies.calc': seal(overlappingCopies(32, 8 * 1024 * 1024), QUICK),
	// One incident listed twice, every hash matching.
	'duplicate-incidents.calc': seal(await duplicateIncidents(), QUICK),
	'overlap-slow.calc': seal(overlap, SLOW)
};
for (const [name, bytes] of Object.entries(files)) await writeFile(join(folder, name), await bytes);
