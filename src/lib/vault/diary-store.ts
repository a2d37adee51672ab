// The open diary: incidents (each a chain of revisions), people, the draft and the hash chain, read from the
// vault's sealed rows on unlock and written back one row per change. Plain TypeScript, so it is tested in Node;
// the rune state in state/diary.svelte.ts wraps it for the screens.
//
// A save writes one sealed row and appends one chain entry, using only the previous entry kept in memory: no work
// grows with the size of the diary.
import { appendToChain, verifyChain, type ChainEntry, type ChainVerification } from '$lib/domain/hash-chain';
import {
	isRedacted,
	newId,
	type ExhibitId,
	type Incident,
	type IncidentContent,
	type IncidentId,
	type Person,
	type Revision
} from '$lib/domain/incident';
import { formatIsoDateTime } from '$lib/domain/iso-time';
import { createIncident, deleteIncident, editIncident, withdrawIncident } from '$lib/domain/revisions';
import {
	DEFAULT_SETTINGS,
	RECORD_VERSION,
	parseStoredRecord,
	type CheckpointRecord,
	type DiarySettings,
	type DraftForm,
	type DraftRecord,
	type RevisionRecord,
	type TextDraftForm,
	type TextDraftRecord
} from './stored-records';
import { deleteExhibit } from './exhibits';
import type { SealedRow } from './db';
import type { Vault } from './vault';

/** The full log form's draft. */
export interface Draft {
	readonly content: IncidentContent;
	readonly editing?: IncidentId;
	readonly reason: string;
}

/** A smaller form's draft: what it was for (`key`) and the text of each field. */
export interface TextDraft {
	readonly key?: string;
	readonly fields: Readonly<Record<string, string>>;
}

/** Which form a kept draft belongs to, and when it was last changed, so unlocking can go back to it. */
export interface DraftSummary {
	readonly form: DraftForm;
	readonly key?: string;
	readonly savedAt: string;
}

interface HeldDraft {
	readonly rowId: string;
	readonly record: DraftRecord | TextDraftRecord;
	/** Older rows for the same form (two tabs, or an old version), removed with the next write of this form. */
	readonly stale: readonly string[];
}

const identity = (incidentId: string, seq: number) => `${incidentId}:${seq}`;

/** What a restore brings in: every revision of a backup, in the backup's chain order, and its people. */
export interface ImportSource {
	readonly revisions: readonly Revision[];
	readonly people: readonly Person[];
	/**
	 * True only for an authenticated backup of this same diary whose chain contains this one (state/restore.ts
	 * checks both): then new revisions of entries held here are added, and deletions applied. Otherwise, the
	 * default, revisions of any entry this diary already holds are left out, so no file can change an entry.
	 */
	readonly changeExisting?: boolean;
}

export interface ImportResult {
	readonly revisions: number;
	readonly people: number;
}

export class DiaryStore {
	readonly #vault: Vault;
	#incidents = new Map<IncidentId, Incident>();
	#people = new Map<string, Person>();
	#personRows = new Map<string, string>();
	#chain: ChainEntry[] = [];
	#revisionRows = new Map<string, string>();
	#drafts = new Map<DraftForm, HeldDraft>();
	#settings: { rowId: string; settings: DiarySettings } | undefined;
	#checkpoints: CheckpointRecord[] = [];
	#damaged: string[] = [];
	/** Writes are queued so two quick saves cannot both take the same place in the chain. */
	#queue: Promise<unknown> = Promise.resolve();

	private constructor(vault: Vault) {
		this.#vault = vault;
	}

