// What the diary keeps in its sealed rows. Each row is one JSON value with a kind `t` and a format version `v`;
// rows are checked by a schema on the way in, so a damaged or unknown row is reported, never trusted. Each kind's
// schema is strict, as the export's are: a key no row of that kind has is refused.
import * as v from 'valibot';
import type { ExhibitId, IncidentContent, IncidentId } from '$lib/domain/incident';
import { migrateToCurrent, type Versioning } from '$lib/domain/migrations';
import { chainEntrySchema, idSchema, personSchema, revisionSchema } from '$lib/domain/record-schemas';
import { safetyPlanSchema } from '$lib/domain/safety-plan';

export const RECORD_VERSION = 1;

/**
 * One kind of row: its kind `t`, the format version (older rows are moved to it by the migrations table below
 * before they are checked), and its own fields.
 */
function storedRecord<const Tag extends string, const Entries extends v.ObjectEntries>(
	tag: Tag,
	entries: Entries
) {
	return v.strictObject({ t: v.literal(tag), v: v.literal(RECORD_VERSION), ...entries });
}

const revisionRecordSchema = storedRecord('rev', {
	revision: revisionSchema,
	chain: chainEntrySchema
});
export type RevisionRecord = Readonly<v.InferOutput<typeof revisionRecordSchema>>;

const personRecordSchema = storedRecord('person', { person: personSchema });
export type PersonRecord = Readonly<v.InferOutput<typeof personRecordSchema>>;

/**
 * The forms whose words are kept as a draft: the full log form, the quick log, the person form, the reason for
 * withdrawing an entry and the safety plan. Each has at most one draft.
 */
export const DRAFT_FORMS = ['log', 'quick', 'person', 'withdraw', 'plan'] as const;
export type DraftForm = (typeof DRAFT_FORMS)[number];
/** The forms that hold only a few lines of text, kept as named strings. */
export type TextDraftForm = Exclude<DraftForm, 'log'>;

/**
 * What was being typed in the full log form, saved as the person types so an exit or a crash loses nothing. Drafts
 * stored before other forms kept drafts have no `form`, and are this form's. The content is only required to be an
 * object: it is words half typed, which the form checks as ever, and refusing it here would lose them.
 */
const draftRecordSchema = storedRecord('draft', {
	form: v.optional(v.literal('log')),
	content: v.custom<IncidentContent>(
		(value) => typeof value === 'object' && value !== null && !Array.isArray(value)
	),
	/** The incident being edited, or undefined for a new one. */
	editing: v.optional(idSchema<IncidentId>()),
	reason: v.string(),
	savedAt: v.string()
});
export type DraftRecord = Readonly<v.InferOutput<typeof draftRecordSchema>>;

/** What was being typed in one of the smaller forms, as the text of each field by the field's name. */
const textDraftRecordSchema = storedRecord('draft', {
	form: v.picklist(DRAFT_FORMS.filter((form): form is TextDraftForm => form !== 'log')),
	/** What the form was for: the person being edited, or the entry being withdrawn. */
	key: v.optional(v.string()),
	fields: v.record(v.string(), v.string()),
	savedAt: v.string()
});
export type TextDraftRecord = Readonly<v.InferOutput<typeof textDraftRecordSchema>>;

/** The chain head at the moment a file was shared or backed up. */
const checkpointRecordSchema = storedRecord('checkpoint', {
	seq: v.number(),
	link: v.string(),
	at: v.string(),
	/** 'export': a PDF, spreadsheet, data file or evidence pack, not locked; older versions wrote only the others. */
	purpose: v.picklist(['share', 'backup', 'export'])
});
export type CheckpointRecord = Readonly<v.InferOutput<typeof checkpointRecordSchema>>;

/**
 * A join entry of the chain (domain/chain-repair.ts): written once, when a chain forked by two copies of the diary
 * open at once was joined.
 */
const joinRecordSchema = storedRecord('join', {
	// A join entry stands for no revision: its record of the saves it moved is what it holds.
	chain: v.pipe(
		chainEntrySchema,
		v.check((entry) => entry.joined !== undefined)
	)
});
export type JoinRecord = Readonly<v.InferOutput<typeof joinRecordSchema>>;

