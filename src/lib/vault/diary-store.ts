// The open diary: incidents (each a chain of revisions), people, the draft and the hash chain, read from the
// vault's sealed rows on unlock and written back one row per change. Plain TypeScript, so it is tested in Node;
// the rune state in state/diary.svelte.ts wraps it for the screens.
//
// One diary can be open in several tabs at once. Every write takes one lock shared by all of them (the Web Locks
// API), and inside it first reads the head row (stored-records.ts, HeadRecord) from IndexedDB: if another tab has
// written since this one last looked, the rows it wrote are read and opened, so the write follows on from the
// real chain head, never from a stale copy in memory. The write's rows and the new head row are then stored in one
// transaction, still inside the lock, and the other tabs are told (other-tabs.ts), so each shows every entry.
// Catching up reads only the rows written since, and a save writes one row and the head: no work grows with the
// size of the diary.
//
// A chain already forked by an older version of the app (which kept the head in each tab's memory) is joined on
// unlock (domain/chain-repair.ts), inside the same lock, and what was joined is reported.
import { yieldToPage } from '$lib/workers/yield';
import { revisionKey, sortInChainOrder } from '$lib/domain/chain-order';
import { isForked, planChainRepair, type ChainRow } from '$lib/domain/chain-repair';
import { ExhibitNumbers } from '$lib/domain/exhibit-numbers';
import {
	GENESIS_LINK,
	appendToChain,
	verifyChain,
	type ChainCheckpoint,
	type ChainEntry,
	type ChainVerification
} from '$lib/domain/hash-chain';
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
import { tidyPlan, validateSafetyPlan, type SafetyPlan } from '$lib/domain/safety-plan';
import { createIncident, deleteIncident, editIncident, withdrawIncident } from '$lib/domain/revisions';
import { invalidInput, validateIncident, validatePerson, validateTexts } from '$lib/domain/validate';
import {
	DEFAULT_SETTINGS,
	RECORD_VERSION,
	parseStoredRecord,
	type CheckpointRecord,
	type DiarySettings,
	type DraftForm,
	type DraftRecord,
	type ExhibitNumbersRecord,
	type HeadRecord,
	type JoinRecord,
	type RevisionRecord,
	type StoredRecord,
	type TextDraftForm,
	type TextDraftRecord
} from './stored-records';
import { IncidentMissingError } from './errors';
import { runExclusive } from './exclusive';
import { deleteExhibit } from './exhibits';
import type { SealedRow } from './db';
import { openRowsChannel, type RowsChannel } from './other-tabs';
import type { ReadResult, Vault } from './vault';

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
	/**
	 * The exhibit numbers the backup printed (its JSON's exhibit list), kept for the exhibits it adds where this
	 * diary has not given that number to another (domain/exhibit-numbers.ts).
	 */
	readonly exhibitNumbers?: ReadonlyMap<ExhibitId, number>;
	/**
	 * The backup's safety plan, kept only if this diary has none: a file never replaces the person's own plan.
	 * state/restore.ts passes it on only from a backup this diary may trust with it (see planRestore).
	 */
	readonly safetyPlan?: SafetyPlan;
}

export interface ImportResult {
	readonly revisions: number;
	readonly people: number;
	/** True when the backup's safety plan was kept. */
	readonly safetyPlan: boolean;
}

/** What joining a forked chain on this unlock did (domain/chain-repair.ts). */
export interface JoinReport {
	/** Saves that had been made in a second copy and now follow on in the one record. */
	readonly joined: number;
	/** Entries changed in both copies at once: both versions are kept. */
	readonly changedInBoth: readonly IncidentId[];
	/** Entries one copy had permanently deleted: the words the other copy still held are gone too. */
	readonly deletedInOne: readonly IncidentId[];
}

/** The label of the head row's id (crypto/row-id.ts); it must never change. */
const HEAD_ROW = 'head';
/** How many of the latest writes the head row lists; a tab further behind reads every row again. */
const HEAD_LOG_WRITES = 32;
/** A write storing more rows than this (a large restore, a join) is listed as "too many": read everything. */
const HEAD_LOG_IDS = 256;

type RowWrite = { readonly id: string; readonly value: unknown };

