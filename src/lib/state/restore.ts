// Restoring a file into the open diary, in two steps so the person is told exactly what will happen before
// anything is written: planRestore reads the opened, checked file (export/open-shared.ts) and works out what it
// would add; applyRestore stores the exhibits it needs under their own ids, then merges the revisions and people
// (DiaryStore.importRevisions), so an entry is never stored pointing at an exhibit that is not there. If an
// exhibit fails, those stored by this restore are removed again and nothing else has been written.
//
// Which file may change what. Every hash in a share file can be copied, and a redacted revision "hashes" to the
// hash it claims, so a file that checks out hash by hash proves nothing about who made it: anyone holding any
// copy the person shared could build one that withdraws, deletes or backdates entries. So:
// - A backup carrying a MAC that this diary's key makes (crypto/mac.ts, json.ts backupMacInput), whose chain
//   starts with this diary's whole chain, is this diary's own later state: it may add revisions to entries held
//   here, including withdrawals and permanent deletes, which then line up link for link with the backup.
// - Any other file (a share file, a backup of another diary, a backup without a MAC, or one whose chain does not
//   contain this diary's) may only add entries whose ids this diary does not hold at all. Entries already here
//   are left exactly as they are, byte for byte.
// A new phone has a new diary with its own key, so a backup restored there has no MAC it can check. That is
// sound: an empty diary has no entries to change, so everything in the backup is added as new. Backups made on
// the new phone afterwards carry the new diary's MAC.
import type { SafetyPlan } from '$lib/domain/safety-plan';
import { macsEqual } from '$lib/crypto/mac';
import { sortInChainOrder } from '$lib/domain/chain-order';
import { makeExhibitBlob } from '$lib/domain/exhibit-type';
import type { ChainEntry } from '$lib/domain/hash-chain';
import type { ExhibitId, ExhibitRef, IncidentId, Person, Revision } from '$lib/domain/incident';
import { ExportError } from '$lib/export/errors';
import { backupMacInput, type ExportJson } from '$lib/export/json';
import { exhibitNumbersOfFile } from '$lib/export/kept-facts';
import type { OpenedShare } from '$lib/export/open-shared';
import type { PackExhibitFile } from '$lib/export/read-pack';
import type { DiaryStore } from '$lib/vault/diary-store';
import { deleteExhibit, hasExhibit, sealExhibit, verifyExhibit } from '$lib/vault/exhibits';
import { sealExhibitInWorkers } from '$lib/vault/exhibits-in-workers';
import type { Vault } from '$lib/vault/vault';

/** A disclosure-safe or otherwise shortened copy: restoring it would store placeholders as if they were entries. */
export class NotABackupError extends ExportError {
	constructor() {
		super('not-a-backup');
	}
}

export class BackupCheckFailedError extends ExportError {
	constructor() {
		super('backup-check-failed');
	}
}

export class RestoredExhibitChangedError extends ExportError {
	constructor(readonly exhibitName: string) {
		super('restored-exhibit-changed', { name: exhibitName });
	}
}

/** An entry in the file names an exhibit that neither the file nor this diary holds. */
export class RestoreExhibitMissingError extends ExportError {
	constructor(readonly exhibitName: string) {
		super('restore-exhibit-missing', { name: exhibitName });
	}
}

/** An entry in the file names an exhibit whose fingerprint or size differs from the file's or this diary's. */
export class RestoreExhibitMismatchError extends ExportError {
	constructor(readonly exhibitName: string) {
		super('restore-exhibit-mismatch', { name: exhibitName });
	}
}

/** The diary changed between showing what a restore would add and the person agreeing to it. */
export class RestorePlanOutdatedError extends ExportError {
	constructor() {
		super('restore-plan-outdated');
	}
}

export interface RestorePlan {
	/** 'own-backup': an authenticated backup of this diary that contains its chain; 'new-entries': anything else. */
	readonly kind: 'own-backup' | 'new-entries';
	/** Entries this diary does not hold, which will be added. */
	readonly newEntries: number;
	/** Entries held here that will gain later revisions (only ever for 'own-backup'). */
	readonly updatedEntries: number;
	/** Entries in the file that this diary holds and that will be left exactly as they are. */
	readonly keptEntries: number;
	readonly people: number;
	/** Exhibit files to be stored (those this diary does not hold yet). */
	readonly exhibits: number;
	readonly revisions: readonly Revision[];
	readonly newPeople: readonly Person[];
	readonly files: readonly PackExhibitFile[];
	/** The numbers the file printed for its exhibits, kept for those it adds where this diary has not used them. */
	readonly exhibitNumbers: ReadonlyMap<ExhibitId, number>;
	/** This diary's chain head when the plan was made; applying it later must find the same. */
	readonly head: ChainEntry | null;
	/** The file's safety plan, only when this diary has none: a file never replaces the person's own. */
	readonly safetyPlan?: SafetyPlan;
}

