/**
 * Bytes as lowercase hex, two characters a byte: how fingerprints, ids and PDF file ids are written. It lives in
 * the domain because the record's own ids and hashes are written with it, and the domain imports nothing else.
 */
export function bytesToHex(bytes: Uint8Array): string {
	let hex = '';
	for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
	return hex;
}