/** What a write works out inside the lock: its rows, and the change to memory once they are stored. */
interface Planned<T> {
	readonly result: T;
	readonly writes: readonly RowWrite[];
	/** The chain head after this write, if it adds to the chain. */
	readonly head?: ChainEntry;
	readonly apply?: () => void;
	/** Runs once the rows are stored and memory has changed, still inside the lock. */
	readonly after?: () => Promise<void>;
	/** Numbers to keep, where free, for exhibits this write numbers (a restored backup's). */
	readonly preferredNumbers?: ReadonlyMap<ExhibitId, number>;
}

export class DiaryStore {
	readonly #vault: Vault;
	/** The lock and channel name every tab of this diary shares; neutral, like the database's. */
	readonly #name: string;
	readonly #headId: string;
	#incidents = new Map<IncidentId, Incident>();
	#people = new Map<string, Person>();
	#personRows = new Map<string, string>();
	#chain: ChainEntry[] = [];
	#revisionRows = new Map<string, string>();
	#drafts = new Map<DraftForm, HeldDraft>();
	#settings: { rowId: string; settings: DiarySettings } | undefined;
	#plan: { rowId: string; plan: SafetyPlan } | undefined;
	#checkpoints: CheckpointRecord[] = [];
	#checkpointRows = new Set<string>();
	#damaged: string[] = [];
	/** Every exhibit number given (domain/exhibit-numbers.ts), deleted exhibits' too, so none is given twice. */
	#exhibitNumbers = new ExhibitNumbers();
	/** Exhibits stored entries refer to that may have no number yet (saved by an older app); the next write numbers them. */
	#unnumbered: ExhibitId[] = [];
	/** The head row as this tab last read or wrote it; undefined before any write by this version of the app. */
	#head: HeadRecord | undefined;
	/** Set when the rows read hold two saves with the same number: an older app's fork, joined under the lock. */
	#forked = false;
	#joinReport: JoinReport | undefined;
	#listeners = new Set<() => void>();
	#channel: RowsChannel | undefined;
	/** Work within this tab runs one at a time: a write waiting for the lock, a catch-up, a draft. */
	#queue: Promise<unknown> = Promise.resolve();

	private constructor(vault: Vault, headId: string) {
		this.#vault = vault;
		this.#name = `${vault.db.name}-rows`;
		this.#headId = headId;
	}

