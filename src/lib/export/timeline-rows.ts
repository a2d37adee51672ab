/**
 * The rows every export shares: the PDF, the CSV and the JSON all start from these, so they can never disagree on
 * numbering, on which incidents are included, or on what a disclosure-safe copy leaves out.
 *
 * Rows run oldest first, as police chronologies do. Each row is words ready to print; the structured parts the
 * PDF and the pack need (exhibits, amendments, hashes) are kept beside the words.
 */
import type { BehaviourId } from '$lib/domain/behaviours';
import { revisionKey } from '$lib/domain/chain-order';
import { hashRevision } from '$lib/domain/hash-chain';
import {
	currentContent,
	isDeleted,
	isWithdrawn,
	type ExhibitId,
	type ExhibitRef,
	type Incident,
	type IncidentContent,
	type IncidentId,
	type IsoDate,
	type Person,
	type PersonId,
	type Revision,
	type Sha256Hex,
	PERSON_DESCRIPTION_FIELDS,
	SIGHTING_FIELDS,
	VEHICLE_FIELDS
} from '$lib/domain/incident';
import { dayKeyOf, formatWhen, instantOf } from '$lib/domain/iso-time';
import { listAmendments, type ContentField } from '$lib/domain/revisions';
import { buildTimeline, indexIncidents } from '$lib/domain/timeline';
import { formatBehaviour } from '$lib/format/behaviour';
import { exportMessages } from '$lib/messages/export';
import type { PdfLabels } from './pdf-labels';
import type { DisclosedExhibit, ExhibitDisclosure } from './disclosure-plan';
import { exhibitPath, parseExhibitNumber } from './file-names';
import { exhibitNamer, type KeptFacts } from './kept-facts';
import { buildRowTimes, formatExportTime, occurredWithOffset, type RowTimes } from './row-times';

const text = exportMessages;

export interface TimelineOptions {
	/** Inclusive calendar days; an incident over a range is included if any part of it falls inside. */
	from?: IsoDate;
	to?: IsoDate;
	/** Only incidents with any of these behaviours; all incidents when left out or empty. */
	behaviours?: readonly BehaviourId[];
	/** Leaves out witnesses' contact details and private notes, for disclosure to the other side. */
	disclosureSafe: boolean;
	/** Private notes are left out unless the person asks; a disclosure-safe copy never has them. */
	includePrivateNotes: boolean;
	/** IANA zone for the times printed; the device's zone when left out. */
	timeZone?: string;
	/** The person's safety plan goes into the data file (so a share file) only when they tick it; never a PDF. */
	includeSafetyPlan?: boolean;
	/** A PDF's labels in the person's language beside the English, when they choose it (pdf-labels.ts). */
	labels?: PdfLabels;
}

/** The printed columns, in the order of the usual stalking-diary forms. */
export const ROW_COLUMNS = [
	'number',
	'occurred',
	'recorded',
	'behaviours',
	'channels',
	'where',
	'whatHappened',
	'who',
	'witnesses',
	'impact',
	'police',
	'otherActions',
	'exhibits',
	'status',
	'privateNote',
	'amendments',
	'revisionHashes'
] as const;

export type RowColumn = (typeof ROW_COLUMNS)[number];

export interface RowExhibit {
	number: string;
	ref: ExhibitRef;
}

export interface RowAmendment {
	kind: Revision['kind'];
	savedAt: string;
	reason: string;
	changed: string;
}

export interface RowRevisionHash {
	seq: number;
	hash: Sha256Hex;
}

export interface TimelineRow {
	/** 1..n in the order of the export. */
	number: number;
	incidentId: IncidentId;
	deleted: boolean;
	withdrawn: boolean;
	/** The printed cells, every one a string ('' when there is nothing to say). */
	cells: Record<Exclude<RowColumn, 'number'>, string>;
	exhibits: RowExhibit[];
	/**
	 * Exhibits only earlier revisions refer to (an edit took them off the entry). They are still evidence the file's
	 * revisions name, so the pack carries them and a backup restores them; numbered after every current exhibit.
	 */
	earlierExhibits: RowExhibit[];
	amendments: RowAmendment[];
	revisionHashes: RowRevisionHash[];
	/** The times again, in UTC and ISO 8601 with their offsets, for a spreadsheet to sort. */
	times: RowTimes;
	/** The people from the diary's list that the entry names, with their details, in the order it names them. */
	people: Person[];
	/** The day it happened (or, for a deleted incident, was recorded), for the summary and the chart. */
	day: IsoDate | null;
}

