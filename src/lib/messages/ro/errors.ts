// The Romanian words for every error code (domain/errors.ts), built from the Romanian sections, as en/errors.ts is.
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

const fileSize = sizeFormatter(fileSizeWords, 'ro');
const brokenRecord =
	'Ceva păstrat pe acest telefon nu a putut fi citit, așa că nu s-a schimbat nimic. Restul jurnalului nu este afectat. Dacă se tot întâmplă, poate ajuta restaurarea unei copii de rezervă.';
const generic = messages.common.somethingWentWrong;
const text = exportErrors;

export const errorMessages = {
	'time-invalid': 'Această dată sau oră nu a putut fi citită. Alegeți-o din nou.',
	'entry-unserialisable':
		'O parte din această înregistrare nu a putut fi pregătită pentru păstrare în siguranță, așa că nu s-a salvat încă nimic. Textul introdus este tot aici; verificați-l și încercați din nou.',
	'chain-order':
		'Această modificare nu a putut fi adăugată în ordinea corectă în registrul modificărilor, așa că nu a fost salvată încă. Încercați din nou.',
	'id-invalid': 'Referința acestui element nu are forma așteptată, așa că nu a fost deschis.',
	'incident-deleted': 'Această înregistrare a fost ștearsă definitiv, așa că nu mai poate fi modificată.',
	// Shown beside the field that holds the problem, which the facts also name for a form that links to it.
	'input-invalid': ({ problem }) =>
		`${problem ? problemMessages[problem] : generic} Nu s-a salvat încă nimic, iar textul introdus este tot aici.`,
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
