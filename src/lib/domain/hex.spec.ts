import { describe, expect, it } from 'vitest';
import { bytesToHex } from './hex';

describe('bytesToHex', () => {
	it('writes two lowercase characters a byte, keeping leading zeros', () => {
		expect(bytesToHex(new Uint8Array([0, 1, 15, 16, 171, 255]))).toBe('00010f10abff');
	});

	it('writes nothing for no bytes', () => {
		expect(bytesToHex(new Uint8Array())).toBe('');
	});
});
