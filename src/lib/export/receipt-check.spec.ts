import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '$lib/testing/bytes';
import type { BehaviourId } from '$lib/domain/behaviours';
import type { Incident } from '$lib/domain/incident';
import { receiptCode } from '$lib/domain/receipt';
import { makeIncident } from '$lib/domain/test-factories';
import { FAST_KDF } from '$lib/testing/fast-kdf';
import {
	BACKUP_OPTIONS,
	collectBlob,
	headOf,
	makePackStream,
	makeShareStream,
	prepareExport
} from './diary-export';
import { NotAShareFileError } from './errors';
import type { ExportJson } from './json';
import { openSharedFile } from './open-shared';
import { confirmReceipt, receiptOfFile } from './receipt-check';
import { nodeFonts, snapshotOf } from './test-fixtures';

const PASSPHRASE = 'copper meadow violin 83 slowly';

function entry(n: number, words: string, behaviour: BehaviourId = 'following'): Incident {
	return makeIncident(
		{ whatHappened: words, behaviours: [behaviour] },
		{
			id: n,
			recordedAt: new Date(Date.UTC(2026, 10, n, 9)),
			edits: n % 2 ? [{ location: 'By the gate' }] : []
		}
	);
}

const FIRST = [
	entry(1, 'Followed me from the station 🚶‍♀️'),
	entry(2, 'Waited outside work, مرحبا'),
	entry(3, 'Sent 14 messages overnight')
];
const LATER = [entry(4, 'Left flowers on the doorstep'), entry(5, 'Parked opposite the house', 'loitering')];

/** A plain evidence pack, as "Evidence pack (zip)" makes it. */
async function packOf(incidents: readonly Incident[], options = BACKUP_OPTIONS) {
	const prepared = await prepareExport(
		await snapshotOf(incidents),
		options,
		new Date('2026-11-29T08:00:00Z')
	);
	const stream = makePackStream(prepared, {
		fonts: nodeFonts(),
		openExhibit: async function* () {
			yield new Uint8Array(0);
		}
	});
	return { blob: await collectBlob(stream, 'application/zip'), head: headOf(prepared) };
}

describe('receipt codes in the viewer', () => {
	it('a plain pack opens in the viewer, and shows the same code the person was shown', async () => {
		const { blob, head } = await packOf(FIRST);
		const opened = await openSharedFile(blob, '', { allowPlainPack: true });
		expect(opened.encrypted).toBe(false);
		expect(opened.check.problems).toEqual([]);
		expect(head).not.toBeNull();
		expect(receiptOfFile(opened.pack.timeline)).toBe(receiptCode(head!));
	});

	it('restoring never takes a plain pack: only a file sealed with a passphrase', async () => {
		const { blob } = await packOf(FIRST);
		await expect(openSharedFile(blob, PASSPHRASE)).rejects.toBeInstanceOf(NotAShareFileError);
	});

	it('an earlier share’s code is confirmed by a later backup, and refused by a log with an earlier entry taken out', async () => {
		const first = await prepareExport(await snapshotOf(FIRST), {
			disclosureSafe: false,
			includePrivateNotes: false
		});
		const code = receiptCode(headOf(first)!);

		const later = makeShareStream(
			await prepareExport(await snapshotOf([...FIRST, ...LATER]), BACKUP_OPTIONS),
			{ fonts: nodeFonts(), openExhibit: async function* () {} },
			PASSPHRASE,
			FAST_KDF
		);
		const backup = await openSharedFile(await collectBlob(later, 'application/octet-stream'), PASSPHRASE);
		expect(backup.check.problems).toEqual([]);
		const seq = headOf(first)!.seq;
		expect(confirmReceipt(backup.pack.timeline, backup.check, code)).toEqual({ kind: 'confirmed', seq });
		// Typed as a person would, from their notes.
		expect(
			confirmReceipt(backup.pack.timeline, backup.check, code.toLowerCase().replaceAll('-', ' '))
		).toEqual({ kind: 'confirmed', seq });

		// Entry 2 removed and the chain linked afresh, so every check of the file itself holds: only the code tells.
		const forged = await packOf([FIRST[0]!, FIRST[2]!, ...LATER]);
		const opened = await openSharedFile(forged.blob, '', { allowPlainPack: true });
		expect(opened.check.problems).toEqual([]);
		expect(confirmReceipt(opened.pack.timeline, opened.check, code)).toEqual({ kind: 'not-held', seq });

		// An older copy than the code: fewer saves than the log it was made from.
		const older = await packOf(FIRST.slice(0, 1));
		const olderOpened = await openSharedFile(older.blob, '', { allowPlainPack: true });
		expect(confirmReceipt(olderOpened.pack.timeline, olderOpened.check, code)).toMatchObject({
			kind: 'fewer'
		});
	});

	it('a part copy or a file that does not hold up cannot confirm a code, and says why', async () => {
		const first = await prepareExport(await snapshotOf(FIRST), BACKUP_OPTIONS);
		const code = receiptCode(headOf(first)!);
		const part = await packOf([...FIRST, ...LATER], {
			disclosureSafe: false,
			includePrivateNotes: false,
			behaviours: ['loitering']
		});
		const opened = await openSharedFile(part.blob, '', { allowPlainPack: true });
		expect(opened.check.partial).not.toBeNull();
		expect(confirmReceipt(opened.pack.timeline, opened.check, code)).toEqual({ kind: 'partial' });

		const whole = await packOf([...FIRST, ...LATER]);
		const good = await openSharedFile(whole.blob, '', { allowPlainPack: true });
		const damaged = { ...good.check, problems: [{ kind: 'head' as const }] };
		expect(confirmReceipt(good.pack.timeline, damaged, code)).toEqual({ kind: 'damaged' });
		expect(confirmReceipt(good.pack.timeline, good.check, code.slice(0, -1) + '*')).toEqual({
			kind: 'unreadable',
			problem: 'shape'
		});
	});
});

