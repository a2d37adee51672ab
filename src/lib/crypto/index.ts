// The crypto layer's whole surface: the rest of the app calls these and never libsodium directly.
export { loadSodium, type Sodium } from './sodium';
export { CryptoError, OpenFailedError, StreamDamagedError, UnknownFormatError } from './errors';
export { deriveKey, newKdfParams, DEFAULT_MEM, DEFAULT_OPS, KEY_BYTES, type KdfParams } from './kdf';
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
