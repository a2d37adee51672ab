/**
 * How a revision is named and ordered against the record of changes (hash-chain.ts). A revision is named by its
 * incident and its number within it; its place in the chain is the sequence number of the entry that names it,
 * which is the order it was first saved in across the whole diary.
 */

/** `incidentId:seq`: one revision's key in maps, the same in the store, its exports, a restore and the viewer. */
export function revisionKey(incidentId: string, seq: number): string {
	return `${incidentId}:${seq}`;
}

/** The part of a chain entry that says where a revision stands. */
export interface ChainPlace {
	readonly incidentId: string;
	readonly revisionSeq: number;
	readonly seq: number;
}

/**
 * Sorts revisions, in place, into the order their chain entries stand in, and returns them. A revision no entry
 * names goes after every named one, keeping its order among the others, so the chain check can still list it.
 */
export function sortInChainOrder<T extends { readonly incidentId: string; readonly seq: number }>(
	revisions: T[],
	chain: readonly ChainPlace[]
): T[] {
	const order = new Map(chain.map((e) => [revisionKey(e.incidentId, e.revisionSeq), e.seq]));
	const place = (r: T) => order.get(revisionKey(r.incidentId, r.seq)) ?? Infinity;
	return revisions.sort((a, b) => place(a) - place(b));
}
