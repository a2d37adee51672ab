// CRC-32 as zip uses it (IEEE 802.3, reflected, initial and final 0xFFFFFFFF). fflate computes it internally but
// does not export it, and the zip reader checks each entry's CRC against what its directory says.
const TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();

/** Continues a CRC over more bytes: start with `crc32(first)`, then `crc32(next, previous)`. */
export function crc32(bytes: Uint8Array, previous = 0): number {
	let crc = ~previous >>> 0;
	for (let i = 0; i < bytes.length; i++) {
		crc = (TABLE[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8);
	}
	return ~crc >>> 0;
}
