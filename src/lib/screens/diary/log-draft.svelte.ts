// The log form's rules, apart from its markup: where it starts (the saved draft, the entry, or empty at now), the
// draft kept on every change, the exhibits chosen and removed, and what saving and cancelling do. The component
// only draws it and sends it the person's presses.
import { SvelteMap } from 'svelte/reactivity';
import {
	currentContent,
	emptyIncidentContent,
	type ExhibitRef,
	type IncidentContent,
	type IncidentId,
	type PersonDescription,
	type Sighting,
	type VehicleDetails,
	emptyPersonDescription,
	emptySighting,
	emptyVehicleDetails,
	withoutEmptyOptional
} from '$lib/domain/incident';
import { diffContent } from '$lib/domain/revisions';
import { describeError } from '$lib/state/describe-error';
import type { DiaryState } from '$lib/state/diary.svelte';
import { deleteExhibit, type Vault } from '$lib/state/exhibits';
import { keepDraftOnChange, type KeepDraft } from '$lib/state/keep-draft.svelte';
import { runAction } from '$lib/state/run-action';
import { logFormProblems } from './log-form-problems';
import { fieldsFromOccurred, nowFields, occurredFromFields, type OccurredFields } from './occurred-fields';

/**
 * The content as the form holds it: the optional descriptions always there, empty until typed in, so each field
 * can be bound; snapshot() leaves the empty ones out again (withoutEmptyOptional).
 */
export type FormContent = IncidentContent & {
	sighting: Sighting;
	personDescription: PersonDescription;
	vehicleDetails: VehicleDetails;
};

function editable(content: IncidentContent): FormContent {
	return {
		...content,
		sighting: { ...emptySighting(), ...content.sighting },
		personDescription: { ...emptyPersonDescription(), ...content.personDescription },
		vehicleDetails: { ...emptyVehicleDetails(), ...content.vehicleDetails }
	};
}

/** What a press of Save came to: problems to show, a failure already said, or the entry saved. */
export type SaveOutcome = 'problems' | 'failed' | { readonly saved: IncidentId };

export class LogDraft {
	readonly #diary: DiaryState;
	readonly #vault: () => Vault | undefined;
	readonly editing: IncidentId | undefined;
	/** The form opened on a draft kept from before (a quick exit, a lock, a reload). */
	readonly restored: boolean;
	form: FormContent = $state(editable(emptyIncidentContent()));
	when: OccurredFields = $state(nowFields());
	reason = $state('');
	/** What went wrong with the last save, discard or draft, in the words to show. */
	failure = $state<string | undefined>();
	#busy = $state(false);
	/** How the person last tried to save; from then on the problems follow what is typed. */
	#tried = $state<'full' | 'quick' | undefined>();
	/** What the form holds when nothing has been typed: the saved entry, or an empty one at the time it opened. */
	readonly #untouched: IncidentContent;
	// Exhibits are sealed as soon as they are chosen, so some may end up referenced by no revision: removed before
	// saving, or the whole form cancelled. Those are deleted then; anything a saved revision points to is kept,
	// because the history must still open it.
	readonly #seen: SvelteMap<string, ExhibitRef>;
	readonly #keep: KeepDraft;
	readonly #stop: () => void;

