/**
 * The disguise's unlock code: the digits someone types into the calculator, then `=`, to reach the passphrase screen.
 *
 * The code is not the key, and it protects nothing by itself. It only decides which screen shows: the diary stays
 * sealed under the passphrase (Argon2id), and the passphrase screen still asks for it. So the code can be short and
 * memorable, and it must be readable before anything is unlocked, which is why it is kept outside the encrypted vault.
 *
 * It is stored only as a salted PBKDF2 hash so that someone reading the browser's storage does not see it in the
 * clear: people choose dates and PINs that mean something, and may use the same digits elsewhere. The hash cannot
 * make a 4-digit code hard to guess offline (there are only 10,000), and it is not meant to: what keeps the diary
 * safe is the passphrase.
 *
 * PBKDF2-SHA-256 through WebCrypto, not libsodium's Argon2id: it is checked on every `=` the calculator sees, must
 * answer quickly on a slow phone, and needs no WebAssembly loaded before the disguise is even shown.
 */

import * as v from 'valibot';
import { CodedError } from '$lib/domain/errors';
// The stored shape lives with the other rows read before unlocking (vault/meta-rows.ts), without Dexie.
import {
	iterationCountSchema,
	storedUnlockCodeSchema,
	UNLOCK_CODE_HASH_BYTES as HASH_BYTES,
	UNLOCK_CODE_SALT_BYTES as SALT_BYTES,
	MAX_UNLOCK_CODE_ITERATIONS as MAX_ITERATIONS,
	type Base64String,
	type StoredUnlockCode
} from '$lib/vault/meta-rows';
export type { Base64String, StoredUnlockCode };

export type UnlockCodeProblem = 'too-short' | 'too-long' | 'not-digits' | 'setup-code';

/**
 * The way in on a phone with no diary. A fresh visit shows only the calculator, so someone who finds the address in
 * the browser history learns nothing from it; typing these digits and then `=` opens the first-run steps. It is
 * easy to tell someone ("type 8 5 2 0 8 5 2 0, then equals": straight down the middle column of keys, twice), and
 * no ordinary sum types eight digits and = with no operator between them. Once a diary exists it is just a number,
 * and it cannot be chosen as a person's own code, because everyone who has read these instructions knows it.
 */
export const SETUP_CODE = '85208520';

export const MIN_UNLOCK_CODE_LENGTH = 4;
export const MAX_UNLOCK_CODE_LENGTH = 12;
export const UNLOCK_CODE_ITERATIONS = 100_000;

/** Thrown when a code that breaks the rules reaches `hashUnlockCode`; setup should have checked it first. */
export class InvalidUnlockCodeError extends CodedError {
	readonly problem: UnlockCodeProblem;

	constructor(problem: UnlockCodeProblem) {
		super('code-invalid');
		this.name = 'InvalidUnlockCodeError';
		this.problem = problem;
	}
}

/**
 * Thrown when the saved code record cannot be read. Never accepting any code is the only safe answer, but the page
 * must not show this on the calculator, where a message about a diary would give the disguise away.
 */
export class UnlockCodeRecordError extends CodedError {
	constructor() {
		// No word here may say what the app is: the calculator's own chunk carries this code.
		super('code-record-damaged');
		this.name = 'UnlockCodeRecordError';
	}
}

/** Checks a code chosen at setup or in Settings. */
export function validateUnlockCode(code: string): UnlockCodeProblem | null {
	return formatProblem(code) ?? (code === SETUP_CODE ? 'setup-code' : null);
}

/** Digits are ASCII only: the calculator has no other digit keys. */
function formatProblem(code: string): Exclude<UnlockCodeProblem, 'setup-code'> | null {
	if (!/^[0-9]*$/.test(code)) return 'not-digits';
	if (code.length < MIN_UNLOCK_CODE_LENGTH) return 'too-short';
	if (code.length > MAX_UNLOCK_CODE_LENGTH) return 'too-long';
	return null;
}

/** Hashes a new code for storage. The salt is random unless given (tests give one). */
export async function hashUnlockCode(
	code: string,
	salt: Uint8Array = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES)),
	iterations: number = UNLOCK_CODE_ITERATIONS
): Promise<StoredUnlockCode> {
	const problem = validateUnlockCode(code);
	if (problem !== null) throw new InvalidUnlockCodeError(problem);
	if (salt.length < SALT_BYTES) throw new RangeError(`The salt must be at least ${SALT_BYTES} bytes.`);
	if (!v.is(iterationCountSchema, iterations))
		throw new RangeError(`Iterations must be a whole number from 1 to ${MAX_ITERATIONS}.`);
	const hash = await deriveHash(code, salt, iterations);
	return { v: 1, salt: encodeBase64(salt), hash: encodeBase64(hash), iterations };
}

/**
 * Whether `code` is the stored code. Anything that cannot be a code (the calculator submits whatever digits came
 * before `=`) is simply false, without hashing, so ordinary sums stay instant.
 */
export async function checkUnlockCode(code: string, stored: StoredUnlockCode): Promise<boolean> {
	if (!isStoredUnlockCode(stored)) throw new UnlockCodeRecordError();
	// Only the format: a code saved before the setup code was refused still opens its diary.
	if (formatProblem(code) !== null) return false;
	const expected = decodeBase64(stored.hash);
	const actual = await deriveHash(code, decodeBase64(stored.salt), stored.iterations);
	return constantTimeEqual(actual, expected);
}

/** Type guard for a record read back from storage, where anything may have been written. */
export function isStoredUnlockCode(value: unknown): value is StoredUnlockCode {
	return v.is(storedUnlockCodeSchema, value);
}

async function deriveHash(code: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
	const subtle = globalThis.crypto.subtle;
	const key = await subtle.importKey('raw', new TextEncoder().encode(code), 'PBKDF2', false, ['deriveBits']);
	const bits = await subtle.deriveBits(
		{ name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(salt), iterations },
		key,
		HASH_BYTES * 8
	);
	return new Uint8Array(bits);
}

/** Compares every byte whatever it finds, so the time taken says nothing about how much of a guess was right. */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
	// Lengths are fixed by the format, not secret, so an early return on them leaks nothing.
	if (a.length !== b.length) return false;
	let difference = 0;
	for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
	return difference === 0;
}

function encodeBase64(bytes: Uint8Array): Base64String {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary);
}

function decodeBase64(text: Base64String): Uint8Array {
	return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}
