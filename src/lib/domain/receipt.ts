/**
 * Receipt codes: a short code that stands for the chain head at the moment a file was shared, backed up or
 * exported, for a caseworker or officer to write in their own notes. There is no server to witness what the
 * person handed over; the person who holds the code is the witness. A later copy of the diary still holds the log
 * a code was made from when its chain, checked from the start, has that head at that place (VERIFY.txt, "Receipt
 * codes", says the same for anyone checking without this app).
 *
 *   214-7KQ2-M9XD-4HF3-R2B8-Q
 *
 * - 214: the head's sequence number, which is how many saves the record of changes had;
 * - then the first 80 bits (10 bytes) of the head's link in Crockford's base32, 16 characters in fours;
 * - then one check character: Luhn mod 32 over every character before it, so one mistyped or two swapped
 *   characters are caught before anything is compared.
 *
 * 80 bits is far more than anyone can forge to order: finding another chain with the same first 80 bits of its
 * head takes about 2^80 tries. Crockford's alphabet has no I, L, O or U, so a code read aloud or written by hand
 * comes back the same; O is read as 0 and I or L as 1.
 */
import type { ChainCheckpoint, ChainEntry } from './hash-chain';

export const RECEIPT_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** How much of the head's link a receipt holds: 10 bytes, 80 bits, 20 hex digits, 16 base32 characters. */
export const RECEIPT_HEX_DIGITS = 20;

/** What a receipt code says: the head's number, and the start of its link in lower-case hex. */
export interface Receipt {
	readonly seq: number;
	readonly linkPrefix: string;
}

export type ReceiptProblem = 'empty' | 'shape' | 'check';

export type ParsedReceipt = { ok: true; receipt: Receipt } | { ok: false; problem: ReceiptProblem };

function valueOf(character: string): number {
	return RECEIPT_ALPHABET.indexOf(character);
}

/** Luhn mod 32 (the Luhn mod N algorithm): doubles every other value, starting with the rightmost. */
export function checkCharacter(characters: string): string {
	let factor = 2;
	let sum = 0;
	for (let i = characters.length - 1; i >= 0; i--) {
		const product = factor * valueOf(characters[i] as string);
		sum += Math.floor(product / 32) + (product % 32);
		factor = factor === 2 ? 1 : 2;
	}
	return RECEIPT_ALPHABET[(32 - (sum % 32)) % 32] as string;
}

function base32OfHex(hex: string): string {
	let bits = '';
	for (const digit of hex) bits += parseInt(digit, 16).toString(2).padStart(4, '0');
	let out = '';
	for (let i = 0; i < bits.length; i += 5) out += RECEIPT_ALPHABET[parseInt(bits.slice(i, i + 5), 2)];
	return out;
}

function hexOfBase32(characters: string): string {
	let bits = '';
	for (const character of characters) bits += valueOf(character).toString(2).padStart(5, '0');
	let out = '';
	for (let i = 0; i < bits.length; i += 4) out += parseInt(bits.slice(i, i + 4), 2).toString(16);
	return out;
}

/** The receipt code for a chain head, grouped for reading aloud. */
export function receiptCode(head: ChainCheckpoint): string {
	const number = String(head.seq);
	const code = base32OfHex(head.link.slice(0, RECEIPT_HEX_DIGITS).toLowerCase());
	const groups = code.match(/.{4}/g) ?? [];
	return [number, ...groups, checkCharacter(number + code)].join('-');
}

/**
 * Reads a code as a person types or copies it: hyphens, spaces and case do not matter, O is read as 0 and I or L
 * as 1. Says what is wrong rather than guessing: a code with a wrong check character was mistyped.
 */
export function parseReceipt(text: string): ParsedReceipt {
	const cleaned = text
		.toUpperCase()
		.replace(/[\s\-‐‑‒–—]/gu, '')
		.replace(/O/g, '0')
		.replace(/[IL]/g, '1');
	if (cleaned === '') return { ok: false, problem: 'empty' };
	const shape = /^([1-9][0-9]{0,8})([0-9A-HJKMNP-TV-Z]{16})([0-9A-HJKMNP-TV-Z])$/.exec(cleaned);
	if (!shape) return { ok: false, problem: 'shape' };
	const [, number, code, check] = shape as unknown as [string, string, string, string];
	if (checkCharacter(number + code) !== check) return { ok: false, problem: 'check' };
	return { ok: true, receipt: { seq: Number(number), linkPrefix: hexOfBase32(code) } };
}

/**
 * Whether a chain holds the head a receipt was made from: an entry with that number whose link starts so, or a
 * save with that number that a join entry moved (hash-chain.ts), as it was first written. The caller checks the
 * chain itself first; this only finds the place.
 */
export function chainHoldsReceipt(entries: readonly ChainEntry[], receipt: Receipt): boolean {
	const at = (e: { seq: number; link: string }) =>
		e.seq === receipt.seq && e.link.slice(0, RECEIPT_HEX_DIGITS).toLowerCase() === receipt.linkPrefix;
	return entries.some((e) => at(e) || (e.joined?.saves.some((save) => at(save.was)) ?? false));
}
