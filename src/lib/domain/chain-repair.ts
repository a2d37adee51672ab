/**
 * Joining a forked record of changes. Older versions of the app kept the chain head in each tab's memory, so a
 * diary open in two tabs at once could have two saves linked onto the same previous link: two copies of the
 * chain, each sound on its own, that together look as if saves were inserted and the clock went backwards.
 *
 * Nothing is thrown away and no save is changed but for its place in the chain. One copy, the one that reaches
 * furthest, stays exactly as it is. A join entry follows its last save and lists every save of the other copies
 * as first written (hash-chain.ts, ChainJoin); those saves then follow the join, in the order they were first
 * linked, each linked afresh. Where both copies saved a revision of the same entry with the same number (the
 * same entry changed in two places at once, which cannot be merged), both are kept: the moved one is renumbered
 * to follow the other, and the entry is reported so the person can be told. Where one copy permanently deleted
 * an entry, it stays deleted: words saved for it in the other copy are removed too, as a delete would have.
 *
 * Pure: it works out what to write; the store writes it, inside the lock every write takes.
 */
import {
	GENESIS_LINK,
	appendJoin,
	appendToChain,
	computeLink,
	type ChainEntry,
	type JoinedSave,
	type PlainChainEntry
} from './hash-chain';
import { revisionKey } from './chain-order';
import { newId, type Incident, type IncidentId, type Revision } from './incident';
import { formatIsoDateTime, instantOf } from './iso-time';
import { deleteMarker, redactRevision } from './revisions';

/** One stored row of the chain: a revision with its entry, or a join entry (no revision). */
export interface ChainRow {
	readonly rowId: string;
	readonly entry: ChainEntry;
	readonly revision?: Revision;
}

/** A row to write: an existing row (same id) in its new form, or a new one. */
export interface RepairWrite {
	readonly rowId: string;
	readonly entry: ChainEntry;
	readonly revision?: Revision;
}

export interface ChainRepair {
	readonly writes: RepairWrite[];
	/** The join entry written. */
	readonly join: ChainEntry;
	/** How many saves were moved to follow the join. */
	readonly joined: number;
	/** Entries changed in both copies at once: both revisions are kept, one renumbered. */
	readonly changedInBoth: IncidentId[];
	/** Entries one copy permanently deleted whose words the other copy still held, now removed. */
	readonly deletedInOne: IncidentId[];
}

/** Two entries with the same sequence number: the chain forked. Cheap enough to check on every unlock. */
export function isForked(entries: readonly PlainChainEntry[]): boolean {
	const seen = new Set<number>();
	for (const { seq } of entries) {
		if (seen.has(seq)) return true;
		seen.add(seq);
	}
	return false;
}

/** Later first: the higher number, then the later save, then the link, so every tab picks the same. */
function reachesFurther(a: ChainRow, b: ChainRow): boolean {
	if (a.entry.seq !== b.entry.seq) return a.entry.seq > b.entry.seq;
	const [ta, tb] = [instantOf(a.entry.savedAt) ?? 0, instantOf(b.entry.savedAt) ?? 0];
	if (ta !== tb) return ta > tb;
	return a.entry.link > b.entry.link;
}

/** The order moved saves follow the join: as first linked, so each copy's saves keep their own order. */
function firstLinkedOrder(a: ChainRow, b: ChainRow): number {
	const [ta, tb] = [instantOf(a.entry.savedAt) ?? 0, instantOf(b.entry.savedAt) ?? 0];
	return a.entry.seq - b.entry.seq || ta - tb || (a.entry.link < b.entry.link ? -1 : 1);
}

const plain = ({ joined: _joined, ...entry }: ChainEntry): PlainChainEntry => entry;

/**
 * What to write to join a forked chain, or undefined if it has not forked. `rows` are all the chain's rows, in
 * any order.
 */
