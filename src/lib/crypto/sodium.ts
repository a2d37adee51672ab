// libsodium is large (about 1 MB of WebAssembly), so it is loaded only when a diary is about to be opened or
// created, never by the calculator screen. Every caller goes through loadSodium() so the module loads once.
//
// What is wiped, and what is not (read from libsodium-wrappers-sumo 0.8.4 and checked in crypto/wipe.spec.ts):
// - Every wrapper function copies its inputs (keys, messages, the passphrase's bytes) into the WebAssembly heap with
//   `_malloc`, writes its output there, copies the output out to a new Uint8Array and calls `_free`, which does not
//   zero. So key bytes outlived every call in freed heap memory. `installHeapWipe` below makes `_free` zero each
//   block the wrappers allocated before freeing it, so nothing they copied stays behind.
// - Argon2id's own working memory (ops x mem, allocated inside the WebAssembly module, not through the wrappers)
//   is freed without being cleared in this build: after one derivation, 64 MiB of the heap held its blocks, and the
//   last block is enough to recompute the key. kdf.ts's `deriveKey` wipes that region after every derivation.
// - Argon2id's last BLAKE2b step also leaves the 32-byte result in a stack frame inside the module (the wrappers
//   give no way to reach the stack). `scrubArgon2Stack` runs one throwaway Argon2id at libsodium's minimum cost
//   (about 0.3 ms), which takes the same path through the same frames and overwrites it.
// - A crypto_secretstream state (the stream's own key) is allocated by the wrappers and never freed; stream.ts
//   releases it, zeroed, when the stream ends (the FINAL tag has already rekeyed it past the chunks) or is found
//   damaged (then it still holds the live key). A stream abandoned half-way (a cancelled export) keeps its 52 bytes
//   until the page closes.
// - What remains: the passphrase itself is a JavaScript string, which cannot be wiped; it lives until the garbage
//   collector reclaims it (the screens drop their copies as soon as they can). The keys handed back as Uint8Arrays
//   are wiped by their holders (`memzero` on lock, on every error path, and after every derivation). Copies that
//   the JavaScript engine itself made (garbage-collected strings, typed-array copies inside the engine) and the
//   WebAssembly memory's high-water size (it never shrinks) are out of reach of any page.
import type sodiumModule from 'libsodium-wrappers-sumo';

export type Sodium = typeof sodiumModule;

/** The Emscripten module inside the wrappers: the only part that sees the heap. */
export interface SodiumHeap {
	HEAPU8: Uint8Array;
	_malloc(size: number): number;
	_free(address: number): void;
}

let loading: Promise<Sodium> | undefined;

/** The WebAssembly heap the wrappers use; null if this build of the wrappers does not expose it. */
export function sodiumHeap(sodium: Sodium): SodiumHeap | null {
	const heap = (sodium as unknown as { libsodium?: Partial<SodiumHeap> }).libsodium;
	return heap && typeof heap._malloc === 'function' && typeof heap._free === 'function' && heap.HEAPU8
		? (heap as SodiumHeap)
		: null;
}

/** The allocator as it was before installHeapWipe, for wiping large regions without zeroing them twice. */
const originals = new WeakMap<SodiumHeap, Pick<SodiumHeap, '_malloc' | '_free'>>();

/**
 * Makes the wrappers' `_free` zero what their `_malloc` handed out. The wrappers look both up on the module at every
 * call, so replacing them here covers every function, now and in later versions that keep that shape.
 */
export function installHeapWipe(sodium: Sodium): void {
	const heap = sodiumHeap(sodium);
	if (!heap || originals.has(heap)) return;
	const malloc = heap._malloc.bind(heap);
	const free = heap._free.bind(heap);
	originals.set(heap, { _malloc: malloc, _free: free });
	const sizes = new Map<number, number>();
	heap._malloc = (size: number) => {
		const address = malloc(size);
		if (address !== 0) sizes.set(address, size);
		return address;
	};
	heap._free = (address: number) => {
		const size = sizes.get(address);
		if (size !== undefined) {
			// HEAPU8 is read at each call: it is replaced whenever the memory grows.
			heap.HEAPU8.fill(0, address, address + size);
			sizes.delete(address);
		}
		free(address);
	};
}

/**
 * Zeroes `bytes` of free heap, where Argon2id has just left its blocks: libsodium's allocator hands the region just
 * freed back to the next request of that size. If the memory cannot be had, nothing is lost but the wipe.
 */
export function wipeFreedHeap(sodium: Sodium, bytes: number): void {
	const heap = sodiumHeap(sodium);
	if (!heap) return;
	const { _malloc: malloc, _free: free } = originals.get(heap) ?? heap;
	const address = malloc(bytes);
	if (address === 0) return;
	heap.HEAPU8.fill(0, address, address + bytes);
	free(address);
}

/**
 * Grows the heap to hold `bytes` at once, as Argon2id will: growing WebAssembly memory is the slow part of a fresh
 * module's first derivation (about 0.45 s of 1.1 s at 128 MiB), so a worker started ahead of need does it first.
 */
export function growHeap(sodium: Sodium, bytes: number): void {
	const heap = sodiumHeap(sodium);
	if (!heap) return;
	const { _malloc: malloc, _free: free } = originals.get(heap) ?? heap;
	const address = malloc(bytes);
	if (address !== 0) free(address);
}

/** libsodium's crypto_secretstream state: 52 bytes in the heap (the stream's own key and nonce). */
export const STREAM_STATE_BYTES = 52;

/**
 * Zeroes and frees a secretstream state once its stream has ended. The wrappers allocate it on init and never free
 * it, so without this every exhibit or share file sealed or opened would leave its stream key in the heap.
 */
export function releaseStreamState(sodium: Sodium, state: unknown): void {
	const heap = sodiumHeap(sodium);
	if (!heap || typeof state !== 'number' || state === 0) return;
	heap.HEAPU8.fill(0, state, state + STREAM_STATE_BYTES);
	heap._free(state);
}

const SCRUB_SALT = new Uint8Array(16);

/** Overwrites what the last Argon2id left on the module's stack with the result of a derivation worth nothing. */
export function scrubArgon2Stack(sodium: Sodium): void {
	sodium
		.crypto_pwhash(
			32,
			'',
			SCRUB_SALT,
			sodium.crypto_pwhash_OPSLIMIT_MIN,
			sodium.crypto_pwhash_MEMLIMIT_MIN,
			sodium.crypto_pwhash_ALG_ARGON2ID13
		)
		.fill(0);
}

export function loadSodium(): Promise<Sodium> {
	loading ??= import('libsodium-wrappers-sumo').then(async (module) => {
		const sodium = module.default;
		await sodium.ready;
		installHeapWipe(sodium);
		return sodium;
	});
	return loading;
}
