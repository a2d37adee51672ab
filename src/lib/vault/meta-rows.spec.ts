import { describe, expect, it } from 'vitest';
import {
	headerRowSchema,
	PREFS_VERSION,
	readPrefsRow,
	salvagePrefsRow,
	storedUnlockCodeSchema,
	type PrefsRow
} from './meta-rows';
import * as v from 'valibot';

const code = { v: 1, salt: btoa('s'.repeat(16)), hash: btoa('h'.repeat(32)), iterations: 1_000 } as const;

const current: PrefsRow = {
	key: 'prefs',
	v: PREFS_VERSION,
	disguise: true,
	exitUrl: 'https://www.bbc.co.uk/weather',
	code,
	autoLockMinutes: 5,
	hiddenLockSeconds: 30
};

/** A row as written before prefs rows had a version. */
const { v: _version, ...unversioned } = current;

describe('the prefs row', () => {
	it('reads a row of this version as it was written', () => {
		expect(readPrefsRow(current)).toEqual(current);
		expect(readPrefsRow(JSON.parse(JSON.stringify(current)))).toEqual(current);
	});

	it('reads a row written before rows had a version as version 1, brought to this one', () => {
		expect(PREFS_VERSION).toBe(2);
		expect(readPrefsRow(unversioned)).toEqual(current);
		expect(readPrefsRow({ ...unversioned, v: 1 })).toEqual(current);
	});

	it('fills a field an old row lacks from the defaults it is given, and only then', () => {
		const { hiddenLockSeconds: _h, ...older } = unversioned;
		expect(readPrefsRow(older)).toBeUndefined();
		expect(readPrefsRow(older, { ...current, hiddenLockSeconds: 60 })).toEqual({
			...current,
			hiddenLockSeconds: 60
		});
		// What the row holds wins over a default.
		expect(readPrefsRow({ ...older, disguise: false }, current)?.disguise).toBe(false);
	});

	it('refuses a row from a newer app, or with a version that is not a whole number', () => {
		for (const version of [3, 0, 1.5, '2', null, 2 ** 60])
			expect(readPrefsRow({ ...current, v: version }), String(version)).toBeUndefined();
	});

	it('refuses wrong types, unknown keys, a damaged code and a prototype key', () => {
		const bad: unknown[] = [
			undefined,
			null,
			'prefs',
			[],
			{ ...current, key: 'header' },
			{ ...current, disguise: 'true' },
			{ ...current, exitUrl: 42 },
			{ ...current, autoLockMinutes: '5' },
			{ ...current, hiddenLockSeconds: Number.NaN },
			{ ...current, extra: true },
			{ ...current, code: { ...code, hash: 'not base64!' } },
			{ ...current, code: { ...code, iterations: 1e12 } },
			{ ...current, code: { ...code, extra: 1 } },
			JSON.parse(`{"__proto__": {"disguise": true}, ${JSON.stringify(current).slice(1)}`)
		];
		for (const row of bad) expect(readPrefsRow(row, current), JSON.stringify(row)).toBeUndefined();
	});

	it('keeps the language chosen, one of the app’s own only, and reads a row without one as it was', () => {
		for (const language of ['en', 'pl', 'ro', 'pa', 'ur', 'cy'] as const)
			expect(readPrefsRow({ ...current, language })).toEqual({ ...current, language });
		expect(readPrefsRow(current)?.language).toBeUndefined();
		for (const language of ['de', 'PL', '', 3, null, ['pl']])
			expect(readPrefsRow({ ...current, language }), JSON.stringify(language)).toBeUndefined();
		// A language that cannot be read loses only itself: the code and every other setting are kept.
		expect(salvagePrefsRow({ ...current, language: 'xx' }, current)).toEqual({ ...current, code });
		expect(salvagePrefsRow({ ...current, language: 'ur', disguise: 'x' }, current)?.language).toBe('ur');
	});
});

