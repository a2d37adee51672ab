/**
 * The timeline as versioned JSON: every saved revision of every included incident, each with its SHA-256 and its
 * link in the record of changes, so the record can be checked without this app (RFC 8785 canonical JSON, then
 * SHA-256; see domain/hash-chain.ts).
 *
 * Redaction and hashes. A disclosure-safe copy (and any copy without private notes) replaces the withheld values
 * (witnesses' contact details, private notes) with a marker and lists their paths in the revision's `withheld`.
 * The revision's `hash` and `chain` are still those of the ORIGINAL revision, so the chain head stays the one the
 * person's diary holds. A revision with anything withheld therefore cannot be re-hashed from this file: it can only
 * be checked against the full copy. Revisions with nothing withheld (most of them) can be checked from this file
 * alone. The note in the file and README.txt say so.
 *
 * The record of changes in a copy of part of the diary. A copy for a caseworker of some dates or behaviours
 * carries only the chain entries of the revisions it shows, never the ids and hashes of the entries it leaves out
 * (they would tell a reader, and a forger, what else the diary holds). Each of those entries then also carries
 * `prev`, the link before it in the diary's chain, so a reader can still recompute every shown entry's link from
 * its revision's hash, and check that shown entries which follow one another agree. What a part copy cannot
 * prove is that nothing else changed in between or that the chain head is the result: the viewer says it is a
 * part copy and checks the head only against a full copy or a checkpoint. A copy of everything carries the whole
 * chain without `prev`, and the head is recomputed from the genesis link as before.
 *
 * A backup also carries `backupMac`: a MAC under a key only the diary that made it holds (crypto/mac.ts), over
 * the canonical JSON of everything else in this file (see backupMacInput). Only a backup whose MAC this diary can
 * check may change entries it already holds; see state/restore.ts.
 */
import type { MacHex } from '$lib/crypto/mac';
import { revisionKey } from '$lib/domain/chain-order';
import { canonicalJson } from '$lib/domain/canonical-json';
import { BEHAVIOUR_IDS, isBehaviourId, isChannelId, type BehaviourId } from '$lib/domain/behaviours';
import { GENESIS_LINK, type ChainCheckpoint, type ChainEntry, type ChainJoin } from '$lib/domain/hash-chain';
import {
	isDeleted,
	isId,
	isWithdrawn,
	type AnyId,
	type ExhibitId,
	type ExhibitRef,
	type Incident,
	type IncidentContent,
	type IncidentId,
	type IsoDateTime,
	type Person,
	type PersonId,
	type Revision,
	type Sha256Hex
} from '$lib/domain/incident';
import { isIsoDateTime } from '$lib/domain/iso-time';
import { exportMessages } from '$lib/messages/export';
import type { DisclosedExhibit, ExhibitDisclosure } from './disclosure-plan';
import { chainHashes } from './kept-facts';
import { ExportJsonInvalidError, ExportJsonUnexpectedKeyError, ExportJsonVersionError } from './errors';
import {
	buildTimelineRows,
	listExhibits,
	showsPrivateNotes,
	type ExhibitListEntry,
	type TimelineOptions,
	type TimelineRow
} from './timeline-rows';

export const EXPORT_JSON_TYPE = 'waymark-timeline';
export const EXPORT_JSON_VERSION = 1;

export interface ExportInput {
	incidents: readonly Incident[];
	people: readonly Person[];
	/** The whole diary's chain, in order; its last entry is the chain head. */
	chain: readonly ChainEntry[];
	options: TimelineOptions;
	generatedAt: IsoDateTime;
	/** Only for a disclosure-safe pack: the cleaned copies it holds instead of the originals, by exhibit number. */
	disclosed?: ReadonlyMap<string, DisclosedExhibit>;
}

