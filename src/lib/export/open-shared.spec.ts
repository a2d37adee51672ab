import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '$lib/testing/bytes';
import type { ExhibitRef } from '$lib/domain/incident';
import { makeIncident } from '$lib/domain/test-factories';
import { FAST_KDF } from '$lib/testing/fast-kdf';
import {
	BACKUP_OPTIONS,
	collectBlob,
	makeShareStream,
	prepareExport,
	type DiarySnapshot
} from './diary-export';
import { ShareDamagedError, ShareWrongPassphraseError } from './errors';
import type { ExportJson } from './json';
import { checkTimeline, describeShared, openSharedFile } from './open-shared';
import {
	buildChain,
	CYRILLIC,
	makeExhibit,
	makeSampleDiary,
	nodeFonts,
	POLISH,
	snapshotOf
} from './test-fixtures';

const PASSPHRASE = 'copper meadow violin 83 slowly';

const photo = new TextEncoder().encode('not really a photo, but bytes all the same');
const photoRef: ExhibitRef = makeExhibit(1, {
	name: 'doorstep.png',
	type: 'image/png',
	size: photo.length,
	sha256: sha256Hex(photo)
});

async function snapshot(): Promise<DiarySnapshot> {
	const { incidents, people } = await makeSampleDiary();
	// The sample's exhibits have made-up hashes; these two incidents carry a real one.
	const withPhoto = makeIncident(
		{ whatHappened: `${POLISH} ${CYRILLIC}`, behaviours: ['watching'], exhibits: [photoRef] },
		{ id: 40, recordedAt: new Date('2026-11-27T10:00:00.000Z'), edits: [{ location: 'By the gate' }] }
	);
	const kept = incidents.map((incident) => ({
		...incident,
		revisions: incident.revisions.map((r) =>
			r.content ? { ...r, content: { ...r.content, exhibits: [] } } : r
		)
	}));
	return snapshotOf([...kept, withPhoto], people);
}

async function sealed(diary: DiarySnapshot, options = BACKUP_OPTIONS): Promise<Blob> {
	const prepared = await prepareExport(diary, options, new Date('2026-11-29T08:00:00.000Z'));
	const stream = makeShareStream(
		prepared,
		{
			fonts: nodeFonts(),
			openExhibit: async function* () {
				yield photo;
			}
		},
		PASSPHRASE,
		FAST_KDF
	);
	return collectBlob(stream, 'application/octet-stream');
}

