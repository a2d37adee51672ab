import { describe, expect, it } from 'vitest';
import { KdfParamsError } from './errors';
import { checkKdfParams, deriveKey, KDF_BOUNDS, newKdfParams, type KdfCost } from './kdf';
import { calibrateKdf, FALLBACK_MIN_MEM, FLOOR, SANE_MS, type MeasureKdf } from './kdf-calibrate';
import { loadSodium, sodiumHeap } from './sodium';

const MiB = 1024 * 1024;
const salt = new Uint8Array(16);

describe('checkKdfParams: the one check for the vault header and share files', () => {
	it('accepts Argon2id within the bounds', () => {
		const params = { alg: 'argon2id13', ops: 3, mem: 64 * MiB, salt };
		expect(checkKdfParams(params)).toEqual(params);
		expect(checkKdfParams({ ...params, ops: KDF_BOUNDS.maxOps, mem: KDF_BOUNDS.maxMem })).toMatchObject({
			ops: 10,
			mem: 256 * MiB
		});
	});

	it.each([
		['shape', null],
		['shape', 'argon2id13'],
		['algorithm', { alg: 'argon2i13', ops: 3, mem: 64 * MiB, salt }],
		['ops', { alg: 'argon2id13', ops: 0, mem: 64 * MiB, salt }],
		['ops', { alg: 'argon2id13', ops: 11, mem: 64 * MiB, salt }],
		['ops', { alg: 'argon2id13', ops: 2.5, mem: 64 * MiB, salt }],
		['ops', { alg: 'argon2id13', ops: '3', mem: 64 * MiB, salt }],
		['mem', { alg: 'argon2id13', ops: 3, mem: 4 * MiB, salt }],
		['mem', { alg: 'argon2id13', ops: 3, mem: 257 * MiB, salt }],
		['mem', { alg: 'argon2id13', ops: 3, mem: Number.NaN, salt }],
		['salt', { alg: 'argon2id13', ops: 3, mem: 64 * MiB, salt: new Uint8Array(8) }],
		['salt', { alg: 'argon2id13', ops: 3, mem: 64 * MiB, salt: 'salt' }]
	])('refuses %s: %j', (problem, params) => {
		expect(() => checkKdfParams(params)).toThrow(KdfParamsError);
		expect(() => checkKdfParams(params)).toThrow(expect.objectContaining({ problem }));
	});

	it('deriveKey checks before it runs, whoever calls it', async () => {
		await expect(deriveKey('x', { alg: 'argon2id13', ops: 4_000_000, mem: 64 * MiB, salt })).rejects.toThrow(
			KdfParamsError
		);
	});
});

describe('what Argon2id leaves in the WebAssembly heap', () => {
	function nonZero(bytes: Uint8Array): number {
		let count = 0;
		for (const byte of bytes) if (byte !== 0) count++;
		return count;
	}

	it('its working memory is zeroed after every derivation', async () => {
		const sodium = await loadSodium();
		const heap = sodiumHeap(sodium);
		expect(heap).not.toBeNull();
		const before = nonZero(heap!.HEAPU8);
		const key = await deriveKey('a passphrase', await newKdfParams(1, 16 * MiB));
		// Without the wipe, 16 MiB of Argon2id's blocks stay behind, and the last of them gives the key back.
		expect(nonZero(heap!.HEAPU8) - before).toBeLessThan(MiB / 4);
		key.fill(0);
	});
});

/** A device whose Argon2id takes `msPerPassMiB` per pass per MiB, and that has at most `maxMem` to give. */
function fakeDevice(msPerPassMiB: number, maxMem = Number.POSITIVE_INFINITY) {
	const runs: KdfCost[] = [];
	const measure: MeasureKdf = async (cost) => {
		runs.push(cost);
		if (cost.mem > maxMem) throw new Error('out of memory');
		return cost.ops * (cost.mem / MiB) * msPerPassMiB;
	};
	return { measure, runs };
}

