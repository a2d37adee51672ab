import { describe, expect, it } from 'vitest';
import { exhibitPath, formatExhibitNumber, sanitiseFileName } from './file-names';

describe('sanitiseFileName', () => {
	it.each([
		['../../etc/passwd', 'etc_passwd'],
		['..\\..\\boot.ini', 'boot.ini'],
		['C:evil.txt', 'C_evil.txt'],
		['photo\u0000\u0007.jpg', 'photo.jpg'],
		['gpj\u202Eexe.jpg', 'gpjexe.jpg'],
		['  .hidden  ', 'hidden'],
		['', 'file'],
		['..', 'file'],
		['a<b>c:d"e|f?g*h.png', 'a_b_c_d_e_f_g_h.png']
	])('cleans %j to %j', (input, expected) => {
		expect(sanitiseFileName(input)).toBe(expected);
	});

	it('keeps Unicode letters', () => {
		expect(sanitiseFileName('zdjęcie Καλημέρα Привет.jpg')).toBe('zdjęcie Καλημέρα Привет.jpg');
	});

	it('keeps names to 100 characters, extension included', () => {
		const clean = sanitiseFileName(`${'ż'.repeat(300)}.jpeg`);
		expect([...clean]).toHaveLength(100);
		expect(clean.endsWith('ż.jpeg')).toBe(true);
	});
});

describe('exhibitPath', () => {
	it('puts the exhibit number first, inside exhibits/, within 100 characters', () => {
		expect(formatExhibitNumber(7)).toBe('EXH-007');
		expect(formatExhibitNumber(1234)).toBe('EXH-1234');
		expect(exhibitPath('EXH-001', '../x/y.png')).toBe('exhibits/EXH-001-x_y.png');
		expect([...exhibitPath('EXH-001', 'a'.repeat(500)).slice('exhibits/'.length)]).toHaveLength(100);
	});
});