export interface ExhibitListEntry {
	number: string;
	exhibitId: ExhibitId;
	name: string;
	/** Where the file sits in an evidence pack. */
	path: string;
	type: string;
	size: number;
	sha256: Sha256Hex;
	/** The row number of the first incident that refers to it. */
	incidentNumber: number;
	/** Only in a disclosure-safe pack: the cleaned copy that stands at `path` instead, or why there is none. */
	disclosure?: ExhibitDisclosure;
}

/** Withheld fields are always left out of amendment lists too, so "private note changed" cannot hint at one. */
export function showsPrivateNotes(options: TimelineOptions): boolean {
	return options.includePrivateNotes && !options.disclosureSafe;
}

function join(parts: readonly string[], separator = '; '): string {
	return parts.filter((part) => part.trim() !== '').join(separator);
}

function formatOccurred(content: IncidentContent, options: TimelineOptions): string {
	let when: string;
	try {
		when = formatWhen(content.occurred, { timeZone: options.timeZone });
	} catch {
		// A time that cannot be read is still evidence of what was typed: print it as stored rather than drop it.
		when = [content.occurred.start, content.occurred.end ?? ''].filter(Boolean).join(' – ');
	}
	when = occurredWithOffset(when, content.occurred, options.timeZone);
	return content.occurred.approximate ? `${text.approximate} ${when}` : when;
}

function formatBehaviours(content: IncidentContent): string {
	const parts = content.behaviours.map((id) =>
		id === 'other' && content.otherBehaviour.trim() !== ''
			? text.row.otherBehaviour(content.otherBehaviour)
			: formatBehaviour(id, text.behaviours)
	);
	return join([...parts, content.threatened ? text.row.threatened : '']);
}

/** The place as typed, then the places a caseworker asks about that it was at or near. */
function formatWhere(content: IncidentContent): string {
	const places = (content.places ?? []).map((id) => text.row.placeNames[id]);
	return join([content.location, places.length > 0 ? text.row.places(places.join(', ')) : '']);
}

/** The answered parts of a structured description, each with its label: "age: 30s, height: tall". */
function formatParts<K extends string>(
	fields: Readonly<Record<K, string>> | undefined,
	order: readonly K[],
	labels: Readonly<Record<K, string>>,
	whole: (parts: string) => string
): string {
	if (!fields) return '';
	const parts = order.flatMap((key) =>
		fields[key].trim() === '' ? [] : [text.row.part(labels[key], fields[key])]
	);
	return parts.length > 0 ? whole(parts.join(', ')) : '';
}

/** "red Ford Fiesta", as a person would say it. */
function formatVehicle(content: IncidentContent): string {
	const details = content.vehicleDetails;
	if (!details) return '';
	const words = VEHICLE_FIELDS.map((key) => details[key].trim()).filter((word) => word !== '');
	return words.length > 0 ? text.row.vehicleDetails(words.join(' ')) : '';
}

/**
 * Who, with what is known kept apart from what was seen: people chosen from the diary's list are named as known
 * (their details are in the People section), and a description is marked as someone the person does not know, so
 * nobody reads a named person as the stranger described beside them.
 */
function formatWho(content: IncidentContent, people: ReadonlyMap<PersonId, Person>): string {
	const known = content.personIds.flatMap((id) => people.get(id)?.name ?? []);
	const missing = content.personIds.some((id) => !people.has(id));
	return join([
		known.length > 0 ? text.row.knownPeople(known.join(', ')) : '',
		missing ? text.row.unknownPerson : '',
		content.unknownPersonDescription && text.row.description(content.unknownPersonDescription),
		formatParts(content.personDescription, PERSON_DESCRIPTION_FIELDS, text.row.personFields, text.row.person),
		content.vehicle && text.row.vehicle(content.vehicle),
		formatVehicle(content),
		content.registration && text.row.registration(content.registration)
	]);
}