describe('calibrateKdf chooses the most memory, then the most passes, within about a second', () => {
	it('a fast computer: all 256 MiB, and more passes', async () => {
		// The floor (3 passes of 64 MiB) takes 96 ms.
		const device = fakeDevice(0.5);
		const { cost } = await calibrateKdf({ measure: device.measure });
		expect(cost.mem).toBe(256 * MiB);
		// 3 passes of 256 MiB take 384 ms, so 7 fit in a second.
		expect(cost.ops).toBe(7);
	});

	it('a very fast computer stops at the most passes the bounds allow', async () => {
		const { cost } = await calibrateKdf({ measure: fakeDevice(0.01).measure });
		expect(cost).toEqual({ ops: KDF_BOUNDS.maxOps, mem: KDF_BOUNDS.maxMem });
	});

	it('a desktop browser like this one: 128 MiB', async () => {
		// The floor takes 480 ms; 128 MiB would take 960 ms, 256 MiB nearly 2 s.
		const device = fakeDevice(2.5);
		const { cost, runs } = await calibrateKdf({ measure: device.measure });
		expect(cost).toEqual({ ops: 3, mem: 128 * MiB });
		expect(runs.map((run) => run.cost.mem)).toEqual([64 * MiB, 128 * MiB]);
	});

	it('a phone: the floor, when twice the memory would not fit in a second', async () => {
		const { cost, runs } = await calibrateKdf({ measure: fakeDevice(6).measure });
		expect(cost).toEqual(FLOOR);
		// 64 MiB took 1.15 s: no point measuring 128 MiB.
		expect(runs).toHaveLength(1);
	});

	it('measures a larger size twice when its first run paid for growing memory', async () => {
		let calls = 0;
		// The floor takes 400 ms; the first 128 MiB run 1.1 s, later ones 800 ms.
		const measure: MeasureKdf = async (cost) => {
			calls++;
			if (cost.mem === 64 * MiB) return 400;
			if (cost.mem === 128 * MiB) return calls === 2 ? 1_100 : 800;
			return 1_600;
		};
		const { cost } = await calibrateKdf({ measure });
		expect(cost).toEqual({ ops: 3, mem: 128 * MiB });
	});

	it('a phone that runs out of memory keeps the most it could give', async () => {
		const device = fakeDevice(1, 128 * MiB);
		const { cost } = await calibrateKdf({ measure: device.measure });
		expect(cost.mem).toBe(128 * MiB);
		expect(device.runs.map((run) => run.mem)).toEqual([64 * MiB, 128 * MiB, 256 * MiB]);
	});

	it('never goes below the floor when the device manages it in a sane time', async () => {
		// 2.9 s for the floor: slow, but within SANE_MS.
		const { cost } = await calibrateKdf({ measure: fakeDevice(SANE_MS / 3 / 64 - 5).measure });
		expect(cost).toEqual(FLOOR);
	});

	it('gives up memory only on a device that cannot do the floor in a sane time', async () => {
		// 64 MiB takes 9.6 s, 32 MiB 4.8 s, 16 MiB 2.4 s.
		const { cost, runs } = await calibrateKdf({ measure: fakeDevice(50).measure });
		expect(cost).toEqual({ ops: 3, mem: 16 * MiB });
		expect(runs.map((run) => run.ms)).toEqual([9_600, 4_800, 2_400]);
	});

	it('uses the clock it is given to time a real derivation', async () => {
		let tick = 0;
		// Each reading of this clock is 600 ms after the last: the floor seems to take 600 ms, so twice the memory
		// would not fit, and one real derivation is all that runs.
		const { cost, runs } = await calibrateKdf({ now: () => (tick += 600) });
		expect(runs).toEqual([{ cost: FLOOR, ms: 600 }]);
		expect(cost).toEqual({ ops: 5, mem: 64 * MiB });
	});

	it('on this machine (the real thing, once)', { timeout: 60_000 }, async () => {
		const { cost, runs } = await calibrateKdf();
		console.log(
			`Argon2id calibration here chose ops ${cost.ops}, mem ${cost.mem / MiB} MiB; runs: ` +
				runs.map((run) => `${run.cost.ops}x${run.cost.mem / MiB} MiB ${Math.round(run.ms)} ms`).join(', ')
		);
		expect(cost.ops).toBeGreaterThanOrEqual(FLOOR.ops);
		// At least the floor, unless this machine is so loaded that even the floor took over SANE_MS.
		expect(cost.mem).toBeGreaterThanOrEqual(runs[0]!.ms > SANE_MS ? FALLBACK_MIN_MEM : FLOOR.mem);
		expect(checkKdfParams({ alg: 'argon2id13', ...cost, salt })).toBeTruthy();
	});
});

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
	for (let i = haystack.indexOf(needle[0]!); i !== -1; i = haystack.indexOf(needle[0]!, i + 1)) {
		let j = 1;
		while (j < needle.length && haystack[i + j] === needle[j]) j++;
		if (j === needle.length) return true;
	}
	return false;
}

describe('what a secretstream leaves in the WebAssembly heap', () => {
	it('a damaged stream gives up its stream key at once; a finished one has rekeyed past it', async () => {
		const { openStream, sealStream } = await import('./stream');
		const { StreamDamagedError } = await import('./errors');
		const { vi } = await import('vitest');
		const sodium = await loadSodium();
		const heap = sodiumHeap(sodium)!;
		const streamKeys: Uint8Array[] = [];
		const initPull = sodium.crypto_secretstream_xchacha20poly1305_init_pull.bind(sodium);
		// The first 32 bytes of a state are the stream's own key, derived from the key and the header.
		vi.spyOn(sodium, 'crypto_secretstream_xchacha20poly1305_init_pull').mockImplementation(((
			header: Uint8Array,
			key: Uint8Array
		) => {
			const state = initPull(header, key) as unknown as number;
			streamKeys.push(heap.HEAPU8.slice(state, state + 32));
			return state;
		}) as never);
		try {
			const key = sodium.randombytes_buf(32);
			const sealed: Uint8Array[] = [];
			for await (const piece of sealStream(key, [new Uint8Array(100_000).fill(7)])) sealed.push(piece);
			sealed[1] = sealed[1]!.slice();
			sealed[1][10]! ^= 1;
			const reading = (async () => {
				for await (const piece of openStream(key, sealed)) expect(piece).toBeDefined();
			})();
			await expect(reading).rejects.toBeInstanceOf(StreamDamagedError);
		} finally {
			vi.restoreAllMocks();
		}
		expect(streamKeys).toHaveLength(1);
		expect(streamKeys[0]!.some((byte) => byte !== 0)).toBe(true);
		expect(contains(heap.HEAPU8, streamKeys[0]!)).toBe(false);
	});
});