export interface RestoreResult {
	revisions: number;
	people: number;
	exhibits: number;
	safetyPlan: boolean;
}

function sameEntry(a: ChainEntry, b: ChainEntry): boolean {
	return (
		a.seq === b.seq &&
		a.link === b.link &&
		a.incidentId === b.incidentId &&
		a.revisionSeq === b.revisionSeq &&
		a.revisionHash === b.revisionHash
	);
}

/** True if the file carries a MAC this diary's key made over everything else in it. */
async function isOwnBackup(vault: Vault, timeline: ExportJson): Promise<boolean> {
	if (timeline.backupMac === undefined) return false;
	return macsEqual(await vault.backupMac(backupMacInput(timeline)), timeline.backupMac);
}

/** Every chain entry of this diary appears, unchanged and in place, at the start of the file's chain. */
function containsChain(local: readonly ChainEntry[], file: readonly ChainEntry[]): boolean {
	return local.length <= file.length && local.every((entry, i) => sameEntry(entry, file[i]!));
}

/**
 * The exhibits the chosen revisions refer to, and which of them must be stored. Each must be in the file with
 * the same fingerprint and size, or already in this diary as the same file; otherwise nothing is restored.
 *
 * A file that is not this diary's own backup adds only new entries, so none of its exhibits can be one an entry
 * here already holds, and none of its thumbnails can be anything stored here (a pack carries no thumbnails). The
 * ids and fingerprints of the person's exhibits are in every share file that shows them: a stranger's entry that
 * named one would show the person's file as its own, and keep it stored after the person deleted their entry.
 */
async function exhibitsToStore(
	store: DiaryStore,
	vault: Vault,
	opened: OpenedShare,
	revisions: readonly Revision[],
	own: boolean
): Promise<PackExhibitFile[]> {
	const inFile = new Map<ExhibitId, PackExhibitFile>();
	for (const file of opened.pack.exhibits.values()) inFile.set(file.entry.exhibitId, file);
	const local = new Map<ExhibitId, ExhibitRef>();
	const localContents = [
		...store.incidents.flatMap((i) => i.revisions.map((r) => r.content)),
		store.draft?.content
	];
	const localIds = new Set<ExhibitId>();
	for (const content of localContents) {
		for (const ref of content?.exhibits ?? []) {
			local.set(ref.id, ref);
			localIds.add(ref.id);
			if (ref.thumbnailId) localIds.add(ref.thumbnailId);
		}
	}

	const files: PackExhibitFile[] = [];
	const seen = new Set<ExhibitId>();
	for (const ref of revisions.flatMap((r) => r.content?.exhibits ?? [])) {
		const packed = inFile.get(ref.id);
		if (packed && (packed.entry.sha256 !== ref.sha256 || packed.bytes.length !== ref.size)) {
			throw new RestoreExhibitMismatchError(ref.name);
		}
		if (!own) {
			const thumbnail = ref.thumbnailId;
			const takenThumbnail =
				thumbnail !== undefined && (localIds.has(thumbnail) || (await hasExhibit(vault, thumbnail)));
			if (localIds.has(ref.id) || takenThumbnail) throw new RestoreExhibitMismatchError(ref.name);
		}
		if (seen.has(ref.id)) continue;
		seen.add(ref.id);
		if (await hasExhibit(vault, ref.id)) {
			const known = local.get(ref.id);
			const same = known
				? known.sha256 === ref.sha256 && known.size === ref.size
				: await verifyExhibit(vault, ref);
			if (!same) throw new RestoreExhibitMismatchError(ref.name);
			continue;
		}
		if (!packed) throw new RestoreExhibitMissingError(ref.name);
		files.push(packed);
	}
	return files;
}

/**
 * Whether a file's safety plan may come in: never over the person's own plan, and only from this diary's own
 * backup or into a diary with no entries yet (a new phone). Any other file could carry a plan an attacker wrote,
 * with their number under "People I can call"; it has no place in a diary the person is already keeping.
 */
function takesPlan(store: DiaryStore, own: boolean): boolean {
	return !store.safetyPlan && (own || store.incidents.length === 0);
}

