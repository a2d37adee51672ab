// The unlocked diary as the screens see it: the DiaryStore wrapped in rune state. Every change goes through
// here, bumps a version, and the derived index and timeline follow.
import { type ChainVerification } from '$lib/domain/hash-chain';
import type { Incident, IncidentContent, IncidentId, Person } from '$lib/domain/incident';
import { indexIncidents, type TimelineIndex } from '$lib/domain/timeline';
import type { OpenedShare } from '$lib/export/open-shared';
import type { Vault } from '$lib/vault';
import type { DiaryStore, Draft, TextDraft } from '$lib/vault/diary-store';
import type { CheckpointRecord, DiarySettings, DraftForm, TextDraftForm } from '$lib/vault/stored-records';
import { applyRestore, planRestore, type RestorePlan, type RestoreResult } from './restore';
import { deviceStorage } from './storage.svelte';

export class DiaryState {
	readonly #store: DiaryStore;
	#version = $state(0);
	#verification = $state.raw<ChainVerification | undefined>();

	constructor(store: DiaryStore) {
		this.#store = store;
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

	get store(): DiaryStore {
		return this.#store;
	}

	incident(id: IncidentId): Incident | undefined {
		void this.#version;
		return this.#store.incident(id);
	}

	/** Runs after the timeline is drawn, so checking 10,000 hashes never delays opening the diary. */
	async verify(): Promise<void> {
		this.#verification = await this.#store.verify();
	}

	async #changed<T>(work: Promise<T>): Promise<T> {
		const result = await work;
		this.#version++;
		return result;
	}

	async saveIncident(content: IncidentContent, options: { editing?: IncidentId; reason?: string } = {}) {
		const saved = await this.#changed(this.#store.saveIncident(content, options));
		// Once there is something worth keeping, ask the browser not to clear it under storage pressure.
		deviceStorage.persistAfterFirstSave();
		return saved;
	}

	/** Waits for every save already started, the draft included, so nothing typed is lost by a reload. */
	settled(): Promise<void> {
		return this.#store.settled();
	}

	withdrawIncident(id: IncidentId, reason?: string) {
		return this.#changed(this.#store.withdrawIncident(id, reason));
	}

	deleteIncident(id: IncidentId) {
		return this.#changed(this.#store.deleteIncident(id));
	}

	savePerson(person: Person) {
		return this.#changed(this.#store.savePerson(person));
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
		// The smaller forms clear their draft when their words are all deleted, so that costs no re-render either.
		const cleared = this.#store.clearDraft(form);
		return form === 'log' ? this.#changed(cleared) : cleared;
	}

	saveSettings(settings: DiarySettings) {
		return this.#changed(this.#store.saveSettings(settings));
	}

	/**
	 * After a share or backup file has been handed over: notes the chain head as a checkpoint, and for a backup
	 * when it was made, so the settings can say how old the last one is.
	 */
	/** After a share or backup file has been handed over; see DiaryStore.recordDelivery. */
	recordDelivery(purpose: CheckpointRecord['purpose']) {
		return this.#changed(this.#store.recordDelivery(purpose));
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
		const result = await this.#changed(applyRestore(this.#store, vault, plan, onProgress));
		// The new entries are checked like the rest of the diary, once they are on screen.
		await this.verify();
		return result;
	}
}
