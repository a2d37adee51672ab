/**
 * The one error policy: every failure the app can explain is a CodedError carrying one of these codes, and no
 * layer below the screens holds words. The messages module (messages/errors.ts) maps each code to calm words, and
 * the edge of a user action (state/run-action.ts) shows them. An error's `message` is its code, for logs only.
 *
 * The list of codes is in error-codes.ts, apart from this base class: the calculator's own chunk carries this
 * module (the calculator code's errors), and nothing that first screen loads may say what the app is. Only the type
 * is imported here, so none of the codes' words are bundled with it.
 */
import type { ErrorCode } from './error-codes';
import type { ProblemCode } from './validate';

export type { ErrorCode };

/**
 * What a message may need to say about one failure. Names come from the person's files or from a file someone
 * sent, so the messages module cleans them before showing them.
 */
export interface ErrorFacts {
	/** A file's, an exhibit's or a pack entry's name, or an exhibit number. */
	readonly name?: string;
	readonly limitBytes?: number;
	/** How long to wait, measured on the monotonic clock. */
	readonly waitMs?: number;
	/** For input that failed validation: the first problem, and the field it is in. */
	readonly problem?: ProblemCode;
	readonly field?: string;
}

export class CodedError extends Error {
	readonly code: ErrorCode;
	readonly facts: ErrorFacts;

	constructor(code: ErrorCode, facts: ErrorFacts = {}, options?: ErrorOptions) {
		super(code, options);
		// Subclass names survive minification only if set explicitly; logs and tests rely on them.
		this.name = new.target.name;
		this.code = code;
		this.facts = facts;
	}
}

/**
 * A coded error that carries no facts, named as a string because minification renames classes:
 * `export class NoDiaryError extends namedError(VaultError, 'NoDiaryError', 'no-diary') {}`.
 */
export function namedError(base: typeof CodedError, name: string, code: ErrorCode) {
	return class extends base {
		override name = name;
		constructor(options?: ErrorOptions) {
			super(code, {}, options);
		}
	};
}

/**
 * Base class for every error the domain layer throws, so the edge of a user action can tell "something we
 * expected and can explain" apart from a bug with one `instanceof` check.
 */
export class DomainError extends CodedError {}