function formatWitnesses(content: IncidentContent, options: TimelineOptions): string {
	return join(
		content.witnesses.map((w) =>
			options.disclosureSafe || w.contact.trim() === '' ? w.name : `${w.name} (${w.contact})`
		)
	);
}

function formatImpact(content: IncidentContent): string {
	const { impact } = content;
	return join([
		impact.fearOfViolence ? text.row.fearOfViolence : '',
		impact.alarmOrDistress ? text.row.alarmOrDistress : '',
		impact.changedDailyLife ? text.row.changedDailyLife : '',
		impact.inOwnWords && text.row.inOwnWords(impact.inOwnWords),
		impact.rating ? text.row.rating(text.row.ratingNames[impact.rating]) : ''
	]);
}

function formatPolice(content: IncidentContent): string {
	const { actions } = content;
	// A reference or officer written down without the box ticked is still worth printing.
	const reported = actions.reportedToPolice || actions.crimeReference !== '' || actions.officer !== '';
	if (!reported) return '';
	return join([
		actions.reportedToPolice ? text.row.reportedToPolice : '',
		actions.crimeReference && text.row.crimeReference(actions.crimeReference),
		actions.officer && text.row.officer(actions.officer)
	]);
}

function formatOtherActions(content: IncidentContent): string {
	const { actions } = content;
	return join([
		actions.reportedToPlatform ? text.row.reportedToPlatform : '',
		actions.platformDetails && text.row.platformDetails(actions.platformDetails),
		actions.toldSomeone ? text.row.toldSomeone : '',
		actions.toldWho && text.row.toldWho(actions.toldWho)
	]);
}

function formatWhatHappened(content: IncidentContent): string {
	return join(
		[
			content.whatHappened,
			content.exactWords && text.row.exactWords(content.exactWords),
			formatParts(content.sighting, SIGHTING_FIELDS, text.row.sightingFields, text.row.sighting),
			content.quickLog ? text.row.quickLog : ''
		],
		'\n'
	);
}

function listRowAmendments(incident: Incident, options: TimelineOptions): RowAmendment[] {
	const hidden: ReadonlySet<ContentField> = showsPrivateNotes(options) ? new Set() : new Set(['privateNote']);
	return listAmendments(incident).map(({ revision, changed }) => ({
		kind: revision.kind,
		savedAt: formatExportTime(revision.savedAt, options.timeZone),
		reason: revision.reason ?? '',
		changed: changed
			.filter((field) => !hidden.has(field))
			.map((field) => text.fields[field])
			.join(', ')
	}));
}

function formatAmendments(amendments: readonly RowAmendment[]): string {
	return amendments
		.map((a) =>
			join(
				[
					`${text.row.amendmentKinds[a.kind]}: ${a.savedAt}`,
					a.reason && text.row.reason(a.reason),
					a.changed && text.row.changed(a.changed)
				],
				'; '
			)
		)
		.join('\n');
}

function formatStatus(incident: Incident): string {
	const edits = incident.revisions.filter((r) => r.kind === 'edit').length;
	return join([isWithdrawn(incident) ? text.row.withdrawn : '', edits > 0 ? text.row.amended(edits) : '']);
}

interface Candidate {
	incident: Incident;
	day: IsoDate | null;
	/** Sort keys, oldest first: the day, then the time (a date-only incident first in its day), then the save. */
	instant: number;
	recorded: number;
}

function compareOldestFirst(a: Candidate, b: Candidate): number {
	const [dayA, dayB] = [a.day ?? '', b.day ?? ''];
	if (dayA !== dayB) return dayA < dayB ? -1 : 1;
	if (a.instant !== b.instant) return a.instant < b.instant ? -1 : 1;
	if (a.recorded !== b.recorded) return a.recorded < b.recorded ? -1 : 1;
	// Ids are random, so this only makes the order the same every time.
	return a.incident.id < b.incident.id ? -1 : a.incident.id > b.incident.id ? 1 : 0;
}

/**
 * Which incidents the export holds, oldest first. The filter is the timeline's own, so the export includes what
 * the person saw when they chose it. A deleted incident has no content to filter on: it is included when it was
 * recorded inside the dates, whatever the behaviour filter, because leaving it out would hide that something was
 * removed.
 */
