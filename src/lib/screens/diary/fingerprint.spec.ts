import { describe, expect, it } from 'vitest';
import { shortFingerprint } from './fingerprint';

describe('shortFingerprint', () => {
	it('shows the first four groups of four hex digits', () => {
		const hex = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
		expect(shortFingerprint(hex)).toBe('9f86 d081 884c 7d65');
		expect(shortFingerprint('')).toBe('');
	});
});
