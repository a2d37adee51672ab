// Shared by the verifier specs: evidence packs made by the app's own export code from a diary with emoji,
// right-to-left text, a withdrawn entry and a permanently deleted one, whose exhibits have real bytes.
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { planChainRepair, type ChainRow } from '$lib/domain/chain-repair';
import { appendToChain, type ChainEntry } from '$lib/domain/hash-chain';
import type { ExhibitId, Incident, Revision } from '$lib/domain/incident';
import { createIncident } from '$lib/domain/revisions';
import { makeContent, makeIncident, testId } from '$lib/domain/test-factories';
import { collectBlob, makePackStream, prepareExport } from '../diary-export';
import type { ExportJson } from '../json';
import type { TimelineOptions } from '../timeline-rows';
import { buildChain, makeSampleDiary, nodeFonts } from '../test-fixtures';

export const ARABIC = 'كان ينتظرني عند الباب';
export const HEBREW = 'הוא עקב אחריי';
export const EMOJI = '😀👍🏽';

export const FULL: TimelineOptions = {
	disclosureSafe: false,
	includePrivateNotes: true,
	timeZone: 'Europe/London'
};
/** A copy of some dates only: a part copy, whose chain entries carry `prev`. */
export const PART: TimelineOptions = { ...FULL, from: '2026-11-19', to: '2026-11-23' };

export function sha256(bytes: Uint8Array | string): string {
	return createHash('sha256').update(bytes).digest('hex');
}

function exhibitBytes(seed: number, size: number): Uint8Array {
	const bytes = new Uint8Array(size);
	for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed * 7) & 0xff;
	return bytes;
}

export async function sampleDiary() {
	const { incidents, people } = await makeSampleDiary();
	const rtl = makeIncident(
		{
			occurred: { kind: 'datetime', start: '2026-11-27T20:00:00.000+00:00', approximate: false },
			behaviours: ['watching'],
			whatHappened: `${ARABIC} ${EMOJI}`,
			exactWords: HEBREW,
			location: `${HEBREW} / ${ARABIC}`
		},
		{ id: 6, recordedAt: new Date('2026-11-27T20:30:00.000Z') }
	);
	const files = new Map<ExhibitId, Uint8Array>();
	// Re-record the exhibits' hashes as the real ones, as capture would have.
	const fixed: Incident[] = [...incidents, rtl].map((incident) => ({
		...incident,
		revisions: incident.revisions.map((revision) =>
			revision.content
				? {
						...revision,
						content: {
							...revision.content,
							exhibits: revision.content.exhibits.map((ref) => {
								const n = Number.parseInt(ref.id.slice(-3), 16) - 500;
								const bytes = exhibitBytes(n, n * 20_000);
								files.set(ref.id, bytes);
								return { ...ref, size: bytes.length, sha256: sha256(bytes) };
							})
						}
					}
				: revision
		)
	}));
	const exhibitNumbers = new Map<ExhibitId, number>([1, 2, 3].map((n) => [testId<ExhibitId>(500 + n), n]));
	return { incidents: fixed, people, chain: await buildChain(fixed), files, exhibitNumbers };
}

/** An evidence pack, as "Export and share" makes it, and the files in it. */
export async function makeAppPack(options: TimelineOptions = FULL) {
	const diary = await sampleDiary();
	const prepared = await prepareExport(
		{ ...diary, personName: '', policeReference: '' },
		options,
		new Date('2026-11-29T08:00:00.000Z')
	);
	const stream = makePackStream(prepared, {
		fonts: nodeFonts(),
		openExhibit: async function* (ref) {
			yield diary.files.get(ref.id) as Uint8Array;
		}
	});
	const zip = new Uint8Array(await (await collectBlob(stream, 'application/zip')).arrayBuffer());
	const entries = unzipSync(zip);
	const timeline = JSON.parse(new TextDecoder().decode(entries['timeline.json'])) as ExportJson;
	return { zip, entries, timeline, diary };
}

/**
 * A pack of a diary whose record of changes had forked (two tabs of an older version saving at once) and was
 * repaired with a join entry, as the vault does (domain/chain-repair.ts).
 */
export async function makeJoinedPack() {
	const at = (minute: number) => new Date(Date.UTC(2026, 10, 29, 10, minute));
	const incidents: Incident[] = [];
	let row = 0;
	async function saves(from: ChainEntry | null, minutes: number[]): Promise<ChainRow[]> {
		const rows: ChainRow[] = [];
		let prev = from;
		for (const minute of minutes) {
			const incident = createIncident(makeContent({ whatHappened: `${EMOJI} at ${minute}` }), at(minute));
			incidents.push(incident);
			const revision = incident.revisions[0] as Revision;
			const entry = await appendToChain(prev, revision, (prev?.seq ?? 0) + 1);
			rows.push({ rowId: `row-${row++}`, entry, revision });
			prev = entry;
		}
		return rows;
	}
	const start = await saves(null, [0, 1]);
	const first = await saves(start[1]?.entry ?? null, [2, 4]);
	const second = await saves(start[1]?.entry ?? null, [3, 5, 6]);
	const rows = [...start, ...first, ...second];
	const repair = await planChainRepair(rows, at(30));
	if (!repair) throw new Error('the chain did not fork');
	const byId = new Map(rows.map((r) => [r.rowId, r.entry]));
	for (const write of repair.writes) byId.set(write.rowId, write.entry);
	const chain = [...byId.values()].sort((a, b) => a.seq - b.seq);
	const prepared = await prepareExport(
		{ incidents, people: [], chain, exhibitNumbers: new Map(), personName: '', policeReference: '' },
		FULL,
		at(40)
	);
	const stream = makePackStream(prepared, {
		fonts: nodeFonts(),
		openExhibit: async function* () {
			yield new Uint8Array(0);
		}
	});
	const zip = new Uint8Array(await (await collectBlob(stream, 'application/zip')).arrayBuffer());
	const entries = unzipSync(zip);
	const timeline = JSON.parse(new TextDecoder().decode(entries['timeline.json'])) as ExportJson;
	return { zip, entries, timeline };
}
