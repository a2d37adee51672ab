// The words for every error code (domain/errors.ts): one table, so every failure the app can explain says what
// happened and what to do next, calmly, and a code without words fails the type check and the unit test.
import type { ErrorCode } from '$lib/domain/errors';
import type { ErrorText } from '../errors';
import { cleanName, waitSeconds } from '../names';
import { diary, problemMessages } from './diary';
import { messages } from './common';
import { exportErrors } from './export-errors';
import { formatFileSize } from '$lib/format/file-size';
import { sharing } from './sharing';

const brokenRecord =
	'Something kept on this phone could not be read, so nothing was changed. The rest of the diary is not affected. If it keeps happening, restoring a backup may help.';
const generic = messages.common.somethingWentWrong;
const text = exportErrors;

export const errorMessages = {
	'time-invalid': 'This date or time could not be read. Please choose it again.',
	'entry-unserialisable':
		'Part of this entry could not be prepared for safe keeping, so nothing was saved yet. What you typed is still here; please check it and try again.',
	'chain-order':
		'This change could not be added to the record of changes in the right order, so it was not saved yet. Please try again.',
	'id-invalid': 'This record’s reference is not in the expected form, so it was not opened.',
	'incident-deleted': 'This entry was permanently deleted, so it cannot be changed.',
	// Shown beside the field that holds the problem, which the facts also name for a form that links to it.
	'input-invalid': ({ problem }) =>
		`${problem ? problemMessages[problem] : generic} Nothing was saved yet, and what you typed is still here.`,
	'open-failed': brokenRecord,
	'stream-damaged': brokenRecord,
	'format-unknown': messages.unlock.tooNew,
	'kdf-params': messages.unlock.headerDamaged,
	'wrong-passphrase': messages.unlock.wrong,
	// The wait is measured on the monotonic clock, so it is shown from waitMs, never from the device clock.
	'wait-before-retry': ({ waitMs }) => messages.unlock.wait(waitSeconds(waitMs)),
	'diary-too-new': messages.unlock.tooNew,
	'diary-header-damaged': messages.unlock.headerDamaged,
	'no-diary': messages.errors.noDiary,
	'diary-exists': messages.errors.diaryExists,
	'weak-passphrase': messages.passphrase.tooWeak,
	locked: messages.errors.locked,
	'storage-full': messages.errors.storageFull,
	'storage-unavailable': messages.errors.storageUnavailable,
	'exhibit-too-large': ({ name, limitBytes }) =>
		diary.exhibits.tooLarge(cleanName(name), formatFileSize(limitBytes ?? 0)),
	'exhibit-damaged': ({ name }) => diary.exhibits.damaged(cleanName(name)),
	'incident-missing': messages.errors.incidentMissing,
	cancelled: messages.errors.cancelled,
	'share-wrong-passphrase': text.shareWrongPassphrase,
	'share-damaged': text.shareDamaged,
	'share-version': text.shareVersion,
	'share-too-large': text.shareTooLarge,
	'not-a-share-file': text.notAShareFile,
	'pack-unsafe-path': ({ name }) => text.packUnsafePath(cleanName(name)),
	'pack-unexpected-entry': ({ name }) => text.packUnexpectedEntry(cleanName(name)),
	'pack-too-large': text.packTooLarge,
	'pack-hash-mismatch': ({ name }) => text.packHashMismatch(cleanName(name)),
	'pack-missing-entry': ({ name }) => text.packMissingEntry(cleanName(name)),
	'pack-damaged': text.packDamaged,
	'pack-exhibit-changed': ({ name }) => text.packExhibitChanged(cleanName(name)),
	'export-json-invalid': text.exportJsonInvalid,
	'export-json-version': text.exportJsonVersion,
	'font-missing': sharing.exportView.fontMissing,
	'font-not-available': sharing.exportView.fontNotAvailable,
	'not-a-backup': sharing.restore.notABackup,
	'backup-check-failed': sharing.restore.checkFailed,
	'restored-exhibit-changed': ({ name }) => sharing.restore.exhibitChanged(cleanName(name)),
	'restore-exhibit-missing': ({ name }) => sharing.restore.exhibitMissing(cleanName(name)),
	'restore-exhibit-mismatch': ({ name }) => sharing.restore.exhibitMismatch(cleanName(name)),
	'restore-plan-outdated': sharing.restore.planOutdated,
	'code-invalid': messages.errors.codeInvalid,
	'code-record-damaged': messages.errors.codeRecordDamaged
} as const satisfies Record<ErrorCode, ErrorText>;
