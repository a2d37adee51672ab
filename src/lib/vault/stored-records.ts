// What the diary keeps in its sealed rows. Each row is one JSON value with a kind `t` and a format version `v`;
// rows are checked by a type guard on the way in, so a damaged or unknown row is reported, never trusted.
import type { ChainEntry } from '$lib/domain/hash-chain';
import {
	isId,
	type ExhibitId,
	type IncidentContent,
	type IncidentId,
	type Person,
	type Revision
} from '$lib/domain/incident';

export const RECORD_VERSION = 1;

export interface RevisionRecord {
	readonly t: 'rev';
	readonly v: 1;
	readonly revision: Revision;
	readonly chain: ChainEntry;
}

export interface PersonRecord {
	readonly t: 'person';
	readonly v: 1;
	readonly person: Person;
}

/**
 * The forms whose words are kept as a draft: the full log form, the quick log, the person form and the reason for
 * withdrawing an entry. Each has at most one draft.
 */
export const DRAFT_FORMS = ['log', 'quick', 'person', 'withdraw'] as const;
export type DraftForm = (typeof DRAFT_FORMS)[number];
/** The forms that hold only a few lines of text, kept as named strings. */
export type TextDraftForm = Exclude<DraftForm, 'log'>;

/**
 * What was being typed in the full log form, saved as the person types so an exit or a crash loses nothing. Drafts
 * stored before other forms kept drafts have no `form`, and are this form's.
 */
export interface DraftRecord {
	readonly t: 'draft';
	readonly v: 1;
	readonly form?: 'log';
	readonly content: IncidentContent;
	/** The incident being edited, or undefined for a new one. */
	readonly editing?: IncidentId;
	readonly reason: string;
	readonly savedAt: string;
}

/** What was being typed in one of the smaller forms, as the text of each field by the field's name. */
export interface TextDraftRecord {
	readonly t: 'draft';
	readonly v: 1;
	readonly form: TextDraftForm;
	/** What the form was for: the person being edited, or the entry being withdrawn. */
	readonly key?: string;
	readonly fields: Readonly<Record<string, string>>;
	readonly savedAt: string;
}

/** The chain head at the moment a file was shared or backed up. */
export interface CheckpointRecord {
	readonly t: 'checkpoint';
	readonly v: 1;
	readonly seq: number;
	readonly link: string;
	readonly at: string;
	/** 'export': a PDF, spreadsheet, data file or evidence pack, not locked; older versions wrote only the others. */
	readonly purpose: 'share' | 'backup' | 'export';
}

/**
 * A join entry of the chain (domain/chain-repair.ts): written once, when a chain forked by two copies of the diary
 * open at once was joined.
 */
export interface JoinRecord {
	readonly t: 'join';
	readonly v: 1;
	readonly chain: ChainEntry;
}

/** One write in the head row's log: the rows it stored, or null when there were too many to list. */
export interface HeadLogEntry {
	readonly n: number;
	readonly ids: readonly string[] | null;
}

/**
 * The one row every write rewrites, in the same transaction as its own rows, under the lock every tab takes
 * (diary-store.ts): the number of writes so far, the chain head, and the ids the latest writes stored, so another
 * tab catches up by reading only the rows written since it last looked.
 */
export interface HeadRecord {
	readonly t: 'head';
	readonly v: 1;
	readonly n: number;
	readonly seq: number;
	readonly link: string;
	readonly log: readonly HeadLogEntry[];
}

/**
 * Exhibit numbers given in one write (exhibit-numbers.ts): each exhibit gets its number the first time an entry
 * that refers to it is saved, under the lock every tab takes and in the same transaction as that entry's row, so
 * two tabs never give out the same number. Rows are never rewritten or removed, not even when the exhibit is
 * deleted, so a number once given is never given again.
 */
export interface ExhibitNumbersRecord {
	readonly t: 'numbers';
	readonly v: 1;
	readonly numbers: readonly ExhibitNumber[];
}

export interface ExhibitNumber {
	readonly id: ExhibitId;
	/** 1, 2, 3…, printed as EXH-001 (export/file-names.ts). */
	readonly n: number;
}

export interface SettingsRecord {
	readonly t: 'settings';
	readonly v: 1;
	readonly settings: DiarySettings;
}

export interface DiarySettings {
	/** For the PDF cover, only if the person chooses to give them. */
	readonly name: string;
	readonly policeReference: string;
	readonly lastBackupAt?: string;
	readonly incidentsAtLastBackup?: number;
}

export const DEFAULT_SETTINGS: DiarySettings = { name: '', policeReference: '' };

export type StoredRecord =
	| RevisionRecord
	| PersonRecord
	| DraftRecord
	| TextDraftRecord
	| CheckpointRecord
	| SettingsRecord
	| JoinRecord
	| HeadRecord
	| ExhibitNumbersRecord;

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A light structural check: enough that the app can rely on the shape; the domain validates content itself. */
export function parseStoredRecord(value: unknown): StoredRecord | undefined {
	if (!isObject(value) || value.v !== RECORD_VERSION) return undefined;
	switch (value.t) {
		case 'rev': {
			const { revision, chain } = value;
			if (!isObject(revision) || !isObject(chain)) return undefined;
			if (!isId(revision.incidentId) || typeof revision.seq !== 'number') return undefined;
			if (typeof chain.seq !== 'number' || typeof chain.link !== 'string') return undefined;
			return value as unknown as RevisionRecord;
		}
		case 'person':
			return isObject(value.person) && isId(value.person.id) ? (value as unknown as PersonRecord) : undefined;
		case 'draft':
			return parseDraft(value);
		case 'checkpoint':
			return typeof value.seq === 'number' ? (value as unknown as CheckpointRecord) : undefined;
		case 'settings':
			return isObject(value.settings) ? (value as unknown as SettingsRecord) : undefined;
		case 'join': {
			const { chain } = value;
			if (!isObject(chain) || typeof chain.seq !== 'number' || typeof chain.link !== 'string')
				return undefined;
			return isObject(chain.joined) && Array.isArray(chain.joined.saves)
				? (value as unknown as JoinRecord)
				: undefined;
		}
		case 'head':
			return typeof value.n === 'number' && typeof value.seq === 'number' && Array.isArray(value.log)
				? (value as unknown as HeadRecord)
				: undefined;
		case 'numbers':
			return Array.isArray(value.numbers) &&
				value.numbers.every(
					(e) => isObject(e) && isId(e.id) && Number.isSafeInteger(e.n) && (e.n as number) > 0
				)
				? (value as unknown as ExhibitNumbersRecord)
				: undefined;
		default:
			return undefined;
	}
}

function parseDraft(value: Record<string, unknown>): DraftRecord | TextDraftRecord | undefined {
	if (value.form === undefined || value.form === 'log') {
		return isObject(value.content) ? (value as unknown as DraftRecord) : undefined;
	}
	if (!(DRAFT_FORMS as readonly unknown[]).includes(value.form) || typeof value.savedAt !== 'string') {
		return undefined;
	}
	if (value.key !== undefined && typeof value.key !== 'string') return undefined;
	const { fields } = value;
	if (!isObject(fields) || !Object.values(fields).every((text) => typeof text === 'string')) return undefined;
	return value as unknown as TextDraftRecord;
}
