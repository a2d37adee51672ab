// The verification method as VERIFY.txt writes it down, worked by hand in a few lines of Node: never from the app's
// own code. The verifier specs (verify.py, verify.html, the oracle) and the verify.html journey hold the app and
// the verifiers to this, so a mistake shared by the app and this file would have to be made twice, independently.
import { sha256Hex } from './bytes';

/** The `prev` of the first link in a whole copy: 64 zeros. */
export const ZERO_LINK = '0'.repeat(64);

/** A chain link: SHA-256 of the canonical JSON of { hash, prev, seq }, whose keys sort in that order. */
export function chainLink(seq: number, prev: string, revisionHash: string): string {
	return sha256Hex(`{"hash":"${revisionHash}","prev":"${prev}","seq":${seq}}`);
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A receipt code: N, the link's first 80 bits in Crockford base32 in groups of four, and a Luhn mod 32 check. */
export function receiptCode(seq: number, link: string): string {
	const bits = BigInt(`0x${link.slice(0, 20)}`);
	let chars = '';
	for (let i = 15; i >= 0; i--) chars += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
	let sum = 0;
	[...`${seq}${chars}`].reverse().forEach((c, i) => {
		const value = ALPHABET.indexOf(c) * (i % 2 === 0 ? 2 : 1);
		sum += Math.floor(value / 32) + (value % 32);
	});
	const check = ALPHABET[(32 - (sum % 32)) % 32];
	return `${seq}-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}-${chars.slice(12)}-${check}`;
}
