import { CodedError, namedError } from '$lib/domain/errors';

/** Base for every failure in the crypto layer, so callers can tell them from programming errors. */
export class CryptoError extends CodedError {}

/** A sealed record did not open: wrong key, altered bytes, or a row moved to another id. */
export class OpenFailedError extends namedError(CryptoError, 'OpenFailedError', 'open-failed') {}

/** A sealed stream was altered, reordered, cut short or extended. */
export class StreamDamagedError extends namedError(CryptoError, 'StreamDamagedError', 'stream-damaged') {}

/** Bytes written by a newer version of the app than this one. */
export class UnknownFormatError extends namedError(CryptoError, 'UnknownFormatError', 'format-unknown') {}

export type KdfParamsProblem = 'shape' | 'algorithm' | 'ops' | 'mem' | 'salt';

/**
 * Key-derivation parameters (a vault header's or a share file's) that are not Argon2id, or ask for more time or
 * memory than this app allows: refused before any work is done, so a tampered copy cannot make the app hang.
 */
export class KdfParamsError extends CryptoError {
	override name = 'KdfParamsError';
	constructor(readonly problem: KdfParamsProblem) {
		super('kdf-params');
	}
}
