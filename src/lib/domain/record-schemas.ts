/**
 * The incident record's shapes as valibot schemas, for the boundaries that read them back: the export JSON (and so
 * a backup being restored) and the diary's sealed rows. Objects are strict: a key the record has no place for is
 * refused, not carried into the diary, because whatever is not checked would be stored and later trusted. Each
 * schema is checked against the domain's own type at build time, so the two cannot drift apart.
 */
import * as v from 'valibot';
import { isBehaviourId, isChannelId, type BehaviourId, type ChannelId } from './behaviours';
import type { ChainCheckpoint, ChainEntry, ChainJoin, PlainChainEntry } from './hash-chain';
import {
	isId,
	IMPACT_RATINGS,
	hasWords,
	isPlaceId,
	PLACE_IDS,
	type PlaceId,
	type AnyId,
	type ExhibitId,
	type ExhibitRef,
	type IncidentContent,
	type IncidentId,
	type IsoDateTime,
	type Person,
	type PersonId,
	type Revision
} from './incident';
import { isIsoDateTime } from './iso-time';

/** Fails the build when a schema's output is not the domain type it stands for. */
type Describes<S extends v.GenericSchema, T> = [v.InferOutput<S>] extends [T]
	? [T] extends [v.InferOutput<S>]
		? S
		: never
	: never;

export const countSchema = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
export const hashSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));
/** An id of the kind the caller names; all kinds look alike (32 hex characters). */
export function idSchema<T extends AnyId>() {
	return v.custom<T>(isId);
}
export const behaviourIdSchema = v.custom<BehaviourId>(isBehaviourId);
const channelIdSchema = v.custom<ChannelId>(isChannelId);
const placeIdSchema = v.custom<PlaceId>(isPlaceId);
/** Only where the app relies on the form; elsewhere a time is kept as written and shown raw if it cannot be read. */
export const dateTimeSchema = v.custom<IsoDateTime>(isIsoDateTime);

export const checkpointSchema = v.strictObject({ seq: countSchema, link: hashSchema });
checkpointSchema satisfies Describes<typeof checkpointSchema, ChainCheckpoint>;

export const exhibitRefSchema = v.strictObject({
	id: idSchema<ExhibitId>(),
	name: v.string(),
	type: v.string(),
	size: countSchema,
	sha256: hashSchema,
	addedAt: v.string(),
	fileDate: v.optional(v.string()),
	thumbnailId: v.optional(idSchema<ExhibitId>())
});
exhibitRefSchema satisfies Describes<typeof exhibitRefSchema, ExhibitRef>;

export const contentSchema = v.strictObject({
	occurred: v.strictObject({
		kind: v.picklist(['datetime', 'date', 'range']),
		start: v.string(),
		end: v.optional(v.string()),
		approximate: v.boolean()
	}),
	behaviours: v.array(behaviourIdSchema),
	otherBehaviour: v.string(),
	channels: v.array(channelIdSchema),
	whatHappened: v.string(),
	exactWords: v.string(),
	location: v.string(),
	personIds: v.array(idSchema<PersonId>()),
	unknownPersonDescription: v.string(),
	vehicle: v.string(),
	registration: v.string(),
	witnesses: v.array(v.strictObject({ name: v.string(), contact: v.string() })),
	impact: v.strictObject({
		fearOfViolence: v.boolean(),
		alarmOrDistress: v.boolean(),
		changedDailyLife: v.boolean(),
		inOwnWords: v.string(),
		rating: v.optional(v.picklist(IMPACT_RATINGS))
	}),
	actions: v.strictObject({
		reportedToPolice: v.boolean(),
		crimeReference: v.string(),
		officer: v.string(),
		reportedToPlatform: v.boolean(),
		platformDetails: v.string(),
		toldSomeone: v.boolean(),
		toldWho: v.string()
	}),
	exhibits: v.array(exhibitRefSchema),
	privateNote: v.string(),
	quickLog: v.boolean(),
	// The new fields only in the one form withoutEmptyOptional saves, so one meaning never has two hashes: places
	// named once each, in PLACE_IDS order; a threat as `true` or not at all; a description with something in it.
	places: v.optional(
		v.pipe(
			v.array(placeIdSchema),
			v.minLength(1),
			v.check((places) =>
				places.every((id, i) => i === 0 || PLACE_IDS.indexOf(id) > PLACE_IDS.indexOf(places[i - 1]!))
			)
		)
	),
	threatened: v.optional(
		v.pipe(
			v.boolean(),
			v.check((threatened) => threatened)
		)
	),
	sighting: v.optional(
		v.pipe(
			v.strictObject({
				duration: v.string(),
				distance: v.string(),
				obstruction: v.string(),
				light: v.string(),
				knownBefore: v.string(),
				whyRemembered: v.string(),
				timeToRecord: v.string()
			}),
			v.check((fields) => hasWords(fields))
		)
	),
	personDescription: v.optional(
		v.pipe(
			v.strictObject({
				ageRange: v.string(),
				height: v.string(),
				build: v.string(),
				hair: v.string(),
				clothing: v.string(),
				features: v.string()
			}),
			v.check((fields) => hasWords(fields))
		)
	),
	vehicleDetails: v.optional(
		v.pipe(
			v.strictObject({ colour: v.string(), make: v.string(), model: v.string() }),
			v.check((fields) => hasWords(fields))
		)
	)
});
contentSchema satisfies Describes<typeof contentSchema, IncidentContent>;

export const revisionSchema = v.strictObject({
	incidentId: idSchema<IncidentId>(),
	seq: countSchema,
	kind: v.picklist(['create', 'edit', 'withdraw', 'delete']),
	savedAt: v.string(),
	reason: v.optional(v.string()),
	content: v.nullable(contentSchema),
	deletedHash: v.optional(hashSchema),
	recordedAt: v.string()
});
revisionSchema satisfies Describes<typeof revisionSchema, Revision>;

export const personSchema = v.strictObject({
	id: idSchema<PersonId>(),
	name: v.string(),
	description: v.string(),
	relationship: v.string(),
	vehicles: v.array(v.string())
});
personSchema satisfies Describes<typeof personSchema, Person>;

const plainChainEntryEntries = {
	seq: countSchema,
	incidentId: idSchema<IncidentId>(),
	revisionSeq: countSchema,
	revisionHash: hashSchema,
	link: hashSchema,
	savedAt: v.string()
};
const plainChainEntrySchema = v.strictObject(plainChainEntryEntries);
plainChainEntrySchema satisfies Describes<typeof plainChainEntrySchema, PlainChainEntry>;

/** A join entry's record (hash-chain.ts, ChainJoin): the saves it moved, as first written. */
export const chainJoinSchema = v.strictObject({
	saves: v.array(v.strictObject({ was: plainChainEntrySchema, revisionSeq: countSchema }))
});
chainJoinSchema satisfies Describes<typeof chainJoinSchema, ChainJoin>;

export const chainEntryEntries = { ...plainChainEntryEntries, joined: v.optional(chainJoinSchema) };
export const chainEntrySchema = v.strictObject(chainEntryEntries);
chainEntrySchema satisfies Describes<typeof chainEntrySchema, ChainEntry>;

/** The key of the first object that held one its schema has no place for, if any issue is that. */
export function unexpectedKeyOf(issues: readonly v.BaseIssue<unknown>[]): string | undefined {
	// valibot reports an unknown key as a strict object's issue that expected nothing, with the key as its input.
	const issue = issues.find((i) => i.type === 'strict_object' && i.expected === 'never');
	return typeof issue?.input === 'string' ? issue.input : undefined;
}
