// Shared by the export specs only: a small diary in several scripts, and its chain, built the way the vault does.
import { readFile } from 'node:fs/promises';
import { appendToChain, type ChainEntry } from '$lib/domain/hash-chain';
import type {
	ExhibitId,
	ExhibitRef,
	Incident,
	IncidentContent,
	Person,
	PersonId,
	Revision
} from '$lib/domain/incident';
import { deleteIncident, editIncident, withdrawIncident } from '$lib/domain/revisions';
import { makeIncident, makePerson, testId } from '$lib/domain/test-factories';
import { sha256Hex } from '$lib/testing/bytes';
import type { DiarySnapshot } from './diary-export';
import type { FontSource } from './pdf-fonts';

export const POLISH = 'Zażółć gęślą jaźń';
export const TURKISH = "İstanbul'da ığdır şoför";
export const GREEK = 'Καλημέρα';
export const CYRILLIC = 'Привет, как дела';
/** Characters Noto Sans has no glyphs for, drawn with Noto Sans SC and Noto Emoji. */
export const CJK_EMOJI = '你好世界 😀';

/** The PDF's fonts as the app ships them, read from static/fonts; `loaded` lists the files asked for. */
export function nodeFonts(loaded: string[] = []): FontSource {
	return {
		async load(spec) {
			loaded.push(spec.file);
			return new Uint8Array(await readFile(`static/fonts/${spec.file}`));
		}
	};
}

export function makeExhibit(n: number, overrides: Partial<ExhibitRef> = {}): ExhibitRef {
	return {
		id: testId<ExhibitId>(500 + n),
		name: `photo-${n}.jpg`,
		type: 'image/jpeg',
		size: 1000 * n,
		sha256: n.toString(16).padStart(64, 'a'),
		addedAt: '2026-11-28T21:20:00.000+00:00',
		...overrides
	};
}

/**
 * The incidents with every exhibit's recorded size and SHA-256 made those of `bytesOf(ref)`, as capture would have
 * recorded them, so a pack made from them holds exhibits that really have their recorded fingerprints.
 */
export function withExhibitBytes(
	incidents: readonly Incident[],
	bytesOf: (ref: ExhibitRef) => Uint8Array
): Incident[] {
	return incidents.map((incident) => ({
		...incident,
		revisions: incident.revisions.map((revision) =>
			revision.content
				? {
						...revision,
						content: {
							...revision.content,
							exhibits: revision.content.exhibits.map((ref) => {
								const bytes = bytesOf(ref);
								return { ...ref, size: bytes.length, sha256: sha256Hex(bytes) };
							})
						}
					}
				: revision
		)
	}));
}

/** All revisions of all incidents in save order, as the vault appends them. */
export async function buildChain(incidents: readonly Incident[]): Promise<ChainEntry[]> {
	const revisions: Revision[] = incidents.flatMap((i) => [...i.revisions]);
	revisions.sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0));
	const chain: ChainEntry[] = [];
	for (const revision of revisions)
		chain.push(await appendToChain(chain.at(-1) ?? null, revision, chain.length + 1));
	return chain;
}

/** The diary as the export takes it, with its chain built as the vault builds it and no names for the cover. */
export async function snapshotOf(
	incidents: readonly Incident[],
	people: readonly Person[] = []
): Promise<DiarySnapshot> {
	return {
		incidents,
		people,
		chain: await buildChain(incidents),
		exhibitNumbers: new Map(),
		personName: '',
		policeReference: ''
	};
}

export const alex = makePerson({ id: testId<PersonId>(900), name: 'Alex Example' });
export const polishPerson = makePerson({ id: testId<PersonId>(901), name: POLISH, vehicles: [] });

export function at(iso: string): Date {
	return new Date(iso);
}

/**
 * Five incidents given out of time order: a plain one, an amended one with a withdrawn witness contact and a
 * private note, a withdrawn one, a deleted one, and one in four scripts with a CJK and emoji field.
 */
export async function makeSampleDiary(): Promise<{ incidents: Incident[]; people: Person[] }> {
	const second = makeIncident(
		{
			occurred: { kind: 'datetime', start: '2026-11-20T18:00:00.000+00:00', approximate: true },
			behaviours: ['following', 'contacting'],
			channels: ['text', 'in-person'],
			whatHappened: 'He followed me from the station, then texted me.',
			exactWords: 'I know where you are',
			location: 'High Street, Hertford',
			personIds: [alex.id],
			vehicle: 'Blue Ford Focus',
			registration: 'AB12 CDE',
			witnesses: [{ name: 'Sam Witness', contact: '07700 900123' }],
			impact: { fearOfViolence: true, alarmOrDistress: true, changedDailyLife: false, inOwnWords: 'Shaking' },
			actions: {
				reportedToPolice: true,
				crimeReference: '41/12345/26',
				officer: 'PC 1234 Smith',
				reportedToPlatform: false,
				platformDetails: '',
				toldSomeone: true,
				toldWho: 'My sister'
			},
			exhibits: [makeExhibit(1), makeExhibit(2, { name: 'screenshot ../../evil.png' })],
			privateNote: 'Secret note about my plans'
		},
		{ id: 2, recordedAt: at('2026-11-20T19:00:00.000Z') }
	);
	const amended = editIncident(
		second,
		{ ...(second.revisions[0]?.content as IncidentContent), location: 'High Street, Hertford, by the bank' },
		at('2026-11-21T08:00:00.000Z'),
		'Remembered the exact place'
	);
	const first = makeIncident(
		{
			occurred: { kind: 'date', start: '2026-11-10', approximate: false },
			behaviours: ['watching'],
			whatHappened: 'Car outside the house all evening, =HYPERLINK("x")',
			exhibits: [makeExhibit(1)]
		},
		{ id: 1, recordedAt: at('2026-11-11T09:00:00.000Z') }
	);
	const withdrawn = withdrawIncident(
		makeIncident(
			{
				occurred: { kind: 'datetime', start: '2026-11-22T10:00:00.000+00:00', approximate: false },
				behaviours: ['loitering'],
				whatHappened: 'Someone by the gate; maybe not him.',
				exhibits: [makeExhibit(3)]
			},
			{ id: 3, recordedAt: at('2026-11-22T10:30:00.000Z') }
		),
		at('2026-11-23T10:00:00.000Z'),
		'It was a neighbour'
	);
	const deleted = await deleteIncident(
		makeIncident(
			{
				occurred: { kind: 'datetime', start: '2026-11-24T10:00:00.000+00:00', approximate: false },
				whatHappened: 'Typed by mistake'
			},
			{ id: 4, recordedAt: at('2026-11-24T10:05:00.000Z') }
		),
		at('2026-11-24T10:10:00.000Z')
	);
	const scripts = makeIncident(
		{
			occurred: { kind: 'datetime', start: '2026-11-26T12:00:00.000+00:00', approximate: false },
			behaviours: ['other', 'monitoring'],
			otherBehaviour: GREEK,
			whatHappened: `${POLISH}\n${TURKISH}`,
			exactWords: CYRILLIC,
			location: CJK_EMOJI,
			personIds: [polishPerson.id]
		},
		{ id: 5, recordedAt: at('2026-11-26T12:30:00.000Z') }
	);
	return { incidents: [scripts, deleted, amended, withdrawn, first], people: [alex, polishPerson] };
}