export async function planChainRepair(
	rows: readonly ChainRow[],
	now: Date
): Promise<ChainRepair | undefined> {
	if (!isForked(rows.map((r) => r.entry))) return undefined;
	const bySeq = new Map<number, ChainRow[]>();
	for (const row of rows) {
		const list = bySeq.get(row.entry.seq);
		if (list) list.push(row);
		else bySeq.set(row.entry.seq, [row]);
	}
	const firstFork = Math.min(...[...bySeq].filter(([, list]) => list.length > 1).map(([seq]) => seq));

	// From the fork on, each save's parent is the save before it whose link it was made from.
	const parent = new Map<ChainRow, ChainRow | null>();
	const hasChild = new Set<ChainRow>();
	for (const row of rows) {
		if (row.entry.seq < firstFork) continue;
		const candidates: (ChainRow | null)[] =
			row.entry.seq === 1 ? [null] : (bySeq.get(row.entry.seq - 1) ?? []);
		for (const candidate of candidates) {
			const prev = candidate?.entry.link ?? GENESIS_LINK;
			if ((await computeLink(prev, row.entry.revisionHash, row.entry.seq)) === row.entry.link) {
				parent.set(row, candidate);
				if (candidate) hasChild.add(candidate);
				break;
			}
		}
	}

	// The copy kept as it is ends at the save that reaches furthest; everything off its path is moved.
	let tip: ChainRow | undefined;
	for (const row of rows) {
		if (row.entry.seq >= firstFork && !hasChild.has(row) && (!tip || reachesFurther(row, tip))) tip = row;
	}
	const kept = new Set<ChainRow>(rows.filter((r) => r.entry.seq < firstFork));
	for (let row: ChainRow | null | undefined = tip; row && row.entry.seq >= firstFork; row = parent.get(row)) {
		kept.add(row);
	}
	const keptInOrder = [...kept].sort((a, b) => a.entry.seq - b.entry.seq);
	const moved = rows.filter((r) => !kept.has(r)).sort(firstLinkedOrder);

	// Revision numbers already taken by the kept copy; a moved revision that clashes follows the entry's last.
	const taken = new Map<IncidentId, number>();
	const takenKeys = new Set<string>();
	const take = (revision: Revision) => {
		takenKeys.add(revisionKey(revision.incidentId, revision.seq));
		taken.set(revision.incidentId, Math.max(taken.get(revision.incidentId) ?? 0, revision.seq));
	};
	for (const row of keptInOrder) if (row.revision) take(row.revision);
	const changedInBoth = new Set<IncidentId>();
	const restated = moved.map((row) => {
		const revision = row.revision;
		if (!revision) return row;
		let next = revision;
		if (takenKeys.has(revisionKey(revision.incidentId, revision.seq))) {
			next = { ...revision, seq: (taken.get(revision.incidentId) ?? 0) + 1 };
			changedInBoth.add(revision.incidentId);
		}
		take(next);
		return { ...row, revision: next };
	});

	const saves: JoinedSave[] = restated.map((row, i) => ({
		was: plain(moved[i]!.entry),
		revisionSeq: row.revision?.seq ?? row.entry.revisionSeq
	}));
	const last = keptInOrder.at(-1)!;
	const join = await appendJoin(last.entry, { saves }, newId<IncidentId>(), formatIsoDateTime(now));
	const writes = new Map<string, RepairWrite>();
	const joinRow: RepairWrite = { rowId: newId(), entry: join };
	writes.set(joinRow.rowId, joinRow);
	let prev = join;
	for (const row of restated) {
		const entry = row.revision
			? await appendToChain(prev, row.revision, prev.seq + 1)
			: // A join that was itself on the other copy is linked afresh as it is; its check will then say so.
				{
					...row.entry,
					seq: prev.seq + 1,
					link: await computeLink(prev.link, row.entry.revisionHash, prev.seq + 1)
				};
		writes.set(row.rowId, { rowId: row.rowId, entry, revision: row.revision });
		prev = entry;
	}

	// A permanent delete in either copy holds for the joined entry: no words are left, and a delete comes last.
	const deletedInOne: IncidentId[] = [];
	const touched = new Set(restated.flatMap((r) => (r.revision ? [r.revision.incidentId] : [])));
	const byIncident = new Map<IncidentId, RepairWrite[]>();
	for (const row of [...keptInOrder, ...writes.values()]) {
		const id = row.revision?.incidentId;
		if (!id || !touched.has(id)) continue;
		const list = byIncident.get(id);
		if (list) list.push(row);
		else byIncident.set(id, [row]);
	}
	for (const [incidentId, rowsOf] of byIncident) {
		const own = rowsOf.sort((a, b) => a.revision!.seq - b.revision!.seq);
		if (!own.some((w) => w.revision!.kind === 'delete')) continue;
		const withWords = own.filter((w) => w.revision!.content !== null);
		const lastKind = own.at(-1)!.revision!.kind;
		if (withWords.length === 0 && lastKind === 'delete') continue;
		deletedInOne.push(incidentId);
		for (const w of withWords) {
			writes.set(w.rowId, { ...w, revision: await redactRevision(w.revision!) });
		}
		if (lastKind !== 'delete') {
			const incident: Incident = {
				id: incidentId,
				recordedAt: own[0]!.revision!.recordedAt,
				revisions: own.map((w) => w.revision!)
			};
			const marker = deleteMarker(incident, now);
			const entry = await appendToChain(prev, marker, prev.seq + 1);
			const markerRow: RepairWrite = { rowId: newId(), entry, revision: marker };
			writes.set(markerRow.rowId, markerRow);
			prev = entry;
		}
	}

	return {
		writes: [...writes.values()],
		join,
		joined: moved.length,
		changedInBoth: [...changedInBoth],
		deletedInOne
	};
}
