/** Base for every failure in the crypto layer, so callers can tell them from programming errors. */
export class CryptoError extends Error {
	override name = 'CryptoError';
}

/** A sealed record did not open: wrong key, altered bytes, or a row moved to another id. */
export class OpenFailedError extends CryptoError {
	override name = 'OpenFailedError';
}

/** A sealed stream was altered, reordered, cut short or extended. */
export class StreamDamagedError extends CryptoError {
	override name = 'StreamDamagedError';
}

/** Bytes written by a newer version of the app than this one. */
export class UnknownFormatError extends CryptoError {
	override name = 'UnknownFormatError';
}
