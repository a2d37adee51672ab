// Hand-built hostile packs (hostile-zips.ts), each refused with a typed error having spent little memory and time.
// In a file of its own, so the memory it measures is not the leftovers of other specs.
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExportError, PackDamagedError, PackTooLargeError } from './errors';
import {
	lyingDeflateBomb,
	overlapIntoNextHeader,
	overlappingCopies,
	overLimitEntry,
	storedSizeLie,
	validPack
} from './hostile-zips';
import { DEFAULT_PACK_LIMITS, readPack } from './read-pack';

const MiB = 1024 * 1024;

interface Measured {
	error: unknown;
	/** Growth of the process's resident memory at its highest while `run` ran, sampled every millisecond. */
	peakGrowth: number;
	elapsedMs: number;
}

/**
 * Runs `run` while a second thread samples the process's resident memory, so a peak is seen even when the memory
 * is let go before `run` returns (a sample taken after would miss it).
 */
async function measure(run: () => Promise<unknown>): Promise<Measured> {
	const shared = new Int32Array(new SharedArrayBuffer(12));
	const sampler = new Worker(
		`const { workerData } = require('node:worker_threads');
		const cells = new Int32Array(workerData);
		const sample = () => Math.round(process.memoryUsage.rss() / 1024);
		Atomics.store(cells, 1, sample());
		Atomics.store(cells, 2, Atomics.load(cells, 1));
		Atomics.store(cells, 0, 1);
		Atomics.notify(cells, 0);
		while (Atomics.load(cells, 0) === 1) {
			const kb = sample();
			if (kb > Atomics.load(cells, 2)) Atomics.store(cells, 2, kb);
			Atomics.wait(cells, 0, 1, 1);
		}`,
		{ eval: true, workerData: shared.buffer }
	);
	while (Atomics.load(shared, 0) !== 1) await new Promise((resolve) => setTimeout(resolve, 5));
	const started = performance.now();
	let error: unknown = null;
	try {
		await run();
	} catch (caught) {
		error = caught;
	}
	const elapsedMs = performance.now() - started;
	Atomics.store(shared, 0, 2);
	Atomics.notify(shared, 0);
	await sampler.terminate();
	return { error, peakGrowth: ((shared[2] as number) - (shared[1] as number)) * 1024, elapsedMs };
}

describe('readPack against hostile zips', () => {
	it('refuses many directory records pointing at one entry, without copying it for each', async () => {
		// 32 names over one 8 MiB entry: a reader that copies each entry's bytes holds 256 MiB.
		const zip = overlappingCopies(32, 8 * MiB);
		const { error, peakGrowth } = await measure(() => readPack(zip));
		expect(peakGrowth).toBeLessThan(64 * MiB);
		expect(error).toBeInstanceOf(PackDamagedError);
	});

	it('refuses an entry whose data runs over the next entry’s header', async () => {
		const { error } = await measure(async () => readPack(await overlapIntoNextHeader()));
		expect(error).toBeInstanceOf(PackDamagedError);
	});

	it('refuses a stored entry whose real size is not the one declared', async () => {
		const { error } = await measure(async () => readPack(await storedSizeLie()));
		expect(error).toBeInstanceOf(PackDamagedError);
	});

	it('refuses a deflate entry that inflates to far more than it declares, having inflated little', async () => {
		// About 1 MB that declares 1,000 bytes and would inflate to 1 GiB.
		const zip = await lyingDeflateBomb(1024 * MiB);
		expect(zip.length).toBeLessThan(2 * MiB);
		const { error, peakGrowth, elapsedMs } = await measure(() => readPack(zip));
		expect(peakGrowth).toBeLessThan(64 * MiB);
		// Inflating all of it takes seconds; stopping at the declared size takes one small step. Generous on purpose.
		expect(elapsedMs).toBeLessThan(1000);
		expect(error).toBeInstanceOf(PackDamagedError);
	});

	it('refuses a deflate entry that declares more than one entry may hold, before setting memory aside', async () => {
		// Its data is big enough that the declared size is not a suspicious ratio of it: only the limit refuses it.
		const declared = DEFAULT_PACK_LIMITS.maxEntryBytes + 1;
		const zip = await overLimitEntry(declared, Math.ceil(declared / DEFAULT_PACK_LIMITS.maxRatio) + MiB);
		const { error, peakGrowth } = await measure(() => readPack(zip));
		expect(error).toBeInstanceOf(PackTooLargeError);
		expect(peakGrowth).toBeLessThan(64 * MiB);
	});

	it('reads the valid pack they are made from', async () => {
		const opened = await readPack(await validPack());
		expect(opened.pdf?.length).toBeGreaterThan(0);
		expect(opened.timeline.incidents).toHaveLength(1);
	});
});

