// Słowa dla każdego kodu błędu (domain/errors.ts): jedna tabela, tak aby każdy błąd mówił spokojnie, co się stało i co zrobić dalej.
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

const fileSize = sizeFormatter(fileSizeWords, 'pl');
const brokenRecord =
	'Nie udało się odczytać czegoś, co jest przechowywane na tym telefonie, więc nic nie zostało zmienione. Nie ma to wpływu na resztę dziennika. Jeśli to się powtarza, może pomóc przywrócenie kopii zapasowej.';
const generic = messages.common.somethingWentWrong;
const text = exportErrors;

export const errorMessages = {
	'time-invalid': 'Nie udało się odczytać tej daty lub godziny. Wybierz ją ponownie.',
	'entry-unserialisable':
		'Części tego wpisu nie udało się przygotować do bezpiecznego przechowania, więc nic jeszcze nie zostało zapisane. Wpisany tekst nadal tu jest; sprawdź go i spróbuj ponownie.',
	'chain-order':
		'Nie udało się dodać tej zmiany do rejestru zmian we właściwej kolejności, więc jeszcze nie została zapisana. Spróbuj ponownie.',
	'id-invalid': 'Oznaczenie tego zapisu nie ma oczekiwanej postaci, więc nie został on otwarty.',
	'incident-deleted': 'Ten wpis został trwale usunięty, więc nie można go zmienić.',
	'input-invalid': ({ problem }) =>
		`${problem ? problemMessages[problem] : generic} Nic jeszcze nie zostało zapisane, a wpisany tekst nadal tu jest.`,
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
