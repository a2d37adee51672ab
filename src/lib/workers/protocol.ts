// What crosses between the page and a worker running one heavy task. Structured clone keeps plain data only, so an
// error crosses as its name, code, facts and own plain fields, and the page builds the same typed error again
// (each layer says how, in the `rebuild` it passes to runTask): the one error policy holds across the thread.
import { CodedError, type ErrorCode, type ErrorFacts } from '$lib/domain/errors';

export interface SerialisedError {
	name: string;
	message: string;
	/** The code of a CodedError; a bug has none. */
	code?: ErrorCode;
	facts?: ErrorFacts;
	/** The error's own fields that structured clone can carry (a pack entry's name, a file's version). */
	fields: Record<string, string | number | boolean | null>;
	/** The layer's base class the error is of (`export`), set by that layer, so a kind it does not list keeps it. */
	family?: string;
}

export type TaskReply<Result, Progress> =
	| { type: 'progress'; progress: Progress }
	| { type: 'done'; result: Result }
	| { type: 'failed'; error: SerialisedError };

const SKIPPED_FIELDS = new Set(['name', 'message', 'stack', 'code', 'facts', 'cause']);

export function serialiseError(error: unknown): SerialisedError {
	const fields: SerialisedError['fields'] = {};
	if (typeof error === 'object' && error !== null) {
		for (const [key, value] of Object.entries(error)) {
			if (SKIPPED_FIELDS.has(key)) continue;
			if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
				fields[key] = value as string | number | boolean | null;
			}
		}
	}
	const named = (error ?? {}) as { name?: unknown; message?: unknown };
	return {
		name: typeof named.name === 'string' ? named.name : 'Error',
		message: typeof named.message === 'string' ? named.message : String(error),
		...(error instanceof CodedError ? { code: error.code, facts: { ...error.facts } } : {}),
		fields
	};
}

/** The fallback on the page: a coded error keeps its code, facts and name; anything else is a plain error. */
export function rebuildCodedError(error: SerialisedError): Error {
	const rebuilt = error.code ? new CodedError(error.code, error.facts) : new Error(error.message);
	rebuilt.name = error.name;
	return rebuilt;
}
