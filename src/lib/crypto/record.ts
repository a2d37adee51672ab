// One record, sealed: XChaCha20-Poly1305 with a fresh 24-byte nonce, the plaintext padded to a multiple of 256
// bytes so sizes say little, and additional data that binds the record to its row id, table and format version.
// A row copied under another id, or into another table, no longer opens.
//
// Layout: [format version: 1 byte][nonce: 24 bytes][ciphertext + 16-byte tag]
//
// The cipher is synchronous once libsodium has loaded, so opening 10,000 rows is a plain loop with no promise per
// row (the unlock budget compares it with a bare libsodium loop).
import { OpenFailedError, UnknownFormatError } from './errors';
import { loadSodium, type Sodium } from './sodium';

export const RECORD_FORMAT = 1;
export const PAD_BLOCK = 256;

export interface RecordBinding {
	readonly table: string;
	readonly id: string;
}

export interface RecordCipher {
	seal(plaintext: Uint8Array, binding: RecordBinding): Uint8Array;
	open(sealed: Uint8Array, binding: RecordBinding): Uint8Array;
	sealJson(value: unknown, binding: RecordBinding): Uint8Array;
	openJson(sealed: Uint8Array, binding: RecordBinding): unknown;
	/** Wipes the key bytes; the cipher cannot be used afterwards. */
	wipe(): void;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

// The additional data is made once per row, and unlocking opens every row, so it is built into one reused buffer
// from a cached prefix (libsodium copies it into its own memory on each call, so reuse is safe). Ids are ASCII
// (random hex); anything else takes the general path.
const prefixes = new Map<string, Uint8Array>();
let scratch = new Uint8Array(256);

function additionalData(binding: RecordBinding, format: number): Uint8Array {
	const prefixKey = `${format}\u0000${binding.table}`;
	let prefix = prefixes.get(prefixKey);
	if (!prefix) {
		prefix = encoder.encode(`wm-row\u0000${format}\u0000${binding.table}\u0000`);
		prefixes.set(prefixKey, prefix);
	}
	const { id } = binding;
	const length = prefix.length + id.length;
	if (scratch.length < length * 3) scratch = new Uint8Array(length * 3);
	scratch.set(prefix);
	for (let i = 0; i < id.length; i++) {
		const code = id.charCodeAt(i);
		if (code > 0x7f) return encoder.encode(`wm-row\u0000${format}\u0000${binding.table}\u0000${id}`);
		scratch[prefix.length + i] = code;
	}
	return scratch.subarray(0, length);
}

/**
 * Removes ISO/IEC 7816-4 padding (0x80 then zeros) without a copy. libsodium's unpad copies through WebAssembly
 * memory, which costs a third as much as the decryption itself over 10,000 rows. The bytes were authenticated
 * before this runs, so the last 0x80 is the marker (anything after it was sealed as zeros) and a native search
 * finds it.
 */
function unpad(padded: Uint8Array): Uint8Array {
	const end = padded.lastIndexOf(0x80);
	if (end < 0 || padded.length - end > PAD_BLOCK) throw new OpenFailedError();
	return padded.subarray(0, end);
}

export function recordCipher(sodium: Sodium, key: Uint8Array): RecordCipher {
	const nonceBytes = sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
	const tagBytes = sodium.crypto_aead_xchacha20poly1305_ietf_ABYTES;
	let wiped = false;

	function usable(): Uint8Array {
		if (wiped) throw new OpenFailedError();
		return key;
	}

	function seal(plaintext: Uint8Array, binding: RecordBinding): Uint8Array {
		const padded = sodium.pad(plaintext, PAD_BLOCK);
		const nonce = sodium.randombytes_buf(nonceBytes);
		const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
			padded,
			additionalData(binding, RECORD_FORMAT),
			null,
			nonce,
			usable()
		);
		sodium.memzero(padded);
		const sealed = new Uint8Array(1 + nonceBytes + ciphertext.length);
		sealed[0] = RECORD_FORMAT;
		sealed.set(nonce, 1);
		sealed.set(ciphertext, 1 + nonceBytes);
		return sealed;
	}

	function open(sealed: Uint8Array, binding: RecordBinding): Uint8Array {
		const format = sealed[0];
		if (format !== RECORD_FORMAT) throw new UnknownFormatError();
		if (sealed.length < 1 + nonceBytes + tagBytes) throw new OpenFailedError();
		let padded: Uint8Array;
		try {
			padded = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
				null,
				sealed.subarray(1 + nonceBytes),
				additionalData(binding, format),
				sealed.subarray(1, 1 + nonceBytes),
				usable()
			);
		} catch {
			throw new OpenFailedError();
		}
		return unpad(padded);
	}

	return recordCipherFrom({
		seal,
		open,
		wipe() {
			sodium.memzero(key);
			wiped = true;
		}
	});
}

/** A whole RecordCipher from its byte operations: a JSON value is sealed as its UTF-8 text, whatever the cipher. */
export function recordCipherFrom(bytes: Pick<RecordCipher, 'seal' | 'open' | 'wipe'>): RecordCipher {
	return {
		...bytes,
		sealJson: (value, binding) => bytes.seal(encoder.encode(JSON.stringify(value)), binding),
		openJson: (sealed, binding) => JSON.parse(decoder.decode(bytes.open(sealed, binding))) as unknown
	};
}

export async function createRecordCipher(key: Uint8Array): Promise<RecordCipher> {
	return recordCipher(await loadSodium(), key);
}
