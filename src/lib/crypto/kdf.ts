// Passphrase -> key-encryption key, through Argon2id. The parameters are stored beside the salt so that a diary
// made on one device, with one setting, still opens after the defaults change.
import { loadSodium } from './sodium';

export interface KdfParams {
	readonly alg: 'argon2id13';
	/** Argon2id passes (libsodium's opslimit). */
	readonly ops: number;
	/** Memory in bytes (libsodium's memlimit). */
	readonly mem: number;
	readonly salt: Uint8Array;
}

/** The defaults in DESIGN.md: about 0.5 s in desktop Chromium, 1 to 2 s on a phone. */
export const DEFAULT_OPS = 3;
export const DEFAULT_MEM = 64 * 1024 * 1024;
export const KEY_BYTES = 32;

export async function newKdfParams(ops = DEFAULT_OPS, mem = DEFAULT_MEM): Promise<KdfParams> {
	const sodium = await loadSodium();
	return { alg: 'argon2id13', ops, mem, salt: sodium.randombytes_buf(sodium.crypto_pwhash_SALTBYTES) };
}

export async function deriveKey(passphrase: string, params: KdfParams): Promise<Uint8Array> {
	const sodium = await loadSodium();
	return sodium.crypto_pwhash(
		KEY_BYTES,
		passphrase.normalize('NFC'),
		params.salt,
		params.ops,
		params.mem,
		sodium.crypto_pwhash_ALG_ARGON2ID13
	);
}
