// Random bytes and wiping, so no layer above crypto/ needs libsodium for either.
import { loadSodium } from './sodium';

/** `length` bytes from libsodium's generator (the browser's own, through WebAssembly). */
export async function randomBytes(length: number): Promise<Uint8Array> {
	const sodium = await loadSodium();
	return sodium.randombytes_buf(length);
}

/**
 * Zeroes key bytes held in JavaScript once they are no longer needed. libsodium's memzero does no more than this for
 * a Uint8Array, and this needs no WebAssembly, so it also works on an error path before libsodium has loaded.
 */
export function wipe(bytes: Uint8Array): void {
	bytes.fill(0);
}
