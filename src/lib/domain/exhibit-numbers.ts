/**
 * Exhibit numbers (EXH-001, EXH-002, …) are given once and kept for ever, so a police officer's exhibit list still
 * matches the next export. An exhibit gets its number the first time an entry that refers to it is saved; the
 * store (vault/diary-store.ts) gives it under the lock every tab takes, in the same transaction as the entry, and
 * keeps every number it has given, so a deleted exhibit's number is never given to another.
 *
 * Exhibits saved before numbers were kept get theirs on the first write after, in the order they were first
 * saved (the chain's order, then their order in the entry): the same order whichever tab or write does it.
 */
import type { ExhibitId, Revision } from './incident';

/**
 * The highest number a restored file may ask to keep. A file is only as trustworthy as whoever made it: one that
 * claimed EXH-999999999 would push every later number past what a reader can parse; no diary holds this many.
 */
export const MAX_KEPT_NUMBER = 99_999;

export interface GivenNumber {
	readonly id: ExhibitId;
	readonly n: number;
}

/**
 * Every number given so far, and what to give next. Giving one costs the same however many were given before,
 * so a save stays as quick in a diary of thousands of exhibits.
 */
export class ExhibitNumbers {
	readonly #byId = new Map<ExhibitId, number>();
	readonly #taken = new Set<number>();
	#highest = 0;

	get(id: ExhibitId): number | undefined {
		return this.#byId.get(id);
	}

	/** Every exhibit and its number, deleted exhibits' included. */
	get all(): ReadonlyMap<ExhibitId, number> {
		return this.#byId;
	}

	/** Records numbers as given (read from storage, or just written); an exhibit keeps the first it was given. */
	take(given: Iterable<GivenNumber>): void {
		for (const { id, n } of given) {
			if (this.#byId.has(id)) continue;
			this.#byId.set(id, n);
			this.#taken.add(n);
			this.#highest = Math.max(this.#highest, n);
		}
	}

	/** The exhibits `revisions` (in chain order) refer to, in order of first reference, that have no number yet. */
	unnumbered(revisions: Iterable<Revision>): ExhibitId[] {
		const missing = new Set<ExhibitId>();
		for (const revision of revisions) {
			for (const ref of revision.content?.exhibits ?? []) if (!this.#byId.has(ref.id)) missing.add(ref.id);
		}
		return [...missing];
	}

	/**
	 * The numbers to give `ids` (in order; repeats and ids already numbered are skipped), each the next after the
	 * highest ever given; nothing is taken until `take`. A number `preferred` names (the one a restored backup
	 * printed) is kept where no other exhibit holds it and it is at most MAX_KEPT_NUMBER, so a diary restored onto
	 * a new phone prints the numbers it printed before.
	 */
	assign(ids: Iterable<ExhibitId>, preferred: ReadonlyMap<ExhibitId, number> = new Map()): GivenNumber[] {
		const wanted = [...new Set(ids)].filter((id) => !this.#byId.has(id));
		const given = new Map<ExhibitId, number>();
		const kept = new Set<number>();
		for (const id of wanted) {
			const n = preferred.get(id);
			if (n === undefined || !Number.isSafeInteger(n) || n < 1 || n > MAX_KEPT_NUMBER) continue;
			if (this.#taken.has(n) || kept.has(n)) continue;
			given.set(id, n);
			kept.add(n);
		}
		let highest = this.#highest;
		for (const n of kept) highest = Math.max(highest, n);
		for (const id of wanted) if (!given.has(id)) given.set(id, ++highest);
		return wanted.map((id) => ({ id, n: given.get(id)! }));
	}
}
