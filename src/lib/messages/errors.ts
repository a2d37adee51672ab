// The calm words for a coded failure (domain/errors.ts), in the chosen language: each language's table is in its
// own folder (en/errors.ts is the English source), loaded with the rest of its words.
import type { ErrorCode, ErrorFacts } from '$lib/domain/errors';
import { m } from './index';

export type ErrorText = string | ((facts: ErrorFacts) => string);
export { cleanName, waitSeconds } from './names';

/** The calm words for one coded failure. */
export function errorMessage(code: ErrorCode, facts: ErrorFacts = {}): string {
	const entry: ErrorText = m.errorMessages[code];
	return typeof entry === 'string' ? entry : entry(facts);
}
