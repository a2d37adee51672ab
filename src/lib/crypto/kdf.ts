// Passphrase -> key-encryption key, through Argon2id. The parameters are stored beside the salt so that a diary
// made on one device, with one setting, still opens after the defaults change.
import { KdfParamsError } from './errors';
import { loadSodium, scrubArgon2Stack, wipeFreedHeap } from './sodium';

export interface KdfParams {
	readonly alg: 'argon2id13';
	/** Argon2id passes (libsodium's opslimit). */
	readonly ops: number;
	/** Memory in bytes (libsodium's memlimit). */
	readonly mem: number;
	readonly salt: Uint8Array;
}

/** The floor that setup calibrates up from (kdf-calibrate.ts): about 0.5 s in desktop Chromium, 1 to 2 s on a phone. */
export const DEFAULT_OPS = 3;
export const DEFAULT_MEM = 64 * 1024 * 1024;
export const KEY_BYTES = 32;
export const SALT_BYTES = 16;

/**
 * What any stored or received parameters may ask for: the vault header and share files alike. The upper bounds
 * keep a copied or tampered header, or a hostile file, from making the app hang (ops) or run out of memory (mem)
 * before the passphrase is even checked; the lower bounds are libsodium's own floor for Argon2id rounded up to
 * something that still costs a guesser. Calibration (kdf-calibrate.ts) chooses within these.
 */
export const KDF_BOUNDS = {
	minOps: 1,
	maxOps: 10,
	minMem: 8 * 1024 * 1024,
	maxMem: 256 * 1024 * 1024
} as const;

export interface KdfCost {
	readonly ops: number;
	readonly mem: number;
}

/**
 * The one check of key-derivation parameters, run before Argon2id is: the vault header on unlock, and share files on
 * opening and sealing. Throws KdfParamsError naming what is wrong; returns the parameters typed.
 */
export function checkKdfParams(params: unknown): KdfParams {
	const p = params as Partial<Record<keyof KdfParams, unknown>> | null;
	if (typeof p !== 'object' || p === null) throw new KdfParamsError('shape');
	if (p.alg !== 'argon2id13') throw new KdfParamsError('algorithm');
	const cost = { ops: p.ops as number, mem: p.mem as number };
	if (!Number.isSafeInteger(cost.ops) || cost.ops < KDF_BOUNDS.minOps || cost.ops > KDF_BOUNDS.maxOps) {
		throw new KdfParamsError('ops');
	}
	if (!Number.isSafeInteger(cost.mem) || cost.mem < KDF_BOUNDS.minMem || cost.mem > KDF_BOUNDS.maxMem) {
		throw new KdfParamsError('mem');
	}
	if (!(p.salt instanceof Uint8Array) || p.salt.length !== SALT_BYTES) throw new KdfParamsError('salt');
	return { alg: 'argon2id13', ops: cost.ops, mem: cost.mem, salt: p.salt };
}

export async function newKdfParams(ops = DEFAULT_OPS, mem = DEFAULT_MEM): Promise<KdfParams> {
	const sodium = await loadSodium();
	return checkKdfParams({ alg: 'argon2id13', ops, mem, salt: sodium.randombytes_buf(SALT_BYTES) });
}

/**
 * Runs Argon2id. The parameters are checked first, whoever calls; afterwards the heap region Argon2id worked in is
 * zeroed, and the stack it used overwritten (see sodium.ts: libsodium leaves both, and either gives the key back).
 */
export async function deriveKey(passphrase: string, params: KdfParams): Promise<Uint8Array> {
	const checked = checkKdfParams(params);
	const sodium = await loadSodium();
	try {
		return sodium.crypto_pwhash(
			KEY_BYTES,
			passphrase.normalize('NFC'),
			checked.salt,
			checked.ops,
			checked.mem,
			sodium.crypto_pwhash_ALG_ARGON2ID13
		);
	} finally {
		wipeFreedHeap(sodium, checked.mem);
		scrubArgon2Stack(sodium);
	}
}