	/** `vault` is read when exhibits are tidied: none once the diary is locked. */
	constructor(diary: DiaryState, editing: IncidentId | undefined, vault: () => Vault | undefined) {
		this.#diary = diary;
		this.#vault = vault;
		this.editing = editing;
		const openedAt = nowFields();
		const existing = editing ? diary.incident(editing) : undefined;
		const saved = existing ? currentContent(existing) : null;
		// Start from the saved draft if there is one for this same entry; else from the entry, or empty at now.
		const draft = diary.draft;
		const restored = draft !== undefined && draft.editing === editing;
		this.restored = restored;
		const initial = restored ? draft.content : (saved ?? undefined);
		const start: IncidentContent = structuredClone(initial ?? emptyIncidentContent());
		this.form = editable(start);
		this.when = initial?.occurred.start ? fieldsFromOccurred(start.occurred) : { ...openedAt };
		this.reason = restored ? draft.reason : '';
		const content = saved ?? emptyIncidentContent();
		const fields = saved?.occurred.start ? fieldsFromOccurred(saved.occurred) : openedAt;
		this.#untouched = { ...content, occurred: occurredFromFields(fields) };
		this.#seen = new SvelteMap(start.exhibits.map((x) => [x.id, x]));

		// Seal and save what is typed on every change (state/keep-draft.svelte.ts): a quick exit loses nothing that
		// had reached the screen. Writes go one after another in the store's queue.
		let keep: KeepDraft | undefined;
		this.#stop = $effect.root(() => {
			keep = keepDraftOnChange(
				() => ({ content: this.snapshot(), editing, reason: this.reason }),
				async (value) => {
					await diary.saveDraft(value);
					return true;
				},
				{ failed: (error) => (this.failure = describeError(error)) }
			);
		});
		if (!keep) throw new Error('keepDraftOnChange did not start');
		this.#keep = keep;
	}

	/** The form is gone: no more drafts are kept. */
	destroy(): void {
		this.#stop();
	}

	get busy(): boolean {
		return this.#busy;
	}

	/** True once the newest change is kept as a draft; see KeepDraft. */
	get kept(): boolean {
		return this.#keep.kept;
	}

	/** Resolves once the last draft asked for is written. */
	settled(): Promise<void> {
		return this.#keep.settled();
	}

	// After a first try, the problems follow what is typed, so each message goes once its problem is fixed.
	readonly problems = $derived.by(() =>
		this.#tried
			? logFormProblems(this.snapshot(), {
					asQuickLog: this.#tried === 'quick',
					reason: this.editing ? this.reason : '',
					firstPersonId: this.#diary.people[0]?.id
				})
			: []
	);

	/** What is typed, as the content it would save. */
	snapshot(): IncidentContent {
		return withoutEmptyOptional({ ...$state.snapshot(this.form), occurred: occurredFromFields(this.when) });
	}

	/** Something has been typed since the form opened (or since the entry was last saved). */
	unsaved(): boolean {
		return this.reason.trim() !== '' || diffContent(this.#untouched, this.snapshot()).length > 0;
	}

	addExhibit(exhibit: ExhibitRef): void {
		this.#seen.set(exhibit.id, exhibit);
		this.form.exhibits.push(exhibit);
	}

	removeExhibit(exhibit: ExhibitRef): void {
		this.form.exhibits = this.form.exhibits.filter((x) => x.id !== exhibit.id);
	}

	/**
	 * Saves the entry, once what is typed has no problems. Nothing typed is lost either way: with problems the form
	 * keeps every value, and the draft is still saved.
	 */
	async save(asQuickLog: boolean): Promise<SaveOutcome> {
		this.failure = undefined;
		this.#tried = asQuickLog ? 'quick' : 'full';
		if (this.problems.length > 0) return 'problems';
		const content = { ...this.snapshot(), quickLog: asQuickLog };
		const { editing, reason } = this;
		this.#busy = true;
		const outcome = await runAction(
			async () => {
				await this.#keep.settled();
				const saved = await this.#diary.saveIncident(content, { editing, reason });
				await this.#diary.clearDraft();
				await this.#deleteUnreferenced([...this.#inSavedRevisions(), ...content.exhibits.map((x) => x.id)]);
				return saved;
			},
			{ onProblem: (message) => (this.failure = message) }
		);
		this.#busy = false;
		return outcome.ok ? { saved: outcome.value.id } : 'failed';
	}

	/** The person chose to discard what was typed: the draft goes, and exhibits no saved revision holds. */
	async discard(): Promise<boolean> {
		try {
			await this.#keep.settled();
			await this.#diary.clearDraft();
			await this.#deleteUnreferenced(this.#inSavedRevisions());
			return true;
		} catch (error) {
			this.failure = describeError(error);
			return false;
		}
	}

	#inSavedRevisions(): string[] {
		const existing = this.editing ? this.#diary.incident(this.editing) : undefined;
		return existing?.revisions.flatMap((r) => r.content?.exhibits.map((x) => x.id) ?? []) ?? [];
	}

	async #deleteUnreferenced(keep: readonly string[]) {
		const vault = this.#vault();
		if (!vault) return;
		for (const exhibit of this.#seen.values()) {
			if (keep.includes(exhibit.id)) continue;
			// Only tidying: a failure leaves unreadable chunks, never a changed entry, so it is logged, not shown.
			await deleteExhibit(vault, exhibit).catch((error: unknown) => console.error(error));
		}
	}
}
