// The crypto layer's whole surface: the rest of the app calls these and never libsodium directly.
export { loadSodium, type Sodium } from './sodium';
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
	kdfCostWithinBounds,
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
export { newDiaryKey, wrapKey, unwrapKey } from './key-wrap';
export {
	createRecordCipher,
	recordCipher,
	PAD_BLOCK,
	RECORD_FORMAT,
	type RecordBinding,
	type RecordCipher
} from './record';
export {
	CHUNK_BYTES,
	STREAM_FORMAT,
	openStream,
	rechunk,
	sealStream,
	streamOpener,
	streamSealer,
	type StreamOpener,
	type StreamSealer
} from './stream';
export { createSha256, type Sha256 } from './sha256';
export { computeMac, macsEqual, MAC_BYTES, type MacHex } from './mac';
export { keyedRowId } from './row-id';
