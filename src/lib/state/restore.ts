// Restoring a backup into the open diary: the file has already been opened and checked (export/open-shared.ts);
// this refuses anything that is not a whole, matching backup, then stores the exhibits the diary lacks under
// their own ids, and last merges the revisions and people (DiaryStore.importRevisions), so an entry is never
// stored pointing at an exhibit that is not there. If an exhibit fails, those stored by this restore are removed
// again and nothing else has been written.
import { makeExhibitBlob } from '$lib/domain/exhibit-type';
import type { ExhibitId, Revision } from '$lib/domain/incident';
import { ExportError } from '$lib/export/errors';
import type { OpenedShare } from '$lib/export/open-shared';
import { m } from '$lib/messages';
import type { DiaryStore } from '$lib/vault/diary-store';
import { deleteExhibit, hasExhibit, sealExhibit } from '$lib/vault/exhibits';
import type { Vault } from '$lib/vault/vault';

/** A disclosure-safe or otherwise shortened copy: restoring it would store placeholders as if they were entries. */
export class NotABackupError extends ExportError {
	constructor() {
		super(m.sharing.restore.notABackup);
	}
}

export class BackupCheckFailedError extends ExportError {
	constructor() {
		super(m.sharing.restore.checkFailed);
	}
}

export class RestoredExhibitChangedError extends ExportError {
	constructor(readonly exhibitName: string) {
		super(m.sharing.restore.exhibitChanged(exhibitName));
	}
}

export interface RestoreResult {
	revisions: number;
	people: number;
	exhibits: number;
}

export async function restoreBackup(
	store: DiaryStore,
	vault: Vault,
	opened: OpenedShare,
	onProgress?: (done: number, total: number) => void
): Promise<RestoreResult> {
	const { timeline } = opened.pack;
	if (timeline.incidents.some((i) => i.revisions.some((r) => r.withheld.length > 0))) {
		throw new NotABackupError();
	}
	if (opened.check.problems.length > 0) throw new BackupCheckFailedError();

	const files = [...opened.pack.exhibits.values()];
	const total = files.reduce((sum, f) => sum + f.bytes.length, 0);
	let done = 0;
	const stored: ExhibitId[] = [];
	try {
		for (const { entry, bytes } of files) {
			const id = entry.exhibitId;
			if (!(await hasExhibit(vault, id))) {
				const blob = makeExhibitBlob([bytes as Uint8Array<ArrayBuffer>], entry.type);
				const ref = await sealExhibit(
					vault,
					{ name: entry.name, type: entry.type, size: blob.size, stream: () => blob.stream() },
					{ id, onProgress: (n) => onProgress?.(done + n, total) }
				);
				stored.push(id);
				if (ref.sha256 !== entry.sha256) throw new RestoredExhibitChangedError(entry.name);
			}
			done += bytes.length;
			onProgress?.(done, total);
		}

		// The backup's own chain order, so the revisions are linked here in the order they were first saved.
		const order = new Map(timeline.chain.map((e) => [`${e.incidentId}:${e.revisionSeq}`, e.seq]));
		const revisions: Revision[] = timeline.incidents
			.flatMap((i) => i.revisions.map((r) => r.revision))
			.sort(
				(a, b) =>
					(order.get(`${a.incidentId}:${a.seq}`) ?? Infinity) -
					(order.get(`${b.incidentId}:${b.seq}`) ?? Infinity)
			);
		const merged = await store.importRevisions({ revisions, people: timeline.people });
		return { ...merged, exhibits: stored.length };
	} catch (error) {
		// Exhibits this restore stored are taken out again, so a failed restore leaves the diary as it was.
		for (const id of stored) await deleteExhibit(vault, { id }).catch((e: unknown) => console.error(e));
		throw error;
	}
}
