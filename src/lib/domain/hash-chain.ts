/**
 * The evidence chain (DESIGN.md, "Evidence integrity"). Every saved revision of the whole diary, in save order,
 * gets a global sequence number and a chain entry; each entry's link hashes the previous link, the revision's
 * hash and that number. Changing, removing, inserting or reordering any revision then shows, and the head printed
 * on an export, or held by a caseworker as a checkpoint, pins everything before it.
 *
 * Everything here can be recomputed without this app: SHA-256 over RFC 8785 canonical JSON.
 */
import { revisionKey } from './chain-order';
import { canonicalJson } from './canonical-json';
import { DomainError } from './errors';
import { bytesToHex } from './hex';
import { isRedacted, type IncidentId, type IsoDateTime, type Revision, type Sha256Hex } from './incident';
import { instantOf } from './iso-time';

/** The "previous link" of the first entry. */
export const GENESIS_LINK: Sha256Hex = '0'.repeat(64);

export interface ChainEntry {
	/** Global save order over the whole diary, from 1 with no gaps. */
	seq: number;
	incidentId: IncidentId;
	revisionSeq: number;
	revisionHash: Sha256Hex;
	link: Sha256Hex;
	/** A copy of the revision's save time, so clock checks need not open the revision. */
	savedAt: IsoDateTime;
	/** Only on a join entry (see ChainJoin), which stands for no revision: its "revision" is this record. */
	joined?: ChainJoin;
}

/** A chain entry as first written; a join lists these for the saves it moved. */
export type PlainChainEntry = Omit<ChainEntry, 'joined'>;

/** One save that had been linked onto a second copy of the chain, and the revision number it has now. */
export interface JoinedSave {
	/** Its entry as first written, following on from the other copy's saves. */
	was: PlainChainEntry;
	/**
	 * The revision's number now: the same as `was.revisionSeq`, unless both copies had saved a revision of that
	 * entry with that number. Then this one follows the other, and only its number changed.
	 */
	revisionSeq: number;
}

/**
 * The record of a repair (chain-repair.ts). A diary open in two places at once by an older version of the app
 * could link two saves onto the same previous link, so the chain forked. A join entry follows the last save of
 * one copy and lists every save of the other, as first written; those saves then follow the join entry in the
 * order listed, linked afresh. The join entry's revision hash is the SHA-256 of this record's canonical JSON, so
 * the chain head covers what was joined, and every earlier link, including a checkpoint taken on the other copy,
 * can still be found and recomputed.
 */
export interface ChainJoin {
	saves: JoinedSave[];
}

export class ChainOrderError extends DomainError {
	constructor() {
		super('chain-order');
	}
}

const encoder = new TextEncoder();

