// The crypto layer's whole surface: the rest of the app calls these and never libsodium directly.
export {
	CryptoError,
	KdfParamsError,
	OpenFailedError,
	StreamDamagedError,
	UnknownFormatError,
	type KdfParamsProblem
} from './errors';
export {
	checkKdfParams,
	deriveKey,
	newKdfParams,
	DEFAULT_MEM,
	DEFAULT_OPS,
	KDF_BOUNDS,
	KEY_BYTES,
	SALT_BYTES,
	type KdfCost,
	type KdfParams
} from './kdf';
export {
	calibrateKdf,
	measureWith,
	type Calibration,
	type CalibrateOptions,
	type MeasureKdf
} from './kdf-calibrate';
export { calibrateKdfOffThread, deriveKeyOffThread, warmKdfWorker } from './kdf-off-thread';
export { newDiaryKey, wrapKey, unwrapKey } from './key-wrap';
export { randomBytes, wipe } from './random';
export {
	createRecordCipher,
	recordCipherFrom,
	PAD_BLOCK,
	RECORD_FORMAT,
	type RecordBinding,
	type RecordCipher
} from './record';
export {
	CHUNK_BYTES,
	STREAM_FORMAT,
	STREAM_HEADER_BYTES,
	STREAM_OVERHEAD,
	openStream,
	sealStream,
	type ByteSource,
	type StreamOptions
} from './stream';
export { createSha256, type Sha256 } from './sha256';
export { computeMac, macsEqual, MAC_BYTES, type MacHex } from './mac';
export { keyedRowId } from './row-id';
