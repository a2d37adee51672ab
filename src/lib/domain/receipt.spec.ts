import { describe, expect, it } from 'vitest';
import { appendToChain, GENESIS_LINK, type ChainEntry } from './hash-chain';
import type { IncidentId, Revision } from './incident';
import { chainHoldsReceipt, checkCharacter, parseReceipt, RECEIPT_ALPHABET, receiptCode } from './receipt';
import { createIncident } from './revisions';
import { makeContent, testId } from './test-factories';

/** The chain of saves numbered `saves` (from 0), in that order, linked afresh. */
async function chainOf(saves: readonly number[]): Promise<ChainEntry[]> {
	const entries: ChainEntry[] = [];
	for (const i of saves) {
		const incident = createIncident(
			makeContent({ whatHappened: `Sat outside in the car, ${i} 🚗 مرحبا` }),
			new Date(Date.UTC(2026, 10, 1, 9, i)),
			testId<IncidentId>(i + 1)
		);
		const revision = incident.revisions[0] as Revision;
		entries.push(await appendToChain(entries.at(-1) ?? null, revision, entries.length + 1));
	}
	return entries;
}

describe('receipt codes', () => {
	it('are the number, 80 bits of the link in Crockford base32 in fours, and a Luhn mod 32 check', () => {
		// Worked by hand: 16 zero characters; only the "1" counts, at an even place from the right, so it is
		// doubled: sum 2, check (32 - 2) mod 32 = 30, which is "Y".
		expect(receiptCode({ seq: 1, link: GENESIS_LINK })).toBe('1-0000-0000-0000-0000-Y');
		// All ones: every character is 31, "Z"; 0xff.. past the 20th hex digit is not part of the code.
		const ones = receiptCode({ seq: 9, link: 'f'.repeat(64) });
		expect(ones.slice(0, -2)).toBe('9-ZZZZ-ZZZZ-ZZZZ-ZZZZ');
		// 0x08 = 00001 000..: the first character is 1, the second 0.
		expect(receiptCode({ seq: 214, link: '08' + '0'.repeat(62) })).toMatch(/^214-1000-0000-0000-0000-.$/);
	});

	it('read back to the number and the start of the link, however they are typed', () => {
		const link = 'a3f09c7e5b21d4486e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f';
		const code = receiptCode({ seq: 214, link });
		const expected = { ok: true, receipt: { seq: 214, linkPrefix: link.slice(0, 20) } };
		expect(parseReceipt(code)).toEqual(expected);
		expect(parseReceipt(` ${code.toLowerCase().replaceAll('-', ' ')} `)).toEqual(expected);
		expect(parseReceipt(code.replaceAll('0', 'O').replaceAll('1', 'l'))).toEqual(expected);
		expect(parseReceipt(code.replaceAll('-', '–'))).toEqual(expected);
	});

	it('catch every single mistyped character and every swap of two different neighbours', () => {
		const code = receiptCode({ seq: 37, link: '5d2c'.repeat(16) }).replaceAll('-', '');
		for (let i = 0; i < code.length; i++) {
			for (const other of RECEIPT_ALPHABET) {
				if (other === code[i] || (i === 0 && other === '0')) continue;
				const typo = code.slice(0, i) + other + code.slice(i + 1);
				expect(parseReceipt(typo).ok, typo).toBe(false);
			}
		}
		let swapsCaught = 0;
		let swaps = 0;
		for (let i = 0; i + 1 < code.length; i++) {
			if (code[i] === code[i + 1] || (i === 0 && code[1] === '0')) continue;
			swaps++;
			const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
			if (!parseReceipt(swapped).ok) swapsCaught++;
		}
		// Luhn mod N misses a swap only of two characters whose values add up to 31 (N - 1).
		expect(swaps).toBeGreaterThan(10);
		expect(swapsCaught).toBeGreaterThanOrEqual(swaps - 2);
	});

	it('say what is wrong with a code that cannot be one', () => {
		expect(parseReceipt('  ')).toEqual({ ok: false, problem: 'empty' });
		expect(parseReceipt('214-7KQ2-M9XD')).toEqual({ ok: false, problem: 'shape' });
		expect(parseReceipt('0-0000-0000-0000-0000-0')).toEqual({ ok: false, problem: 'shape' });
		expect(parseReceipt('12-UUUU-0000-0000-0000-0')).toEqual({ ok: false, problem: 'shape' });
		const good = receiptCode({ seq: 3, link: GENESIS_LINK });
		const wrongCheck = good.slice(0, -1) + (good.endsWith('A') ? 'B' : 'A');
		expect(parseReceipt(wrongCheck)).toEqual({ ok: false, problem: 'check' });
		expect(checkCharacter('1' + '0'.repeat(16))).toBe('Y');
	});

	it('are found in a later chain that still holds that head, and not in one where an earlier save is gone', async () => {
		const chain = await chainOf([0, 1, 2, 3, 4, 5]);
		const earlier = chain[3] as ChainEntry;
		const parsed = parseReceipt(receiptCode(earlier));
		if (!parsed.ok) throw new Error('the code did not read back');
		expect(chainHoldsReceipt(chain, parsed.receipt)).toBe(true);
		// Save 2 taken out and the rest linked afresh, as a forger would: entry 4 is now another save.
		const without = await chainOf([0, 2, 3, 4, 5]);
		expect(without[3]?.seq).toBe(earlier.seq);
		expect(chainHoldsReceipt(without, parsed.receipt)).toBe(false);
		expect(chainHoldsReceipt(chain.slice(0, 3), parsed.receipt)).toBe(false);
	});
});