export async function sha256Hex(text: string): Promise<Sha256Hex> {
	return bytesToHex(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', encoder.encode(text))));
}

/**
 * SHA-256 of the revision's canonical JSON. A revision whose content a permanent delete removed answers with the
 * hash it had before, which is what its chain entry committed to.
 */
export async function hashRevision(revision: Revision): Promise<Sha256Hex> {
	if (isRedacted(revision) && revision.deletedHash !== undefined) return revision.deletedHash;
	return sha256Hex(canonicalJson(revision));
}

export function computeLink(prev: Sha256Hex, revisionHash: Sha256Hex, seq: number): Promise<Sha256Hex> {
	return sha256Hex(canonicalJson({ prev, hash: revisionHash, seq }));
}

/** The entry for a newly saved revision. `seq` must follow `prev` (or be 1 for the first save of a diary). */
export async function appendToChain(
	prev: ChainEntry | null,
	revision: Revision,
	seq: number
): Promise<ChainEntry> {
	if (seq !== (prev ? prev.seq + 1 : 1)) throw new ChainOrderError();
	const revisionHash = await hashRevision(revision);
	return {
		seq,
		incidentId: revision.incidentId,
		revisionSeq: revision.seq,
		revisionHash,
		link: await computeLink(prev?.link ?? GENESIS_LINK, revisionHash, seq),
		savedAt: revision.savedAt
	};
}

/** The hash a join entry stands for, as a revision's hash for a revision. */
export function hashJoin(join: ChainJoin): Promise<Sha256Hex> {
	return sha256Hex(canonicalJson(join));
}

/**
 * The join entry that follows `prev`, the last save of the copy kept as it was. A join is about no incident, so
 * it carries an id of its own, and revision number 0, which no revision has.
 */
export async function appendJoin(
	prev: ChainEntry,
	join: ChainJoin,
	id: IncidentId,
	savedAt: IsoDateTime
): Promise<ChainEntry> {
	const seq = prev.seq + 1;
	const revisionHash = await hashJoin(join);
	return {
		seq,
		incidentId: id,
		revisionSeq: 0,
		revisionHash,
		link: await computeLink(prev.link, revisionHash, seq),
		savedAt,
		joined: join
	};
}

/** Whether a checkpoint (a head noted earlier) is in this chain, or among the saves a join moved. */
export function holdsCheckpoint(entries: readonly ChainEntry[], checkpoint: ChainCheckpoint): boolean {
	const at = (e: PlainChainEntry) => e.seq === checkpoint.seq && e.link === checkpoint.link;
	return entries.some((e) => at(e) || (e.joined?.saves.some((save) => at(save.was)) ?? false));
}

export type ChainProblemKind = 'edited' | 'removed' | 'reordered' | 'inserted' | 'broken';

export interface ChainProblem {
	kind: ChainProblemKind;
	incidentId: IncidentId;
	/** The global sequence number involved; null for a revision that has no chain entry at all. */
	seq: number | null;
	revisionSeq: number;
}

export interface ClockWentBack {
	seq: number;
	incidentId: IncidentId;
	previousSavedAt: IsoDateTime;
	savedAt: IsoDateTime;
}

export interface ChainCheckpoint {
	seq: number;
	link: Sha256Hex;
}

export interface ChainVerification {
	ok: boolean;
	/** The last entry, whose link stands for the whole chain; null for an empty diary. */
	head: ChainCheckpoint | null;
	problems: ChainProblem[];
	/** Not a fault in the record: device clocks get changed. Shown so nobody can say it was hidden. */
	clockWentBack: ClockWentBack[];
	/** Whether the chain still holds a checkpoint taken earlier (e.g. the head in a caseworker's copy). */
	checkpoint: 'matches' | 'differs' | 'not-checked';
}

async function safeHash(revision: Revision): Promise<Sha256Hex | null> {
	try {
		return await hashRevision(revision);
	} catch {
		// A revision that cannot even be serialised has been damaged; it shows as edited, not as a crash.
		return null;
	}
}

/** Indexes (into `values`) of one longest strictly increasing run, found in O(n log n). */
function longestIncreasingSubsequence(values: readonly number[]): Set<number> {
	const tailIndexes: number[] = [];
	const previous = new Array<number>(values.length).fill(-1);
	for (let i = 0; i < values.length; i++) {
		const value = values[i] as number;
		let low = 0;
		let high = tailIndexes.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if ((values[tailIndexes[middle] as number] as number) < value) low = middle + 1;
			else high = middle;
		}
		if (low > 0) previous[i] = tailIndexes[low - 1] as number;
		tailIndexes[low] = i;
	}
	const kept = new Set<number>();
	for (let i = tailIndexes.at(-1) ?? -1; i !== -1; i = previous[i] as number) kept.add(i);
	return kept;
}

interface JoinCheck {
	/** Indexes of join entries that do not hold up. */
	broken: number[];
	/** For each save a join moved (by index): the save time of the save it first followed, null for none. */
	firstFollowed: Map<number, IsoDateTime | null>;
}

/**
 * Checks every join entry: its hash is its record's; each save it lists, as first written, follows from a link
 * that is in the chain or in a join (or from the genesis link); and the entries after it are those saves, in that
 * order, with the same revision, or the same revision renumbered.
 */