describe('a prefs row that fails its check, read setting by setting', () => {
	it('keeps every setting that passes, the code above all, and takes the rest from the defaults', () => {
		const { code: _none, ...defaults } = current;
		const rows: unknown[] = [
			{ ...current, v: 3, added: true },
			{ ...current, extra: true },
			{ ...current, disguise: 'true' },
			{ ...current, autoLockMinutes: '5' },
			{ ...current, hiddenLockSeconds: Number.NaN }
		];
		for (const row of rows) {
			expect(readPrefsRow(row, current), JSON.stringify(row)).toBeUndefined();
			const kept = salvagePrefsRow(row, defaults)!;
			expect(kept.code, JSON.stringify(row)).toEqual(current.code);
			expect(kept).not.toHaveProperty('extra');
			expect(kept).not.toHaveProperty('added');
			expect(kept.v).toBe(PREFS_VERSION);
		}
		expect(salvagePrefsRow({ ...current, disguise: 'true' }, defaults)?.disguise).toBe(true);
		expect(salvagePrefsRow({ ...current, disguise: false, extra: 1 }, defaults)?.disguise).toBe(false);
		expect(salvagePrefsRow({ ...current, autoLockMinutes: '9' }, defaults)?.autoLockMinutes).toBe(5);
	});

	it('drops a damaged code rather than trusting it, and never takes a code from the defaults', () => {
		const damaged = { ...current, code: { ...code, iterations: 1e12 } };
		expect(salvagePrefsRow(damaged, current)?.code).toBeUndefined();
		const { code: _gone, ...withoutCode } = current;
		expect(salvagePrefsRow({ ...withoutCode, extra: 1 }, current)?.code).toBeUndefined();
	});

	it('is nothing for what is not a prefs row, and lends nothing through the prototype', () => {
		for (const row of [undefined, null, 'prefs', [], { ...current, key: 'header' }])
			expect(salvagePrefsRow(row, current), JSON.stringify(row)).toBeUndefined();
		const hostile = JSON.parse(`{"key": "prefs", "__proto__": {"disguise": false}}`) as unknown;
		expect(salvagePrefsRow(hostile, current)?.disguise).toBe(current.disguise);
	});
});

describe('the unlock code record', () => {
	it('takes a whole record and refuses any key it has no place for', () => {
		expect(v.is(storedUnlockCodeSchema, code)).toBe(true);
		expect(v.is(storedUnlockCodeSchema, { ...code, plain: '1973' })).toBe(false);
		expect(
			v.is(storedUnlockCodeSchema, JSON.parse(`{"__proto__": 1, ${JSON.stringify(code).slice(1)}`))
		).toBe(false);
	});

	it('measures the salt and hash by what they decode to', () => {
		expect(v.is(storedUnlockCodeSchema, { ...code, salt: btoa('s'.repeat(15)) })).toBe(false);
		expect(v.is(storedUnlockCodeSchema, { ...code, salt: btoa('s'.repeat(17)) })).toBe(true);
		expect(v.is(storedUnlockCodeSchema, { ...code, hash: btoa('h'.repeat(31)) })).toBe(false);
		expect(v.is(storedUnlockCodeSchema, { ...code, hash: btoa('h'.repeat(33)) })).toBe(false);
		expect(v.is(storedUnlockCodeSchema, { ...code, hash: `${btoa('h'.repeat(32))}\u{d800}` })).toBe(false);
	});
});

describe('the header row', () => {
	const header = {
		key: 'header',
		format: 1,
		kdf: { alg: 'argon2id13', ops: 2, mem: 64 * 1024 * 1024, salt: new Uint8Array(16) },
		wrapped: new Uint8Array(72)
	};

	it('takes the header as the vault writes it', () => {
		expect(v.is(headerRowSchema, header)).toBe(true);
	});

	it('refuses unknown keys, in the row and in its parameters, and keys that are not bytes', () => {
		for (const row of [
			{ ...header, hint: 'my cat' },
			{ ...header, kdf: { ...header.kdf, extra: 1 } },
			{ ...header, wrapped: Array.from(header.wrapped) },
			{ ...header, kdf: { ...header.kdf, salt: 'salt' } },
			{ ...header, kdf: null }
		])
			expect(v.is(headerRowSchema, row)).toBe(false);
	});
});
