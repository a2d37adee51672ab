// A message authentication code under a subkey of the diary key, so a backup can prove it was made by this diary:
// anyone can copy ids and hashes out of a share file and build a file that checks out hash by hash, but only the
// holder of the diary key can make its MAC. The subkey is derived (crypto_kdf) rather than the diary key used
// directly, so a MAC never shares a key with the ciphers, and each purpose gets its own subkey by its id.
//
// BLAKE2b keyed (crypto_generichash), 32 bytes: libsodium's recommended keyed hash.
import { KEY_BYTES } from './kdf';
import { loadSodium } from './sodium';

/** crypto_kdf contexts are exactly 8 bytes; this one names the purpose and must never change. */
const MAC_CONTEXT = 'wmbackup';
export const MAC_SUBKEY_ID = 1;
export const MAC_BYTES = 32;

/** Lowercase hex of a MAC, named in the type so it is not mistaken for a content hash. */
export type MacHex = string;

/** The MAC of `bytes` under the backup subkey of `diaryKey`. The subkey is wiped before returning. */
export async function computeMac(diaryKey: Uint8Array, bytes: Uint8Array): Promise<MacHex> {
	const sodium = await loadSodium();
	if (diaryKey.length !== KEY_BYTES) throw new RangeError('The diary key has the wrong length');
	const subkey = sodium.crypto_kdf_derive_from_key(MAC_BYTES, MAC_SUBKEY_ID, MAC_CONTEXT, diaryKey);
	try {
		return sodium.to_hex(sodium.crypto_generichash(MAC_BYTES, bytes, subkey));
	} finally {
		sodium.memzero(subkey);
	}
}

/** Compares two MACs in constant time, so a forger learns nothing from how long a refusal took. */
export async function macsEqual(a: MacHex, b: MacHex): Promise<boolean> {
	const sodium = await loadSodium();
	if (!/^[0-9a-f]{64}$/.test(a) || !/^[0-9a-f]{64}$/.test(b)) return false;
	return sodium.memcmp(sodium.from_hex(a), sodium.from_hex(b));
}
