import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeIncident } from '$lib/domain/test-factories';
import { CSV_BOM, FORMULA_START, toCsv } from './csv';
import { CYRILLIC, GREEK, POLISH, makeSampleDiary } from './test-fixtures';
import { buildTimelineRows, type TimelineOptions } from './timeline-rows';

const OPTIONS: TimelineOptions = {
	disclosureSafe: false,
	includePrivateNotes: false,
	timeZone: 'Europe/London'
};

async function csvOf(whatHappened: string): Promise<string> {
	return toCsv(await buildTimelineRows([makeIncident({ whatHappened }, { id: 1 })], [], OPTIONS));
}

/** The "What happened" cell of the only data row, read back the way a spreadsheet would. */
function readCell(csv: string): string {
	const parsed = Papa.parse<string[]>(csv.slice(CSV_BOM.length), { newline: '\r\n' });
	const header = parsed.data[0] ?? [];
	return parsed.data[1]?.[header.indexOf('What happened')] ?? 'missing';
}

describe('toCsv', () => {
	it('starts with a UTF-8 byte order mark and uses CRLF between rows', async () => {
		const csv = toCsv(await buildTimelineRows((await makeSampleDiary()).incidents, [], OPTIONS));
		expect(csv.startsWith('\uFEFFNo.,When it happened,')).toBe(true);
		const withoutQuoted = csv.replace(/"[^"]*"/g, '');
		expect(withoutQuoted.split('\r\n')).toHaveLength(6);
		expect(withoutQuoted.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});

	it('keeps Polish, Greek and Cyrillic text exactly', async () => {
		const csv = toCsv(await buildTimelineRows((await makeSampleDiary()).incidents, [], OPTIONS));
		for (const text of [POLISH, GREEK, CYRILLIC]) expect(csv).toContain(text);
	});

	it.each([
		['a comma', 'one, two', 'one, two'],
		['quotes', 'he said "hello"', 'he said "hello"'],
		['a newline', 'first line\nsecond line', 'first line\nsecond line'],
		['a CRLF', 'first\r\nsecond', 'first\r\nsecond']
	])('quotes a cell with %s so it reads back whole', async (_name, input, expected) => {
		expect(readCell(await csvOf(input))).toBe(expected);
	});

	it.each([
		['=', '=HYPERLINK("http://example.invalid","click")'],
		['+', '+44 7700 900123'],
		['-', "-2+3+cmd|' /C calc'!A0"],
		['@', "@SUM(1+1)*cmd|' /C calc'!A0"],
		['tab', '\t=1+1'],
		['carriage return', '\r=1+1'],
		['newline', '\n=1+1'],
		['full-width equals', '＝1+1']
	])('neutralises a cell starting with %s by prefixing an apostrophe', async (_name, input) => {
		const cell = readCell(await csvOf(input));
		expect(cell).toBe(`'${input}`);
	});

	it('catches a multi-line formula, which papaparse’s own escapeFormulae pattern misses', async () => {
		const formula = '=1+1\nmore text';
		const ownPattern = Papa.unparse([[formula]], { escapeFormulae: true });
		expect(ownPattern).toBe('"=1+1\nmore text"');
		expect(FORMULA_START.test(formula)).toBe(true);
		expect(readCell(await csvOf(formula))).toBe(`'${formula}`);
	});

	it('leaves ordinary text and the number column alone', async () => {
		const csv = await csvOf('Ordinary words');
		expect(readCell(csv)).toBe('Ordinary words');
		expect(csv).toContain('\r\n1,');
	});
});
