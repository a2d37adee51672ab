// The Welsh words for every error code (domain/errors.ts): one table, built from this language's own sections.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type { ErrorCode } from '$lib/domain/errors';
import { sizeFormatter } from '$lib/format/file-size';
import type { ErrorText } from '../errors';
import { cleanName, waitSeconds } from '../names';
import { diary, problemMessages } from './diary';
import { messages } from './common';
import { exportErrors } from './export-errors';
import { fileSizeWords } from './file-size';
import { sharing } from './sharing';

const fileSize = sizeFormatter(fileSizeWords, 'cy');
const brokenRecord =
	'Nid oedd modd darllen rhywbeth sydd wedi’i gadw ar y ffôn hwn, felly ni chafodd dim ei newid. Nid yw gweddill y dyddiadur wedi’i effeithio. Os yw hyn yn dal i ddigwydd, gallai adfer copi wrth gefn helpu.';
const generic = messages.common.somethingWentWrong;
const text = exportErrors;

export const errorMessages = {
	'time-invalid': 'Nid oedd modd darllen y dyddiad neu’r amser hwn. Dewiswch ef eto.',
	'entry-unserialisable':
		'Nid oedd modd paratoi rhan o’r cofnod hwn i’w gadw’n ddiogel, felly nid oes dim wedi’i gadw eto. Mae’r hyn a deipiwyd gennych yma o hyd; gwiriwch ef a rhowch gynnig arall arni.',
	'chain-order':
		'Nid oedd modd ychwanegu’r newid hwn at y gofrestr newidiadau yn y drefn gywir, felly nid yw wedi’i gadw eto. Rhowch gynnig arall arni.',
	'id-invalid': 'Nid yw cyfeirnod yr eitem hon ar y ffurf ddisgwyliedig, felly ni chafodd ei hagor.',
	'incident-deleted': 'Cafodd y cofnod hwn ei ddileu’n barhaol, felly nid oes modd ei newid.',
	// Shown beside the field that holds the problem, which the facts also name for a form that links to it.
	'input-invalid': ({ problem }) =>
		`${problem ? problemMessages[problem] : generic} Nid oes dim wedi’i gadw eto, ac mae’r hyn a deipiwyd gennych yma o hyd.`,
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
		diary.exhibits.tooLarge(cleanName(name), fileSize(limitBytes ?? 0)),
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
