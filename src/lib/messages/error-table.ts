// Which words each error code (domain/errors.ts) is said with: one table for every language. Most codes take a
// sentence a screen already says (the passphrase screen's, the restore screen's); the few said only here are each
// language's `errorWords` (<code>/errors.ts). A code without words fails the type check and the unit test.
import type { ErrorCode } from '$lib/domain/errors';
import type * as common from './en/common';
import type * as diaryWords from './en/diary';
import type * as exportErrorWords from './en/export-errors';
import type * as sharingWords from './en/sharing';
import type { ErrorText } from './errors';
import { cleanName, waitSeconds } from './names';
import type { Translation } from './translation';

/** The words only errors say, in one language. */
export interface ErrorWords {
	readonly timeInvalid: string;
	readonly entryUnserialisable: string;
	readonly chainOrder: string;
	readonly idInvalid: string;
	readonly incidentDeleted: string;
	/** After a field's problem: nothing was saved, and the words are still there. */
	readonly nothingSavedYet: string;
	/** Something kept on the phone could not be read. */
	readonly brokenRecord: string;
}

/** The parts of one language's words the table draws on: members of its bundle (<code>/index.ts), as they are. */
export interface ErrorSources {
	readonly common: Translation<typeof common.messages.common>;
	readonly unlock: Translation<typeof common.messages.unlock>;
	readonly errors: Translation<typeof common.messages.errors>;
	readonly passphrase: Translation<typeof common.messages.passphrase>;
	readonly diary: Translation<typeof diaryWords.diary>;
	readonly problemMessages: Translation<typeof diaryWords.problemMessages>;
	readonly exportErrors: Translation<typeof exportErrorWords.exportErrors>;
	readonly sharing: Translation<typeof sharingWords.sharing>;
	readonly fileSize: (bytes: number) => string;
}

export function errorTable(own: ErrorWords, from: ErrorSources): Record<ErrorCode, ErrorText> {
	const {
		common,
		unlock,
		errors,
		passphrase,
		diary,
		problemMessages,
		exportErrors: text,
		sharing,
		fileSize
	} = from;
	return {
		'time-invalid': own.timeInvalid,
		'entry-unserialisable': own.entryUnserialisable,
		'chain-order': own.chainOrder,
		'id-invalid': own.idInvalid,
		'incident-deleted': own.incidentDeleted,
		// Shown beside the field that holds the problem, which the facts also name for a form that links to it.
		'input-invalid': ({ problem }) =>
			`${problem ? problemMessages[problem] : common.somethingWentWrong} ${own.nothingSavedYet}`,
		'open-failed': own.brokenRecord,
		'stream-damaged': own.brokenRecord,
		'format-unknown': unlock.tooNew,
		'kdf-params': unlock.headerDamaged,
		'wrong-passphrase': unlock.wrong,
		// The wait is measured on the monotonic clock, so it is shown from waitMs, never from the device clock.
		'wait-before-retry': ({ waitMs }) => unlock.wait(waitSeconds(waitMs)),
		'diary-too-new': unlock.tooNew,
		'diary-header-damaged': unlock.headerDamaged,
		'no-diary': errors.noDiary,
		'diary-exists': errors.diaryExists,
		'weak-passphrase': passphrase.tooWeak,
		locked: errors.locked,
		'storage-full': errors.storageFull,
		'storage-unavailable': errors.storageUnavailable,
		'exhibit-too-large': ({ name, limitBytes }) =>
			diary.exhibits.tooLarge(cleanName(name), fileSize(limitBytes ?? 0)),
		'exhibit-damaged': ({ name }) => diary.exhibits.damaged(cleanName(name)),
		'incident-missing': errors.incidentMissing,
		cancelled: errors.cancelled,
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
		'code-invalid': errors.codeInvalid,
		'code-record-damaged': errors.codeRecordDamaged
	};
}