function selectIncidents(incidents: readonly Incident[], options: TimelineOptions): Candidate[] {
	const live = buildTimeline(indexIncidents(incidents, { timeZone: options.timeZone }), {
		from: options.from,
		to: options.to,
		behaviours: options.behaviours,
		includeWithdrawn: true
	});
	const candidates: Candidate[] = live.flatMap((day) =>
		day.entries.map((entry) => ({
			incident: entry.incident,
			day: dayKeyOf(entry.content.occurred.start, options.timeZone) ?? entry.day,
			instant: instantOf(entry.content.occurred.start) ?? -Infinity,
			recorded: instantOf(entry.incident.recordedAt) ?? -Infinity
		}))
	);
	for (const incident of incidents) {
		if (!isDeleted(incident)) continue;
		const day = dayKeyOf(incident.recordedAt, options.timeZone);
		if (options.from !== undefined && (day === null || day < options.from)) continue;
		if (options.to !== undefined && (day === null || day > options.to)) continue;
		const recorded = instantOf(incident.recordedAt) ?? -Infinity;
		candidates.push({ incident, day, instant: recorded, recorded });
	}
	return candidates.sort(compareOldestFirst);
}

const EMPTY_CELLS: TimelineRow['cells'] = {
	occurred: '',
	recorded: '',
	behaviours: '',
	channels: '',
	where: '',
	whatHappened: '',
	who: '',
	witnesses: '',
	impact: '',
	police: '',
	otherActions: '',
	exhibits: '',
	status: '',
	privateNote: '',
	amendments: '',
	revisionHashes: ''
};

/**
 * The export's rows, oldest first, numbered from 1. Exhibits carry their kept numbers and revisions the
 * fingerprints their chain entries recorded (kept-facts.ts); only what `kept` lacks is worked out here.
 */
export async function buildTimelineRows(
	incidents: readonly Incident[],
	people: readonly Person[],
	options: TimelineOptions,
	kept: KeptFacts = {}
): Promise<TimelineRow[]> {
	const peopleById = new Map(people.map((p) => [p.id, p]));
	const numberOf = exhibitNamer(kept.exhibitNumbers);
	const exhibitNumbers = new Map<ExhibitId, string>();
	const selected = selectIncidents(incidents, options);

	const hashes = await Promise.all(
		selected.map(({ incident }) =>
			Promise.all(
				incident.revisions.map(async (revision) => ({
					seq: revision.seq,
					hash:
						kept.revisionHashes?.get(revisionKey(revision.incidentId, revision.seq)) ??
						(await hashRevision(revision))
				}))
			)
		)
	);

	const rows = selected.map(({ incident, day }, index): TimelineRow => {
		const revisionHashes = hashes[index] ?? [];
		const hashesCell = revisionHashes.map((h) => text.row.revisionHash(h.seq, h.hash)).join('\n');
		const content = currentContent(incident);
		const number = index + 1;
		if (isDeleted(incident) || !content) {
			const marker = incident.revisions.at(-1);
			return {
				number,
				incidentId: incident.id,
				deleted: true,
				withdrawn: false,
				cells: {
					...EMPTY_CELLS,
					recorded: formatExportTime(incident.recordedAt, options.timeZone),
					whatHappened: text.row.deletedMarker(formatExportTime(marker?.savedAt ?? '', options.timeZone)),
					status: text.row.deleted,
					revisionHashes: hashesCell
				},
				exhibits: [],
				earlierExhibits: [],
				amendments: [],
				revisionHashes,
				times: buildRowTimes(null, incident.recordedAt, options.timeZone),
				people: [],
				day
			};
		}

		const exhibits: RowExhibit[] = [];
		for (const ref of content.exhibits) {
			let exhibitNumber = exhibitNumbers.get(ref.id);
			if (exhibitNumber === undefined) {
				exhibitNumber = numberOf(ref);
				exhibitNumbers.set(ref.id, exhibitNumber);
			}
			exhibits.push({ number: exhibitNumber, ref });
		}
		const amendments = listRowAmendments(incident, options);
		return {
			number,
			incidentId: incident.id,
			deleted: false,
			withdrawn: isWithdrawn(incident),
			cells: {
				occurred: formatOccurred(content, options),
				recorded: formatExportTime(incident.recordedAt, options.timeZone),
				behaviours: formatBehaviours(content),
				channels: join(content.channels.map((id) => text.channels[id])),
				where: formatWhere(content),
				whatHappened: formatWhatHappened(content),
				who: formatWho(content, peopleById),
				witnesses: formatWitnesses(content, options),
				impact: formatImpact(content),
				police: formatPolice(content),
				otherActions: formatOtherActions(content),
				exhibits: exhibits.map((e) => e.number).join(', '),
				status: formatStatus(incident),
				privateNote: showsPrivateNotes(options) ? content.privateNote : '',
				amendments: formatAmendments(amendments),
				revisionHashes: hashesCell
			},
			exhibits,
			earlierExhibits: [],
			amendments,
			revisionHashes,
			times: buildRowTimes(content.occurred, incident.recordedAt, options.timeZone),
			people: content.personIds.flatMap((id) => peopleById.get(id) ?? []),
			day
		};
	});

	// A second pass, so an exhibit on an entry now is listed with the first entry it is on now.
	selected.forEach(({ incident }, index) => {
		const row = rows[index]!;
		if (row.deleted) return;
		for (const revision of incident.revisions) {
			for (const ref of revision.content?.exhibits ?? []) {
				if (exhibitNumbers.has(ref.id)) continue;
				const exhibitNumber = numberOf(ref);
				exhibitNumbers.set(ref.id, exhibitNumber);
				row.earlierExhibits.push({ number: exhibitNumber, ref });
			}
		}
	});
	return rows;
}