/** What restoring this file would do, without writing anything. */
export async function planRestore(
	store: DiaryStore,
	vault: Vault,
	opened: OpenedShare
): Promise<RestorePlan> {
	const { timeline } = opened.pack;
	// The plan is made against every save, other tabs' included.
	await store.catchUp();
	// Cleaned copies of exhibits are not the files the entries recorded, so a disclosure-safe copy restores nothing.
	if (
		timeline.incidents.some((i) => i.revisions.some((r) => r.withheld.length > 0)) ||
		timeline.exhibits.some((e) => e.disclosure !== undefined)
	) {
		throw new NotABackupError();
	}
	if (opened.check.problems.length > 0) throw new BackupCheckFailedError();

	const own =
		opened.check.partial === null &&
		containsChain(store.chain, timeline.chain) &&
		(await isOwnBackup(vault, timeline));
	const held = (id: IncidentId) => store.incident(id) !== undefined;
	const heldRevision = (r: Revision) => store.incident(r.incidentId)?.revisions.some((x) => x.seq === r.seq);

	// The file's own chain order, so the revisions are linked here in the order they were first saved.
	const ordered: Revision[] = sortInChainOrder(
		timeline.incidents.flatMap((i) => i.revisions.map((r) => r.revision)),
		timeline.chain
	);
	const incoming = ordered.filter((r) => !heldRevision(r) && (own || !held(r.incidentId)));
	// An own backup passes every revision on: the store needs the redacted ones it already holds to apply a
	// permanent delete; it adds none twice. Any other file passes only the revisions of new entries.
	const revisions = own ? ordered : incoming;
	const touched = new Set(incoming.map((r) => r.incidentId));
	const newPeople = timeline.people.filter(
		(p, i, all) => !store.people.some((x) => x.id === p.id) && all.findIndex((x) => x.id === p.id) === i
	);
	const files = await exhibitsToStore(store, vault, opened, incoming, own);
	return {
		kind: own ? 'own-backup' : 'new-entries',
		newEntries: [...touched].filter((id) => !held(id)).length,
		updatedEntries: [...touched].filter((id) => held(id)).length,
		keptEntries: timeline.incidents.filter((i) => held(i.id) && !touched.has(i.id)).length,
		people: newPeople.length,
		exhibits: files.length,
		revisions,
		newPeople,
		files,
		exhibitNumbers: exhibitNumbersOfFile(timeline),
		head: store.head ?? null,
		...(timeline.safetyPlan && takesPlan(store, own) ? { safetyPlan: timeline.safetyPlan } : {})
	};
}

/** Writes what `plan` said, and nothing else. */
export async function applyRestore(
	store: DiaryStore,
	vault: Vault,
	plan: RestorePlan,
	onProgress?: (done: number, total: number) => void
): Promise<RestoreResult> {
	await store.catchUp();
	const head = store.head ?? null;
	if (head?.seq !== plan.head?.seq || head?.link !== plan.head?.link) throw new RestorePlanOutdatedError();
	const total = plan.files.reduce((sum, f) => sum + f.bytes.length, 0);
	let done = 0;
	const stored: ExhibitId[] = [];
	try {
		for (const { entry, bytes } of plan.files) {
			const id = entry.exhibitId;
			if (!(await hasExhibit(vault, id))) {
				const blob = makeExhibitBlob([bytes as Uint8Array<ArrayBuffer>], entry.type);
				// In the browser, in the seal and hash workers, so the quick exit answers while a long video is stored.
				const seal = typeof Worker === 'undefined' ? sealExhibit : sealExhibitInWorkers;
				const ref = await seal(
					vault,
					{ name: entry.name, type: entry.type, size: blob.size, stream: () => blob.stream(), blob },
					{ id, onProgress: (n) => onProgress?.(done + n, total) }
				);
				stored.push(id);
				if (ref.sha256 !== entry.sha256) throw new RestoredExhibitChangedError(entry.name);
			}
			done += bytes.length;
			onProgress?.(done, total);
		}
		const merged = await store.importRevisions({
			revisions: plan.revisions,
			people: plan.newPeople,
			changeExisting: plan.kind === 'own-backup',
			exhibitNumbers: plan.exhibitNumbers,
			...(plan.safetyPlan ? { safetyPlan: plan.safetyPlan } : {})
		});
		return { ...merged, exhibits: stored.length };
	} catch (error) {
		// Exhibits this restore stored are taken out again, so a failed restore leaves the diary as it was.
		for (const id of stored) await deleteExhibit(vault, { id }).catch((e: unknown) => console.error(e));
		throw error;
	}
}

/** Plans and applies in one go, for callers that have already shown the plan or need none (tests, tools). */
export async function restoreBackup(
	store: DiaryStore,
	vault: Vault,
	opened: OpenedShare,
	onProgress?: (done: number, total: number) => void
): Promise<RestoreResult> {
	return applyRestore(store, vault, await planRestore(store, vault, opened), onProgress);
}
