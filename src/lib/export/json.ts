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
import * as v from 'valibot';
import { revisionKey } from '$lib/domain/chain-order';
import { canonicalJson } from '$lib/domain/canonical-json';
import { GENESIS_LINK, type ChainEntry } from '$lib/domain/hash-chain';
import {
	isDeleted,
	isWithdrawn,
	type ExhibitId,
	type Incident,
	type IncidentId,
	type IsoDateTime,
	type Person,
	type PersonId,
	type Revision
} from '$lib/domain/incident';
import { migrateToCurrent, type Versioning } from '$lib/domain/migrations';
import {
	behaviourIdSchema,
	chainEntryEntries,
	checkpointSchema,
	countSchema,
	dateTimeSchema,
	hashSchema,
	idSchema,
	personSchema,
	revisionSchema,
	unexpectedKeyOf
} from '$lib/domain/record-schemas';
import { planHasWords, safetyPlanSchema, type SafetyPlan } from '$lib/domain/safety-plan';
import { exportMessages } from '$lib/messages/export';
import type { DisclosedExhibit } from './disclosure-plan';
import { chainHashes } from './kept-facts';
import { ExportJsonInvalidError, ExportJsonUnexpectedKeyError, ExportJsonVersionError } from './errors';
import {
	buildTimelineRows,
	listExhibits,
	showsPrivateNotes,
	type TimelineOptions,
	type TimelineRow
} from './timeline-rows';

export const EXPORT_JSON_TYPE = 'waymark-timeline';

const distinct = (values: readonly unknown[]) => new Set(values).size === values.length;
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
	/** The person's safety plan; written only when `options.includeSafetyPlan` says so. */
	safetyPlan?: SafetyPlan;
}

// The whole file's shape, checked on the way in. Objects are strict (domain/record-schemas.ts): a key the format
// has no place for is refused, not carried along into the diary, because whatever is not checked here would be
// stored and later trusted.
const exportRevisionSchema = v.strictObject({
	/** The revision as saved, except for the values listed in `withheld`. */
	revision: revisionSchema,
	/**
	 * The revision's fingerprint as its chain entry recorded it: the SHA-256 of the original revision's canonical
	 * JSON. The PDF, the CSV and the viewer print this same value.
	 */
	hash: hashSchema,
	/** This revision's link in the record of changes; null if the chain has no entry for it. */
	chain: v.nullable(checkpointSchema),
	/** Paths (e.g. `content.witnesses[0].contact`) whose values were replaced in this copy. */
	withheld: v.array(v.string())
});
export type ExportRevision = v.InferOutput<typeof exportRevisionSchema>;

const exportIncidentSchema = v.strictObject({
	/** The incident's number in the PDF and CSV of the same export. */
	number: countSchema,
	id: idSchema<IncidentId>(),
	recordedAt: v.string(),
	status: v.picklist(['current', 'withdrawn', 'deleted']),
	/** Oldest first. */
	revisions: v.array(exportRevisionSchema)
});
export type ExportIncident = v.InferOutput<typeof exportIncidentSchema>;
export type ExportIncidentStatus = ExportIncident['status'];

const exhibitDisclosureSchema = v.variant('kind', [
	v.strictObject({
		kind: v.literal('cleaned'),
		sha256: hashSchema,
		size: countSchema,
		type: v.string(),
		converted: v.boolean()
	}),
	v.strictObject({
		kind: v.literal('withheld'),
		reason: v.picklist(['kind', 'unreadable', 'cannot-convert', 'too-large'])
	})
]);

const exhibitListEntrySchema = v.strictObject({
	number: v.string(),
	exhibitId: idSchema<ExhibitId>(),
	name: v.string(),
	path: v.string(),
	type: v.string(),
	size: countSchema,
	sha256: hashSchema,
	incidentNumber: countSchema,
	disclosure: v.optional(exhibitDisclosureSchema)
});

const exportFilterSchema = v.strictObject({
	from: v.optional(v.string()),
	to: v.optional(v.string()),
	behaviours: v.optional(v.array(behaviourIdSchema))
});
export type ExportFilter = v.InferOutput<typeof exportFilterSchema>;

/** A chain entry as a file carries it; `prev` only in a copy of part of the diary (see the note at the top). */
const exportChainEntrySchema = v.strictObject({
	...chainEntryEntries,
	/** The link of the entry before this one in the diary's chain. */
	prev: v.optional(hashSchema)
});
export type ExportChainEntry = v.InferOutput<typeof exportChainEntrySchema>;

const exportJsonSchema = v.strictObject({
	type: v.literal(EXPORT_JSON_TYPE),
	version: v.literal(EXPORT_JSON_VERSION),
	generatedAt: dateTimeSchema,
	chainHead: v.nullable(checkpointSchema),
	disclosureSafe: v.boolean(),
	privateNotesIncluded: v.boolean(),
	filter: exportFilterSchema,
	/** How to check the hashes, and what redaction does to that. */
	note: v.string(),
	/**
	 * Each incident once: no two with the same id or number. The app never writes such a file; one that claims it
	 * would leave a reader unable to say which entry a number or a link means (and the viewer keys its rows by id).
	 */
	incidents: v.pipe(
		v.array(exportIncidentSchema),
		v.check((incidents) => distinct(incidents.map((i) => i.id)) && distinct(incidents.map((i) => i.number)))
	),
	/** Only the people the included incidents name. */
	people: v.array(personSchema),
	exhibits: v.array(exhibitListEntrySchema),
	/**
	 * The entries of the record of changes for the revisions in this file, in order: every entry when the file
	 * holds the whole diary, so the chain head can be worked out again. Entries hold only ids, hashes and save
	 * times, never content.
	 */
	chain: v.array(exportChainEntrySchema),
	/**
	 * The person's safety plan (domain/safety-plan.ts), only when they chose to share it, and always in a backup.
	 * It is not part of the record of changes: no hash covers it but a backup's MAC.
	 */
	safetyPlan: v.optional(safetyPlanSchema),
	/** Only in a backup: this diary's MAC over the rest of the file (backupMacInput). */
	backupMac: v.optional(hashSchema)
});
export type ExportJson = v.InferOutput<typeof exportJsonSchema>;

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
		chain,
		// Never in a disclosure-safe copy, which may be shown to the other side: the plan says where the person goes.
		...(options.includeSafetyPlan && !options.disclosureSafe && planHasWords(input.safetyPlan)
			? { safetyPlan: input.safetyPlan }
			: {})
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

/** Files of older versions are brought to this one step by step; there are none yet. */
const EXPORT_JSON_VERSIONING: Versioning = { current: EXPORT_JSON_VERSION, key: 'version', migrations: {} };

/** True when `value` has the whole shape of a version 1 export, and nothing else. */
export function isExportJson(value: unknown): value is ExportJson {
	return v.is(exportJsonSchema, value);
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
	const current = migrateToCurrent(value, EXPORT_JSON_VERSIONING);
	if (current === undefined) throw new ExportJsonVersionError(record.version);
	const result = v.safeParse(exportJsonSchema, current);
	if (result.success) return result.output;
	const key = unexpectedKeyOf(result.issues);
	throw key === undefined ? new ExportJsonInvalidError() : new ExportJsonUnexpectedKeyError(key);
}