/** Opens a pack's zip, lets `change` rewrite its timeline.json, then lists the new fingerprint, as a forger would. */
async function forged(blob: Blob, change: (timeline: ExportJson) => void): Promise<Uint8Array> {
	const entries = unzipSync(new Uint8Array(await blob.arrayBuffer()));
	const timeline = JSON.parse(strFromU8(entries['timeline.json']!)) as ExportJson;
	change(timeline);
	entries['timeline.json'] = strToU8(JSON.stringify(timeline, null, 2));
	entries['SHA256SUMS'] = strToU8(
		Object.entries(entries)
			.filter(([name]) => name !== 'SHA256SUMS')
			.map(([name, bytes]) => `${sha256Hex(bytes)}  ${name}\n`)
			.join('')
	);
	return zipSync(entries);
}

describe('what a forger may not mark as left out or as a part copy', () => {
	it('words rewritten in a full copy and marked "withheld" are caught, and no receipt is confirmed', async () => {
		const code = receiptCode(headOf(await prepareExport(await snapshotOf(FIRST), BACKUP_OPTIONS))!);
		const { blob } = await packOf([...FIRST, ...LATER]);
		const zip = await forged(blob, (timeline) => {
			const revision = timeline.incidents[0]!.revisions[0]!;
			revision.revision.content!.whatHappened = 'FORGED words';
			revision.withheld = ['content.privateNote'];
		});
		const opened = await openSharedFile(zip, '', { allowPlainPack: true });
		expect(opened.check.problems).toContainEqual({ kind: 'withheld', entry: 1, version: 1 });
		expect(confirmReceipt(opened.pack.timeline, opened.check, code)).toEqual({ kind: 'damaged' });
	});

	it('a whole copy passed off as a part copy, with a saved version taken out, is caught', async () => {
		const { blob } = await packOf([...FIRST, ...LATER]);
		const zip = await forged(blob, (timeline) => {
			const incident = timeline.incidents[0]!;
			const removed = incident.revisions.pop()!;
			timeline.chain = timeline.chain
				.map((entry, i, all) => ({ ...entry, prev: all[i - 1]?.link ?? '0'.repeat(64) }))
				.filter((e) => e.seq !== removed.chain!.seq);
		});
		const opened = await openSharedFile(zip, '', { allowPlainPack: true });
		expect(opened.check.problems).toContainEqual({ kind: 'part' });
	});

	it('a share without private notes confirms a receipt only with a word on what it cannot check', async () => {
		const noted = [
			makeIncident(
				{ whatHappened: 'Followed me home', privateNote: 'Only for me 🔒' },
				{ id: 9, recordedAt: new Date(Date.UTC(2026, 9, 30, 9)) }
			)
		];
		const first = await prepareExport(await snapshotOf(noted), BACKUP_OPTIONS);
		const code = receiptCode(headOf(first)!);
		const { blob } = await packOf([...noted, ...LATER], {
			disclosureSafe: false,
			includePrivateNotes: false
		});
		const opened = await openSharedFile(blob, '', { allowPlainPack: true });
		expect(opened.check.problems).toEqual([]);
		expect(opened.check.withheld).toBe(1);
		expect(confirmReceipt(opened.pack.timeline, opened.check, code)).toEqual({
			kind: 'confirmed-withheld',
			seq: 1,
			withheld: 1
		});
	});
});
