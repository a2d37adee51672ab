/**
 * The shape of the incident record (DESIGN.md, "The incident record"). One incident is a list of immutable
 * revisions; the newest one is what the timeline shows.
 */
import type { BehaviourId, ChannelId } from './behaviours';
import { DomainError } from './errors';
import { bytesToHex } from './hex';

declare const brand: unique symbol;
/** Ids are branded so a person id cannot be passed where an incident id is expected; both are plain strings at run time. */
type Branded<T, B extends string> = T & { readonly [brand]: B };

export type IncidentId = Branded<string, 'IncidentId'>;
export type PersonId = Branded<string, 'PersonId'>;
export type ExhibitId = Branded<string, 'ExhibitId'>;
export type AnyId = IncidentId | PersonId | ExhibitId;

/**
 * Encodings are named, not branded: these values come back from storage and files, where validate.ts checks them,
 * and a brand would only force casts at every boundary.
 */
/** ISO 8601 date and time with the UTC offset in force, e.g. 2026-11-29T07:30:00.000+00:00. */
export type IsoDateTime = string;
/** A calendar date, YYYY-MM-DD, with no time zone: "it happened on this day". */
export type IsoDate = string;
/** SHA-256 digest as 64 lowercase hex characters. */
export type Sha256Hex = string;

const ID_PATTERN = /^[0-9a-f]{32}$/;

export class InvalidIdError extends DomainError {
	constructor() {
		super('id-invalid');
	}
}

/** 128 random bits as 32 lowercase hex characters. Never a counter: a counter would reveal how many records exist. */
export function newId<T extends AnyId>(): T {
	return bytesToHex(globalThis.crypto.getRandomValues(new Uint8Array(16))) as T;
}

export function isId(value: unknown): boolean {
	return typeof value === 'string' && ID_PATTERN.test(value);
}

/** Checks an id read from storage or a file before trusting it as one. */
export function parseId<T extends AnyId>(value: unknown): T {
	if (!isId(value)) throw new InvalidIdError();
	return value as T;
}

export type OccurredKind = 'datetime' | 'date' | 'range';

export interface Occurred {
	kind: OccurredKind;
	/** IsoDateTime for 'datetime'; IsoDate for 'date'; either form for 'range', the same form as `end`. */
	start: string;
	/** Only for 'range'. */
	end?: string;
	/** The person is unsure of the exact time; shown, never hidden, so nobody can say they claimed precision. */
	approximate: boolean;
}

export interface Witness {
	name: string;
	contact: string;
}

/** The s.4A effects: each one matters to which offence the police can consider. */
export interface Impact {
	fearOfViolence: boolean;
	alarmOrDistress: boolean;
	changedDailyLife: boolean;
	inOwnWords: string;
	/** How much it affected the person, in their own rating; optional, like every field added after the first format. */
	rating?: ImpactRating;
}

export const IMPACT_RATINGS = ['none', 'some', 'a-lot', 'severe'] as const;
export type ImpactRating = (typeof IMPACT_RATINGS)[number];

/**
 * What an officer asks about a sighting, so that an identification can be weighed: how long, how far, what was in
 * the way, the light, whether the person was known before, why it was remembered, and how long until it was
 * written down. Each in the person's own words.
 */
export interface Sighting {
	duration: string;
	distance: string;
	obstruction: string;
	light: string;
	knownBefore: string;
	whyRemembered: string;
	timeToRecord: string;
}

export const SIGHTING_FIELDS = [
	'duration',
	'distance',
	'obstruction',
	'light',
	'knownBefore',
	'whyRemembered',
	'timeToRecord'
] as const satisfies readonly (keyof Sighting)[];

/** A person seen, described the way a police description is taken. */
export interface PersonDescription {
	ageRange: string;
	height: string;
	build: string;
	hair: string;
	clothing: string;
	features: string;
}

export const PERSON_DESCRIPTION_FIELDS = [
	'ageRange',
	'height',
	'build',
	'hair',
	'clothing',
	'features'
] as const satisfies readonly (keyof PersonDescription)[];

/** A vehicle seen; its registration stays in `registration`, where entries have always kept it. */
export interface VehicleDetails {
	colour: string;
	make: string;
	model: string;
}

export const VEHICLE_FIELDS = [
	'colour',
	'make',
	'model'
] as const satisfies readonly (keyof VehicleDetails)[];

export interface Actions {
	reportedToPolice: boolean;
	crimeReference: string;
	officer: string;
	reportedToPlatform: boolean;
	platformDetails: string;
	toldSomeone: boolean;
	toldWho: string;
}

/** A pointer to an exhibit stored elsewhere; the hash is taken of the original bytes at capture. */
export interface ExhibitRef {
	id: ExhibitId;
	name: string;
	/** MIME type. */
	type: string;
	size: number;
	sha256: Sha256Hex;
	addedAt: IsoDateTime;
	/** The file's own date (e.g. when a photo was taken), when the device tells us. */
	fileDate?: IsoDateTime;
	/** A small sealed picture of an image or video frame, stored like an exhibit under this id (vault/exhibits.ts). */
	thumbnailId?: ExhibitId;
}

