import { wordlist } from '@scure/bip39/wordlists/english.js';
import { describe, expect, it } from 'vitest';
import {
	LEFT_OUT_WORDS,
	PASSPHRASE_WORDS,
	generatePassphrase,
	passphraseBits,
	passphraseWordList,
	pickIndex
} from './generate-passphrase';

/** A "random" source that hands out the given values in turn, and records how many were drawn. */
function scripted(values: number[]) {
	let drawn = 0;
	return {
		random: () => {
			const value = values[drawn++];
			if (value === undefined) throw new Error('ran out of scripted values');
			return value;
		},
		drawn: () => drawn
	};
}

describe('pickIndex: uniform, with no modulo bias', () => {
	it('maps the accepted range onto every index, in order', () => {
		// 2^32 is 4 mod 6, so 0 .. 2^32 - 5 are accepted and fold evenly onto 0 .. 5.
		expect(pickIndex(6, scripted([0]).random)).toBe(0);
		expect(pickIndex(6, scripted([5]).random)).toBe(5);
		expect(pickIndex(6, scripted([6]).random)).toBe(0);
		expect(pickIndex(6, scripted([2 ** 32 - 5]).random)).toBe(5);
	});

	it('draws again for values in the short last stretch, instead of folding them onto the first indices', () => {
		// 2^32 - 4 .. 2^32 - 1 would give 0 .. 3 a 1-in-2^32 head start: they are thrown away.
		const source = scripted([2 ** 32 - 4, 2 ** 32 - 1, 3]);
		expect(pickIndex(6, source.random)).toBe(3);
		expect(source.drawn()).toBe(3);
	});

	it('never draws again when the list size divides 2^32', () => {
		const source = scripted([2 ** 32 - 1]);
		expect(pickIndex(2048, source.random)).toBe(2047);
		expect(source.drawn()).toBe(1);
	});

	it.each([0, -1, 1.5, 2 ** 32 + 1])('refuses a list of %d words', (limit) => {
		expect(() => pickIndex(limit, scripted([0]).random)).toThrow(RangeError);
	});
});

describe('the word list', () => {
	it('is the published BIP39 English list, less the words left out, in order', async () => {
		const list = await passphraseWordList();
		expect(wordlist).toHaveLength(2048);
		expect(list).toEqual(wordlist.filter((word) => !LEFT_OUT_WORDS.has(word)));
		// Every word left out is really in the list (a typo would leave the word in).
		for (const word of LEFT_OUT_WORDS) expect(wordlist).toContain(word);
		expect(new Set(list).size).toBe(list.length);
	});

	it('gives six words well over the 10^10 minimum: more than 64 bits', async () => {
		const list = await passphraseWordList();
		expect(passphraseBits(list.length)).toBeGreaterThan(64);
		expect(passphraseBits(list.length) * Math.log10(2)).toBeGreaterThan(19);
	});
});

describe('generatePassphrase', () => {
	it('joins six words of the list, each picked by its index from the random source', async () => {
		const list = await passphraseWordList();
		const source = scripted([0, 1, list.length - 1, list.length, 2 ** 32 - 1, 7, 7]);
		const phrase = await generatePassphrase(PASSPHRASE_WORDS, source.random);
		const expectedLast = pickIndex(list.length, scripted([2 ** 32 - 1, 7]).random);
		expect(phrase.split(' ')).toEqual([
			list[0],
			list[1],
			list[list.length - 1],
			list[0],
			list[expectedLast],
			list[7]
		]);
	});

	it('uses the platform random source by default: words from the list, different each time', async () => {
		const list = new Set(await passphraseWordList());
		const phrases = await Promise.all(Array.from({ length: 5 }, () => generatePassphrase()));
		for (const phrase of phrases) {
			const words = phrase.split(' ');
			expect(words).toHaveLength(PASSPHRASE_WORDS);
			for (const word of words) expect(list.has(word)).toBe(true);
		}
		// Five draws of 65 bits colliding would be a broken source, not bad luck.
		expect(new Set(phrases).size).toBe(5);
	});
});
