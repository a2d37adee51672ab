// One error policy: every code has calm words here, and no error below the screens carries words of its own.
import { describe, expect, it } from 'vitest';
import * as canonicalJson from '$lib/domain/canonical-json';
import * as domainErrors from '$lib/domain/errors';
import { ERROR_CODES } from '$lib/domain/error-codes';
import { CodedError, type ErrorFacts } from '$lib/domain/errors';
import * as hashChain from '$lib/domain/hash-chain';
import * as incident from '$lib/domain/incident';
import * as isoTime from '$lib/domain/iso-time';
import * as revisions from '$lib/domain/revisions';
import * as validate from '$lib/domain/validate';
import * as cryptoErrors from '$lib/crypto/errors';
import * as exportErrors from '$lib/export/errors';
import * as unlockCode from '$lib/safety/unlock-code';
import * as restore from '$lib/state/restore';
import * as vaultErrors from '$lib/vault/errors';
import { cleanName, errorMessage } from './errors';
import { english } from './en';

const { errorMessages } = english;

const SAMPLE: ErrorFacts = {
	name: 'photo.jpg',
	limitBytes: 500 * 1000 * 1000,
	waitMs: 4000,
	problem: 'text-invalid-characters',
	field: 'whatHappened'
};

describe('the words for every error code', () => {
	it.each(ERROR_CODES)('%s has calm words of its own', (code) => {
		const words = errorMessage(code, SAMPLE);
		expect(words.length).toBeGreaterThan(20);
		// Codes of more than one word are never words a person would read (one-word codes like "locked" may be).
		if (code.includes('-')) expect(words).not.toContain(code);
		expect(words).not.toMatch(/undefined|NaN|\[object/);
		// Whole sentences a person reads, not a fragment or a code.
		expect(words).toMatch(/[.!]$/);
	});

	it('lists no words for a code that does not exist', () => {
		expect(Object.keys(errorMessages).sort()).toEqual([...ERROR_CODES].sort());
	});

	it('says every fact a message needs, even when some are missing', () => {
		expect(errorMessage('exhibit-too-large', SAMPLE)).toContain('500 MB');
		expect(errorMessage('exhibit-too-large', SAMPLE)).toContain('photo.jpg');
		expect(errorMessage('wait-before-retry', { waitMs: 4000 })).toContain('4 seconds');
		expect(errorMessage('wait-before-retry', { waitMs: 1 })).toContain('1 second');
		expect(errorMessage('input-invalid', SAMPLE)).toContain('Some characters here could not be saved');
		for (const code of ERROR_CODES) expect(errorMessage(code, {})).not.toMatch(/undefined|NaN/);
	});

	it('cleans names from a hostile file before showing them', () => {
		const hostile = `evil\u202Egpj.exe\u0000${'x'.repeat(200)}`;
		const words = errorMessage('pack-unsafe-path', { name: hostile });
		expect(words).not.toContain('\u202E');
		expect(words).not.toContain('\u0000');
		expect(cleanName(hostile).length).toBeLessThanOrEqual(81);
	});
});

/** Every error class each layer exports, built with sample arguments; a new class without a sample fails below. */
const modules = {
	canonicalJson,
	domainErrors,
	hashChain,
	incident,
	isoTime,
	revisions,
	validate,
	cryptoErrors,
	exportErrors,
	unlockCode,
	restore,
	vaultErrors
};

const samples: Record<string, () => Error> = {
	CodedError: () => new CodedError('locked'),
	DomainError: () => new domainErrors.DomainError('chain-order'),
	CanonicalJsonError: () => new canonicalJson.CanonicalJsonError('lone-surrogate', '$.x'),
	ChainOrderError: () => new hashChain.ChainOrderError(),
	InvalidIdError: () => new incident.InvalidIdError(),
	InvalidTimeError: () => new isoTime.InvalidTimeError(),
	IncidentDeletedError: () => new revisions.IncidentDeletedError(),
	InvalidInputError: () =>
		new validate.InvalidInputError([
			{ field: 'whatHappened', code: 'text-invalid-characters', severity: 'error' }
		]),
	CryptoError: () => new cryptoErrors.CryptoError('open-failed'),
	OpenFailedError: () => new cryptoErrors.OpenFailedError(),
	StreamDamagedError: () => new cryptoErrors.StreamDamagedError(),
	UnknownFormatError: () => new cryptoErrors.UnknownFormatError(),
	KdfParamsError: () => new cryptoErrors.KdfParamsError('ops'),
	ExportError: () => new exportErrors.ExportError('pack-damaged'),
	ShareFileError: () => new exportErrors.ShareFileError('share-damaged'),
	ShareWrongPassphraseError: () => new exportErrors.ShareWrongPassphraseError(),
	ShareDamagedError: () => new exportErrors.ShareDamagedError(),
	ShareVersionError: () => new exportErrors.ShareVersionError(9),
	ShareTooLargeError: () => new exportErrors.ShareTooLargeError(),
	NotAShareFileError: () => new exportErrors.NotAShareFileError(),
	PackError: () => new exportErrors.PackError('pack-damaged'),
	PackUnsafePathError: () => new exportErrors.PackUnsafePathError('../evil'),
	PackUnexpectedEntryError: () => new exportErrors.PackUnexpectedEntryError('x.txt'),
	PackTooLargeError: () => new exportErrors.PackTooLargeError(),
	PackHashMismatchError: () => new exportErrors.PackHashMismatchError('timeline.csv'),
	PackMissingEntryError: () => new exportErrors.PackMissingEntryError('SHA256SUMS'),
	PackDamagedError: () => new exportErrors.PackDamagedError(),
	PackExhibitChangedError: () => new exportErrors.PackExhibitChangedError('EXH-001'),
	ExportJsonInvalidError: () => new exportErrors.ExportJsonInvalidError(),
	ExportJsonUnexpectedKeyError: () => new exportErrors.ExportJsonUnexpectedKeyError('__proto__'),
	ExportJsonVersionError: () => new exportErrors.ExportJsonVersionError(3),
	InvalidUnlockCodeError: () => new unlockCode.InvalidUnlockCodeError('too-short'),
	UnlockCodeRecordError: () => new unlockCode.UnlockCodeRecordError(),
	FontMissingError: () => new exportErrors.FontMissingError(),
	FontNotAvailableError: () => new exportErrors.FontNotAvailableError(),
	NotABackupError: () => new restore.NotABackupError(),
	BackupCheckFailedError: () => new restore.BackupCheckFailedError(),
	RestoredExhibitChangedError: () => new restore.RestoredExhibitChangedError('photo.jpg'),
	RestoreExhibitMissingError: () => new restore.RestoreExhibitMissingError('photo.jpg'),
	RestoreExhibitMismatchError: () => new restore.RestoreExhibitMismatchError('photo.jpg'),
	RestorePlanOutdatedError: () => new restore.RestorePlanOutdatedError(),
	VaultError: () => new vaultErrors.VaultError('locked'),
	WrongPassphraseError: () => new vaultErrors.WrongPassphraseError(0, 2000),
	WaitBeforeRetryError: () => new vaultErrors.WaitBeforeRetryError(0, 2000),
	DiaryTooNewError: () => new vaultErrors.DiaryTooNewError(2),
	DiaryHeaderDamagedError: () => new vaultErrors.DiaryHeaderDamagedError('ops'),
	NoDiaryError: () => new vaultErrors.NoDiaryError(),
	DiaryExistsError: () => new vaultErrors.DiaryExistsError(),
	WeakPassphraseError: () => new vaultErrors.WeakPassphraseError(),
	LockedError: () => new vaultErrors.LockedError(),
	StorageFullError: () => new vaultErrors.StorageFullError(),
	StorageUnavailableError: () => new vaultErrors.StorageUnavailableError(),
	ExhibitTooLargeError: () => new vaultErrors.ExhibitTooLargeError('film.mp4', 1024),
	ExhibitDamagedError: () => new vaultErrors.ExhibitDamagedError('film.mp4'),
	IncidentMissingError: () => new vaultErrors.IncidentMissingError('0'.repeat(32)),
	SealCancelledError: () => new vaultErrors.SealCancelledError()
};

const exported = Object.values(modules).flatMap((module) =>
	Object.entries(module).filter(
		([, value]) => typeof value === 'function' && value.prototype instanceof Error
	)
);

describe('errors carry a code and no words', () => {
	it('has a sample for every error class the layers export', () => {
		expect(exported.length).toBeGreaterThan(40);
		expect(exported.map(([name]) => name).filter((name) => !(name in samples))).toEqual([]);
	});

	it.each(Object.entries(samples))('%s', (name, make) => {
		const error = make();
		expect(error).toBeInstanceOf(CodedError);
		const { code } = error as CodedError;
		expect(ERROR_CODES).toContain(code);
		// The message is the code, for logs; the words are only in the messages module.
		expect(error.message).toBe(code);
		expect(error.name).toBe(name === 'SealCancelledError' ? 'AbortError' : name);
	});

	it('every code is thrown by some error class', () => {
		const thrown = new Set(Object.values(samples).map((make) => (make() as CodedError).code));
		expect(ERROR_CODES.filter((code) => !thrown.has(code))).toEqual([]);
	});
});
