// The one error policy for user actions: every failure becomes a calm message that says what happened and what to
// do next. Nothing is swallowed silently; unknown errors are logged to the console (never sent anywhere).
import { ExportError } from '$lib/export/errors';
import { m } from '$lib/messages';
import {
	DiaryExistsError,
	DiaryHeaderDamagedError,
	DiaryTooNewError,
	ExhibitDamagedError,
	ExhibitTooLargeError,
	NoDiaryError,
	StorageFullError,
	WaitBeforeRetryError,
	WeakPassphraseError,
	WrongPassphraseError
} from '$lib/vault/errors';

export function secondsUntil(time: number, now = Date.now()): number {
	return Math.max(1, Math.ceil((time - now) / 1000));
}

/**
 * True for an action the person stopped (or that stopped because they left the screen or locked): the browser's
 * own AbortError and SealCancelledError share the name. It is not a failure, so callers say it calmly, not as one.
 */
export function isCancelled(error: unknown): boolean {
	return (error as { name?: unknown } | null)?.name === 'AbortError';
}

export function describeError(error: unknown): string {
	if (error instanceof WrongPassphraseError) return m.unlock.wrong;
	// The wait is measured on the monotonic clock, so it is shown from waitMs, never from the device clock.
	if (error instanceof WaitBeforeRetryError)
		return m.unlock.wait(Math.max(1, Math.ceil(error.waitMs / 1000)));
	if (error instanceof DiaryTooNewError) return m.unlock.tooNew;
	if (error instanceof DiaryHeaderDamagedError) return m.unlock.headerDamaged;
	if (error instanceof WeakPassphraseError) return m.passphrase.tooWeak;
	if (error instanceof StorageFullError) return m.errors.storageFull;
	if (error instanceof NoDiaryError) return m.errors.noDiary;
	if (error instanceof DiaryExistsError) return m.errors.diaryExists;
	if (error instanceof ExhibitTooLargeError) {
		return m.diary.exhibits.tooLarge(error.exhibitName, Math.floor(error.limitBytes / 1024 / 1024));
	}
	if (error instanceof ExhibitDamagedError) return m.diary.exhibits.damaged(error.exhibitName);
	// Export, share-file and pack errors carry a message written for the person, naming what is wrong.
	if (error instanceof ExportError) return error.message;
	if (isCancelled(error)) return m.errors.cancelled;
	console.error(error);
	return m.common.somethingWentWrong;
}