export interface ExportRevision {
	/** The revision as saved, except for the values listed in `withheld`. */
	revision: Revision;
	/**
	 * The revision's fingerprint as its chain entry recorded it: the SHA-256 of the original revision's canonical
	 * JSON. The PDF, the CSV and the viewer print this same value.
	 */
	hash: Sha256Hex;
	/** This revision's link in the record of changes; null if the chain has no entry for it. */
	chain: ChainCheckpoint | null;
	/** Paths (e.g. `content.witnesses[0].contact`) whose values were replaced in this copy. */
	withheld: string[];
}

export type ExportIncidentStatus = 'current' | 'withdrawn' | 'deleted';

export interface ExportIncident {
	/** The incident's number in the PDF and CSV of the same export. */
	number: number;
	id: IncidentId;
	recordedAt: IsoDateTime;
	status: ExportIncidentStatus;
	/** Oldest first. */
	revisions: ExportRevision[];
}

export interface ExportFilter {
	from?: string;
	to?: string;
	behaviours?: BehaviourId[];
}

/** A chain entry as a file carries it; `prev` only in a copy of part of the diary (see the note at the top). */
export interface ExportChainEntry extends ChainEntry {
	/** The link of the entry before this one in the diary's chain. */
	prev?: Sha256Hex;
}

export interface ExportJson {
	type: typeof EXPORT_JSON_TYPE;
	version: typeof EXPORT_JSON_VERSION;
	generatedAt: IsoDateTime;
	chainHead: ChainCheckpoint | null;
	disclosureSafe: boolean;
	privateNotesIncluded: boolean;
	filter: ExportFilter;
	/** How to check the hashes, and what redaction does to that. */
	note: string;
	incidents: ExportIncident[];
	/** Only the people the included incidents name. */
	people: Person[];
	exhibits: ExhibitListEntry[];
	/**
	 * The entries of the record of changes for the revisions in this file, in order: every entry when the file
	 * holds the whole diary, so the chain head can be worked out again. Entries hold only ids, hashes and save
	 * times, never content.
	 */
	chain: ExportChainEntry[];
	/** Only in a backup: this diary's MAC over the rest of the file (backupMacInput). */
	backupMac?: MacHex;
}

export interface Withholding {
	revision: Revision;
	withheld: string[];
}

export function withholdFields(revision: Revision, options: TimelineOptions): Withholding {
	const content = revision.content;
	if (!content) return { revision, withheld: [] };
	const withheld: string[] = [];
	const marker = exportMessages.json.withheld;
	// Only values that were there are replaced, so a revision with none of them can still be re-hashed.
	const witnesses = content.witnesses.map((witness, i) => {
		if (!options.disclosureSafe || witness.contact === '') return witness;
		withheld.push(`content.witnesses[${i}].contact`);
		return { ...witness, contact: marker };
	});
	let privateNote = content.privateNote;
	if (!showsPrivateNotes(options) && privateNote !== '') {
		withheld.push('content.privateNote');
		privateNote = marker;
	}
	if (withheld.length === 0) return { revision, withheld };
	return { revision: { ...revision, content: { ...content, witnesses, privateNote } }, withheld };
}

function statusOf(incident: Incident): ExportIncidentStatus {
	if (isDeleted(incident)) return 'deleted';
	return isWithdrawn(incident) ? 'withdrawn' : 'current';
}

function buildFilter(options: TimelineOptions): ExportFilter {
	const filter: ExportFilter = {};
	if (options.from !== undefined) filter.from = options.from;
	if (options.to !== undefined) filter.to = options.to;
	if (options.behaviours?.length) filter.behaviours = [...options.behaviours];
	return filter;
}

