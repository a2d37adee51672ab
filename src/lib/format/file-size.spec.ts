import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size';

describe('formatFileSize', () => {
	it.each([
		[0, '0 bytes'],
		[1, '1 byte'],
		[2, '2 bytes'],
		[999, '999 bytes'],
		[1000, '1 kB'],
		[1024, '1 kB'],
		[12_345, '12.3 kB'],
		[999_949, '999.9 kB'],
		[999_960, '1 MB'],
		[4_500_000, '4.5 MB'],
		[500_000_000, '500 MB'],
		[1_234_567_890, '1.2 GB'],
		[3_000_000_000_000, '3 TB'],
		[5_000_000_000_000_000, '5,000 TB']
	])('writes %d bytes as %j', (bytes, expected) => {
		expect(formatFileSize(bytes)).toBe(expected);
	});

	it('counts in thousands, not 1,024s', () => {
		expect(formatFileSize(1024 * 1024)).toBe('1 MB');
		expect(formatFileSize(10 * 1024 * 1024)).toBe('10.5 MB');
	});

	it('never says less than nothing, or a fraction of a byte', () => {
		expect(formatFileSize(-5)).toBe('0 bytes');
		expect(formatFileSize(1.6)).toBe('2 bytes');
		expect(formatFileSize(Number.NaN)).toBe('0 bytes');
	});
});
