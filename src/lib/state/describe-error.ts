// The one error policy for user actions: every failure becomes a calm message that says what happened and what to
// do next. Nothing is swallowed silently; unknown errors are logged to the console (never sent anywhere).
import { m } from '$lib/messages';
import {
	DiaryExistsError,
	NoDiaryError,
	StorageFullError,
	WaitBeforeRetryError,
	WeakPassphraseError,
	WrongPassphraseError
} from '$lib/vault/errors';

export function secondsUntil(time: number, now = Date.now()): number {
	return Math.max(1, Math.ceil((time - now) / 1000));
}

export function describeError(error: unknown): string {
	if (error instanceof WrongPassphraseError) return m.unlock.wrong;
	if (error instanceof WaitBeforeRetryError) return m.unlock.wait(secondsUntil(error.retryAt));
	if (error instanceof WeakPassphraseError) return m.passphrase.tooWeak;
	if (error instanceof StorageFullError) return m.errors.storageFull;
	if (error instanceof NoDiaryError) return m.errors.noDiary;
	if (error instanceof DiaryExistsError) return m.errors.diaryExists;
	console.error(error);
	return m.common.somethingWentWrong;
}
