// A passphrase of random words, offered at setup and for share files, so that nobody has to invent one strong
// enough. The words come from the BIP39 English list (2,048 common words, chosen to be unambiguous from their first
// four letters) as published in @scure/bip39; it is loaded only when a passphrase is being set, never at launch.
//
// Each word is drawn uniformly with rejection sampling from the platform's cryptographic random source: no modulo
// bias. Six words from about 2,000 give over 65 bits, near 10^19.7 guesses: the minimum is 10^10 (see
// vault/passphrase-strength.ts), which leaves a wide margin even if an attacker knows the list and the method.

/** Enough words for about 65 bits; fewer than 5 would leave too little margin over the 10^10 minimum. */
export const PASSPHRASE_WORDS = 6;

/**
 * Words a person who is being stalked should not be handed as their passphrase: words of violence, fear or
 * pursuit, and words that say what the app is for if the passphrase is written down and found. Taking them out
 * costs under 0.04 bits a word.
 */
export const LEFT_OUT_WORDS: ReadonlySet<string> = new Set([
	'abuse',
	'alone',
	'angry',
	'army',
	'assault',
	'attack',
	'blood',
	'bomb',
	'blame',
	'cage',
	'chase',
	'crime',
	'cruel',
	'cry',
	'danger',
	'diary',
	'divorce',
	'escape',
	'evidence',
	'fatal',
	'follow',
	'grief',
	'gun',
	'hidden',
	'hospital',
	'hunt',
	'hurt',
	'injury',
	'jealous',
	'knife',
	'panic',
	'police',
	'prison',
	'punch',
	'rival',
	'rude',
	'scare',
	'secret',
	'shoot',
	'soldier',
	'spy',
	'struggle',
	'suspect',
	'track',
	'trap',
	'ugly',
	'warfare',
	'warrior',
	'weapon',
	'whip'
]);

/** A uniformly random whole number below 2^32, from the platform's cryptographic source. */
export type RandomUint32 = () => number;

const UINT32_RANGE = 2 ** 32;

export const cryptoUint32: RandomUint32 = () => globalThis.crypto.getRandomValues(new Uint32Array(1))[0]!;

/**
 * A uniform index below `limit`. Values at or above the largest multiple of `limit` under 2^32 are drawn again
 * rather than folded back, which is what would make the first words of the list likelier than the last.
 */
export function pickIndex(limit: number, random: RandomUint32 = cryptoUint32): number {
	if (!Number.isInteger(limit) || limit < 1 || limit > UINT32_RANGE) {
		throw new RangeError(`A word list must hold between 1 and 2^32 words, not ${limit}.`);
	}
	const accepted = UINT32_RANGE - (UINT32_RANGE % limit);
	for (;;) {
		const value = random();
		if (value < accepted) return value % limit;
	}
}

let wordList: Promise<readonly string[]> | undefined;

/** The published list less LEFT_OUT_WORDS, in its published order. */
export function passphraseWordList(): Promise<readonly string[]> {
	wordList ??= import('@scure/bip39/wordlists/english.js').then(({ wordlist }) =>
		Object.freeze(wordlist.filter((word) => !LEFT_OUT_WORDS.has(word)))
	);
	return wordList;
}

/** Bits of randomness in a passphrase of `words` words from the list. */
export function passphraseBits(listLength: number, words = PASSPHRASE_WORDS): number {
	return words * Math.log2(listLength);
}

/** Six random words joined by spaces, lower case, easy to type on a phone and to write down. */
export async function generatePassphrase(
	words = PASSPHRASE_WORDS,
	random: RandomUint32 = cryptoUint32
): Promise<string> {
	const list = await passphraseWordList();
	const chosen: string[] = [];
	for (let i = 0; i < words; i++) chosen.push(list[pickIndex(list.length, random)]!);
	return chosen.join(' ');
}
