// A streaming SHA-256, so the hash of an exhibit is taken from its original bytes in the same pass that seals it,
// without holding the file in memory.
import { loadSodium } from './sodium';

export interface Sha256 {
	update(bytes: Uint8Array): void;
	/** The digest as lowercase hex; the hasher cannot be used afterwards. */
	digestHex(): string;
}

export async function createSha256(): Promise<Sha256> {
	const sodium = await loadSodium();
	const state = sodium.crypto_hash_sha256_init();
	return {
		update: (bytes) => sodium.crypto_hash_sha256_update(state, bytes),
		digestHex: () => sodium.to_hex(sodium.crypto_hash_sha256_final(state))
	};
}