	/** Opens every row; rows that do not open, or are not a known kind, are reported by id and left alone. */
	static async open(vault: Vault): Promise<DiaryStore> {
		const store = new DiaryStore(vault, await vault.fixedRowId(HEAD_ROW));
		store.#load(await vault.readAll(parseStoredRecord));
		if (store.#forked) await runExclusive(store.#name, () => store.#joinFork());
		store.#channel = openRowsChannel(store.#name, () => {
			store.catchUp().catch((error: unknown) => console.error(error));
		});
		// A write another tab made between reading every row and listening would otherwise wait for the next one.
		await store.catchUp();
		return store;
	}

	/** Stops listening to other tabs; called on lock. */
	close(): void {
		this.#channel?.close();
		this.#channel = undefined;
		this.#listeners.clear();
	}

	/** Calls `listener` after every change to what this store holds: its own writes and other tabs' alike. */
	onChange(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	#changed(): void {
		for (const listener of this.#listeners) listener();
	}

	/** (Re)builds memory from every row. The draft is this tab's own and survives a reload. Returns the chain rows. */
	#load({ records, damaged }: ReadResult<StoredRecord | undefined>, reload = false): ChainRow[] {
		this.#incidents = new Map();
		this.#people = new Map();
		this.#personRows = new Map();
		this.#chain = [];
		this.#revisionRows = new Map();
		this.#settings = undefined;
		this.#plan = undefined;
		this.#checkpoints = [];
		this.#checkpointRows = new Set();
		this.#damaged = [...damaged];
		this.#exhibitNumbers = new ExhibitNumbers();
		this.#head = undefined;
		const rows: ChainRow[] = [];
		for (const { id, record } of this.#parse(records, (read) => read)) {
			switch (record.t) {
				case 'rev':
					rows.push({ rowId: id, entry: record.chain, revision: record.revision });
					break;
				case 'join':
					rows.push({ rowId: id, entry: record.chain });
					break;
				case 'person':
					this.#people.set(record.person.id, record.person);
					this.#personRows.set(record.person.id, id);
					break;
				case 'draft':
					if (!reload) this.#holdOpenedDraft(id, record);
					break;
				case 'settings':
					this.#settings = { rowId: id, settings: record.settings };
					break;
				case 'plan':
					this.#plan = { rowId: id, plan: record.plan };
					break;
				case 'checkpoint':
					this.#checkpoints.push(record);
					this.#checkpointRows.add(id);
					break;
				case 'head':
					if (id === this.#headId) this.#head = record;
					break;
				case 'numbers':
					this.#takeNumbers(record);
					break;
			}
		}
		rows.sort((a, b) => a.entry.seq - b.entry.seq);
		const byIncident = new Map<IncidentId, Revision[]>();
		for (const { rowId, entry, revision } of rows) {
			this.#chain.push(entry);
			if (!revision) continue;
			this.#revisionRows.set(revisionKey(revision.incidentId, revision.seq), rowId);
			const list = byIncident.get(revision.incidentId) ?? [];
			list.push(revision);
			byIncident.set(revision.incidentId, list);
		}
		for (const [id, list] of byIncident) {
			list.sort((a, b) => a.seq - b.seq);
			const first = list[0]!;
			this.#incidents.set(id, { id, recordedAt: first.recordedAt, revisions: list });
		}
		this.#checkpoints.sort((a, b) => a.seq - b.seq || a.at.localeCompare(b.at));
		this.#unnumbered = this.#exhibitNumbers.unnumbered(
			rows.flatMap((row) => (row.revision ? [row.revision] : []))
		);
		this.#forked = isForked(this.#chain);
		return rows;
	}

	/** Inside the lock: joins a forked chain (domain/chain-repair.ts), from every row as stored now. */
	async #joinFork(): Promise<void> {
		const rows = this.#load(await this.#vault.readAll(parseStoredRecord), true);
		const repair = await planChainRepair(rows, new Date());
		if (!repair) return;
		const writes = repair.writes.map(({ rowId, entry, revision }): RowWrite => {
			const value: RevisionRecord | JoinRecord = revision
				? { t: 'rev', v: RECORD_VERSION, revision, chain: entry }
				: { t: 'join', v: RECORD_VERSION, chain: entry };
			return { id: rowId, value };
		});
		const head = repair.writes.reduce((a, b) => (b.entry.seq > a.entry.seq ? b : a)).entry;
		await this.#store(writes, head, false);
		this.#load(await this.#vault.readAll(parseStoredRecord), true);
		this.#joinReport = {
			joined: repair.joined,
			changedInBoth: repair.changedInBoth,
			deletedInOne: repair.deletedInOne
		};
		this.#changed();
	}

	/** What joining a forked chain did on this unlock, if it was needed; see JoinReport. */
	get joinReport(): JoinReport | undefined {
		return this.#joinReport;
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

	/** The person's safety plan, once they have saved one. */
	get safetyPlan(): SafetyPlan | undefined {
		return this.#plan?.plan;
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
		return sortInChainOrder(all, this.#chain);
	}

	async verify(checkpoint?: { seq: number; link: string }): Promise<ChainVerification> {
		return verifyChain(this.revisionsInChainOrder, this.#chain, {
			...(checkpoint ? { checkpoint } : {}),
			pause: yieldToPage
		});
	}

	/**
	 * The checkpoints (chain heads noted when a file was shared or backed up) that this chain no longer holds:
	 * either its newest saves are gone (it is shorter than the checkpoint) or a save at that place is different.
	 * The chain cannot show this by itself, because what is left of it still links up.
	 */
	missingCheckpoints(): CheckpointRecord[] {
		const held = new Set<string>();
		for (const entry of this.#chain) {
			held.add(`${entry.seq}:${entry.link}`);
			for (const save of entry.joined?.saves ?? []) held.add(`${save.was.seq}:${save.was.link}`);
		}
		return this.#checkpoints.filter((c) => !held.has(`${c.seq}:${c.link}`));
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

	/**
	 * Reads what other tabs have written since this one last looked, for when one says it has written, or this
	 * tab is shown again. Writes do this themselves, inside the lock.
	 */
	catchUp(): Promise<void> {
		return this.#serial(() => this.#catchUpNow());
	}

	async #catchUpNow(): Promise<void> {
		const { records } = await this.#vault.getMany([this.#headId]);
		const stored = records[0] ? parseStoredRecord(records[0].value) : undefined;
		const head = stored?.t === 'head' ? stored : undefined;
		// No head row: nothing has been written by this version of the app since this tab read every row.
		if (!head || head.n === this.#head?.n) return;
		const seen = this.#head?.n ?? 0;
		const missed = head.log.filter((entry) => entry.n > seen);
		const listed = head.n > seen && missed.length === head.n - seen && missed.every((e) => e.ids !== null);
		if (!listed || !this.#absorb(await this.#vault.getMany(missed.flatMap((e) => e.ids ?? [])))) {
			this.#load(await this.#vault.readAll(parseStoredRecord), true);
		} else {
			this.#head = head;
		}
		this.#changed();
	}

	/** The rows that parse as records; the ids of any that do not are noted as damaged. */
	*#parse<Value>(records: ReadResult<Value>['records'], read: (value: Value) => StoredRecord | undefined) {
		for (const { id, value } of records) {
			const record = read(value);
			if (record) yield { id, record };
			else this.#damaged.push(id);
		}
	}

	/**
	 * Takes in rows other tabs wrote. False if they do not follow on from what this tab holds (then every row is
	 * read again): a new save must take the next place in the chain, and a rewritten row (a delete's) its own.
	 */
	#absorb({ records, damaged }: ReadResult): boolean {
		this.#damaged.push(...damaged);
		const revisions: { id: string; value: RevisionRecord }[] = [];
		for (const { id, record } of this.#parse(records, parseStoredRecord)) {
			switch (record.t) {
				case 'rev':
					revisions.push({ id, value: record });
					break;
				case 'join':
					// A join gave saves new places in the chain.
					return false;
				case 'person':
					this.#people.set(record.person.id, record.person);
					this.#personRows.set(record.person.id, id);
					break;
				case 'settings':
					this.#settings = { rowId: id, settings: record.settings };
					break;
				case 'plan':
					this.#plan = { rowId: id, plan: record.plan };
					break;
				case 'checkpoint':
					if (!this.#checkpointRows.has(id)) {
						this.#checkpointRows.add(id);
						this.#checkpoints.push(record);
						this.#checkpoints.sort((a, b) => a.seq - b.seq || a.at.localeCompare(b.at));
					}
					break;
				case 'numbers':
					this.#takeNumbers(record);
					break;
				case 'draft':
				case 'head':
					break;
			}
		}
		const key = (r: { value: RevisionRecord }) =>
			revisionKey(r.value.revision.incidentId, r.value.revision.seq);
		const added = revisions
			.filter((r) => !this.#revisionRows.has(key(r)))
			.sort((a, b) => a.value.chain.seq - b.value.chain.seq);
		let seq = this.head?.seq ?? 0;
		if (added.some((r) => r.value.chain.seq !== ++seq)) return false;
		if (revisions.some((r) => this.#revisionRows.has(key(r)) && this.#revisionRows.get(key(r)) !== r.id)) {
			return false;
		}
		this.#chain.push(...added.map((r) => r.value.chain));
		this.#setRevisions(revisions);
		return true;
	}

	/** Puts stored revisions into memory: new ones, and rewritten ones in place of the old. */
	#setRevisions(rows: readonly { id: string; value: RevisionRecord }[]): void {
		for (const { id, value } of rows) {
			this.#revisionRows.set(revisionKey(value.revision.incidentId, value.revision.seq), id);
		}
		this.#unnumbered.push(...this.#exhibitNumbers.unnumbered(rows.map((r) => r.value.revision)));
		const touched = new Set(rows.map((w) => w.value.revision.incidentId));
		for (const incidentId of touched) {
			const byKey = new Map(
				(this.#incidents.get(incidentId)?.revisions ?? []).map((r) => [r.seq, r] as const)
			);
			for (const { value } of rows) {
				if (value.revision.incidentId === incidentId) byKey.set(value.revision.seq, value.revision);
			}
			const revisions = [...byKey.values()].sort((a, b) => a.seq - b.seq);
			this.#incidents.set(incidentId, {
				id: incidentId,
				recordedAt: revisions[0]!.recordedAt,
				revisions
			});
		}
	}

	/**
	 * Every write: under the lock all tabs share, catch up from IndexedDB, work out the rows, store them with the
	 * new head row in one transaction, then change memory and tell the other tabs.
	 */
	#write<T>(plan: () => Promise<Planned<T>>): Promise<T> {
		return this.#serial(() =>
			runExclusive(this.#name, async () => {
				await this.#catchUpNow();
				if (this.#forked) await this.#joinFork();
				const planned = await plan();
				const numbers = this.#planNumbers(planned);
				const writes = numbers ? [...planned.writes, numbers.write] : planned.writes;
				if (writes.length === 0) return planned.result;
				await this.#store(writes, planned.head ?? this.head, true);
				planned.apply?.();
				numbers?.apply();
				this.#changed();
				await planned.after?.();
				return planned.result;
			})
		);
	}

	/**
	 * Inside the lock, after catching up: the numbers this write gives, to exhibits an older app saved without one
	 * and then to those the write's own revisions refer to, in that order. Written in the write's transaction, so a
	 * number is given once: another tab's next write reads this row before it gives any.
	 */
	#planNumbers(planned: Planned<unknown>): { write: RowWrite; apply: () => void } | undefined {
		const saved = planned.writes.flatMap(({ value }) => {
			const record = value as Partial<RevisionRecord>;
			return record.t === 'rev' && record.revision ? [record.revision] : [];
		});
		const given = this.#exhibitNumbers.assign(
			[...this.#unnumbered, ...this.#exhibitNumbers.unnumbered(saved)],
			planned.preferredNumbers
		);
		if (given.length === 0) return undefined;
		const record: ExhibitNumbersRecord = { t: 'numbers', v: RECORD_VERSION, numbers: given };
		return {
			write: { id: newId(), value: record },
			apply: () => {
				this.#takeNumbers(record);
				this.#unnumbered = [];
			}
		};
	}

	#takeNumbers(record: ExhibitNumbersRecord): void {
		this.#exhibitNumbers.take(record.numbers);
	}

	/** The number given to each exhibit (EXH-001 is 1); one an entry refers to has none only until the next write. */
	get exhibitNumbers(): ReadonlyMap<ExhibitId, number> {
		return this.#exhibitNumbers.all;
	}

	/**
	 * Gives a number to every exhibit an older version of the app saved without one (the only ones that can lack
	 * one); writes nothing when none does. Exports call it first, so every file prints the kept numbers.
	 */
	numberExhibits(): Promise<void> {
		return this.#write(async (): Promise<Planned<void>> => ({ result: undefined, writes: [] }));
	}

	/** Inside the lock: stores rows and the next head row in one transaction, and tells the other tabs. */
	async #store(writes: readonly RowWrite[], head: ChainEntry | undefined, list: boolean): Promise<void> {
		const ids = writes.map((w) => w.id);
		const n = (this.#head?.n ?? 0) + 1;
		const logged = list && ids.length <= HEAD_LOG_IDS ? ids : null;
		const record: HeadRecord = {
			t: 'head',
			v: RECORD_VERSION,
			n,
			seq: head?.seq ?? 0,
			link: head?.link ?? GENESIS_LINK,
			log: [...(this.#head?.log ?? []), { n, ids: logged }].slice(-HEAD_LOG_WRITES)
		};
		await this.#vault.putMany([...writes, { id: this.#headId, value: record }]);
		this.#head = record;
		this.#channel?.post({ type: 'rows', n, ids: logged ?? [] });
	}

	/** The rows and memory change that append the incident's newest revision to the chain. */
	async #planLatest(next: Incident, rewrites: readonly RowWrite[] = []): Promise<Planned<Incident>> {
		const revision = next.revisions.at(-1)!;
		const previous = this.head ?? null;
		const entry = await appendToChain(previous, revision, (previous?.seq ?? 0) + 1);
		const rowId = newId();
		const record: RevisionRecord = { t: 'rev', v: RECORD_VERSION, revision, chain: entry };
		return {
			result: next,
			writes: [...rewrites, { id: rowId, value: record }],
			head: entry,
			apply: () => {
				this.#chain.push(entry);
				this.#revisionRows.set(revisionKey(revision.incidentId, revision.seq), rowId);
				this.#incidents.set(next.id, next);
			}
		};
	}

	/**
	 * Saves a new incident, or an amendment to an existing one (an edit that changes nothing saves nothing). Like
	 * every write, it takes its save time once it holds the lock, so times follow the order of the chain.
	 */
	saveIncident(
		content: IncidentContent,
		options: { editing?: IncidentId; reason?: string; now?: Date } = {}
	) {
		// Checked here, whoever calls, so text that cannot be kept (a lone surrogate) is refused with a clear reason.
		const invalid = invalidInput(
			validateIncident(content, { now: options.now }),
			validateTexts({ reason: options.reason ?? '' })
		);
		if (invalid) return Promise.reject(invalid);
		return this.#write(async (): Promise<Planned<Incident>> => {
			const now = options.now ?? new Date();
			const existing = options.editing ? this.#incidents.get(options.editing) : undefined;
			const reason = options.reason?.trim() || undefined;
			const next = existing ? editIncident(existing, content, now, reason) : createIncident(content, now);
			if (next === existing) return { result: next, writes: [] };
			return this.#planLatest(next);
		});
	}

	withdrawIncident(id: IncidentId, reason?: string, now?: Date) {
		const invalid = invalidInput(validateTexts({ reason: reason ?? '' }));
		if (invalid) return Promise.reject(invalid);
		return this.#write(async (): Promise<Planned<Incident>> => {
			const existing = this.#require(id);
			const next = withdrawIncident(existing, now ?? new Date(), reason?.trim() || undefined);
			return next === existing ? { result: next, writes: [] } : this.#planLatest(next);
		});
	}

	/**
	 * Permanently removes an incident's words: each stored revision is rewritten without its content (keeping its
	 * old hash), and the delete marker appended to the chain, in one transaction.
	 */
	deleteIncident(id: IncidentId, now?: Date) {
		return this.#write(async (): Promise<Planned<Incident>> => {
			const existing = this.#require(id);
			const next = await deleteIncident(existing, now ?? new Date());
			if (next === existing) return { result: next, writes: [] };
			const rewrites = next.revisions.slice(0, -1).map((revision) => {
				const key = revisionKey(revision.incidentId, revision.seq);
				const rowId = this.#revisionRows.get(key)!;
				const chain = this.#chain.find((e) => e.incidentId === id && e.revisionSeq === revision.seq)!;
				return {
					id: rowId,
					value: { t: 'rev', v: RECORD_VERSION, revision, chain } satisfies RevisionRecord
				};
			});
			const planned = await this.#planLatest(next, rewrites);
			return { ...planned, after: () => this.#deleteUnreferencedExhibits(existing) };
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
		if (!incident) throw new IncidentMissingError(id);
		return incident;
	}

	savePerson(person: Person) {
		const invalid = invalidInput(validatePerson(person));
		if (invalid) return Promise.reject(invalid);
		return this.#write(async (): Promise<Planned<Person>> => {
			const rowId = this.#personRows.get(person.id) ?? newId();
			return {
				result: person,
				writes: [{ id: rowId, value: { t: 'person', v: RECORD_VERSION, person } }],
				apply: () => {
					this.#people.set(person.id, person);
					this.#personRows.set(person.id, rowId);
				}
			};
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
		const invalid = invalidInput(
			validateTexts({ name: settings.name, policeReference: settings.policeReference })
		);
		if (invalid) return Promise.reject(invalid);
		return this.#write(async (): Promise<Planned<void>> => this.#planSettings(settings));
	}

	#planSettings(settings: DiarySettings): Planned<void> {
		const rowId = this.#settings?.rowId ?? newId();
		return {
			result: undefined,
			writes: [{ id: rowId, value: { t: 'settings', v: RECORD_VERSION, settings } }],
			apply: () => {
				this.#settings = { rowId, settings };
			}
		};
	}
	/**
	 * Saves the safety plan over the one before. It is checked here, whoever calls: its words, and its shape (only
	 * the plan's own parts are kept), so a row this app writes always opens again.
	 */
	saveSafetyPlan(plan: SafetyPlan) {
		const tidy = tidyPlan(plan, plan.updatedAt);
		const invalid = invalidInput(validateSafetyPlan(tidy));
		if (invalid) return Promise.reject(invalid);
		return this.#write(async (): Promise<Planned<void>> => this.#planSafetyPlan(tidy));
	}

	#planSafetyPlan(plan: SafetyPlan): Planned<void> {
		const rowId = this.#plan?.rowId ?? newId();
		return {
			result: undefined,
			writes: [{ id: rowId, value: { t: 'plan', v: RECORD_VERSION, plan } }],
			apply: () => {
				this.#plan = { rowId, plan };
			}
		};
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
		return this.#write(async (): Promise<Planned<ImportResult>> => {
			const changeExisting = source.changeExisting === true;
			const incoming = source.revisions.filter(
				(revision) =>
					!this.#revisionRows.has(revisionKey(revision.incidentId, revision.seq)) &&
					(changeExisting || !this.#incidents.has(revision.incidentId))
			);
			const writes: { id: string; value: RevisionRecord }[] = [];
			const entries: ChainEntry[] = [];
			let previous = this.head ?? null;
			const added = new Set<string>();
			for (const revision of incoming) {
				const key = revisionKey(revision.incidentId, revision.seq);
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
			const plan = source.safetyPlan && !this.#plan ? this.#planSafetyPlan(source.safetyPlan) : undefined;
			return {
				result: { revisions: writes.length, people: people.length, safetyPlan: plan !== undefined },
				writes: [...rewrites, ...writes, ...personWrites, ...(plan?.writes ?? [])],
				head: entries.at(-1),
				...(source.exhibitNumbers ? { preferredNumbers: source.exhibitNumbers } : {}),
				apply: () => {
					this.#chain.push(...entries);
					this.#setRevisions([...rewrites, ...writes]);
					people.forEach((person, i) => {
						this.#people.set(person.id, person);
						this.#personRows.set(person.id, personWrites[i]!.id);
					});
					plan?.apply?.();
				}
			};
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
			const key = revisionKey(redacted.incidentId, redacted.seq);
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
	 * when it was made, so the person can be told how old their last backup is. One write, so both or neither.
	 */
	recordDelivery(purpose: CheckpointRecord['purpose'], at?: Date, head?: ChainCheckpoint | null) {
		return this.#write(async (): Promise<Planned<CheckpointRecord | undefined>> => {
			const now = at ?? new Date();
			const checkpoint = this.#planCheckpoint(purpose, now, head);
			if (purpose !== 'backup') return checkpoint;
			const settings = this.#planSettings({
				...this.settings,
				lastBackupAt: formatIsoDateTime(now),
				incidentsAtLastBackup: this.#incidents.size
			});
			return {
				result: checkpoint.result,
				writes: [...checkpoint.writes, ...settings.writes],
				apply: () => {
					checkpoint.apply?.();
					settings.apply?.();
				}
			};
		});
	}

	/** Records the chain head at the moment of a share or backup, so a later copy can be checked against it. */
	addCheckpoint(purpose: CheckpointRecord['purpose'], now?: Date) {
		return this.#write(async () => this.#planCheckpoint(purpose, now ?? new Date()));
	}

	/**
	 * `fileHead` is the head of the file handed over, read from this chain when the file was made: another tab may
	 * have saved since, and the note must be the receipt the file's own screen showed.
	 */
	#planCheckpoint(
		purpose: CheckpointRecord['purpose'],
		now: Date,
		fileHead?: ChainCheckpoint | null
	): Planned<CheckpointRecord | undefined> {
		const head = fileHead ?? this.head;
		if (!head) return { result: undefined, writes: [] };
		const record: CheckpointRecord = {
			t: 'checkpoint',
			v: RECORD_VERSION,
			seq: head.seq,
			link: head.link,
			at: formatIsoDateTime(now),
			purpose
		};
		const rowId = newId();
		return {
			result: record,
			writes: [{ id: rowId, value: record }],
			apply: () => {
				this.#checkpointRows.add(rowId);
				this.#checkpoints.push(record);
			}
		};
	}
}
