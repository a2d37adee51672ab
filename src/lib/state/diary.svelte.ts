// The unlocked diary as the screens see it: the DiaryStore wrapped in rune state. Every change the store makes,
// its own writes and what it reads of other tabs' alike, bumps a version, and the derived index and timeline
// follow.
import { type ChainCheckpoint, type ChainVerification } from '$lib/domain/hash-chain';
import type { Incident, IncidentContent, IncidentId, Person } from '$lib/domain/incident';
import type { SafetyPlan } from '$lib/domain/safety-plan';
import { indexIncidents, prepareIndex, type TimelineIndex } from '$lib/domain/timeline';
import type { OpenedShare } from '$lib/export/open-shared';
import type { Vault } from '$lib/vault';
import type { DiaryStore, Draft, JoinReport, TextDraft } from '$lib/vault/diary-store';
import type { CheckpointRecord, DiarySettings, DraftForm, TextDraftForm } from '$lib/vault/stored-records';
import { yieldToPage } from '$lib/workers/yield';
import { applyRestore, planRestore, type RestorePlan, type RestoreResult } from './restore';
import { deviceStorage } from './storage.svelte';

export class DiaryState {
	readonly #store: DiaryStore;
	#version = $state(0);
	#verification = $state.raw<ChainVerification | undefined>();
	#verifyFailed = $state(false);
	#missingCheckpoints = $state.raw<readonly CheckpointRecord[]>([]);
	readonly #stopListening: () => void;

	constructor(store: DiaryStore) {
		this.#store = store;
		// The one path by which the screens learn of a change: whichever way rows reached the store.
		this.#stopListening = store.onChange(() => this.#version++);
	}

	readonly incidents: readonly Incident[] = $derived.by(() => {
		void this.#version;
		return this.#store.incidents;
	});

	readonly people: readonly Person[] = $derived.by(() => {
		void this.#version;
		return this.#store.people;
	});

	readonly index: TimelineIndex = $derived(indexIncidents(this.incidents, { people: this.people }));

	get settings(): DiarySettings {
		void this.#version;
		return this.#store.settings;
	}

	get safetyPlan(): SafetyPlan | undefined {
		void this.#version;
		return this.#store.safetyPlan;
	}

	saveSafetyPlan(plan: SafetyPlan) {
		return this.#store.saveSafetyPlan(plan);
	}

	get draft(): Draft | undefined {
		void this.#version;
		return this.#store.draft;
	}

	textDraft(form: TextDraftForm): TextDraft | undefined {
		void this.#version;
		return this.#store.textDraft(form);
	}

	get damaged(): readonly string[] {
		return this.#store.damaged;
	}

	get verification(): ChainVerification | undefined {
		return this.#verification;
	}

	/** The last check of the record of changes could not be finished (it threw), so nothing is known either way. */
	get verifyFailed(): boolean {
		return this.#verifyFailed;
	}

	/** Checkpoints of shares and backups that this diary's chain no longer holds; see DiaryStore. */
	get missingCheckpoints(): readonly CheckpointRecord[] {
		return this.#missingCheckpoints;
	}

	/** What joining a forked chain did on this unlock, if it was needed. */
	get joinReport(): JoinReport | undefined {
		return this.#store.joinReport;
	}

	/**
	 * Reads other tabs' saves whenever this tab is shown again or gets focus (the store also hears each save as
	 * it is made). Returns a function that stops.
	 */
	followOtherTabs(): () => void {
		const catchUp = () => {
			if (document.visibilityState !== 'visible') return;
			this.#store.catchUp().catch((error: unknown) => console.error(error));
		};
		document.addEventListener('visibilitychange', catchUp);
		window.addEventListener('focus', catchUp);
		return () => {
			document.removeEventListener('visibilitychange', catchUp);
			window.removeEventListener('focus', catchUp);
		};
	}

	/** On lock: stops listening to the store and to other tabs. */
	close(): void {
		this.#stopListening();
		this.#store.close();
	}

	get store(): DiaryStore {
		return this.#store;
	}

	incident(id: IncidentId): Incident | undefined {
		void this.#version;
		return this.#store.incident(id);
	}

	/**
	 * Indexes every entry for the timeline a batch at a time, giving the page back between batches; called before
	 * the timeline is first drawn, so that draw only sorts what is done (domain/timeline.ts, prepareIndex).
	 */
	async prepare(): Promise<void> {
		await prepareIndex(this.#store.incidents, { people: this.#store.people }, yieldToPage);
	}

	/**
	 * Runs after the timeline is drawn, so checking 10,000 hashes never delays opening the diary. Checks the chain,
	 * and that it still holds every checkpoint a share or backup noted. Never rejects: a check that cannot be
	 * finished is shown as such (verifyFailed), not left in the console.
	 */
	async verify(): Promise<void> {
		try {
			this.#verification = await this.#store.verify();
			this.#missingCheckpoints = this.#store.missingCheckpoints();
			this.#verifyFailed = false;
		} catch (error) {
			console.error(error);
			this.#verifyFailed = true;
		}
	}

	async saveIncident(content: IncidentContent, options: { editing?: IncidentId; reason?: string } = {}) {
		const saved = await this.#store.saveIncident(content, options);
		// Once there is something worth keeping, ask the browser not to clear it under storage pressure.
		deviceStorage.persistAfterFirstSave();
		return saved;
	}

	/** Waits for every save already started, the draft included, so nothing typed is lost by a reload. */
	settled(): Promise<void> {
		return this.#store.settled();
	}

	withdrawIncident(id: IncidentId, reason?: string) {
		return this.#store.withdrawIncident(id, reason);
	}

	deleteIncident(id: IncidentId) {
		return this.#store.deleteIncident(id);
	}

	savePerson(person: Person) {
		return this.#store.savePerson(person);
	}

	// A draft does not change what the screens show, so keeping one does not bump the version (no re-render per
	// keystroke). Either call seals what was typed before it returns; see DiaryStore.
	saveDraft(draft: Draft) {
		return this.#store.saveDraft(draft);
	}

	saveTextDraft(form: TextDraftForm, draft: TextDraft) {
		return this.#store.saveTextDraft(form, draft);
	}

	clearDraft(form: DraftForm = 'log') {
		return this.#store.clearDraft(form);
	}

	saveSettings(settings: DiarySettings) {
		return this.#store.saveSettings(settings);
	}

	/** After a file has been handed over, with the head it was made from; see DiaryStore.recordDelivery. */
	recordDelivery(purpose: CheckpointRecord['purpose'], head: ChainCheckpoint | null) {
		return this.#store.recordDelivery(purpose, undefined, head);
	}

	/** The receipts given: every checkpoint noted when a file was handed over, newest first. */
	get receipts(): readonly CheckpointRecord[] {
		void this.#version;
		return [...this.#store.checkpoints].sort((a, b) => b.at.localeCompare(a.at) || b.seq - a.seq);
	}

	/** What restoring an opened, checked file would add, without writing anything; see state/restore.ts. */
	planRestore(vault: Vault, opened: OpenedShare): Promise<RestorePlan> {
		return planRestore(this.#store, vault, opened);
	}

	/** Writes a plan the person has agreed to; see state/restore.ts. */
	async restore(
		vault: Vault,
		plan: RestorePlan,
		onProgress?: (done: number, total: number) => void
	): Promise<RestoreResult> {
		const result = await applyRestore(this.#store, vault, plan, onProgress);
		// The new entries are checked like the rest of the diary, once they are on screen.
		await this.verify();
		return result;
	}
}