/** One write in the head row's log: the rows it stored, or null when there were too many to list. */
const headLogEntrySchema = v.strictObject({ n: v.number(), ids: v.nullable(v.array(v.string())) });
export type HeadLogEntry = Readonly<v.InferOutput<typeof headLogEntrySchema>>;

/**
 * The one row every write rewrites, in the same transaction as its own rows, under the lock every tab takes
 * (diary-store.ts): the number of writes so far, the chain head, and the ids the latest writes stored, so another
 * tab catches up by reading only the rows written since it last looked.
 */
const headRecordSchema = storedRecord('head', {
	n: v.number(),
	seq: v.number(),
	link: v.string(),
	log: v.array(headLogEntrySchema)
});
export type HeadRecord = Readonly<v.InferOutput<typeof headRecordSchema>>;

const exhibitNumberSchema = v.strictObject({
	id: idSchema<ExhibitId>(),
	/** 1, 2, 3…, printed as EXH-001 (export/file-names.ts). */
	n: v.pipe(v.number(), v.safeInteger(), v.minValue(1))
});
export type ExhibitNumber = Readonly<v.InferOutput<typeof exhibitNumberSchema>>;

/**
 * Exhibit numbers given in one write (exhibit-numbers.ts): each exhibit gets its number the first time an entry
 * that refers to it is saved, under the lock every tab takes and in the same transaction as that entry's row, so
 * two tabs never give out the same number. Rows are never rewritten or removed, not even when the exhibit is
 * deleted, so a number once given is never given again.
 */
const exhibitNumbersRecordSchema = storedRecord('numbers', {
	numbers: v.array(exhibitNumberSchema)
});
export type ExhibitNumbersRecord = Readonly<v.InferOutput<typeof exhibitNumbersRecordSchema>>;

const diarySettingsSchema = v.strictObject({
	/** For the PDF cover, only if the person chooses to give them. */
	name: v.string(),
	policeReference: v.string(),
	lastBackupAt: v.optional(v.string()),
	incidentsAtLastBackup: v.optional(v.number())
});
export type DiarySettings = Readonly<v.InferOutput<typeof diarySettingsSchema>>;

const settingsRecordSchema = storedRecord('settings', {
	settings: diarySettingsSchema
});
export type SettingsRecord = Readonly<v.InferOutput<typeof settingsRecordSchema>>;

/** The person's safety plan (domain/safety-plan.ts): one row, rewritten on each save. */
const planRecordSchema = storedRecord('plan', { plan: safetyPlanSchema });
export type PlanRecord = Readonly<v.InferOutput<typeof planRecordSchema>>;

export const DEFAULT_SETTINGS: DiarySettings = { name: '', policeReference: '' };

/** Each kind's schema by its `t`. */
const RECORD_SCHEMAS = {
	rev: revisionRecordSchema,
	person: personRecordSchema,
	draft: v.union([draftRecordSchema, textDraftRecordSchema]),
	checkpoint: checkpointRecordSchema,
	settings: settingsRecordSchema,
	plan: planRecordSchema,
	join: joinRecordSchema,
	head: headRecordSchema,
	numbers: exhibitNumbersRecordSchema
} as const;

export type StoredRecord = {
	[K in keyof typeof RECORD_SCHEMAS]: Readonly<v.InferOutput<(typeof RECORD_SCHEMAS)[K]>>;
}[keyof typeof RECORD_SCHEMAS];

/** Rows of older formats are brought to this one step by step; there are none yet. */
const RECORD_VERSIONING: Versioning = { current: RECORD_VERSION, key: 'v', migrations: {} };

/** The row as its kind's schema reads it, or undefined for a row that is damaged, unknown or from a newer app. */
export function parseStoredRecord(value: unknown): StoredRecord | undefined {
	const current = migrateToCurrent(value, RECORD_VERSIONING);
	const kind = current?.t;
	// Own keys only: a row whose kind is "__proto__" or "toString" is unknown, not a lookup on the prototype.
	if (typeof kind !== 'string' || !Object.hasOwn(RECORD_SCHEMAS, kind)) return undefined;
	const result = v.safeParse(RECORD_SCHEMAS[kind as keyof typeof RECORD_SCHEMAS], current);
	return result.success ? result.output : undefined;
}
