/**
 * The evidence chain (DESIGN.md, "Evidence integrity"). Every saved revision of the whole diary, in save order,
 * gets a global sequence number and a chain entry; each entry's link hashes the previous link, the revision's
 * hash and that number. Changing, removing, inserting or reordering any revision then shows, and the head printed
 * on an export, or held by a caseworker as a checkpoint, pins everything before it.
 *
 * Everything here can be recomputed without this app: SHA-256 over RFC 8785 canonical JSON.
 */
import { canonicalJson } from './canonical-json';
import { DomainError } from './errors';
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
}

export class ChainOrderError extends DomainError {
	constructor() {
		super('chain-order');
	}
}

const encoder = new TextEncoder();

export async function sha256Hex(text: string): Promise<Sha256Hex> {
	const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', encoder.encode(text)));
	let hex = '';
	for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
	return hex;
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

function identityOf(incidentId: string, revisionSeq: number): string {
	return `${incidentId}:${revisionSeq}`;
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

/**
 * Checks stored revisions (in their stored global order) against the chain entries.
 *
 * Revisions are matched to entries by incident id and revision number, which are inside the hashed revision, so:
 * an entry with no revision is 'removed'; a revision with no entry, or a second copy, is 'inserted'; a hash that
 * differs is 'edited'; revisions that sit out of chain order are 'reordered' (the fewest that explain the order:
 * those outside the longest run that is in order); an entry whose link or number does not follow is 'broken'.
 * Content removed without a delete marker after it also counts as 'removed'.
 */
export async function verifyChain(
	revisions: readonly Revision[],
	entries: readonly ChainEntry[],
	options: { checkpoint?: ChainCheckpoint } = {}
): Promise<ChainVerification> {
	const problems: ChainProblem[] = [];
	const report = (kind: ChainProblemKind, incidentId: IncidentId, seq: number | null, revisionSeq: number) =>
		problems.push({ kind, incidentId, seq, revisionSeq });

	// Each link is checked against the stored previous link, so one break is reported once, not at every later entry.
	const [hashes, links] = await Promise.all([
		Promise.all(revisions.map(safeHash)),
		Promise.all(
			entries.map((entry, i) =>
				computeLink(entries[i - 1]?.link ?? GENESIS_LINK, entry.revisionHash, entry.seq)
			)
		)
	]);
	entries.forEach((entry, i) => {
		const expectedSeq = i === 0 ? 1 : (entries[i - 1] as ChainEntry).seq + 1;
		if (entry.seq !== expectedSeq || links[i] !== entry.link) {
			report('broken', entry.incidentId, entry.seq, entry.revisionSeq);
		}
	});

	const revisionsByIdentity = new Map<string, number[]>();
	revisions.forEach((revision, index) => {
		const key = identityOf(revision.incidentId, revision.seq);
		const list = revisionsByIdentity.get(key);
		if (list) list.push(index);
		else revisionsByIdentity.set(key, [index]);
	});

	const entrySeqOfRevision = new Map<number, number>();
	const entrySeqByIdentity = new Map<string, number>();
	for (const entry of entries) {
		const key = identityOf(entry.incidentId, entry.revisionSeq);
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
		if (!entrySeqByIdentity.has(identityOf(revision.incidentId, revision.seq))) {
			report('inserted', revision.incidentId, null, revision.seq);
		}
	}

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
			const seq = entrySeqByIdentity.get(identityOf(revision.incidentId, revision.seq)) ?? null;
			report('removed', revision.incidentId, seq, revision.seq);
		}
	}

	const clockWentBack: ClockWentBack[] = [];
	for (let i = 1; i < entries.length; i++) {
		const [before, after] = [entries[i - 1] as ChainEntry, entries[i] as ChainEntry];
		const [then, now] = [instantOf(before.savedAt), instantOf(after.savedAt)];
		// Compared as instants: a change of offset (the clocks going back in autumn) is not a clock going back.
		if (then !== null && now !== null && now < then) {
			clockWentBack.push({
				seq: after.seq,
				incidentId: after.incidentId,
				previousSavedAt: before.savedAt,
				savedAt: after.savedAt
			});
		}
	}

	const last = entries.at(-1);
	const head = last ? { seq: last.seq, link: last.link } : null;
	let checkpoint: ChainVerification['checkpoint'] = 'not-checked';
	if (options.checkpoint) {
		const { seq, link } = options.checkpoint;
		checkpoint = entries.some((e) => e.seq === seq && e.link === link) ? 'matches' : 'differs';
	}

	problems.sort((a, b) => (a.seq ?? Infinity) - (b.seq ?? Infinity));
	return { ok: problems.length === 0 && checkpoint !== 'differs', head, problems, clockWentBack, checkpoint };
}
