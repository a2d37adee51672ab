// The one error policy for user actions: every failure becomes a calm message that says what happened and what to
// do next. Errors carry codes (domain/errors.ts) and the words for each code live in messages/errors.ts. Nothing is
// swallowed silently; unknown errors are logged to the console (never sent anywhere), and never shown as they are.
import { CodedError } from '$lib/domain/errors';
import { m } from '$lib/messages';
import { errorMessage } from '$lib/messages/errors';
import { storageError } from '$lib/vault/storage-errors';

/**
 * True for an action the person stopped (or that stopped because they left the screen or locked): the browser's
 * own AbortError, and SealCancelledError, which shares the name. It is not a failure, so callers say it calmly, not
 * as one, or say nothing.
 */
export function isCancelled(error: unknown): boolean {
	return (
		(error as { name?: unknown } | null)?.name === 'AbortError' ||
		(error instanceof CodedError && error.code === 'cancelled')
	);
}

/** The coded error behind any failure, or undefined for a bug. A storage failure that escaped unguarded counts. */
export function codedError(error: unknown): CodedError | undefined {
	if (error instanceof CodedError) return error;
	if (isCancelled(error)) return new CodedError('cancelled');
	return storageError(error);
}

export function describeError(error: unknown): string {
	const coded = codedError(error);
	if (coded) return errorMessage(coded.code, coded.facts);
	console.error(error);
	return m.common.somethingWentWrong;
}
