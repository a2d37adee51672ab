import { describe, expect, it } from 'vitest';
import { OpenFailedError, UnknownFormatError } from '$lib/crypto';
import { fakeRecordCipher } from './fake-record-cipher';

const binding = { table: 'rows', id: 'a1' };

describe('the fake record cipher', () => {
	it('round-trips bytes and JSON under the same binding', () => {
		const cipher = fakeRecordCipher();
		const bytes = new Uint8Array([0, 1, 2, 255]);
		expect(cipher.open(cipher.seal(bytes, binding), binding)).toEqual(bytes);
		const value = { whatHappened: 'Car parked outside again', seq: 3 };
		expect(cipher.openJson(cipher.sealJson(value, binding), binding)).toEqual(value);
	});

	it('is deterministic: the same input seals to the same bytes, in any cipher', () => {
		const once = fakeRecordCipher().sealJson({ a: 1 }, binding);
		expect(fakeRecordCipher().sealJson({ a: 1 }, binding)).toEqual(once);
		expect(fakeRecordCipher().sealJson({ a: 2 }, binding)).not.toEqual(once);
	});

	it('refuses a row under another id or table, an unknown format, and any use once wiped', () => {
		const key = new Uint8Array(32).fill(7);
		const cipher = fakeRecordCipher(key);
		const sealed = cipher.seal(new Uint8Array([1]), binding);
		expect(() => cipher.open(sealed, { ...binding, id: 'a2' })).toThrow(OpenFailedError);
		expect(() => cipher.open(sealed, { ...binding, table: 'meta' })).toThrow(OpenFailedError);
		expect(() => cipher.open(new Uint8Array([9, ...sealed.subarray(1)]), binding)).toThrow(
			UnknownFormatError
		);
		cipher.wipe();
		expect(key.every((byte) => byte === 0)).toBe(true);
		expect(() => cipher.open(sealed, binding)).toThrow(OpenFailedError);
		expect(() => cipher.seal(new Uint8Array([1]), binding)).toThrow(OpenFailedError);
	});
});
