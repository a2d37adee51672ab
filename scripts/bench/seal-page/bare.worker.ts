// The sequential baseline for adding an exhibit (issue 16), in a worker as the app's own work is: the File's bytes
// read into memory first and not timed, then a bare secretstream loop over them in 64 KiB chunks and a bare
// streaming SHA-256 after it, one after the other on one thread. hash-wasm's SHA-256 is timed over the same bytes
// beside libsodium's, as information.
import { createSHA256 } from 'hash-wasm';
import { CHUNK_BYTES } from '$lib/crypto';
import { loadSodium } from '$lib/crypto/sodium';

export interface BareRequest {
	readonly file: File;
	/** Which SHA-256 the baseline takes after the stream. */
	readonly hash: 'libsodium' | 'hash-wasm';
}

export interface BareResult {
	readonly sealMs: number;
	readonly hashMs: number;
	readonly sha256: string;
}

const AD = 'wm-exhibit\u00001\u0000bench';

async function bare({ file, hash }: BareRequest): Promise<BareResult> {
	const sodium = await loadSodium();
	const wasm = await createSHA256();
	const bytes = new Uint8Array(await file.arrayBuffer());
	const key = sodium.crypto_secretstream_xchacha20poly1305_keygen();

	let started = performance.now();
	const { state } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
	for (let at = 0; at < bytes.length; at += CHUNK_BYTES)
		sodium.crypto_secretstream_xchacha20poly1305_push(
			state,
			bytes.subarray(at, at + CHUNK_BYTES),
			AD,
			at + CHUNK_BYTES >= bytes.length
				? sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
				: sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
		);
	const sealMs = performance.now() - started;

	started = performance.now();
	let sha256: string;
	if (hash === 'libsodium') {
		const digest = sodium.crypto_hash_sha256_init();
		for (let at = 0; at < bytes.length; at += CHUNK_BYTES)
			sodium.crypto_hash_sha256_update(digest, bytes.subarray(at, at + CHUNK_BYTES));
		sha256 = sodium.to_hex(sodium.crypto_hash_sha256_final(digest));
	} else {
		wasm.init();
		for (let at = 0; at < bytes.length; at += CHUNK_BYTES) wasm.update(bytes.subarray(at, at + CHUNK_BYTES));
		sha256 = wasm.digest('hex');
	}
	return { sealMs, hashMs: performance.now() - started, sha256 };
}

self.onmessage = async ({ data }: MessageEvent<BareRequest>) => {
	self.postMessage(await bare(data));
};
