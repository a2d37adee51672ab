import { describe, expect, it } from 'vitest';
import { CanonicalJsonError, canonicalJson, hasLoneSurrogate } from './canonical-json';

function fromBits(hex: string): number {
	const view = new DataView(new ArrayBuffer(8));
	view.setBigUint64(0, BigInt(`0x${hex}`));
	return view.getFloat64(0);
}

describe('canonicalJson: RFC 8785 Appendix B number samples', () => {
	it.each([
		['0000000000000000', '0'],
		['8000000000000000', '0'],
		['0000000000000001', '5e-324'],
		['8000000000000001', '-5e-324'],
		['7fefffffffffffff', '1.7976931348623157e+308'],
		['ffefffffffffffff', '-1.7976931348623157e+308'],
		['4340000000000000', '9007199254740992'],
		['c340000000000000', '-9007199254740992'],
		['4430000000000000', '295147905179352830000'],
		['44b52d02c7e14af5', '9.999999999999997e+22'],
		['44b52d02c7e14af6', '1e+23'],
		['44b52d02c7e14af7', '1.0000000000000001e+23'],
		['444b1ae4d6e2ef4e', '999999999999999700000'],
		['444b1ae4d6e2ef4f', '999999999999999900000'],
		['444b1ae4d6e2ef50', '1e+21'],
		['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
		['3eb0c6f7a0b5ed8d', '0.000001'],
		['41b3de4355555553', '333333333.3333332'],
		['41b3de4355555554', '333333333.33333325'],
		['41b3de4355555555', '333333333.3333333'],
		['41b3de4355555556', '333333333.3333334'],
		['41b3de4355555557', '333333333.33333343'],
		['becbf647612f3696', '-0.0000033333333333333333'],
		['43143ff3c1cb0959', '1424953923781206.2']
	])('serialises the double %s as %s', (bits, expected) => {
		expect(canonicalJson(fromBits(bits))).toBe(expected);
	});

	it('writes 1e-7 and -0 as ECMAScript does', () => {
		expect(canonicalJson(1e-7)).toBe('1e-7');
		expect(canonicalJson(-0)).toBe('0');
	});

	it.each([
		['7fffffffffffffff', 'NaN'],
		['7ff0000000000000', 'Infinity']
	])('rejects %s (%s) with a typed error', (bits) => {
		expect(() => canonicalJson([fromBits(bits)])).toThrow(CanonicalJsonError);
	});
});

describe('canonicalJson: RFC 8785 examples', () => {
	it('sorts keys by UTF-16 code units (section 3.2.3)', () => {
		const value = {
			'\u20ac': 'Euro Sign',
			'\r': 'Carriage Return',
			'\ufb33': 'Hebrew Letter Dalet With Dagesh',
			'1': 'One',
			'\ud83d\ude00': 'Emoji: Grinning Face',
			'\u0080': 'Control',
			'\u00f6': 'Latin Small Letter O With Diaeresis'
		};
		const order = Object.values(JSON.parse(canonicalJson(value)) as Record<string, string>);
		// JSON.parse puts the integer-like key "1" first, so read the order from the text instead.
		const text = canonicalJson(value);
		const positions = Object.values(value).map((name) => [name, text.indexOf(name)] as const);
		expect(positions.sort((a, b) => a[1] - b[1]).map(([name]) => name)).toEqual([
			'Carriage Return',
			'One',
			'Control',
			'Latin Small Letter O With Diaeresis',
			'Euro Sign',
			'Emoji: Grinning Face',
			'Hebrew Letter Dalet With Dagesh'
		]);
		expect(order).toHaveLength(7);
	});

	it('produces the canonical text of the section 3.2.2 example', () => {
		const value: unknown = JSON.parse(
			'{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
				' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",' +
				' "literals": [null, true, false]}'
		);
		expect(canonicalJson(value)).toBe(
			'{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
				'"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}'
		);
	});

	it('sorts nested objects and keeps array order', () => {
		expect(canonicalJson({ b: [3, { z: 1, a: 2 }], a: 'x' })).toBe('{"a":"x","b":[3,{"a":2,"z":1}]}');
	});
});

describe('canonicalJson: strictness', () => {
	it('leaves out object members that are undefined, as an absent optional field', () => {
		expect(canonicalJson({ a: 1, reason: undefined })).toBe(canonicalJson({ a: 1 }));
	});

	it('refuses undefined inside an array and names where it was', () => {
		try {
			canonicalJson({ list: [1, undefined] });
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(CanonicalJsonError);
			expect((error as CanonicalJsonError).problem).toBe('undefined-in-array');
			expect((error as CanonicalJsonError).path).toBe('$.list[1]');
		}
	});

	it.each([
		['a Date', new Date(0)],
		['a function', () => 1],
		['a bigint', 1n],
		['a Map', new Map()],
		['a lone surrogate', 'a\ud800b'],
		['a lone low surrogate', '\udc00']
	])('refuses %s', (_label, value) => {
		expect(() => canonicalJson({ value })).toThrow(CanonicalJsonError);
	});

	it('refuses cycles but allows the same object twice', () => {
		const shared = { x: 1 };
		expect(canonicalJson([shared, shared])).toBe('[{"x":1},{"x":1}]');
		const loop: Record<string, unknown> = {};
		loop.self = loop;
		expect(() => canonicalJson(loop)).toThrow(CanonicalJsonError);
	});

	it('tells a proper emoji pair from a broken one', () => {
		expect(hasLoneSurrogate('\ud83d\ude00')).toBe(false);
		expect(hasLoneSurrogate('\ude00\ud83d')).toBe(true);
	});
});