/** The export as a plain object; `JSON.stringify` it to write the file. Rows may be passed in if already built. */
export async function toExportJson(input: ExportInput, rows?: readonly TimelineRow[]): Promise<ExportJson> {
	const { options } = input;
	const timelineRows =
		rows ??
		(await buildTimelineRows(input.incidents, input.people, options, {
			revisionHashes: chainHashes(input.chain)
		}));
	const byId = new Map(input.incidents.map((incident) => [incident.id, incident]));
	const links = new Map(input.chain.map((e) => [revisionKey(e.incidentId, e.revisionSeq), e]));
	const named = new Set<PersonId>();

	const incidents = timelineRows.flatMap((row): ExportIncident[] => {
		const incident = byId.get(row.incidentId);
		if (!incident) return [];
		const revisions = incident.revisions.map((original, i): ExportRevision => {
			original.content?.personIds.forEach((id) => named.add(id));
			const entry = links.get(revisionKey(original.incidentId, original.seq));
			return {
				...withholdFields(original, options),
				hash: row.revisionHashes[i]?.hash ?? '',
				chain: entry ? { seq: entry.seq, link: entry.link } : null
			};
		});
		return [
			{
				number: row.number,
				id: incident.id,
				recordedAt: incident.recordedAt,
				status: statusOf(incident),
				revisions
			}
		];
	});

	const last = input.chain.at(-1);
	const withheldNotes = incidents.reduce(
		(sum, i) => sum + i.revisions.filter((r) => r.withheld.includes('content.privateNote')).length,
		0
	);
	const included = new Set(incidents.map((i) => i.id));
	const shown = input.chain.filter((e) => included.has(e.incidentId));
	// A join entry (hash-chain.ts) names saves of every kind, so only a copy of everything carries it.
	const whole = input.chain.every((e) => e.joined !== undefined || included.has(e.incidentId));
	const chain: ExportChainEntry[] = whole
		? [...input.chain]
		: shown.map((entry) => ({
				...entry,
				prev: input.chain[input.chain.indexOf(entry) - 1]?.link ?? GENESIS_LINK
			}));
	return {
		type: EXPORT_JSON_TYPE,
		version: EXPORT_JSON_VERSION,
		generatedAt: input.generatedAt,
		chainHead: last ? { seq: last.seq, link: last.link } : null,
		disclosureSafe: options.disclosureSafe,
		privateNotesIncluded: showsPrivateNotes(options),
		filter: buildFilter(options),
		note: [
			options.disclosureSafe ? exportMessages.json.redactionNote : exportMessages.json.fullNote,
			...(withheldNotes > 0 && !options.disclosureSafe
				? [exportMessages.json.privateNotesNote(withheldNotes)]
				: []),
			...(whole && input.chain.some((e) => e.joined) ? [exportMessages.json.joinNote] : [])
		].join(' '),
		incidents,
		people: input.people.filter((p) => named.has(p.id)),
		exhibits: listExhibits(timelineRows, input.disclosed),
		chain
	};
}

const MAC_DOMAIN = 'waymark-backup-mac\u0000v1\u0000';

/**
 * The bytes a backup's MAC covers: a fixed label, then the RFC 8785 canonical JSON of the whole file except the
 * MAC itself. Canonical, so the reader gets the same bytes from the parsed file that the writer had, whatever
 * the spacing; and the whole file, so no revision, chain entry, person or exhibit hash can be changed, added or
 * left out without the MAC failing (each exhibit's bytes are bound by its SHA-256, which read-pack checks).
 */
export function backupMacInput(timeline: ExportJson): Uint8Array {
	const { backupMac: _mac, ...rest } = timeline;
	return new TextEncoder().encode(MAC_DOMAIN + canonicalJson(rest));
}

// A small set of type guards, enough to check the whole file's shape on the way in without a schema library.
// Objects are closed: a key the format has no place for is refused, not carried along into the diary, because
// whatever is not checked here would be stored and later trusted.
type Guard<T> = (value: unknown) => value is T;
type Guarded<G> = G extends Guard<infer T> ? T : never;

const isString: Guard<string> = (v): v is string => typeof v === 'string';
const isBoolean: Guard<boolean> = (v): v is boolean => typeof v === 'boolean';
const isCount: Guard<number> = (v): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isHash: Guard<Sha256Hex> = (v): v is Sha256Hex => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);
const isDateTime: Guard<IsoDateTime> = (v): v is IsoDateTime => isIsoDateTime(v);

function idGuard<T extends AnyId>(): Guard<T> {
	return (v): v is T => isId(v);
}