async function checkJoins(
	revisions: readonly Revision[],
	entries: readonly ChainEntry[]
): Promise<JoinCheck> {
	const check: JoinCheck = { broken: [], firstFollowed: new Map() };
	if (!entries.some((e) => e.joined)) return check;
	const bySeq = new Map<number, PlainChainEntry[]>();
	const add = (entry: PlainChainEntry) => {
		const list = bySeq.get(entry.seq);
		if (list) list.push(entry);
		else bySeq.set(entry.seq, [entry]);
	};
	for (const entry of entries) {
		add(entry);
		for (const save of entry.joined?.saves ?? []) add(save.was);
	}
	const revisionByIdentity = new Map(revisions.map((r) => [revisionKey(r.incidentId, r.seq), r]));

	for (const [j, entry] of entries.entries()) {
		const join = entry.joined;
		if (!join) continue;
		let holds = entry.revisionHash === (await hashJoin(join));
		for (const [k, { was, revisionSeq }] of join.saves.entries()) {
			const parents: (PlainChainEntry | null)[] = was.seq === 1 ? [null] : (bySeq.get(was.seq - 1) ?? []);
			let followed: PlainChainEntry | null | undefined;
			for (const parent of parents) {
				if ((await computeLink(parent?.link ?? GENESIS_LINK, was.revisionHash, was.seq)) === was.link) {
					followed = parent;
					break;
				}
			}
			if (followed === undefined) holds = false;
			const now = entries[j + 1 + k];
			check.firstFollowed.set(j + 1 + k, followed?.savedAt ?? null);
			if (
				!now ||
				now.joined ||
				now.incidentId !== was.incidentId ||
				now.revisionSeq !== revisionSeq ||
				now.savedAt !== was.savedAt
			) {
				holds = false;
			} else if (revisionSeq === was.revisionSeq) {
				if (now.revisionHash !== was.revisionHash) holds = false;
			} else {
				// Renumbered: with its first number back, the revision must hash to what was first saved.
				const revision = revisionByIdentity.get(revisionKey(now.incidentId, revisionSeq));
				if (revision && !isRedacted(revision)) {
					if ((await safeHash({ ...revision, seq: was.revisionSeq })) !== was.revisionHash) holds = false;
				}
			}
		}
		if (!holds) check.broken.push(j);
	}
	return check;
}

/**
 * Checks stored revisions (in their stored global order) against the chain entries.
 *
 * Revisions are matched to entries by incident id and revision number, which are inside the hashed revision, so:
 * an entry with no revision is 'removed'; a revision with no entry, or a second copy, is 'inserted'; a hash that
 * differs is 'edited'; revisions that sit out of chain order are 'reordered' (the fewest that explain the order:
 * those outside the longest run that is in order); an entry whose link or number does not follow is 'broken'.
 * Content removed without a delete marker after it also counts as 'removed'.
 */
/** Items hashed between two pauses: a few milliseconds of work on a phone. */
const HASH_BATCH = 200;

/** `work` over every item, in order, a batch at a time, pausing between batches if asked to. */
async function inBatches<T, R>(
	items: readonly T[],
	work: (item: T) => Promise<R>,
	pause: (() => Promise<void>) | undefined
): Promise<R[]> {
	const out: R[] = [];
	for (let start = 0; start < items.length; start += HASH_BATCH) {
		if (start > 0) await pause?.();
		out.push(...(await Promise.all(items.slice(start, start + HASH_BATCH).map(work))));
	}
	return out;
}

