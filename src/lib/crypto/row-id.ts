// A row id that every tab of the same diary finds again, yet looks as random as any other row's: a keyed hash
// of a fixed label, under its own subkey of the diary key (as mac.ts does for backups). Someone listing the
// database sees one more random id; only the key's holder can tell which row it is.
import { KEY_BYTES } from './kdf';
import { loadSodium } from './sodium';

/** crypto_kdf contexts are exactly 8 bytes; this one names the purpose and must never change. */
const ROW_ID_CONTEXT = 'wmrowids';
const ROW_ID_SUBKEY_ID = 1;
/** 128 bits as 32 lowercase hex characters, the form of every other row id. */
const ROW_ID_BYTES = 16;

export async function keyedRowId(diaryKey: Uint8Array, label: string): Promise<string> {
	const sodium = await loadSodium();
	if (diaryKey.length !== KEY_BYTES) throw new RangeError('The diary key has the wrong length');
	const subkey = sodium.crypto_kdf_derive_from_key(32, ROW_ID_SUBKEY_ID, ROW_ID_CONTEXT, diaryKey);
	try {
		return sodium.to_hex(sodium.crypto_generichash(ROW_ID_BYTES, new TextEncoder().encode(label), subkey));
	} finally {
		sodium.memzero(subkey);
	}
}
