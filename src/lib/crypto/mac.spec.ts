import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { computeMac, macsEqual } from './mac';
import { newDiaryKey } from './key-wrap';
import { loadSodium } from './sodium';

const text = (s: string) => new TextEncoder().encode(s);

describe('computeMac', () => {
	it('gives the same MAC for the same key and bytes, and a different one for another key or one changed byte', async () => {
		const key = await newDiaryKey();
		const other = await newDiaryKey();
		const mac = await computeMac(key, text('chain head 12'));
		expect(mac).toMatch(/^[0-9a-f]{64}$/);
		expect(await computeMac(key.slice(), text('chain head 12'))).toBe(mac);
		expect(await computeMac(other, text('chain head 12'))).not.toBe(mac);
		expect(await computeMac(key, text('chain head 13'))).not.toBe(mac);
	});

	it('is keyed from a derived subkey, not the diary key itself', async () => {
		const sodium = await loadSodium();
		const key = await newDiaryKey();
		const bytes = text('backup');
		const direct = sodium.to_hex(sodium.crypto_generichash(32, bytes, key));
		const subkey = sodium.crypto_kdf_derive_from_key(32, 1, 'wmbackup', key);
		expect(await computeMac(key, bytes)).toBe(sodium.to_hex(sodium.crypto_generichash(32, bytes, subkey)));
		expect(await computeMac(key, bytes)).not.toBe(direct);
		// And it is not a plain HMAC-SHA-256 either, which someone might guess at.
		expect(await computeMac(key, bytes)).not.toBe(createHmac('sha256', key).update(bytes).digest('hex'));
	});

	it('leaves the caller’s key untouched', async () => {
		const key = await newDiaryKey();
		const copy = key.slice();
		await computeMac(key, text('x'));
		expect(key).toEqual(copy);
	});

	it('refuses a key of the wrong length', async () => {
		await expect(computeMac(new Uint8Array(16), text('x'))).rejects.toThrow(RangeError);
	});
});

describe('macsEqual', () => {
	it('is true only for the same 32-byte MAC', async () => {
		const mac = await computeMac(await newDiaryKey(), text('x'));
		expect(await macsEqual(mac, mac)).toBe(true);
		const flipped = (mac[0] === '0' ? '1' : '0') + mac.slice(1);
		expect(await macsEqual(mac, flipped)).toBe(false);
		expect(await macsEqual(mac, mac.slice(0, 62))).toBe(false);
		expect(await macsEqual(mac, mac.toUpperCase())).toBe(false);
		expect(await macsEqual('', '')).toBe(false);
	});
});
