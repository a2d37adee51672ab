// The rows of the `meta` table that are read before anything is unlocked, each as a schema its type is inferred
// from. Kept apart from db.ts so that the calculator's first screen can check the unlock code without loading
// Dexie. Objects are strict: a key the row has no place for is refused, because what is not checked is trusted.
import * as v from 'valibot';
import { migrateToCurrent, type Versioning } from '$lib/domain/migrations';
import { LANGUAGE_CODES } from '$lib/messages/language-codes';
import { DEFAULT_EXIT_URL } from '$lib/safety/exit-url';

/** Base64 (RFC 4648, with padding), named in the type so it is not mistaken for the text it encodes. */
export type Base64String = string;

const SALT_BYTES = 16;
const HASH_BYTES = 32;
/** Bounds on a stored count, so a damaged or tampered record cannot make a check take minutes. */
export const MAX_UNLOCK_CODE_ITERATIONS = 10_000_000;

/** The length of what padded Base64 decodes to, worked out from the text alone. */
function decodedLength(text: string): number {
	const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
	return (text.length / 4) * 3 - padding;
}

function base64Of(lengthOk: (length: number) => boolean) {
	return v.pipe(
		v.string(),
		v.base64(),
		v.check((text) => lengthOk(decodedLength(text)))
	);
}

export const iterationCountSchema = v.pipe(
	v.number(),
	v.integer(),
	v.minValue(1),
	v.maxValue(MAX_UNLOCK_CODE_ITERATIONS)
);

/** The calculator code as a salted PBKDF2 hash; see safety/unlock-code.ts. */
export const storedUnlockCodeSchema = v.strictObject({
	v: v.literal(1),
	salt: base64Of((length) => length >= SALT_BYTES),
	hash: base64Of((length) => length === HASH_BYTES),
	iterations: iterationCountSchema
});
export type StoredUnlockCode = Readonly<v.InferOutput<typeof storedUnlockCodeSchema>>;

export const UNLOCK_CODE_SALT_BYTES = SALT_BYTES;
export const UNLOCK_CODE_HASH_BYTES = HASH_BYTES;

/** Bytes as IndexedDB gives them back; `v.instance` would narrow them to an ArrayBuffer's view. */
const bytesSchema = v.custom<Uint8Array>((value) => value instanceof Uint8Array);

const storedKdfSchema = v.strictObject({
	alg: v.literal('argon2id13'),
	ops: v.number(),
	mem: v.number(),
	salt: bytesSchema
});
export type StoredKdf = Readonly<v.InferOutput<typeof storedKdfSchema>>;

/**
 * The header's shape. Its format is read first (a newer diary says "update the app", not "damaged"), and the
 * key-derivation numbers are bounded by crypto's own check of them, which share files use too.
 */
export const headerRowSchema = v.strictObject({
	key: v.literal('header'),
	format: v.number(),
	kdf: storedKdfSchema,
	wrapped: bytesSchema
});
export type HeaderRow = Readonly<v.InferOutput<typeof headerRowSchema>>;

export const PREFS_VERSION = 2 as const;

/** Settings that must be known before unlocking (whether to show the calculator, where the exit goes). */
export const prefsRowSchema = v.strictObject({
	key: v.literal('prefs'),
	v: v.literal(PREFS_VERSION),
	disguise: v.boolean(),
	exitUrl: v.string(),
	/** The calculator code, as a salted hash only; see safety/unlock-code.ts. */
	code: v.optional(storedUnlockCodeSchema),
	autoLockMinutes: v.number(),
	hiddenLockSeconds: v.number(),
	/** The language chosen (messages/languages.ts): it says nothing but the language, and the screens before
	 * unlocking need it. Absent in a diary made before there was a choice, which is in English. */
	language: v.optional(v.picklist(LANGUAGE_CODES))
});
export type PrefsRow = Readonly<v.InferOutput<typeof prefsRowSchema>>;

/** Each step takes a row of its version to the next. Rows written before the row had a version are version 1. */
const PREFS_VERSIONING: Versioning = {
	current: PREFS_VERSION,
	key: 'v',
	unversioned: 1,
	migrations: { 1: (row) => ({ ...row, v: 2 }) }
};

/**
 * A prefs row as stored, brought to the current version and checked; undefined when there is none or it is
 * refused. A field missing from an old row takes its value from `defaults`, when they are given.
 */
export function readPrefsRow(value: unknown, defaults?: PrefsRow): PrefsRow | undefined {
	const current = migrateToCurrent(value, PREFS_VERSIONING);
	if (current === undefined) return undefined;
	const result = v.safeParse(prefsRowSchema, { ...defaults, ...current });
	return result.success ? result.output : undefined;
}

/** The settings of a diary that has chosen none, and what a setting that cannot be read falls back to. */
export const DEFAULT_PREFS: PrefsRow = {
	key: 'prefs',
	v: PREFS_VERSION,
	disguise: true,
	exitUrl: DEFAULT_EXIT_URL,
	autoLockMinutes: 5,
	hiddenLockSeconds: 30
};

/** Each setting's own check, so that one value that fails loses only that setting. */
const PREFS_FIELDS = {
	disguise: prefsRowSchema.entries.disguise,
	exitUrl: prefsRowSchema.entries.exitUrl,
	code: storedUnlockCodeSchema,
	autoLockMinutes: prefsRowSchema.entries.autoLockMinutes,
	hiddenLockSeconds: prefsRowSchema.entries.hiddenLockSeconds,
	language: prefsRowSchema.entries.language
} as const;

/**
 * For a stored prefs row that `readPrefsRow` refused (a newer app's, one with a key this version has no place for,
 * one damaged value): each setting that passes its own check is kept, and the rest come from `defaults`. Refusing
 * the whole row would lose the calculator code, which is the only way in while the disguise is on, and the next
 * save of a setting would write the defaults over it. Unknown keys are dropped, never kept. Undefined when the
 * value is not a prefs row at all.
 */
export function salvagePrefsRow(value: unknown, defaults: PrefsRow): PrefsRow | undefined {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
	const row = value as Record<string, unknown>;
	if (!Object.hasOwn(row, 'key') || row.key !== 'prefs') return undefined;
	const kept: Record<string, unknown> = {};
	for (const [name, schema] of Object.entries(PREFS_FIELDS)) {
		if (!Object.hasOwn(row, name)) continue;
		const result = v.safeParse(schema, row[name]);
		if (result.success) kept[name] = result.output;
	}
	const { code: _code, ...rest } = defaults;
	const result = v.safeParse(prefsRowSchema, { ...rest, ...kept, key: 'prefs', v: PREFS_VERSION });
	return result.success ? result.output : undefined;
}