/**
 * One entry per exhibit, in exhibit-number order, with the incident that first refers to it. `disclosed`, by
 * exhibit number, is what a disclosure-safe pack holds instead of each original (disclose-exhibit.ts).
 */
export function listExhibits(
	rows: readonly TimelineRow[],
	disclosed?: ReadonlyMap<string, DisclosedExhibit>
): ExhibitListEntry[] {
	return listInRowOrder(rows, disclosed).sort(
		(a, b) => (parseExhibitNumber(a.number) ?? 0) - (parseExhibitNumber(b.number) ?? 0)
	);
}

function listInRowOrder(
	rows: readonly TimelineRow[],
	disclosed: ReadonlyMap<string, DisclosedExhibit> | undefined
): ExhibitListEntry[] {
	const seen = new Set<string>();
	const list: ExhibitListEntry[] = [];
	// Current exhibits first, then earlier ones, so each is listed with the first entry it is on now.
	const numbered = [
		...rows.flatMap((row) => row.exhibits.map((exhibit) => ({ row, exhibit }))),
		...rows.flatMap((row) => row.earlierExhibits.map((exhibit) => ({ row, exhibit })))
	];
	for (const { row, exhibit } of numbered) {
		const { number, ref } = exhibit;
		if (seen.has(number)) continue;
		seen.add(number);
		list.push({
			number,
			exhibitId: ref.id,
			name: ref.name,
			path: exhibitPath(number, ref.name),
			type: ref.type,
			size: ref.size,
			sha256: ref.sha256,
			incidentNumber: row.number,
			...disclosedEntry(disclosed?.get(number))
		});
	}
	return list;
}

function disclosedEntry(disclosed: DisclosedExhibit | undefined): Partial<ExhibitListEntry> {
	return disclosed ? { path: disclosed.path, disclosure: disclosed.disclosure } : {};
}

/**
 * Every exhibit an export with these choices holds, without building its rows: cheap enough for the Export screen
 * to say, as the choices change, what will happen to them (disclosure-plan.ts). The same selection and the same
 * rule as buildTimelineRows: current exhibits and those of earlier revisions, none of a deleted entry.
 */
export function selectExhibits(incidents: readonly Incident[], options: TimelineOptions): ExhibitRef[] {
	const seen = new Map<ExhibitId, ExhibitRef>();
	for (const { incident } of selectIncidents(incidents, options)) {
		if (isDeleted(incident) || !currentContent(incident)) continue;
		for (const ref of [
			...(currentContent(incident)?.exhibits ?? []),
			...incident.revisions.flatMap((r) => r.content?.exhibits ?? [])
		]) {
			if (!seen.has(ref.id)) seen.set(ref.id, ref);
		}
	}
	return [...seen.values()];
}
