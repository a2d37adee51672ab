// Chooses Argon2id's cost for this device when a diary is set up: the most memory (up to 256 MiB), then the most
// passes, that finish within about a second. A copied browser profile can then only be guessed at that cost per
// guess, on hardware that must also hold that much memory per guess. The choice is stored in the vault header, so
// the diary keeps opening at its own cost whatever this code chooses later.
import { DEFAULT_MEM, DEFAULT_OPS, deriveKey, KDF_BOUNDS, newKdfParams, type KdfCost } from './kdf';

/** About one second: long enough to cost a guesser, short enough that unlocking does not feel broken. */
export const TARGET_MS = 1_000;
/** Past this, even the floor is too slow for this device, and memory is given up to stay usable. */
export const SANE_MS = 4_000;
/** The least memory the fallback goes down to, on a device that cannot do the floor in a sane time. */
export const FALLBACK_MIN_MEM = 16 * 1024 * 1024;
/** Never below this, unless the device cannot do even this within SANE_MS. */
export const FLOOR: KdfCost = { ops: DEFAULT_OPS, mem: DEFAULT_MEM };

/** Runs one Argon2id at `cost` and says how many milliseconds it took; throws if it could not run (no memory). */
export type MeasureKdf = (cost: KdfCost) => Promise<number>;

export interface Calibration {
	readonly cost: KdfCost;
	/** Every run made on the way, for the record: what was tried and how long it took (Infinity: it failed). */
	readonly runs: readonly { readonly cost: KdfCost; readonly ms: number }[];
}

export interface CalibrateOptions {
	readonly targetMs?: number;
	readonly measure?: MeasureKdf;
	/** Milliseconds from a monotonic clock; only the default `measure` uses it. */
	readonly now?: () => number;
}

/** Times a real Argon2id with a throwaway salt and passphrase; the key it makes is wiped at once. */
export function measureWith(now: () => number = () => performance.now()): MeasureKdf {
	return async (cost) => {
		const params = await newKdfParams(cost.ops, cost.mem);
		const start = now();
		const key = await deriveKey('calibration only', params);
		const ms = now() - start;
		key.fill(0);
		return ms;
	};
}

/**
 * Measures the floor once, doubles memory while the doubled run is expected to, and does, finish within the
 * target, then raises the passes in proportion to the time left. Argon2id's time grows in step with passes times
 * memory, so one measured point predicts the others; each step in memory is measured anyway, because a phone may
 * not have the memory to give.
 */
export async function calibrateKdf(options: CalibrateOptions = {}): Promise<Calibration> {
	const target = options.targetMs ?? TARGET_MS;
	const measure = options.measure ?? measureWith(options.now);
	const runs: { cost: KdfCost; ms: number }[] = [];
	const time = async (cost: KdfCost): Promise<number> => {
		let ms: number;
		try {
			ms = await measure(cost);
		} catch {
			// Out of memory, most likely: that cost is not available here.
			ms = Number.POSITIVE_INFINITY;
		}
		runs.push({ cost, ms });
		return ms;
	};

	let mem = FLOOR.mem;
	let ms = await time(FLOOR);
	if (ms > SANE_MS) {
		// A slow or small device: less memory, so that unlocking still finishes, rather than an app that never opens.
		while (ms > SANE_MS && mem / 2 >= FALLBACK_MIN_MEM) {
			mem /= 2;
			ms = await time({ ops: FLOOR.ops, mem });
		}
		return { cost: { ops: FLOOR.ops, mem }, runs };
	}

	while (mem * 2 <= KDF_BOUNDS.maxMem && ms * 2 <= target) {
		const next = { ops: FLOOR.ops, mem: mem * 2 };
		let doubled = await time(next);
		// The first run at a new size also pays for growing WebAssembly memory (here 1.1 s for 128 MiB, against
		// 0.65 s once grown), so a run that was expected to fit is measured once more before it is given up.
		if (doubled > target && doubled !== Number.POSITIVE_INFINITY && ms * 2 <= target) {
			doubled = await time(next);
		}
		if (doubled > target) break;
		mem *= 2;
		ms = doubled;
	}

	const scaled = Math.floor((FLOOR.ops * target) / Math.max(ms, 1));
	const ops = Math.min(KDF_BOUNDS.maxOps, Math.max(FLOOR.ops, scaled));
	return { cost: { ops, mem }, runs };
}
