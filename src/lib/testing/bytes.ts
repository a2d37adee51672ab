// Byte helpers for the specs, in Node. Hashes come from node:crypto, not the app's own SHA-256, so a spec that
// checks a fingerprint the app wrote checks it against a second implementation.
import { createHash } from 'node:crypto';

/** SHA-256 as lowercase hex; a string is hashed as its UTF-8 bytes. */
export function sha256Hex(bytes: Uint8Array | string): string {
	return createHash('sha256').update(bytes).digest('hex');
}

export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
	return joinBytes(parts);
}

// Takes the array itself, as a stream may yield more pieces than a call can take arguments.
function joinBytes(parts: readonly Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let offset = 0;
	for (const part of parts) {
		out.set(part, offset);
		offset += part.length;
	}
	return out;
}

/** Everything a stream yields, in one array. Each piece is copied, as a producer may reuse its buffer. */
export async function collectBytes(stream: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
	const parts: Uint8Array[] = [];
	for await (const part of stream) parts.push(part.slice());
	return joinBytes(parts);
}

/** Deterministic bytes, different for each seed: an exhibit's contents that a test can make again. */
export function patternedBytes(seed: number, size: number): Uint8Array {
	const bytes = new Uint8Array(size);
	for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed * 7) & 0xff;
	return bytes;
}

/** Bytes that look random but are the same on every run (a linear congruential generator), so a failure repeats. */
export function seededBytes(size: number, seed = 1): Uint8Array {
	const bytes = new Uint8Array(size);
	let state = seed;
	for (let i = 0; i < size; i++) {
		state = (state * 1103515245 + 12345) >>> 0;
		bytes[i] = state >>> 24;
	}
	return bytes;
}
