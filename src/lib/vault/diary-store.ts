// The open diary: incidents (each a chain of revisions), people, the draft and the hash chain, read from the
// vault's sealed rows on unlock and written back one row per change. Plain TypeScript, so it is tested in Node;
// the rune state in state/diary.svelte.ts wraps it for the screens.
//
// A save writes one sealed row and appends one chain entry, using only the previous entry kept in memory: no work
// grows with the size of the diary.
import { appendToChain, verifyChain, type ChainEntry, type ChainVerification } from '$lib/domain/hash-chain';
import {
	newId,
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
	type DraftRecord,
	type RevisionRecord
} from './stored-records';
import type { Vault } from './vault';

export interface Draft {
	readonly content: IncidentContent;
	readonly editing?: IncidentId;
	readonly reason: string;
}

const identity = (incidentId: string, seq: number) => `${incidentId}:${seq}`;

export class DiaryStore {
	readonly #vault: Vault;
	#incidents = new Map<IncidentId, Incident>();
	#people = new Map<string, Person>();
	#personRows = new Map<string, string>();
	#chain: ChainEntry[] = [];
	#revisionRows = new Map<string, string>();
	#draft: { rowId: string; draft: Draft } | undefined;
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
					store.#draft = { rowId: id, draft: record };
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
		store.#checkpoints.sort((a, b) => a.seq - b.seq);
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

	get draft(): Draft | undefined {
		return this.#draft?.draft;
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
			return this.#storeLatest(next);
		});
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

	saveDraft(draft: Draft, now = new Date()) {
		return this.#serial(async () => {
			const rowId = this.#draft?.rowId ?? newId();
			const record: DraftRecord = {
				t: 'draft',
				v: RECORD_VERSION,
				...draft,
				savedAt: formatIsoDateTime(now)
			};
			await this.#vault.put(rowId, record);
			this.#draft = { rowId, draft: record };
		});
	}

	clearDraft() {
		return this.#serial(async () => {
			if (!this.#draft) return;
			await this.#vault.remove(this.#draft.rowId);
			this.#draft = undefined;
		});
	}

	saveSettings(settings: DiarySettings) {
		return this.#serial(async () => {
			const rowId = this.#settings?.rowId ?? newId();
			await this.#vault.put(rowId, { t: 'settings', v: RECORD_VERSION, settings });
			this.#settings = { rowId, settings };
		});
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
