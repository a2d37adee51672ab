// The edge of every user action (save, export, share, restore, open a file, unlock, settings): runs it, and turns
// any failure into the calm words for its code, so no screen catches on its own terms. A cancellation (the person
// closed the share sheet, stopped adding a file) is not a failure: nothing is said. A bug gets the calm general
// message; its details go to the console only, never to the screen.
import type { CodedError } from '$lib/domain/errors';
import { codedError, describeError } from './describe-error';

export type ActionOutcome<T> =
	| { readonly ok: true; readonly value: T }
	| {
			readonly ok: false;
			readonly cancelled: boolean;
			/** The words to show; empty for a cancellation. */
			readonly message: string;
			/** The coded error behind it, for screens that say more (the passphrase wait); undefined for a bug. */
			readonly error: CodedError | undefined;
	  };

export interface ActionOptions {
	/** Called with the words for a failure (never for a cancellation). */
	readonly onProblem?: (message: string) => void;
	readonly onCancel?: () => void;
}

export async function runAction<T>(
	action: () => Promise<T> | T,
	options: ActionOptions = {}
): Promise<ActionOutcome<T>> {
	try {
		return { ok: true, value: await action() };
	} catch (error) {
		const coded = codedError(error);
		if (coded?.code === 'cancelled') {
			options.onCancel?.();
			return { ok: false, cancelled: true, message: '', error: coded };
		}
		const message = describeError(error);
		options.onProblem?.(message);
		return { ok: false, cancelled: false, message, error: coded };
	}
}