	/** Opens every row; rows that do not open, or are not a known kind, are reported by id and left alone. */
	static async open(vault: Vault): Promise<DiaryStore> {
		const store = new DiaryStore(vault);
		const { records, damaged } = await vault.readAll();
		store.#damaged = [...damaged];
		const revisions: { rowId: string; record: RevisionRecord }[] = [];
		for (const { id, value } of records) {
			const record = parseStoredRecord(value);
			if (!record) {
				store.#damaged.push(id);
				continue;
			}
			switch (record.t) {
				case 'rev':
					revisions.push({ rowId: id, record });
					break;
				case 'person':
					store.#people.set(record.person.id, record.person);
					store.#personRows.set(record.person.id, id);
					break;
				case 'draft':
					store.#holdOpenedDraft(id, record);
					break;
				case 'settings':
					store.#settings = { rowId: id, settings: record.settings };
					break;
				case 'checkpoint':
					store.#checkpoints.push(record);
					break;
			}
		}
		revisions.sort((a, b) => a.record.chain.seq - b.record.chain.seq);
		const byIncident = new Map<IncidentId, Revision[]>();
		for (const { rowId, record } of revisions) {
			const { revision } = record;
			store.#chain.push(record.chain);
			store.#revisionRows.set(identity(revision.incidentId, revision.seq), rowId);
			const list = byIncident.get(revision.incidentId) ?? [];
			list.push(revision);
			byIncident.set(revision.incidentId, list);
		}
		for (const [id, list] of byIncident) {
			list.sort((a, b) => a.seq - b.seq);
			const first = list[0]!;
			store.#incidents.set(id, { id, recordedAt: first.recordedAt, revisions: list });
		}
		store.#checkpoints.sort((a, b) => a.seq - b.seq || a.at.localeCompare(b.at));
		return store;
	}

	get incidents(): readonly Incident[] {
		return [...this.#incidents.values()];
	}

	incident(id: IncidentId): Incident | undefined {
		return this.#incidents.get(id);
	}

	get people(): readonly Person[] {
		return [...this.#people.values()];
	}

	/** The full log form's draft. */
	get draft(): Draft | undefined {
		const record = this.#drafts.get('log')?.record;
		return record && 'content' in record ? record : undefined;
	}

	textDraft(form: TextDraftForm): TextDraft | undefined {
		const record = this.#drafts.get(form)?.record;
		return record && 'fields' in record ? record : undefined;
	}

	/** Every kept draft, newest first. */
	get drafts(): DraftSummary[] {
		return [...this.#drafts.entries()]
			.map(([form, { record }]) => ({
				form,
				savedAt: record.savedAt,
				...('fields' in record && record.key !== undefined ? { key: record.key } : {}),
				...('content' in record && record.editing !== undefined ? { key: record.editing } : {})
			}))
			.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
	}

	get settings(): DiarySettings {
		return this.#settings?.settings ?? DEFAULT_SETTINGS;
	}

	get checkpoints(): readonly CheckpointRecord[] {
		return this.#checkpoints;
	}

	/** Ids of rows that could not be opened or understood. */
	get damaged(): readonly string[] {
		return this.#damaged;
	}

	get chain(): readonly ChainEntry[] {
		return this.#chain;
	}

	get head(): ChainEntry | undefined {
		return this.#chain.at(-1);
	}

	/** Every stored revision in chain order, for verification and export. */
	get revisionsInChainOrder(): Revision[] {
		const all: Revision[] = [];
		for (const incident of this.#incidents.values()) all.push(...incident.revisions);
		const order = new Map(this.#chain.map((e) => [identity(e.incidentId, e.revisionSeq), e.seq]));
		return all.sort(
			(a, b) =>
				(order.get(identity(a.incidentId, a.seq)) ?? Infinity) -
				(order.get(identity(b.incidentId, b.seq)) ?? Infinity)
		);
	}

	async verify(checkpoint?: { seq: number; link: string }): Promise<ChainVerification> {
		return verifyChain(this.revisionsInChainOrder, this.#chain, checkpoint ? { checkpoint } : {});
	}

	/** Resolves once every write asked for so far has finished (or failed), for example before a reload. */
	settled(): Promise<void> {
		return this.#serial(async () => undefined);
	}

	#serial<T>(work: () => Promise<T>): Promise<T> {
		const next = this.#queue.then(work, work);
		this.#queue = next.catch(() => undefined);
		return next;
	}

	/** Appends the incident's newest revision to the chain and stores it; memory changes only once it is stored. */
	async #storeLatest(next: Incident): Promise<Incident> {
		const revision = next.revisions.at(-1)!;
		const previous = this.head ?? null;
		const entry = await appendToChain(previous, revision, (previous?.seq ?? 0) + 1);
		const rowId = newId();
		const record: RevisionRecord = { t: 'rev', v: RECORD_VERSION, revision, chain: entry };
		await this.#vault.put(rowId, record);
		this.#chain.push(entry);
		this.#revisionRows.set(identity(revision.incidentId, revision.seq), rowId);
		this.#incidents.set(next.id, next);
		return next;
	}

	/** Saves a new incident, or an amendment to an existing one (an edit that changes nothing saves nothing). */
	saveIncident(
		content: IncidentContent,
		options: { editing?: IncidentId; reason?: string; now?: Date } = {}
	) {
		return this.#serial(async () => {
			const now = options.now ?? new Date();
			const existing = options.editing ? this.#incidents.get(options.editing) : undefined;
			const reason = options.reason?.trim() || undefined;
			const next = existing ? editIncident(existing, content, now, reason) : createIncident(content, now);
			if (next === existing) return next;
			return this.#storeLatest(next);
		});
	}

	withdrawIncident(id: IncidentId, reason?: string, now = new Date()) {
		return this.#serial(async () => {
			const existing = this.#require(id);
			const next = withdrawIncident(existing, now, reason?.trim() || undefined);
			return next === existing ? next : this.#storeLatest(next);
		});
	}

