import { describe, expect, it } from 'vitest';
import {
	encryptedFileName,
	exhibitPath,
	exportFileName,
	formatExhibitNumber,
	sanitiseFileName
} from './file-names';

describe('names of saved files', () => {
	const now = new Date('2026-12-02T12:00:00Z');

	it('tells a share file from a backup, and both from the plain exports', () => {
		expect(encryptedFileName('share', now, 'Europe/London')).toBe('calc-share-2026-12-02.dat');
		expect(encryptedFileName('backup', now, 'Europe/London')).toBe('calc-backup-2026-12-02.dat');
		expect(exportFileName('pdf', now, 'Europe/London')).toBe('calc-2026-12-02.pdf');
		expect(exportFileName('zip', now, 'Europe/London')).toBe('calc-2026-12-02.zip');
	});

	it('uses the person’s own day', () => {
		const lateEvening = new Date('2026-12-02T23:30:00Z');
		expect(encryptedFileName('backup', lateEvening, 'Europe/London')).toBe('calc-backup-2026-12-02.dat');
		expect(encryptedFileName('backup', lateEvening, 'Asia/Tokyo')).toBe('calc-backup-2026-12-03.dat');
	});

	it('says nothing about what the app is', () => {
		const names = [
			...(['share', 'backup'] as const).map((p) => encryptedFileName(p, now)),
			...(['pdf', 'csv', 'json', 'zip'] as const).map((k) => exportFileName(k, now))
		];
		for (const name of names) {
			expect(name).toMatch(/^calc-[a-z0-9-]+\.[a-z]+$/);
			expect(name).not.toMatch(/diary|evidence|stalk|incident|waymark|police|timeline/i);
		}
	});
});

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
	it('is the exhibit number and a short lower-case ASCII extension, inside exhibits/', () => {
		expect(formatExhibitNumber(7)).toBe('EXH-007');
		expect(formatExhibitNumber(1234)).toBe('EXH-1234');
		expect(exhibitPath('EXH-001', 'doorstep.PNG')).toBe('exhibits/EXH-001.png');
		expect(exhibitPath('EXH-002', 'zdjęcie z kamery.jpg')).toBe('exhibits/EXH-002.jpg');
		expect(exhibitPath('EXH-003', '../x/y.png')).toBe('exhibits/EXH-003.png');
	});

	it('leaves out an extension that is not short plain ASCII, and names that are only an extension', () => {
		expect(exhibitPath('EXH-001', 'nagranie.ż')).toBe('exhibits/EXH-001');
		expect(exhibitPath('EXH-001', 'x.verylongextension')).toBe('exhibits/EXH-001');
		expect(exhibitPath('EXH-001', 'gpj\u202Eexe.jpg')).toBe('exhibits/EXH-001.jpg');
		expect(exhibitPath('EXH-001', '.bashrc')).toBe('exhibits/EXH-001');
		expect(exhibitPath('EXH-001', 'photo.jpg/../../evil')).toBe('exhibits/EXH-001');
	});

	it('is plain ASCII for any name', () => {
		for (const name of ['Καλημέρα.jpeg', 'Привет', '😀.png', 'a'.repeat(500), ''])
			expect(exhibitPath('EXH-010', name)).toMatch(/^exhibits\/EXH-010(\.[a-z0-9]{1,8})?$/);
	});
});
