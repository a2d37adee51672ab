// The diary key is random and never changes; the passphrase only wraps it. Changing the passphrase re-wraps this
// one key and re-encrypts nothing else. No verifier is stored: a wrong passphrase is simply a failed open.
import { OpenFailedError } from './errors';
import { KEY_BYTES } from './kdf';
import { recordCipher } from './record';
import { loadSodium } from './sodium';

const WRAP_BINDING = { table: 'meta', id: 'key' } as const;

export async function newDiaryKey(): Promise<Uint8Array> {
	const sodium = await loadSodium();
	return sodium.randombytes_buf(KEY_BYTES);
}

export async function wrapKey(kek: Uint8Array, diaryKey: Uint8Array): Promise<Uint8Array> {
	const sodium = await loadSodium();
	// A copy of the KEK, because the cipher wipes what it is given.
	const cipher = recordCipher(sodium, kek.slice());
	try {
		return cipher.seal(diaryKey, WRAP_BINDING);
	} finally {
		cipher.wipe();
	}
}

export async function unwrapKey(kek: Uint8Array, wrapped: Uint8Array): Promise<Uint8Array> {
	const sodium = await loadSodium();
	const cipher = recordCipher(sodium, kek.slice());
	try {
		const opened = cipher.open(wrapped, WRAP_BINDING);
		const key = opened.slice();
		// `opened` is a view into the padded plaintext; the whole of it is wiped, not just the key's bytes.
		new Uint8Array(opened.buffer, 0, opened.buffer.byteLength).fill(0);
		if (key.length !== KEY_BYTES) {
			key.fill(0);
			throw new OpenFailedError();
		}
		return key;
	} finally {
		cipher.wipe();
	}
}