function literal<const T extends string>(...values: T[]): Guard<T> {
	return (v): v is T => typeof v === 'string' && (values as string[]).includes(v);
}

function optional<T>(guard: Guard<T>): Guard<T | undefined> {
	return (v): v is T | undefined => v === undefined || guard(v);
}

function nullable<T>(guard: Guard<T>): Guard<T | null> {
	return (v): v is T | null => v === null || guard(v);
}

function arrayOf<T>(guard: Guard<T>): Guard<T[]> {
	return (v): v is T[] => Array.isArray(v) && v.every((item) => guard(item));
}

/** Thrown inside the guards and turned into ExportJsonUnexpectedKeyError (or `false`) at the edge. */
class UnexpectedKey extends Error {
	constructor(readonly key: string) {
		super(`Unexpected key ${key}`);
	}
}

function objectOf<S extends Record<string, Guard<unknown>>>(
	shape: S
): Guard<{ [K in keyof S]: Guarded<S[K]> }> {
	return (v): v is { [K in keyof S]: Guarded<S[K]> } => {
		if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
		const record = v as Record<string, unknown>;
		// JSON.parse makes "__proto__" an own key; Object.keys lists it, and no shape has it, so it is refused too.
		const unexpected = Object.keys(record).find((key) => !Object.hasOwn(shape, key));
		if (unexpected !== undefined) throw new UnexpectedKey(unexpected);
		// Own properties only: a hostile "__proto__" key must not satisfy a check through the prototype.
		return Object.entries(shape).every(([key, guard]) =>
			guard(Object.hasOwn(record, key) ? record[key] : undefined)
		);
	};
}

const isCheckpoint = objectOf({ seq: isCount, link: isHash });

const isExhibitRef = objectOf({
	id: idGuard<ExhibitId>(),
	name: isString,
	type: isString,
	size: isCount,
	sha256: isHash,
	addedAt: isString,
	fileDate: optional(isString),
	thumbnailId: optional(idGuard<ExhibitId>())
}) satisfies Guard<ExhibitRef>;

const isContent = objectOf({
	occurred: objectOf({
		kind: literal('datetime', 'date', 'range'),
		start: isString,
		end: optional(isString),
		approximate: isBoolean
	}),
	behaviours: arrayOf((v): v is BehaviourId => isBehaviourId(v)),
	otherBehaviour: isString,
	channels: arrayOf(isChannelId),
	whatHappened: isString,
	exactWords: isString,
	location: isString,
	personIds: arrayOf(idGuard<PersonId>()),
	unknownPersonDescription: isString,
	vehicle: isString,
	registration: isString,
	witnesses: arrayOf(objectOf({ name: isString, contact: isString })),
	impact: objectOf({
		fearOfViolence: isBoolean,
		alarmOrDistress: isBoolean,
		changedDailyLife: isBoolean,
		inOwnWords: isString
	}),
	actions: objectOf({
		reportedToPolice: isBoolean,
		crimeReference: isString,
		officer: isString,
		reportedToPlatform: isBoolean,
		platformDetails: isString,
		toldSomeone: isBoolean,
		toldWho: isString
	}),
	exhibits: arrayOf(isExhibitRef),
	privateNote: isString,
	quickLog: isBoolean
	// `satisfies` makes the build fail if the guard and the domain's type drift apart.
}) satisfies Guard<IncidentContent>;

const isRevision = objectOf({
	incidentId: idGuard<IncidentId>(),
	seq: isCount,
	kind: literal('create', 'edit', 'withdraw', 'delete'),
	savedAt: isString,
	reason: optional(isString),
	content: nullable(isContent),
	deletedHash: optional(isHash),
	recordedAt: isString
});

const isExportIncident = objectOf({
	number: isCount,
	id: idGuard<IncidentId>(),
	recordedAt: isString,
	status: literal('current', 'withdrawn', 'deleted'),
	revisions: arrayOf(
		objectOf({
			revision: isRevision,
			hash: isHash,
			chain: nullable(isCheckpoint),
			withheld: arrayOf(isString)
		})
	)
});

