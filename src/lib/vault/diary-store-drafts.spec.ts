// Drafts: what is typed in every form is kept, sealed, until it is saved or discarded; see DiaryStore's drafts.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeContent } from '$lib/domain/test-factories';
import { FAST_VAULT } from '$lib/testing/fast-kdf';
import { TEST_PASSPHRASE, useTestDiaries } from '$lib/testing/vault';
import { VaultDb } from './db';
import { DiaryStore } from './diary-store';
import { RECORD_VERSION } from './stored-records';
import { Vault } from './vault';

const diaries = useTestDiaries('drafts');
let db: VaultDb;

beforeEach(() => {
	db = diaries.newDb();
});

async function fresh(): Promise<{ vault: Vault; store: DiaryStore }> {
	const vault = await Vault.create(db, TEST_PASSPHRASE, FAST_VAULT);
	return { vault, store: await DiaryStore.open(vault) };
}

async function reopen(vault: Vault): Promise<{ vault: Vault; store: DiaryStore }> {
	vault.lock();
	const again = await Vault.unlock(db, TEST_PASSPHRASE);
	return { vault: again, store: await DiaryStore.open(again) };
}

function bytesHold(bytes: Uint8Array, text: string): boolean {
	const needle = new TextEncoder().encode(text);
	outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
		for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
		return true;
	}
	return false;
}

describe('drafts', () => {
	it('keeps each form its own draft across locking, and clearing one leaves the others', async () => {
		const { vault, store } = await fresh();
		await store.saveDraft({ content: makeContent({ whatHappened: 'full form words' }), reason: '' });
		await store.saveTextDraft('quick', {
			fields: { words: 'quick words', startedAt: '2026-01-02T10:00:00Z' }
		});
		await store.saveTextDraft('person', { key: 'p1', fields: { name: 'Tall man', vehicles: 'Blue van' } });
		await store.saveTextDraft(
			'withdraw',
			{ key: 'i1', fields: { reason: 'entered twice' } },
			new Date('2099-01-01T00:00:00Z')
		);

		const { vault: second, store: reopened } = await reopen(vault);
		expect(reopened.draft?.content.whatHappened).toBe('full form words');
		expect(reopened.textDraft('quick')?.fields).toEqual({
			words: 'quick words',
			startedAt: '2026-01-02T10:00:00Z'
		});
		expect(reopened.textDraft('person')).toMatchObject({ key: 'p1', fields: { name: 'Tall man' } });
		expect(reopened.drafts[0]).toMatchObject({ form: 'withdraw', key: 'i1' });
		expect(reopened.drafts.map((d) => d.form).sort()).toEqual(['log', 'person', 'quick', 'withdraw']);

		await reopened.clearDraft('quick');
		const { store: third } = await reopen(second);
		expect(third.textDraft('quick')).toBeUndefined();
		expect(third.textDraft('person')?.fields.name).toBe('Tall man');
		expect(third.draft?.content.whatHappened).toBe('full form words');
	});

	it('seals a draft in the same task as the change, so a lock straight after still keeps it', async () => {
		const { vault, store } = await fresh();
		await store.saveTextDraft('quick', { fields: { words: 'first' } });
		// Both asked for, then the key wiped before either write has run, as a quick exit does.
		const quick = store.saveTextDraft('quick', { fields: { words: 'typed just before leaving' } });
		const log = store.saveDraft({ content: makeContent({ whatHappened: 'also just before' }), reason: '' });
		vault.lock();
		await Promise.all([quick, log]);

		const again = await Vault.unlock(db, TEST_PASSPHRASE);
		const reopened = await DiaryStore.open(again);
		expect(reopened.textDraft('quick')?.fields.words).toBe('typed just before leaving');
		expect(reopened.draft?.content.whatHappened).toBe('also just before');
		expect(reopened.damaged).toEqual([]);
	});

	it('keeps one row a form, and nothing typed is readable in storage', async () => {
		const { store } = await fresh();
		for (const words of ['M', 'MA', 'MARKER-q7 words'])
			await store.saveTextDraft('quick', { fields: { words } });
		const rows = await db.rows.toArray();
		expect(rows).toHaveLength(1);
		expect(bytesHold(rows[0]!.sealed, 'MARKER-q7')).toBe(false);
		// The scan can fail: the same words unsealed are found.
		expect(bytesHold(new TextEncoder().encode('{"words":"MARKER-q7 words"}'), 'MARKER-q7')).toBe(true);
	});

	it('opens a draft stored before drafts were kept by form as the full form’s, and goes on using its row', async () => {
		const { vault } = await fresh();
		const oldRow = 'a'.repeat(32);
		await vault.put(oldRow, {
			t: 'draft',
			v: RECORD_VERSION,
			content: makeContent({ whatHappened: 'from an older version' }),
			reason: '',
			savedAt: '2026-01-01T09:00:00Z'
		});
		const { vault: second, store } = await reopen(vault);
		expect(store.draft?.content.whatHappened).toBe('from an older version');
		expect(store.drafts).toEqual([{ form: 'log', savedAt: '2026-01-01T09:00:00Z' }]);

		await store.saveDraft({ content: makeContent({ whatHappened: 'typed on' }), reason: '' });
		expect((await db.rows.toArray()).map((r) => r.id)).toEqual([oldRow]);
		const { store: third } = await reopen(second);
		expect(third.draft?.content.whatHappened).toBe('typed on');
	});

	it('of two rows for one form (two tabs), opens the newer, and clearing removes both', async () => {
		const { vault } = await fresh();
		const row = (savedAt: string, words: string) => ({
			t: 'draft',
			v: RECORD_VERSION,
			form: 'quick',
			fields: { words },
			savedAt
		});
		await vault.put('b'.repeat(32), row('2026-01-01T10:00:00Z', 'newer'));
		await vault.put('c'.repeat(32), row('2026-01-01T09:00:00Z', 'older'));
		const { store } = await reopen(vault);
		expect(store.textDraft('quick')?.fields.words).toBe('newer');
		await store.clearDraft('quick');
		expect(await db.rows.count()).toBe(0);
	});

	it('reports a draft that is not a known shape as damaged, and trusts nothing in it', async () => {
		const { vault } = await fresh();
		await vault.put('d'.repeat(32), {
			t: 'draft',
			v: RECORD_VERSION,
			form: 'quick',
			fields: { words: 42 },
			savedAt: '2026-01-01T10:00:00Z'
		});
		await vault.put('e'.repeat(32), {
			t: 'draft',
			v: RECORD_VERSION,
			form: 'somewhere',
			fields: {},
			savedAt: '2026-01-01T10:00:00Z'
		});
		const { store } = await reopen(vault);
		expect(store.textDraft('quick')).toBeUndefined();
		expect([...store.damaged].sort()).toEqual(['d'.repeat(32), 'e'.repeat(32)]);
	});
});
