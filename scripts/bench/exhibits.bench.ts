// Sealing an exhibit: the app's real sealExhibit (stream read, 64 KiB rechunking, SHA-256 of the original bytes,
// padding of the last chunk, secretstream sealing, batching) against a bare secretstream loop over the same chunks,
// and the memory it takes as the file grows.
//
// The chunk rows are handed to a store that drops them. IndexedDB is the browser's cost, not the pipeline's, and
// fake-indexeddb keeps every row in memory, so storing 200 MB there would time and measure fake-indexeddb instead.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { CHUNK_BYTES } from '../../src/lib/crypto';
import { loadSodium } from '../../src/lib/crypto/sodium';
import { VaultDb } from '../../src/lib/vault/db';
import { sealExhibit, type ExhibitSource } from '../../src/lib/vault/exhibits';
import { Vault } from '../../src/lib/vault/vault';
import { compareMs, type BenchRow } from './report';

const MiB = 1024 * 1024;
/** A phone's file reader hands over pieces of about this size. */
const READ_BYTES = MiB;

/**
 * A file of `size` bytes read as a stream of fresh 1 MiB pieces, as a browser reads a File, but made on demand from
 * one random buffer, so the source itself never holds the file and cannot make memory grow with it.
 */
function syntheticFile(size: number, pattern: Uint8Array): ExhibitSource {
	return {
		name: 'bench.mp4',
		type: 'video/mp4',
		size,
		stream() {
			let sent = 0;
			return new ReadableStream<Uint8Array>({
				pull(controller) {
					if (sent >= size) {
						controller.close();
						return;
					}
					const take = Math.min(READ_BYTES, size - sent);
					controller.enqueue(pattern.slice(0, take));
					sent += take;
				}
			});
		}
	};
}

/** A vault whose chunk writes are dropped; see the note at the top. */
async function benchVault(): Promise<Vault> {
	const db = new VaultDb(`bench-exhibits-${Date.now()}`);
	const vault = await Vault.create(db, 'bench passphrase', {
		ops: 1,
		mem: 8 * MiB,
		skipStrengthCheck: true
	});
	db.chunks.bulkPut = (() => Dexie.Promise.resolve<[string, number]>(['', 0])) as typeof db.chunks.bulkPut;
	return vault;
}

const rssMb = () => process.memoryUsage.rss() / MiB;

/**
 * Peak growth of the process's resident memory while sealing a file of `size`, over `baseline`, sampled at every
 * progress step (about every MiB). Resident memory rarely shrinks once grown, so every size is measured against the
 * same baseline taken before any of them: a pipeline that holds the file shows as a bigger peak for a bigger file.
 */
async function peakGrowthMb(
	vault: Vault,
	size: number,
	pattern: Uint8Array,
	baseline: number
): Promise<number> {
	let peak = baseline;
	await sealExhibit(vault, syntheticFile(size, pattern), {
		maxBytes: Number.MAX_SAFE_INTEGER,
		onProgress: () => {
			peak = Math.max(peak, rssMb());
		}
	});
	return Math.max(0, peak - baseline);
}

export async function benchExhibits(smoke: boolean): Promise<BenchRow[]> {
	const sodium = await loadSodium();
	const vault = await benchVault();
	const pattern = sodium.randombytes_buf(READ_BYTES);
	const bigMb = smoke ? 8 : 200;
	const smallMb = smoke ? 2 : 50;
	const rows: BenchRow[] = [];

	// Memory first, before the timing runs leave garbage of their own on the heap. A small seal first, so that
	// libsodium's one-off growth and the compiler's warm-up are in the baseline rather than in the first size.
	await sealExhibit(vault, syntheticFile(MiB, pattern));
	const baseline = rssMb();
	const smallPeak = await peakGrowthMb(vault, smallMb * MiB, pattern, baseline);
	const bigPeak = await peakGrowthMb(vault, bigMb * MiB, pattern, baseline);

	// The bare loop seals the same 64 KiB chunks under the same kind of additional data, and nothing else.
	const size = bigMb * MiB;
	const key = sodium.crypto_secretstream_xchacha20poly1305_keygen();
	const ad = 'wm-exhibit\u00001\u0000bench';
	const bare = () => {
		const { state } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
		const chunks = size / CHUNK_BYTES;
		for (let i = 0; i < chunks; i++) {
			const offset = (i * CHUNK_BYTES) % READ_BYTES;
			sodium.crypto_secretstream_xchacha20poly1305_push(
				state,
				pattern.subarray(offset, offset + CHUNK_BYTES),
				ad,
				i === chunks - 1
					? sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
					: sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
			);
		}
	};
	// The same loop plus the SHA-256 the app must take of the original bytes: shows how much of the gap is the hash.
	const bareWithHash = () => {
		const state = sodium.crypto_hash_sha256_init();
		for (let offset = 0; offset < size; offset += CHUNK_BYTES) {
			const at = offset % READ_BYTES;
			sodium.crypto_hash_sha256_update(state, pattern.subarray(at, at + CHUNK_BYTES));
		}
		sodium.crypto_hash_sha256_final(state);
		bare();
	};
	const app = () => sealExhibit(vault, syntheticFile(size, pattern), { maxBytes: Number.MAX_SAFE_INTEGER });
	const times = await compareMs(smoke ? 1 : 3, app, bare);
	const hashed = await compareMs(smoke ? 1 : 3, app, bareWithHash);
	const speed = (ms: number) => bigMb / (ms / 1000);
	vault.lock();

	rows.push({
		name: `seal a ${bigMb} MB exhibit, app speed ÷ bare secretstream`,
		value: times.bare / times.app,
		unit: 'x',
		better: 'higher',
		detail: `${speed(times.app).toFixed(0)} MB/s vs ${speed(times.bare).toFixed(0)} MB/s; information: sealExhibit on one thread, as in Node; the budget is the two workers' (seal a … in Chromium); app adds the SHA-256 and stream reading, not IndexedDB`
	});
	rows.push({
		name: `seal a ${bigMb} MB exhibit, app speed ÷ bare secretstream and SHA-256`,
		value: hashed.bare / hashed.app,
		unit: 'x',
		better: 'higher',
		detail: `${speed(hashed.app).toFixed(0)} MB/s vs ${speed(hashed.bare).toFixed(0)} MB/s; information: the share of the gap that is the hash`
	});
	rows.push({
		name: `seal a ${bigMb} MB exhibit, peak memory growth`,
		value: bigPeak,
		unit: 'MB',
		better: 'lower',
		detail: `${smallMb} MB file: ${smallPeak.toFixed(1)} MB (resident memory)`
	});
	rows.push({
		name: `memory growth, ${bigMb} MB file over ${smallMb} MB file`,
		value: Math.max(0, bigPeak - smallPeak),
		unit: 'MB',
		// A few MB of noise from the garbage collector; a pipeline that held the file would add about 150 MB here.
		// Smoke sizes stay under the point where the collector first runs, so there the figure says nothing.
		...(smoke ? {} : { budget: 16 }),
		better: 'lower',
		detail: smoke
			? 'flat means not growing with the file; smoke sizes are too small to judge'
			: 'flat means not growing with the file'
	});
	return rows;
}