const isPerson = objectOf({
	id: idGuard<PersonId>(),
	name: isString,
	description: isString,
	relationship: isString,
	vehicles: arrayOf(isString)
});

const isCleanedCopy = objectOf({
	kind: literal('cleaned'),
	sha256: isHash,
	size: isCount,
	type: isString,
	converted: isBoolean
});
const isWithheldExhibit = objectOf({
	kind: literal('withheld'),
	reason: literal('kind', 'unreadable', 'cannot-convert', 'too-large')
});
const isExhibitDisclosure: Guard<ExhibitDisclosure> = (v): v is ExhibitDisclosure =>
	typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'cleaned'
		? isCleanedCopy(v)
		: isWithheldExhibit(v);

const isExhibitListEntry = objectOf({
	number: isString,
	exhibitId: idGuard<ExhibitId>(),
	name: isString,
	path: isString,
	type: isString,
	size: isCount,
	sha256: isHash,
	incidentNumber: isCount,
	disclosure: optional(isExhibitDisclosure)
});

const plainChainEntry = {
	seq: isCount,
	incidentId: idGuard<IncidentId>(),
	revisionSeq: isCount,
	revisionHash: isHash,
	link: isHash,
	savedAt: isString
};

/** A join entry's record (domain/hash-chain.ts, ChainJoin): the saves it moved, as first written. */
const isChainJoin = objectOf({
	saves: arrayOf(objectOf({ was: objectOf(plainChainEntry), revisionSeq: isCount }))
}) satisfies Guard<ChainJoin>;

const isChainEntry = objectOf({
	...plainChainEntry,
	joined: optional(isChainJoin),
	prev: optional(isHash)
});

const isExportJsonShape = objectOf({
	type: literal(EXPORT_JSON_TYPE),
	version: (v): v is typeof EXPORT_JSON_VERSION => v === EXPORT_JSON_VERSION,
	generatedAt: isDateTime,
	chainHead: nullable(isCheckpoint),
	disclosureSafe: isBoolean,
	privateNotesIncluded: isBoolean,
	filter: objectOf({
		from: optional(isString),
		to: optional(isString),
		behaviours: optional(arrayOf((v): v is BehaviourId => BEHAVIOUR_IDS.includes(v as BehaviourId)))
	}),
	note: isString,
	incidents: arrayOf(isExportIncident),
	people: arrayOf(isPerson),
	exhibits: arrayOf(isExhibitListEntry),
	chain: arrayOf(isChainEntry),
	backupMac: optional(isHash)
}) satisfies Guard<ExportJson>;

/** True when `value` has the whole shape of a version 1 export, and nothing else. */
export function isExportJson(value: unknown): value is ExportJson {
	try {
		return isExportJsonShape(value);
	} catch (error) {
		if (error instanceof UnexpectedKey) return false;
		throw error;
	}
}

/**
 * Reads an export written by `toExportJson`. All or nothing: the text either passes every check and comes back
 * typed, or an ExportJsonInvalidError (ExportJsonUnexpectedKeyError for a key the format has no place for, an own
 * `__proto__` included) or ExportJsonVersionError is thrown and nothing is returned.
 */
export function parseExportJson(text: string): ExportJson {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw new ExportJsonInvalidError();
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ExportJsonInvalidError();
	const record = value as Record<string, unknown>;
	if (record.type !== EXPORT_JSON_TYPE) throw new ExportJsonInvalidError();
	// The version is checked before the shape, so a newer file says "update the app", not "damaged".
	if (record.version !== EXPORT_JSON_VERSION) throw new ExportJsonVersionError(record.version);
	let valid: boolean;
	try {
		valid = isExportJsonShape(value);
	} catch (error) {
		if (error instanceof UnexpectedKey) throw new ExportJsonUnexpectedKeyError(error.key);
		throw error;
	}
	if (!valid) throw new ExportJsonInvalidError();
	return value as ExportJson;
}
