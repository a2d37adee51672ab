// The log form's rules on a real diary (fake-indexeddb, real libsodium): a draft kept on every change, Cancel
// keeping it unless discarding was confirmed, and exhibits no saved revision holds tidied away.
import 'fake-indexeddb/auto';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExhibitRef } from '$lib/domain/incident';
import { makeContent } from '$lib/domain/test-factories';
import { DiaryState } from '$lib/state/diary.svelte';
import { VaultDb } from '$lib/vault/db';
import { DiaryStore } from '$lib/vault/diary-store';
import { hasExhibit, sealExhibit } from '$lib/vault/exhibits';
import { Vault } from '$lib/vault/vault';
import { LogDraft } from './log-draft.svelte';

const FAST = { ops: 1, mem: 8 * 1024 * 1024, skipStrengthCheck: true };

let db: VaultDb;
let vault: Vault;
let diary: DiaryState;
const drafts: LogDraft[] = [];
let counter = 0;

beforeEach(async () => {
	db = new VaultDb(`log-draft-${Date.now()}-${counter++}`);
	vault = await Vault.create(db, 'pass', FAST);
	diary = new DiaryState(await DiaryStore.open(vault));
});

afterEach(async () => {
	for (const draft of drafts.splice(0)) draft.destroy();
	await diary.settled();
	diary.close();
	db.close();
	await db.delete();
});

async function open(editing?: Parameters<DiaryState['incident']>[0]): Promise<LogDraft> {
	const draft = new LogDraft(diary, editing, () => vault);
	drafts.push(draft);
	// The first run is what the form opened with, which is not a change.
	await tick();
	return draft;
}

/** Types into the form as a person would: one change, then the draft it keeps. */
async function type(draft: LogDraft, change: (draft: LogDraft) => void): Promise<void> {
	change(draft);
	await tick();
	await draft.settled();
}

function photo(text: string): Promise<ExhibitRef> {
	return sealExhibit(vault, new File([text], `${text}.txt`, { type: 'text/plain' }));
}

describe('LogDraft', () => {
	it('keeps a draft of every change, and a form opened again starts from it', async () => {
		const draft = await open();
		expect(draft.kept).toBe(false);
		expect(diary.draft).toBeUndefined();
		await type(draft, (d) => (d.form.whatHappened = 'He followed me'));
		expect(draft.kept).toBe(true);
		expect(diary.draft?.content.whatHappened).toBe('He followed me');
		draft.destroy();

		const again = await open();
		expect(again.restored).toBe(true);
		expect(again.form.whatHappened).toBe('He followed me');
		expect(again.unsaved()).toBe(true);
	});

	it('has nothing unsaved when nothing was typed, so Cancel can leave at once', async () => {
		const draft = await open();
		expect(draft.restored).toBe(false);
		expect(draft.unsaved()).toBe(false);
	});

	it('keeps the draft until discarding is confirmed, then clears it', async () => {
		const draft = await open();
		await type(draft, (d) => (d.form.location = 'Outside work'));
		// Cancel only asks: nothing is written or cleared until the person chooses.
		expect(draft.unsaved()).toBe(true);
		expect(diary.draft?.content.location).toBe('Outside work');
		expect(await draft.discard()).toBe(true);
		expect(diary.draft).toBeUndefined();
	});

	it('says what is wrong instead of saving, and keeps the draft', async () => {
		const draft = await open();
		await type(draft, (d) => (d.form.location = 'Bus stop'));
		expect(await draft.save(false)).toBe('problems');
		expect(draft.problems.length).toBeGreaterThan(0);
		expect(diary.incidents).toEqual([]);
		expect(diary.draft?.content.location).toBe('Bus stop');
	});

	it('saves the entry, clears the draft, and deletes an exhibit removed before saving', async () => {
		const draft = await open();
		const kept = await photo('kept');
		const removed = await photo('removed');
		draft.addExhibit(kept);
		draft.addExhibit(removed);
		draft.removeExhibit(removed);
		expect(draft.form.exhibits.map((x) => x.id)).toEqual([kept.id]);
		await type(draft, (d) => {
			d.form.behaviours = ['watching'];
			d.form.whatHappened = 'Parked opposite the house';
		});
		const outcome = await draft.save(false);
		expect(outcome).not.toBe('problems');
		expect(outcome).not.toBe('failed');
		expect(diary.incidents).toHaveLength(1);
		expect(diary.draft).toBeUndefined();
		expect(await hasExhibit(vault, kept.id)).toBe(true);
		expect(await hasExhibit(vault, removed.id)).toBe(false);
	});

	it('on discarding an edit, deletes exhibits just added but keeps those the saved entry holds', async () => {
		const old = await photo('old');
		const saved = await diary.saveIncident(makeContent({ exhibits: [old] }));
		const draft = await open(saved.id);
		expect(draft.form.exhibits.map((x) => x.id)).toEqual([old.id]);
		const added = await photo('new');
		draft.addExhibit(added);
		draft.removeExhibit(old);
		expect(await draft.discard()).toBe(true);
		expect(await hasExhibit(vault, old.id)).toBe(true);
		expect(await hasExhibit(vault, added.id)).toBe(false);
		expect(diary.incident(saved.id)?.revisions).toHaveLength(1);
	});
});