export async function verifyChain(
	revisions: readonly Revision[],
	entries: readonly ChainEntry[],
	options: {
		checkpoint?: ChainCheckpoint;
		/**
		 * Called between batches of hashing and between the checks after it, to give the page's thread back: a
		 * diary of ten thousand saves takes most of a second to check, and the quick exit must answer all that
		 * time. The result is the same with or without it.
		 */
		pause?: () => Promise<void>;
	} = {}
): Promise<ChainVerification> {
	const problems: ChainProblem[] = [];
	const report = (kind: ChainProblemKind, incidentId: IncidentId, seq: number | null, revisionSeq: number) =>
		problems.push({ kind, incidentId, seq, revisionSeq });

	// Each link is checked against the stored previous link, so one break is reported once, not at every later entry.
	const hashes = await inBatches(revisions, safeHash, options.pause);
	const links = await inBatches(
		entries.map((entry, i) => ({ entry, previous: entries[i - 1]?.link ?? GENESIS_LINK })),
		({ entry, previous }) => computeLink(previous, entry.revisionHash, entry.seq),
		options.pause
	);
	entries.forEach((entry, i) => {
		const expectedSeq = i === 0 ? 1 : (entries[i - 1] as ChainEntry).seq + 1;
		if (entry.seq !== expectedSeq || links[i] !== entry.link) {
			report('broken', entry.incidentId, entry.seq, entry.revisionSeq);
		}
	});
	await options.pause?.();
	const joins = await checkJoins(revisions, entries);
	for (const index of joins.broken) {
		const entry = entries[index] as ChainEntry;
		report('broken', entry.incidentId, entry.seq, entry.revisionSeq);
	}

	await options.pause?.();
	const revisionsByIdentity = new Map<string, number[]>();
	revisions.forEach((revision, index) => {
		const key = revisionKey(revision.incidentId, revision.seq);
		const list = revisionsByIdentity.get(key);
		if (list) list.push(index);
		else revisionsByIdentity.set(key, [index]);
	});

	const entrySeqOfRevision = new Map<number, number>();
	const entrySeqByIdentity = new Map<string, number>();
	for (const entry of entries) {
		// A join entry stands for no revision; checkJoins has checked it.
		if (entry.joined) continue;
		const key = revisionKey(entry.incidentId, entry.revisionSeq);
		if (entrySeqByIdentity.has(key)) {
			report('inserted', entry.incidentId, entry.seq, entry.revisionSeq);
			continue;
		}
		entrySeqByIdentity.set(key, entry.seq);
		const candidates = revisionsByIdentity.get(key) ?? [];
		if (candidates.length === 0) {
			report('removed', entry.incidentId, entry.seq, entry.revisionSeq);
			continue;
		}
		const exact = candidates.find((index) => hashes[index] === entry.revisionHash);
		const chosen = exact ?? (candidates[0] as number);
		entrySeqOfRevision.set(chosen, entry.seq);
		if (exact === undefined) report('edited', entry.incidentId, entry.seq, entry.revisionSeq);
		else if ((revisions[chosen] as Revision).savedAt !== entry.savedAt) {
			// The entry's copy of the save time is not covered by the link, so it must agree with the revision.
			report('broken', entry.incidentId, entry.seq, entry.revisionSeq);
		}
		for (const index of candidates) {
			if (index !== chosen) report('inserted', entry.incidentId, null, entry.revisionSeq);
		}
	}
	for (const revision of revisions) {
		if (!entrySeqByIdentity.has(revisionKey(revision.incidentId, revision.seq))) {
			report('inserted', revision.incidentId, null, revision.seq);
		}
	}

	await options.pause?.();
	const matchedInStoredOrder = [...entrySeqOfRevision.keys()].sort((a, b) => a - b);
	const chainSeqs = matchedInStoredOrder.map((index) => entrySeqOfRevision.get(index) as number);
	const inOrder = longestIncreasingSubsequence(chainSeqs);
	matchedInStoredOrder.forEach((index, position) => {
		if (!inOrder.has(position)) {
			const revision = revisions[index] as Revision;
			report('reordered', revision.incidentId, chainSeqs[position] as number, revision.seq);
		}
	});

	const deletedIncidents = new Set(
		revisions.filter((r) => r.kind === 'delete' && !isRedacted(r)).map((r) => r.incidentId)
	);
	for (const revision of revisions) {
		if (isRedacted(revision) && !deletedIncidents.has(revision.incidentId)) {
			const seq = entrySeqByIdentity.get(revisionKey(revision.incidentId, revision.seq)) ?? null;
			report('removed', revision.incidentId, seq, revision.seq);
		}
	}

	await options.pause?.();
	// Each save is compared with the save before it in time: for a save a join moved, the one it first followed
	// in its own copy; for any other, the entry before it that was not moved.
	const clockWentBack: ClockWentBack[] = [];
	let previous: ChainEntry | undefined;
	entries.forEach((after, i) => {
		const moved = joins.firstFollowed.has(i);
		const before = moved ? joins.firstFollowed.get(i) : previous?.savedAt;
		if (!moved) previous = after;
		if (before === undefined || before === null) return;
		const [then, now] = [instantOf(before), instantOf(after.savedAt)];
		// Compared as instants: a change of offset (the clocks going back in autumn) is not a clock going back.
		if (then !== null && now !== null && now < then) {
			clockWentBack.push({
				seq: after.seq,
				incidentId: after.incidentId,
				previousSavedAt: before,
				savedAt: after.savedAt
			});
		}
	});

	const last = entries.at(-1);
	const head = last ? { seq: last.seq, link: last.link } : null;
	let checkpoint: ChainVerification['checkpoint'] = 'not-checked';
	if (options.checkpoint) {
		checkpoint = holdsCheckpoint(entries, options.checkpoint) ? 'matches' : 'differs';
	}

	problems.sort((a, b) => (a.seq ?? Infinity) - (b.seq ?? Infinity));
	return { ok: problems.length === 0 && checkpoint !== 'differs', head, problems, clockWentBack, checkpoint };
}