describe('opening a shared file', () => {
	it('round-trips a diary: every revision, the chain and the exhibit check out', async () => {
		const diary = await snapshot();
		const file = await sealed(diary);
		const opened = await openSharedFile(file, PASSPHRASE);
		const revisions = diary.incidents.reduce((n, i) => n + i.revisions.length, 0);
		expect(opened.check).toEqual({
			entries: diary.incidents.length,
			exhibits: 1,
			checked: revisions,
			withheld: 0,
			problems: [],
			clockWentBack: 0,
			partial: null
		});
		expect(opened.pack.exhibits.get('EXH-001')?.bytes).toEqual(photo);

		const view = await describeShared(opened.pack.timeline, 'Europe/London');
		expect(view.rows.map((r) => r.incidentId)).toHaveLength(diary.incidents.length);
		expect(view.rows.some((r) => r.cells.whatHappened.includes(CYRILLIC))).toBe(true);
		expect(view.rows.some((r) => r.cells.amendments.includes('Amended'))).toBe(true);
		expect(view.behaviours.find((b) => b.id === 'watching')?.count).toBeGreaterThan(0);
		expect(view.weeks.reduce((n, w) => n + w.count, 0)).toBeGreaterThan(0);
	});

	it('counts withheld revisions in a disclosure-safe copy instead of calling them changed', async () => {
		const diary = await snapshot();
		const file = await sealed(diary, { disclosureSafe: true, includePrivateNotes: false });
		const { check } = await openSharedFile(file, PASSPHRASE);
		expect(check.problems).toEqual([]);
		expect(check.withheld).toBeGreaterThan(0);
	});

	it('refuses a wrong passphrase and a flipped byte with typed errors', async () => {
		// Long enough to be sealed in more than one piece: a flip in the first piece alone cannot be told apart from
		// a wrong passphrase.
		const diary = await snapshot();
		const long = makeIncident({ whatHappened: randomBytes(60_000).toString('hex') }, { id: 41 });
		const incidents = [...diary.incidents, long];
		const file = await sealed({ ...diary, incidents, chain: await buildChain(incidents) });
		await expect(openSharedFile(file, 'not the passphrase')).rejects.toBeInstanceOf(
			ShareWrongPassphraseError
		);
		const bytes = new Uint8Array(await file.arrayBuffer());
		bytes[Math.floor(bytes.length / 2)]! ^= 1;
		await expect(openSharedFile(bytes, PASSPHRASE)).rejects.toBeInstanceOf(ShareDamagedError);
	});

	it('lists an edited revision, a broken chain and a changed exhibit hash by what they are about', async () => {
		const diary = await snapshot();
		const file = await sealed(diary);
		const { pack } = await openSharedFile(file, PASSPHRASE);
		const timeline: ExportJson = structuredClone(pack.timeline);
		const incident = timeline.incidents.find((i) => i.status === 'current' && i.revisions.length > 1)!;
		incident.revisions[0]!.revision.content!.whatHappened = 'changed later';
		timeline.chain[1]!.link = 'f'.repeat(64);
		timeline.exhibits[0]!.sha256 = 'e'.repeat(64);
		const { problems } = await checkTimeline(timeline);
		expect(problems).toContainEqual({ kind: 'revision', entry: incident.number, version: 1 });
		expect(problems).toContainEqual({ kind: 'chain', seq: 2 });
		expect(problems).toContainEqual({ kind: 'exhibit', number: 'EXH-001' });
	});

	it('shows the fingerprints the JSON and the chain hold, also for a version with its private note left out', async () => {
		// The default copy: no private notes. The photo's kept number is 7, not its place in this export.
		const diary = { ...(await snapshot()), exhibitNumbers: new Map([[photoRef.id, 7]]) };
		const opened = await openSharedFile(
			await sealed(diary, { disclosureSafe: false, includePrivateNotes: false }),
			PASSPHRASE
		);
		const { timeline } = opened.pack;
		expect(opened.check.problems).toEqual([]);
		const withheld = timeline.incidents.flatMap((i) => i.revisions).filter((r) => r.withheld.length > 0);
		expect(withheld.map((r) => r.withheld)).toContainEqual(['content.privateNote']);

		const view = await describeShared(timeline, 'Europe/London');
		const chainHash = new Map(diary.chain.map((e) => [`${e.incidentId}:${e.revisionSeq}`, e.revisionHash]));
		let compared = 0;
		for (const incident of timeline.incidents) {
			const row = view.rows.find((r) => r.incidentId === incident.id)!;
			expect(row.revisionHashes).toEqual(
				incident.revisions.map(({ revision, hash }) => ({ seq: revision.seq, hash }))
			);
			for (const { revision, hash } of incident.revisions) {
				expect(hash).toBe(chainHash.get(`${revision.incidentId}:${revision.seq}`));
				compared++;
			}
		}
		expect(compared).toBe(diary.chain.length);
		// The printed cell says the same.
		const noted = view.rows.find((r) => r.incidentId === withheld[0]!.revision.incidentId)!;
		expect(noted.cells.revisionHashes).toContain(withheld[0]!.hash);

		// The viewer names the exhibit by the number the file printed, and the pack holds it under that name.
		expect(timeline.exhibits.map((e) => e.number)).toEqual(['EXH-007']);
		expect(view.rows.flatMap((r) => r.exhibits.map((e) => e.number))).toEqual(['EXH-007']);
		expect(opened.pack.exhibits.get('EXH-007')?.bytes).toEqual(photo);
	});

	it('checks a copy of part of the diary link by link, and says it is a part copy', async () => {
		const diary = await snapshot();
		const options = { ...BACKUP_OPTIONS, from: '2026-11-20', to: '2026-11-22' };
		const opened = await openSharedFile(await sealed(diary, options), PASSPHRASE);
		const { timeline } = opened.pack;
		expect(timeline.incidents.length).toBeLessThan(diary.incidents.length);
		expect(opened.check.problems).toEqual([]);
		expect(opened.check.partial).toEqual({ shown: timeline.chain.length, total: diary.chain.length });

		// A link that does not follow from the previous one it names, or a changed previous link, shows.
		const tampered = structuredClone(timeline);
		tampered.chain[0]!.prev = 'e'.repeat(64);
		expect((await checkTimeline(tampered)).problems).toContainEqual({
			kind: 'chain',
			seq: tampered.chain[0]!.seq
		});
		const dropped = structuredClone(timeline);
		dropped.chain = dropped.chain.slice(1);
		expect((await checkTimeline(dropped)).problems.length).toBeGreaterThan(0);
	});
});