type Mutation =
	| { kind: 'flip'; position: number; bit: number }
	| { kind: 'set32'; position: number; value: number }
	| { kind: 'truncate'; length: number }
	| { kind: 'copy'; from: number; to: number; count: number };

function mutate(seed: Uint8Array, m: Mutation): Uint8Array {
	const out = seed.slice();
	const at = (position: number) => position % seed.length;
	switch (m.kind) {
		case 'flip':
			out[at(m.position)] = (out[at(m.position)] as number) ^ (1 << m.bit);
			return out;
		case 'set32': {
			// Sizes, offsets and counts are 16 or 32-bit little-endian fields: the numbers a hostile zip lies with.
			const position = Math.min(at(m.position), seed.length - 4);
			new DataView(out.buffer).setUint32(position, m.value, true);
			return out;
		}
		case 'truncate':
			return out.subarray(0, at(m.length));
		case 'copy': {
			const from = at(m.from);
			const to = at(m.to);
			out.set(seed.subarray(from, from + Math.min(m.count, seed.length - to)), to);
			return out;
		}
	}
}

describe('readPack fuzzed from the hostile zips', () => {
	it('opens only whole packs and refuses every mutation of a hostile one with a typed error', async () => {
		const valid = await validPack();
		const hostile = [
			overlappingCopies(4, 64 * 1024),
			await overlapIntoNextHeader(),
			await storedSizeLie(),
			// 64 MiB behind 64 KB: a mutation that keeps it inflating must still stop at the declared size.
			await lyingDeflateBomb(64 * MiB),
			await overLimitEntry(DEFAULT_PACK_LIMITS.maxEntryBytes + 1, 64 * 1024)
		];
		const seeds = [valid, ...hostile];
		const position = fc.nat({ max: 1 << 24 });
		const mutation: fc.Arbitrary<Mutation> = fc.oneof(
			fc.record({ kind: fc.constant('flip' as const), position, bit: fc.integer({ min: 0, max: 7 }) }),
			fc.record({
				kind: fc.constant('set32' as const),
				position,
				value: fc.oneof(fc.nat({ max: 0xffff }), fc.nat({ max: 0xffffffff }))
			}),
			fc.record({ kind: fc.constant('truncate' as const), length: position }),
			fc.record({ kind: fc.constant('copy' as const), from: position, to: position, count: fc.nat(4096) })
		);
		await fc.assert(
			fc.asyncProperty(fc.nat({ max: seeds.length - 1 }), fc.option(mutation), async (index, m) => {
				const seed = seeds[index] as Uint8Array;
				const zip = m ? mutate(seed, m) : seed;
				const started = performance.now();
				const outcome = await readPack(zip).then(
					(opened) => ({ opened, error: null }),
					(error: unknown) => ({ opened: null, error })
				);
				expect(performance.now() - started).toBeLessThan(5000);
				if (outcome.opened) {
					// A mutation of the valid pack may land where nothing reads it (a timestamp); a hostile one
					// never opens.
					expect(index).toBe(0);
					expect(outcome.opened.timeline.incidents).toHaveLength(1);
				} else {
					expect(outcome.error).toBeInstanceOf(ExportError);
				}
			}),
			{ numRuns: 600, examples: seeds.map((_, i): [number, Mutation | null] => [i, null]) }
		);
	}, 120_000);
});