export interface IncidentContent {
	occurred: Occurred;
	behaviours: BehaviourId[];
	otherBehaviour: string;
	channels: ChannelId[];
	whatHappened: string;
	exactWords: string;
	location: string;
	personIds: PersonId[];
	unknownPersonDescription: string;
	vehicle: string;
	registration: string;
	witnesses: Witness[];
	impact: Impact;
	actions: Actions;
	exhibits: ExhibitRef[];
	/** Left out of every export unless the person chooses to include it. */
	privateNote: string;
	/** Saved by the quick log: the time and a few words, with the detail still to come. */
	quickLog: boolean;
	/**
	 * Where it happened, of the places a caseworker asks about (a visit to the home is a risk fact of its own).
	 * Optional, like every field added after the first format: left out when empty, so older entries keep their hash.
	 */
	places?: PlaceId[];
	/** They threatened the person or someone close to them; what was said belongs in `exactWords`. */
	threatened?: boolean;
	sighting?: Sighting;
	personDescription?: PersonDescription;
	vehicleDetails?: VehicleDetails;
}

/** The places a caseworker asks about: at or near the person's home, their work or study, their children's school. */
export const PLACE_IDS = ['home', 'work', 'children'] as const;
export type PlaceId = (typeof PLACE_IDS)[number];

export function isPlaceId(value: unknown): value is PlaceId {
	return typeof value === 'string' && (PLACE_IDS as readonly string[]).includes(value);
}

/**
 * The content as it is saved: optional fields with nothing in them are left out, so that an entry where they were
 * never touched hashes, compares and exports exactly as one saved before they existed.
 */
export function withoutEmptyOptional(content: IncidentContent): IncidentContent {
	const { places, threatened, sighting, personDescription, vehicleDetails, ...rest } = content;
	const { rating, ...impact } = content.impact;
	return {
		...rest,
		impact: rating ? { ...impact, rating } : impact,
		...(places && places.length > 0 ? { places: PLACE_IDS.filter((id) => places.includes(id)) } : {}),
		...(threatened ? { threatened } : {}),
		...(sighting && hasWords(sighting) ? { sighting } : {}),
		...(personDescription && hasWords(personDescription) ? { personDescription } : {}),
		...(vehicleDetails && hasWords(vehicleDetails) ? { vehicleDetails } : {})
	};
}

/** Some field of a description holds more than spaces. */
export function hasWords(fields: object): boolean {
	return Object.values(fields).some((value) => typeof value === 'string' && value.trim() !== '');
}

export function emptySighting(): Sighting {
	return Object.fromEntries(SIGHTING_FIELDS.map((f) => [f, ''])) as unknown as Sighting;
}

export function emptyPersonDescription(): PersonDescription {
	return Object.fromEntries(PERSON_DESCRIPTION_FIELDS.map((f) => [f, ''])) as unknown as PersonDescription;
}

export function emptyVehicleDetails(): VehicleDetails {
	return { colour: '', make: '', model: '' };
}

export function emptyIncidentContent(occurred?: Occurred): IncidentContent {
	return {
		occurred: occurred ?? { kind: 'datetime', start: '', approximate: false },
		behaviours: [],
		otherBehaviour: '',
		channels: [],
		whatHappened: '',
		exactWords: '',
		location: '',
		personIds: [],
		unknownPersonDescription: '',
		vehicle: '',
		registration: '',
		witnesses: [],
		impact: { fearOfViolence: false, alarmOrDistress: false, changedDailyLife: false, inOwnWords: '' },
		actions: {
			reportedToPolice: false,
			crimeReference: '',
			officer: '',
			reportedToPlatform: false,
			platformDetails: '',
			toldSomeone: false,
			toldWho: ''
		},
		exhibits: [],
		privateNote: '',
		quickLog: false
	};
}

export interface Person {
	id: PersonId;
	name: string;
	description: string;
	relationship: string;
	vehicles: string[];
}

export type RevisionKind = 'create' | 'edit' | 'withdraw' | 'delete';

/**
 * One saved state of an incident. Never changed once saved, with one exception: a permanent delete replaces
 * `content` and `reason` with null and keeps the revision's old hash in `deletedHash`, so the hash chain still
 * verifies without the words that were removed.
 */
export interface Revision {
	incidentId: IncidentId;
	/** Revision number within the incident, from 1. */
	seq: number;
	/** What the person did at this save. The 'delete' revision is the marker of a permanent delete. */
	kind: RevisionKind;
	/** Device clock at this save. The device clock can be wrong or go backwards; the hash chain flags that. */
	savedAt: IsoDateTime;
	reason?: string;
	/** Null for the delete marker, and for earlier revisions whose content a permanent delete removed. */
	content: IncidentContent | null;
	/** Set only where content was removed: the hash the revision had, which its chain entry still holds. */
	deletedHash?: Sha256Hex;
	/** The device clock at the first save, copied into every revision so no edit can move it. */
	recordedAt: IsoDateTime;
}

export interface Incident {
	id: IncidentId;
	recordedAt: IsoDateTime;
	/** Oldest first; never empty. */
	revisions: readonly Revision[];
}

function latestRevision(incident: Incident): Revision | undefined {
	return incident.revisions.at(-1);
}

export function isDeleted(incident: Incident): boolean {
	return latestRevision(incident)?.kind === 'delete';
}

/** A withdrawn incident keeps its content and stays in exports, marked withdrawn, like a struck-through entry. */
export function isWithdrawn(incident: Incident): boolean {
	return latestRevision(incident)?.kind === 'withdraw';
}

/** What the timeline shows, or null once the incident has been permanently deleted. */
export function currentContent(incident: Incident): IncidentContent | null {
	return latestRevision(incident)?.content ?? null;
}

export function needsDetail(incident: Incident): boolean {
	return currentContent(incident)?.quickLog ?? false;
}

/** True for a revision whose content a permanent delete removed (as opposed to the delete marker itself). */
export function isRedacted(revision: Revision): boolean {
	return revision.content === null && revision.deletedHash !== undefined;
}
