// The "Export and share" screen's rules on a real diary (fake-indexeddb, real libsodium): the choices decide what
// goes in the file, a failure is said calmly and leaves the screen ready for another try, and a file handed over
// has its receipt noted. Only the hand-over is the spec's own: Node has no share sheet and no downloads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeContent } from '$lib/domain/test-factories';
import { receiptCode } from '$lib/domain/receipt';
import type { Delivery } from '$lib/export/deliver';
import { nodeFonts } from '$lib/export/test-fixtures';
import { m } from '$lib/messages';
import { useTestDiaries } from '$lib/testing/vault';
import { DiaryState } from './diary.svelte';
import { ExportShareState } from './export-share.svelte';

const t = m.sharing.exportView;
const diaries = useTestDiaries('export-share');
const STRONG = 'correct horse battery staple orbit lantern';

let diary: DiaryState;
let handed: File[];
/** What the next hand-over does: by default the file is taken, as a share sheet would. */
let deliver: (file: File) => Promise<Delivery>;

beforeEach(async () => {
	const { vault, store } = await diaries.newDiary();
	diary = new DiaryState(store);
	handed = [];
	deliver = async (file) => {
		handed.push(file);
		return 'shared';
	};
	share = new ExportShareState(diary, () => vault, { deliver: (file) => deliver(file), fonts: nodeFonts() });
});

afterEach(async () => {
	await diary.settled();
});

let share: ExportShareState;

describe('ExportShareState', () => {
	it('puts in the file only what the choices pick', async () => {
		await diary.saveIncident(makeContent({ behaviours: ['watching'], whatHappened: 'Parked outside' }));
		await diary.saveIncident(makeContent({ behaviours: ['following'], whatHappened: 'Walked behind me' }));
		share.behaviours = ['following'];

		expect(await share.makePlain('csv', t.csv)).toBe('done');

		expect(handed).toHaveLength(1);
		const text = await handed[0]?.text();
		expect(text).toContain('Walked behind me');
		expect(text).not.toContain('Parked outside');
		expect(share.status).toBe(t.shared);
		expect(share.problem).toBeUndefined();
	});

	it('never includes private notes in a disclosure-safe copy', () => {
		share.includePrivateNotes = true;
		expect(share.options().includePrivateNotes).toBe(true);
		share.disclosureSafe = true;
		expect(share.options()).toEqual({ disclosureSafe: true, includePrivateNotes: false });
	});

	it('makes nothing while the dates are the wrong way round, and says so beside the button', async () => {
		share.from = '2026-12-01';
		share.to = '2026-11-01';

		expect(await share.makePlain('csv', t.csv)).toBe('problems');

		expect(handed).toHaveLength(0);
		expect(share.problems).toEqual([{ id: 'export-from', message: t.datesInvalid }]);
		expect(share.area).toBe('plain');
		share.to = '2026-12-02';
		expect(share.problems).toEqual([]);
	});

	it('says a failure calmly and keeps the screen ready for another try', async () => {
		deliver = () => Promise.reject(new Error('disk on fire'));

		await share.makePlain('json', t.json);

		expect(share.problem).toBe(m.common.somethingWentWrong);
		expect(share.making).toBeUndefined();
		expect(diary.receipts).toHaveLength(0);

		deliver = async (file) => {
			handed.push(file);
			return 'downloaded';
		};
		await share.makePlain('json', t.json);
		expect(share.problem).toBeUndefined();
		expect(share.status).toBe(t.downloaded);
		expect(handed).toHaveLength(1);
	});

	it('says nothing when the person closes the share sheet', async () => {
		deliver = () => Promise.reject(new DOMException('closed', 'AbortError'));

		await share.makePlain('csv', t.csv);

		expect(share.problem).toBeUndefined();
		expect(share.status).toBe('');
		expect(share.making).toBeUndefined();
	});

	it('notes the receipt of a share file once it is handed over, and forgets the passphrase', async () => {
		await diary.saveIncident(makeContent());
		share.purpose = 'share';
		share.useSuggestion(STRONG);

		expect(await share.makeEncrypted()).toBe('done');

		expect(handed).toHaveLength(1);
		const [given] = diary.receipts;
		expect(diary.receipts).toHaveLength(1);
		expect(given?.purpose).toBe('share');
		expect(share.receipt).toBe(given && receiptCode(given));
		expect(share.status).toBe(`${t.shared} ${t.checkpoint}`);
		expect(share.area).toBe('encrypted');
		expect(share.passphrase).toBe('');
		expect(share.confirm).toBe('');
	});

	it('seals nothing under a passphrase that does not match its confirmation', async () => {
		share.passphrase = STRONG;
		share.confirm = `${STRONG} typo`;

		expect(await share.makeEncrypted()).toBe('problems');

		expect(handed).toHaveLength(0);
		expect(share.problems).toEqual([{ id: 'confirm-share-passphrase', message: m.passphrase.mismatch }]);
		expect(share.passphrase).toBe(STRONG);
	});

	it('keeps the file when the share sheet wants a newer tap, and notes it once sent', async () => {
		await diary.saveIncident(makeContent());
		deliver = () => Promise.reject(new DOMException('too late', 'NotAllowedError'));
		share.purpose = 'backup';
		share.useSuggestion(STRONG);

		await share.makeEncrypted();

		expect(share.ready).toBe(true);
		expect(share.status).toBe(t.ready);
		expect(share.problem).toBeUndefined();
		expect(diary.receipts).toHaveLength(0);

		deliver = async (file) => {
			handed.push(file);
			return 'shared';
		};
		await share.sendReady();
		expect(share.ready).toBe(false);
		const [given] = diary.receipts;
		expect(diary.receipts.map((each) => each.purpose)).toEqual(['backup']);
		expect(share.receipt).toBe(given && receiptCode(given));
	});

	it('hands nothing over when the diary was locked while the file was being made', async () => {
		await diary.saveIncident(makeContent({ whatHappened: 'Parked outside' }));
		const { vault } = await diaries.newDiary();
		let open: typeof vault | undefined = vault;
		const locking = new ExportShareState(diary, () => open, {
			deliver: (file) => deliver(file),
			fonts: nodeFonts()
		});
		const making = locking.makePlain('csv', t.csv);
		open = undefined;
		expect(await making).toBe('done');
		expect(handed).toEqual([]);
		expect(locking.problem).toBeUndefined();

		// The same screen with the diary open hands the file over.
		open = vault;
		await locking.makePlain('csv', t.csv);
		expect(handed).toHaveLength(1);
	});

	it('saves the cover details typed when a file is made', async () => {
		share.personName = '  Sam Example ';
		share.policeReference = 'REF 123';

		await share.makePlain('csv', t.csv);

		expect(diary.settings.name).toBe('Sam Example');
		expect(diary.settings.policeReference).toBe('REF 123');
	});
});
