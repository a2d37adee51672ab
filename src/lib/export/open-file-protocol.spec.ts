import { describe, expect, it } from 'vitest';
import {
	ExportError,
	ExportJsonVersionError,
	PackDamagedError,
	PackExhibitChangedError,
	PackHashMismatchError,
	PackTooLargeError,
	PackUnsafePathError,
	ShareVersionError,
	ShareWrongPassphraseError
} from './errors';
import { rebuildError, serialiseError } from './open-file-protocol';

// What crosses from the worker is what structured clone keeps: plain data. The page must get the same typed error.
const crossWorker = (error: unknown) => rebuildError(structuredClone(serialiseError(error)));

describe('errors from the worker that opens shared files', () => {
	it.each([
		new ShareWrongPassphraseError(),
		new PackDamagedError(),
		new PackTooLargeError(),
		new PackHashMismatchError('exhibits/EXH-001-a.jpg'),
		new PackUnsafePathError('../evil'),
		new PackExhibitChangedError('EXH-002'),
		new ShareVersionError(7),
		new ExportJsonVersionError(9)
	])('arrive as the same typed error: $name', (error) => {
		const rebuilt = crossWorker(error);
		expect(rebuilt).toBeInstanceOf(error.constructor);
		expect(rebuilt.message).toBe(error.message);
		expect(rebuilt).toEqual(error);
	});

	it.each([
		new ShareWrongPassphraseError(),
		new PackHashMismatchError('exhibits/EXH-001-a.jpg'),
		new ShareVersionError(7)
	])(
		'arrive as the same typed error from a production build, whose class names are minified: $code',
		(error) => {
			// What a built worker sends: the class renamed by the minifier, so only the code says what it is.
			const sent = { ...structuredClone(serialiseError(error)), name: 'c' };
			const rebuilt = rebuildError(sent);
			expect(rebuilt).toBeInstanceOf(error.constructor);
			expect(rebuilt).toEqual(error);
		}
	);

	it('keep the code, facts and name of an export error of a kind not listed, and call anything else a plain error', () => {
		class BackupNotAuthenticError extends ExportError {}
		const unlisted = crossWorker(new BackupNotAuthenticError('not-a-backup', { name: 'backup.calc' }));
		expect(unlisted).toBeInstanceOf(ExportError);
		expect(unlisted.name).toBe('BackupNotAuthenticError');
		expect((unlisted as ExportError).code).toBe('not-a-backup');
		expect((unlisted as ExportError).facts).toEqual({ name: 'backup.calc' });

		const bug = crossWorker(new TypeError('x is undefined'));
		expect(bug).not.toBeInstanceOf(ExportError);
		expect(bug.name).toBe('TypeError');
	});
});
