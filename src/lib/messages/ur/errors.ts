// The Urdu words for every error code (domain/errors.ts), built from this folder's own sections.
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

const fileSize = sizeFormatter(fileSizeWords, 'ur');
const brokenRecord =
	'اس فون پر رکھی ہوئی کوئی چیز پڑھی نہیں جا سکی، اس لیے کچھ بھی تبدیل نہیں ہوا۔ ڈائری کا باقی حصہ متاثر نہیں ہوا۔ اگر ایسا بار بار ہو تو بیک اپ بحال کرنے سے مدد مل سکتی ہے۔';
const generic = messages.common.somethingWentWrong;
const text = exportErrors;

export const errorMessages = {
	'time-invalid': 'یہ تاریخ یا وقت پڑھا نہیں جا سکا۔ براہ کرم اسے دوبارہ منتخب کریں۔',
	'entry-unserialisable':
		'اس اندراج کا ایک حصہ محفوظ رکھنے کے لیے تیار نہیں ہو سکا، اس لیے ابھی کچھ محفوظ نہیں ہوا۔ آپ کا ٹائپ کیا ہوا متن ابھی یہیں ہے؛ براہ کرم اسے چیک کریں اور دوبارہ کوشش کریں۔',
	'chain-order':
		'یہ تبدیلی تبدیلیوں کے ریکارڈ میں صحیح ترتیب سے شامل نہیں ہو سکی، اس لیے ابھی محفوظ نہیں ہوئی۔ براہ کرم دوبارہ کوشش کریں۔',
	'id-invalid': 'اس ریکارڈ کا حوالہ متوقع شکل میں نہیں ہے، اس لیے اسے نہیں کھولا گیا۔',
	'incident-deleted': 'یہ اندراج ہمیشہ کے لیے مٹا دیا گیا تھا، اس لیے اسے تبدیل نہیں کیا جا سکتا۔',
	'input-invalid': ({ problem }) =>
		`${problem ? problemMessages[problem] : generic} ابھی کچھ محفوظ نہیں ہوا، اور آپ کا ٹائپ کیا ہوا متن ابھی یہیں ہے۔`,
	'open-failed': brokenRecord,
	'stream-damaged': brokenRecord,
	'format-unknown': messages.unlock.tooNew,
	'kdf-params': messages.unlock.headerDamaged,
	'wrong-passphrase': messages.unlock.wrong,
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
