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

/**
 * The questions a task's worker may ask the page while it runs, by name: what each sends and what the page answers.
 * For what only the page has: a key that never leaves it (an exhibit's bytes, a MAC), the page's canvas.
 */
export type CallMap = Record<string, { arg: unknown; result: unknown }>;

/** No calls: a task that only takes its request and answers. */
export type NoCalls = Record<never, never>;

/** A question from the worker; the page answers with a CallAnswer of the same id. */
export interface TaskCall {
	type: 'call';
	id: number;
	method: string;
	arg: unknown;
}

/** What the worker sends the page. */
export type TaskReply<Result, Progress> =
	| { type: 'progress'; progress: Progress }
	| TaskCall
	| { type: 'done'; result: Result }
	/**
	 * `call`: the task ended on the page's own failure to answer that call (an exhibit found damaged, the diary
	 * locked), so the page rejects with its own error, the very same object, not one rebuilt from what crossed.
	 */
	| { type: 'failed'; error: SerialisedError; call?: number };

/** The page's answer to a call, sent to the worker: its value, or the error the page's answer failed with. */
export type CallAnswer =
	{ type: 'answer'; id: number; value: unknown } | { type: 'answer'; id: number; error: SerialisedError };

export function isCallAnswer(message: unknown): message is CallAnswer {
	const answer = message as Partial<CallAnswer> | null;
	return (
		typeof answer === 'object' && answer !== null && answer.type === 'answer' && typeof answer.id === 'number'
	);
}

/** A value sent with its buffers moved to the other thread rather than copied (an exhibit's chunk, a file's piece). */
export class Moved<T> {
	constructor(
		readonly value: T,
		readonly transfer: Transferable[]
	) {}
}

export function moved<T>(value: T, transfer: Transferable[]): Moved<T> {
	return new Moved(value, transfer);
}

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
