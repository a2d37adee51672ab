/**
 * The viewer's side of receipt codes (domain/receipt.ts): whether an opened file still holds the log a code was
 * made from. Only a whole copy whose every check held can say yes: its chain then runs, recomputed, from the first
 * save to its head, so a code's place in it pins everything before that place. A copy of part of the diary, or one
 * where something did not match, cannot confirm a code, and says why rather than guessing.
 */
import { chainHoldsReceipt, parseReceipt, receiptCode, type ReceiptProblem } from '$lib/domain/receipt';
import type { ExportJson } from './json';
import type { SharedFileCheck } from './open-shared';

export type ReceiptCheck =
	| { kind: 'unreadable'; problem: ReceiptProblem }
	/** This file holds the log the code was made from: its first `seq` saves are those saves, unchanged. */
	| { kind: 'confirmed'; seq: number }
	/**
	 * The record of changes holds the log the code was made from, but `withheld` saved versions have details left
	 * out of this copy, so their words are checked only by their place in the record, not by their own hash.
	 */
	| { kind: 'confirmed-withheld'; seq: number; withheld: number }
	/** This file has fewer saves than the log the code was made from: it is older, or saves were lost. */
	| { kind: 'fewer'; seq: number; held: number }
	/** This file has at least as many saves, but not those: something saved before then is missing or different. */
	| { kind: 'not-held'; seq: number }
	| { kind: 'partial' }
	| { kind: 'damaged' }
	| { kind: 'empty' };

/** The code for the file's own head: the one the person's screen showed when they made it. */
export function receiptOfFile(timeline: ExportJson): string | null {
	return timeline.chainHead ? receiptCode(timeline.chainHead) : null;
}

export function confirmReceipt(timeline: ExportJson, check: SharedFileCheck, text: string): ReceiptCheck {
	const parsed = parseReceipt(text);
	if (!parsed.ok) return { kind: 'unreadable', problem: parsed.problem };
	const { receipt } = parsed;
	if (check.problems.length > 0) return { kind: 'damaged' };
	if (check.partial) return { kind: 'partial' };
	const head = timeline.chainHead;
	if (!head) return { kind: 'empty' };
	if (receipt.seq > head.seq) return { kind: 'fewer', seq: receipt.seq, held: head.seq };
	if (!chainHoldsReceipt(timeline.chain, receipt)) return { kind: 'not-held', seq: receipt.seq };
	return check.withheld > 0
		? { kind: 'confirmed-withheld', seq: receipt.seq, withheld: check.withheld }
		: { kind: 'confirmed', seq: receipt.seq };
}
