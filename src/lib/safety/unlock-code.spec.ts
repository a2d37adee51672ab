import { describe, expect, it } from 'vitest';
import {
	InvalidUnlockCodeError,
	UNLOCK_CODE_ITERATIONS,
	UnlockCodeRecordError,
	checkUnlockCode,
	hashUnlockCode,
	isStoredUnlockCode,
	validateUnlockCode,
	type StoredUnlockCode
} from './unlock-code';

// Few iterations keep the tests fast; the default count is checked once, below.
const FAST = 1_000;
const SALT = new Uint8Array(16).fill(7);

describe('validateUnlockCode', () => {
	it.each([
		['1973', null],
		['0042', null],
		['123456789012', null],
		['', 'too-short'],
		['123', 'too-short'],
		['1234567890123', 'too-long'],
		['12a4', 'not-digits'],
		['12.4', 'not-digits'],
		[' 1234', 'not-digits'],
		['-1234', 'not-digits'],
		['١٩٧٣', 'not-digits'],
		['abc', 'not-digits'],
		// Everyone with the setup instructions knows it, so it would hide nothing.
		['85208520', 'setup-code'],
		['852085201', null]
	])('%j is %s', (code, problem) => {
		expect(validateUnlockCode(code)).toBe(problem);
	});
});

describe('hashUnlockCode', () => {
	it('stores a versioned record with a random 16-byte salt and a 32-byte hash, never the code', async () => {
		const stored = await hashUnlockCode('1973', undefined, FAST);
		expect(stored).toMatchObject({ v: 1, iterations: FAST });
		expect(atob(stored.salt)).toHaveLength(16);
		expect(atob(stored.hash)).toHaveLength(32);
		expect(JSON.stringify(stored)).not.toContain('1973');
		expect(isStoredUnlockCode(stored)).toBe(true);
	});

	it('uses 100,000 iterations unless told otherwise', async () => {
		const stored = await hashUnlockCode('1973');
		expect(stored.iterations).toBe(UNLOCK_CODE_ITERATIONS);
		expect(UNLOCK_CODE_ITERATIONS).toBe(100_000);
		expect(await checkUnlockCode('1973', stored)).toBe(true);
	});

	it('salts each code afresh, so the same code never hashes the same twice', async () => {
		const [a, b] = await Promise.all([
			hashUnlockCode('1973', undefined, FAST),
			hashUnlockCode('1973', undefined, FAST)
		]);
		expect(a.salt).not.toBe(b.salt);
		expect(a.hash).not.toBe(b.hash);
	});

	it('matches PBKDF2-SHA-256 as WebCrypto computes it', async () => {
		const stored = await hashUnlockCode('1973', SALT, FAST);
		const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('1973'), 'PBKDF2', false, [
			'deriveBits'
		]);
		const bits = await crypto.subtle.deriveBits(
			{ name: 'PBKDF2', hash: 'SHA-256', salt: SALT, iterations: FAST },
			key,
			256
		);
		expect(stored.hash).toBe(Buffer.from(bits).toString('base64'));
		expect(stored.salt).toBe(Buffer.from(SALT).toString('base64'));
	});

	it('refuses a code that breaks the rules', async () => {
		await expect(hashUnlockCode('12', SALT, FAST)).rejects.toThrow(InvalidUnlockCodeError);
		await expect(hashUnlockCode('12ab', SALT, FAST)).rejects.toMatchObject({ problem: 'not-digits' });
	});

	it('refuses a short salt or a silly iteration count', async () => {
		await expect(hashUnlockCode('1973', new Uint8Array(8), FAST)).rejects.toThrow(RangeError);
		await expect(hashUnlockCode('1973', SALT, 0)).rejects.toThrow(RangeError);
		await expect(hashUnlockCode('1973', SALT, 1.5)).rejects.toThrow(RangeError);
	});
});

describe('checkUnlockCode', () => {
	it('accepts the code and nothing else', async () => {
		const stored = await hashUnlockCode('0042', undefined, FAST);
		expect(await checkUnlockCode('0042', stored)).toBe(true);
		expect(await checkUnlockCode('42', stored)).toBe(false);
		expect(await checkUnlockCode('0043', stored)).toBe(false);
		expect(await checkUnlockCode('00420', stored)).toBe(false);
		expect(await checkUnlockCode('', stored)).toBe(false);
	});

	it('answers false for anything that cannot be a code', async () => {
		const stored = await hashUnlockCode('1973', undefined, FAST);
		expect(await checkUnlockCode('1'.repeat(40), stored)).toBe(false);
		expect(await checkUnlockCode('19.73', stored)).toBe(false);
	});

	it('works on a record that went through JSON storage', async () => {
		const stored: unknown = JSON.parse(JSON.stringify(await hashUnlockCode('1973', undefined, FAST)));
		if (!isStoredUnlockCode(stored)) throw new Error('Stored record did not survive JSON');
		expect(await checkUnlockCode('1973', stored)).toBe(true);
	});

	it('throws a clear error for a damaged record', async () => {
		const good = await hashUnlockCode('1973', SALT, FAST);
		const damaged = { ...good, hash: 'not base64!' };
		await expect(checkUnlockCode('1973', damaged)).rejects.toThrow(UnlockCodeRecordError);
	});
});

describe('isStoredUnlockCode', () => {
	it('rejects records of the wrong shape, version, sizes or iteration count', async () => {
		const good: StoredUnlockCode = await hashUnlockCode('1973', SALT, FAST);
		const bad: unknown[] = [
			null,
			'record',
			[],
			{},
			{ ...good, v: 2 },
			{ ...good, iterations: 0 },
			{ ...good, iterations: '1000' },
			{ ...good, iterations: 1e9 },
			{ ...good, salt: btoa('short') },
			{ ...good, hash: good.salt },
			{ ...good, hash: good.hash.slice(0, -4) },
			{ ...good, salt: 42 }
		];
		expect(isStoredUnlockCode(good)).toBe(true);
		for (const record of bad) expect(isStoredUnlockCode(record), JSON.stringify(record)).toBe(false);
	});
});
