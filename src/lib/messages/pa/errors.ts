// The Panjabi words for every error code (domain/errors.ts), built from the Panjabi sections, as en/errors.ts is.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type { ErrorCode } from '$lib/domain/errors';
import { sizeFormatter } from '$lib/format/file-size';
import type { ErrorText } from '../errors';
import { cleanName, waitSeconds } from '../names';
import { messages } from './common';
import { diary, problemMessages } from './diary';
import { exportErrors } from './export-errors';
import { fileSizeWords } from './file-size';
import { sharing } from './sharing';

const fileSize = sizeFormatter(fileSizeWords, 'pa-Guru');
const brokenRecord =
	'ਇਸ ਫ਼ੋਨ ਉੱਤੇ ਰੱਖੀ ਕੋਈ ਚੀਜ਼ ਪੜ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕੀ, ਇਸ ਲਈ ਕੁਝ ਵੀ ਬਦਲਿਆ ਨਹੀਂ ਗਿਆ। ਬਾਕੀ ਡਾਇਰੀ ਉੱਤੇ ਇਸ ਦਾ ਕੋਈ ਅਸਰ ਨਹੀਂ। ਜੇ ਇਹ ਵਾਰ-ਵਾਰ ਹੋਵੇ, ਤਾਂ ਬੈਕਅੱਪ ਵਾਪਸ ਲਿਆਉਣ ਨਾਲ ਮਦਦ ਮਿਲ ਸਕਦੀ ਹੈ।';
const generic = messages.common.somethingWentWrong;
const text = exportErrors;

export const errorMessages = {
	'time-invalid': 'ਇਹ ਤਾਰੀਖ਼ ਜਾਂ ਸਮਾਂ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਨੂੰ ਦੁਬਾਰਾ ਚੁਣੋ।',
	'entry-unserialisable':
		'ਇਸ ਐਂਟਰੀ ਦਾ ਇੱਕ ਹਿੱਸਾ ਸੁਰੱਖਿਅਤ ਰੱਖਣ ਲਈ ਤਿਆਰ ਨਹੀਂ ਹੋ ਸਕਿਆ, ਇਸ ਲਈ ਹਾਲੇ ਕੁਝ ਵੀ ਸੇਵ ਨਹੀਂ ਹੋਇਆ। ਜੋ ਤੁਸੀਂ ਟਾਈਪ ਕੀਤਾ ਸੀ, ਉਹ ਹਾਲੇ ਵੀ ਇੱਥੇ ਹੈ; ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਨੂੰ ਜਾਂਚੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
	'chain-order':
		'ਇਹ ਤਬਦੀਲੀ ਤਬਦੀਲੀਆਂ ਦੇ ਰਿਕਾਰਡ ਵਿੱਚ ਸਹੀ ਤਰਤੀਬ ਨਾਲ ਨਹੀਂ ਜੋੜੀ ਜਾ ਸਕੀ, ਇਸ ਲਈ ਇਹ ਹਾਲੇ ਸੇਵ ਨਹੀਂ ਹੋਈ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
	'id-invalid': 'ਇਸ ਰਿਕਾਰਡ ਦਾ ਹਵਾਲਾ ਉਸ ਢਾਂਚੇ ਵਿੱਚ ਨਹੀਂ ਜਿਸ ਦੀ ਉਮੀਦ ਸੀ, ਇਸ ਲਈ ਇਹ ਨਹੀਂ ਖੋਲ੍ਹਿਆ ਗਿਆ।',
	'incident-deleted': 'ਇਹ ਐਂਟਰੀ ਪੱਕੇ ਤੌਰ ਉੱਤੇ ਮਿਟਾ ਦਿੱਤੀ ਗਈ ਸੀ, ਇਸ ਲਈ ਇਸ ਨੂੰ ਬਦਲਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ।',
	// Shown beside the field that holds the problem, which the facts also name for a form that links to it.
	'input-invalid': ({ problem }) =>
		`${problem ? problemMessages[problem] : generic} ਹਾਲੇ ਕੁਝ ਵੀ ਸੇਵ ਨਹੀਂ ਹੋਇਆ, ਅਤੇ ਜੋ ਤੁਸੀਂ ਟਾਈਪ ਕੀਤਾ ਸੀ ਉਹ ਹਾਲੇ ਵੀ ਇੱਥੇ ਹੈ।`,
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
