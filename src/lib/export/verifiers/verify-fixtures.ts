// Shared by the verifier specs: evidence packs made by the app's own export code from a diary with emoji,
// right-to-left text, a withdrawn entry and a permanently deleted one, whose exhibits have real bytes.
import type { SafetyPlan } from '$lib/domain/safety-plan';
import { unzipSync } from 'fflate';
import { planChainRepair, type ChainRow } from '$lib/domain/chain-repair';
import { appendToChain, type ChainEntry } from '$lib/domain/hash-chain';
import type { ExhibitId, Incident, IncidentId, Revision } from '$lib/domain/incident';
import { createIncident, deleteMarker, editIncident, redactRevision } from '$lib/domain/revisions';
import { makeContent, makeIncident, testId } from '$lib/domain/test-factories';
import { patternedBytes } from '$lib/testing/bytes';
import { collectBlob, makePackStream, prepareExport } from '../diary-export';
import type { ExportJson } from '../json';
import type { TimelineOptions } from '../timeline-rows';
import { buildChain, makeSampleDiary, nodeFonts, withExhibitBytes } from '../test-fixtures';

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
	const fixed = withExhibitBytes([...incidents, rtl], (ref) => {
		const n = Number.parseInt(ref.id.slice(-3), 16) - 500;
		const bytes = patternedBytes(n, n * 20_000);
		files.set(ref.id, bytes);
		return bytes;
	});
	const exhibitNumbers = new Map<ExhibitId, number>([1, 2, 3].map((n) => [testId<ExhibitId>(500 + n), n]));
	return { incidents: fixed, people, chain: await buildChain(fixed), files, exhibitNumbers };
}

/** A safety plan in the person's words, with right-to-left text and emoji, as a caseworker may be given it. */
export const SAMPLE_PLAN: SafetyPlan = {
	people: `Mum 07700 900123; my ISAC ${EMOJI}`,
	codeWord: 'Blue umbrella',
	safePlaces: `The library on the High Street; ${ARABIC}`,
	routes: 'Leave work by the side door; vary the bus',
	emergency: 'Call 999. If I cannot speak, press 55.',
	keepReady: 'Passport, spare key, charger',
	device: 'Check location sharing each week',
	updatedAt: '2026-11-28T18:00:00.000+00:00'
};

/** An evidence pack, as "Export and share" makes it, and the files in it. */
export async function makeAppPack(options: TimelineOptions = FULL, extra: { safetyPlan?: SafetyPlan } = {}) {
	const diary = await sampleDiary();
	const prepared = await prepareExport(
		{ ...diary, personName: '', policeReference: '', ...extra },
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

export interface JoinedPackOptions {
	/** Both copies edited the same entry, so the repair renumbered one of its revisions. */
	editedInBoth?: boolean;
	/** That entry was permanently deleted after the repair, as the app deletes: its words gone, a marker saved. */
	thenDeleted?: boolean;
	export?: TimelineOptions;
}

/**
 * A pack of a diary whose record of changes had forked (two tabs of an older version saving at once) and was
 * repaired with a join entry, as the vault does (domain/chain-repair.ts).
 */
export async function makeJoinedPack(options: JoinedPackOptions = {}) {
	const at = (minute: number) => new Date(Date.UTC(2026, 10, 29, 10, minute));
	const rows: ChainRow[] = [];
	const save = (prev: ChainEntry | null, revision: Revision): Promise<ChainEntry> =>
		appendToChain(prev, revision, (prev?.seq ?? 0) + 1).then((entry) => {
			rows.push({ rowId: `row-${rows.length}`, entry, revision });
			return entry;
		});
	async function saves(from: ChainEntry | null, minutes: number[]): Promise<ChainEntry | null> {
		let prev = from;
		for (const minute of minutes) {
			const incident = createIncident(makeContent({ whatHappened: `${EMOJI} at ${minute}` }), at(minute));
			prev = await save(prev, incident.revisions[0] as Revision);
		}
		return prev;
	}
	const shared = createIncident(makeContent({ whatHappened: `${EMOJI} the first words` }), at(0));
	const start = await saves(await save(null, shared.revisions[0] as Revision), [1]);
	// Each copy's edit of the shared entry, with a private note a disclosure-safe copy leaves out.
	const edit = (minute: number) =>
		editIncident(
			shared,
			makeContent({ whatHappened: `${EMOJI} edited at ${minute}`, privateNote: `${HEBREW} ${minute}` }),
			at(minute)
		).revisions[1] as Revision;
	// The copy with more saves is kept; the other's saves are moved to follow the join.
	const moved = options.editedInBoth ? await save(start, edit(2)) : start;
	await saves(moved, options.editedInBoth ? [4] : [2, 4]);
	const kept = options.editedInBoth ? await save(start, edit(3)) : start;
	await saves(kept, options.editedInBoth ? [5, 6] : [3, 5, 6]);
	const repair = await planChainRepair(rows, at(30));
	if (!repair) throw new Error('the chain did not fork');
	if (options.editedInBoth && repair.changedInBoth.length !== 1)
		throw new Error('no revision was renumbered');
	const byId = new Map(rows.map((r) => [r.rowId, r as ChainRow]));
	for (const write of repair.writes) byId.set(write.rowId, write);
	let chain = [...byId.values()].map((r) => r.entry).sort((a, b) => a.seq - b.seq);
	const revisions = new Map<IncidentId, Revision[]>();
	for (const { revision } of byId.values()) {
		if (revision)
			revisions.set(revision.incidentId, [...(revisions.get(revision.incidentId) ?? []), revision]);
	}
	if (options.thenDeleted) {
		const own = revisions.get(shared.id)!.sort((a, b) => a.seq - b.seq);
		const marker = deleteMarker({ id: shared.id, recordedAt: shared.recordedAt, revisions: own }, at(35));
		chain = [...chain, await appendToChain(chain.at(-1)!, marker, chain.at(-1)!.seq + 1)];
		revisions.set(shared.id, [...(await Promise.all(own.map(redactRevision))), marker]);
	}
	const incidents: Incident[] = [...revisions].map(([id, list]) => {
		const own = list.sort((a, b) => a.seq - b.seq);
		return { id, recordedAt: own[0]!.recordedAt, revisions: own };
	});
	const prepared = await prepareExport(
		{ incidents, people: [], chain, exhibitNumbers: new Map(), personName: '', policeReference: '' },
		options.export ?? FULL,
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