	/**
	 * Permanently removes an incident's words: each stored revision is rewritten without its content (keeping its
	 * old hash), then the delete marker is appended to the chain.
	 */
	deleteIncident(id: IncidentId, now = new Date()) {
		return this.#serial(async () => {
			const existing = this.#require(id);
			const next = await deleteIncident(existing, now);
			if (next === existing) return next;
			const rewrites = next.revisions.slice(0, -1).map((revision) => {
				const key = identity(revision.incidentId, revision.seq);
				const rowId = this.#revisionRows.get(key)!;
				const chain = this.#chain.find((e) => e.incidentId === id && e.revisionSeq === revision.seq)!;
				return {
					id: rowId,
					value: { t: 'rev', v: RECORD_VERSION, revision, chain } satisfies RevisionRecord
				};
			});
			await this.#vault.putMany(rewrites);
			const stored = await this.#storeLatest(next);
			await this.#deleteUnreferencedExhibits(existing);
			return stored;
		});
	}

	/**
	 * After a permanent delete: the exhibits and thumbnails the deleted entry's revisions referred to that no
	 * remaining revision, and not the draft, refers to are removed too, so the files do not outlive the words.
	 * A failure is not hidden: the entry's words are already gone, but the person is told the files are not.
	 */
	async #deleteUnreferencedExhibits(deleted: Incident): Promise<void> {
		const idsOf = (content: IncidentContent | null | undefined) =>
			(content?.exhibits ?? []).flatMap((ref) => (ref.thumbnailId ? [ref.id, ref.thumbnailId] : [ref.id]));
		const candidates = new Set(deleted.revisions.flatMap((r) => idsOf(r.content)));
		if (candidates.size === 0) return;
		for (const incident of this.#incidents.values()) {
			for (const revision of incident.revisions)
				for (const id of idsOf(revision.content)) candidates.delete(id);
		}
		for (const id of idsOf(this.draft?.content)) candidates.delete(id);
		for (const id of candidates) await deleteExhibit(this.#vault, { id: id as ExhibitId });
	}

	#require(id: IncidentId): Incident {
		const incident = this.#incidents.get(id);
		if (!incident) throw new Error(`No incident ${id}`);
		return incident;
	}

	savePerson(person: Person) {
		return this.#serial(async () => {
			const rowId = this.#personRows.get(person.id) ?? newId();
			await this.#vault.put(rowId, { t: 'person', v: RECORD_VERSION, person });
			this.#people.set(person.id, person);
			this.#personRows.set(person.id, rowId);
			return person;
		});
	}

	/** Keeps what is typed in the full log form; see #keepDraft. */
	saveDraft(draft: Draft, now = new Date()): Promise<void> {
		const { content, editing, reason } = draft;
		return this.#keepDraft('log', {
			t: 'draft',
			v: RECORD_VERSION,
			content,
			...(editing ? { editing } : {}),
			reason,
			savedAt: formatIsoDateTime(now)
		});
	}

	/** Keeps what is typed in one of the smaller forms; see #keepDraft. */
	saveTextDraft(form: TextDraftForm, draft: TextDraft, now = new Date()): Promise<void> {
		return this.#keepDraft(form, {
			t: 'draft',
			v: RECORD_VERSION,
			form,
			...(draft.key !== undefined ? { key: draft.key } : {}),
			fields: { ...draft.fields },
			savedAt: formatIsoDateTime(now)
		});
	}

	/**
	 * The one way every draft is kept. It is sealed now, in the same task as the change, with the key as it is at
	 * this moment, and written after the writes already queued: a quick exit or a lock that follows at once wipes
	 * the key, but what had reached the screen is already sealed, and its write still lands.
	 */
	#keepDraft(form: DraftForm, record: DraftRecord | TextDraftRecord): Promise<void> {
		const held = this.#drafts.get(form);
		const rowId = held?.rowId ?? newId();
		let row: SealedRow;
		try {
			row = this.#vault.sealRow(rowId, record);
		} catch (error) {
			return Promise.reject(error instanceof Error ? error : new Error(String(error)));
		}
		this.#drafts.set(form, { rowId, record, stale: [] });
		return this.#serial(async () => {
			await this.#vault.putSealed(row);
			for (const id of held?.stale ?? []) await this.#vault.remove(id);
		});
	}

	/** Drops a form's draft, once it is saved or the person chose to discard it. */
	clearDraft(form: DraftForm = 'log'): Promise<void> {
		const held = this.#drafts.get(form);
		this.#drafts.delete(form);
		return this.#serial(async () => {
			if (!held) return;
			for (const id of [held.rowId, ...held.stale]) await this.#vault.remove(id);
		});
	}

	/** On opening: the newest row of each form is its draft. */
	#holdOpenedDraft(rowId: string, record: DraftRecord | TextDraftRecord): void {
		const form = record.form ?? 'log';
		const held = this.#drafts.get(form);
		if (!held) {
			this.#drafts.set(form, { rowId, record, stale: [] });
		} else if ((record.savedAt ?? '') > (held.record.savedAt ?? '')) {
			this.#drafts.set(form, { rowId, record, stale: [...held.stale, held.rowId] });
		} else {
			this.#drafts.set(form, { ...held, stale: [...held.stale, rowId] });
		}
	}

	saveSettings(settings: DiarySettings) {
		return this.#serial(async () => {
			const rowId = this.#settings?.rowId ?? newId();
			await this.#vault.put(rowId, { t: 'settings', v: RECORD_VERSION, settings });
			this.#settings = { rowId, settings };
		});
	}

	/**
	 * Merges a backup into this diary without duplicates. Unless `changeExisting` is set, only entries this diary
	 * does not hold at all are added (see ImportSource). A revision is added only if this diary has no revision
	 * with the same incident id and number; added revisions keep their own content, hash and save time, and are
	 * linked onto the end of this diary's own chain in the backup's order. People are added if this diary has no
	 * person with the same id. A delete in the backup also removes the words of the earlier revisions this diary
	 * already held, as a delete here would, where their hashes show they are the same revisions.
	 *
	 * All rows are written in one batch; memory changes only once they are stored. Restoring the same backup
	 * twice adds nothing the second time.
	 */
	importRevisions(source: ImportSource) {
		return this.#serial(async (): Promise<ImportResult> => {
			const changeExisting = source.changeExisting === true;
			const incoming = source.revisions.filter(
				(revision) =>
					!this.#revisionRows.has(identity(revision.incidentId, revision.seq)) &&
					(changeExisting || !this.#incidents.has(revision.incidentId))
			);
			const writes: { id: string; value: RevisionRecord }[] = [];
			const entries: ChainEntry[] = [];
			let previous = this.head ?? null;
			const added = new Set<string>();
			for (const revision of incoming) {
				const key = identity(revision.incidentId, revision.seq);
				// A backup holds each revision once; a second copy would be a damaged file, and is not added twice.
				if (added.has(key)) continue;
				added.add(key);
				const entry = await appendToChain(previous, revision, (previous?.seq ?? 0) + 1);
				previous = entry;
				entries.push(entry);
				writes.push({ id: newId(), value: { t: 'rev', v: RECORD_VERSION, revision, chain: entry } });
			}
			const rewrites = changeExisting ? await this.#deletionsToApply(source.revisions, incoming) : [];
			const people = source.people.filter((person, i, all) => {
				return !this.#people.has(person.id) && all.findIndex((p) => p.id === person.id) === i;
			});
			const personWrites = people.map((person) => ({
				id: newId(),
				value: { t: 'person', v: RECORD_VERSION, person } as const
			}));
			if (writes.length + rewrites.length + personWrites.length === 0) return { revisions: 0, people: 0 };
			await this.#vault.putMany([...rewrites, ...writes, ...personWrites]);

			for (const { id, value } of [...rewrites, ...writes]) {
				this.#revisionRows.set(identity(value.revision.incidentId, value.revision.seq), id);
			}
			this.#chain.push(...entries);
			const touched = new Set([...rewrites, ...writes].map((w) => w.value.revision.incidentId));
			for (const incidentId of touched) {
				const byKey = new Map(
					(this.#incidents.get(incidentId)?.revisions ?? []).map((r) => [r.seq, r] as const)
				);
				for (const { value } of [...rewrites, ...writes]) {
					if (value.revision.incidentId === incidentId) byKey.set(value.revision.seq, value.revision);
				}
				const revisions = [...byKey.values()].sort((a, b) => a.seq - b.seq);
				this.#incidents.set(incidentId, {
					id: incidentId,
					recordedAt: revisions[0]!.recordedAt,
					revisions
				});
			}
			people.forEach((person, i) => {
				this.#people.set(person.id, person);
				this.#personRows.set(person.id, personWrites[i]!.id);
			});
			return { revisions: writes.length, people: people.length };
		});
	}

	/** Rows to rewrite without their words, for incidents the backup deleted after this diary last saw them. */
	async #deletionsToApply(
		all: readonly Revision[],
		incoming: readonly Revision[]
	): Promise<{ id: string; value: RevisionRecord }[]> {
		const deletedNow = new Set(incoming.filter((r) => r.kind === 'delete').map((r) => r.incidentId));
		const rewrites: { id: string; value: RevisionRecord }[] = [];
		for (const redacted of all) {
			if (!deletedNow.has(redacted.incidentId) || !isRedacted(redacted)) continue;
			const key = identity(redacted.incidentId, redacted.seq);
			const rowId = this.#revisionRows.get(key);
			const local = this.#incidents.get(redacted.incidentId)?.revisions.find((r) => r.seq === redacted.seq);
			const chain = this.#chain.find(
				(e) => e.incidentId === redacted.incidentId && e.revisionSeq === redacted.seq
			);
			if (!rowId || !local || !chain || isRedacted(local)) continue;
			// Only the same revision, with its words removed, may replace it: its kept hash must be this one's.
			if (redacted.deletedHash !== chain.revisionHash) continue;
			rewrites.push({ id: rowId, value: { t: 'rev', v: RECORD_VERSION, revision: redacted, chain } });
		}
		return rewrites;
	}

	/**
	 * After a share or backup file has been handed over: notes the chain head as a checkpoint and, for a backup,
	 * when it was made, so the person can be told how old their last backup is.
	 */
	async recordDelivery(purpose: CheckpointRecord['purpose'], now = new Date()) {
		const checkpoint = await this.addCheckpoint(purpose, now);
		if (purpose === 'backup') {
			await this.saveSettings({
				...this.settings,
				lastBackupAt: formatIsoDateTime(now),
				incidentsAtLastBackup: this.#incidents.size
			});
		}
		return checkpoint;
	}

	/** Records the chain head at the moment of a share or backup, so a later copy can be checked against it. */
	addCheckpoint(purpose: CheckpointRecord['purpose'], now = new Date()) {
		return this.#serial(async () => {
			const head = this.head;
			if (!head) return undefined;
			const record: CheckpointRecord = {
				t: 'checkpoint',
				v: RECORD_VERSION,
				seq: head.seq,
				link: head.link,
				at: formatIsoDateTime(now),
				purpose
			};
			await this.#vault.put(newId(), record);
			this.#checkpoints.push(record);
			return record;
		});
	}
}
