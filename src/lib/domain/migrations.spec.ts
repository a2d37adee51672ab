import { describe, expect, it } from 'vitest';
import { migrateToCurrent, type Versioning } from './migrations';

const versioning: Versioning = {
	current: 3,
	key: 'v',
	unversioned: 1,
	migrations: {
		1: (value) => ({ ...value, v: 2, added: true }),
		2: ({ old, ...rest }) => ({ ...rest, v: 3, renamed: old })
	}
};

describe('migrateToCurrent', () => {
	it('runs every step from the value’s version to the current one, in order', () => {
		expect(migrateToCurrent({ v: 1, old: 'x' }, versioning)).toEqual({ v: 3, added: true, renamed: 'x' });
		expect(migrateToCurrent({ v: 2, old: 'x' }, versioning)).toEqual({ v: 3, renamed: 'x' });
		expect(migrateToCurrent({ v: 3, kept: 1 }, versioning)).toEqual({ v: 3, kept: 1 });
	});

	it('reads a value without a version as the version before versions were written', () => {
		expect(migrateToCurrent({ old: 'x' }, versioning)).toEqual({ v: 3, added: true, renamed: 'x' });
		expect(migrateToCurrent({ old: 'x' }, { ...versioning, unversioned: undefined })).toBeUndefined();
	});

	it('leaves the value it was given as it was', () => {
		const value = Object.freeze({ v: 1, old: 'x' });
		migrateToCurrent(value, versioning);
		expect(value).toEqual({ v: 1, old: 'x' });
	});

	it('refuses what it cannot bring forward: newer, unknown, not a whole number, or not an object', () => {
		for (const value of [
			{ v: 4 },
			{ v: 0 },
			{ v: -1 },
			{ v: 1.5 },
			{ v: '1' },
			{ v: 2 ** 60 },
			{ v: null },
			null,
			[],
			'v1',
			42
		]) {
			expect(migrateToCurrent(value, versioning), JSON.stringify(value)).toBeUndefined();
		}
	});

	it('takes no version from the prototype', () => {
		const hostile: unknown = JSON.parse('{"__proto__": {"v": 3}}');
		expect(migrateToCurrent(hostile, { ...versioning, unversioned: undefined })).toBeUndefined();
	});

	it('stops at a step that does not move the version on, rather than looping', () => {
		const stuck: Versioning = { current: 2, key: 'v', migrations: { 1: (value) => ({ ...value }) } };
		expect(migrateToCurrent({ v: 1 }, stuck)).toBeUndefined();
	});
});
