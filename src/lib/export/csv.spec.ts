import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeIncident, makePerson, testId } from '$lib/domain/test-factories';
import type { PersonId } from '$lib/domain/incident';
import { CSV_BOM, FORMULA_START, toCsv } from './csv';
import { alex, CYRILLIC, GREEK, POLISH, at, makeSampleDiary } from './test-fixtures';
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

	it('adds UTC times in ISO 8601 that sort as the incidents happened, across the end of summer time', async () => {
		// Given out of order, and on the night the clocks go back: the readable times alone sort wrongly.
		const starts = [
			'2026-10-25T01:30:00.000Z', // 01:30 GMT, the second 01:30 that night
			'2026-10-24T23:50:00.000Z', // 00:50 BST
			'2026-10-25T00:30:00.000Z', // 01:30 BST, the first 01:30
			'2026-11-02T09:00:00.000Z',
			'2026-10-25T01:05:00.000Z' // 01:05 GMT
		];
		const incidents = starts.map((start, i) =>
			makeIncident(
				{ occurred: { kind: 'datetime', start, approximate: i === 1 } },
				{ id: i + 1, recordedAt: at('2026-11-03T12:00:00.000Z') }
			)
		);
		const csv = toCsv(await buildTimelineRows(incidents, [], OPTIONS));
		const { data } = Papa.parse<Record<string, string>>(csv.slice(CSV_BOM.length), {
			header: true,
			newline: '\r\n'
		});
		const utc = data.map((r) => r['When it happened (UTC, ISO 8601)'] ?? '');
		expect(utc).toEqual([
			'2026-10-24T23:50:00Z',
			'2026-10-25T00:30:00Z',
			'2026-10-25T01:05:00Z',
			'2026-10-25T01:30:00Z',
			'2026-11-02T09:00:00Z'
		]);
		// Sorting the column as text, as a spreadsheet does, gives the order of the instants.
		const shuffled = [...data].reverse();
		shuffled.sort((a, b) =>
			(a['When it happened (UTC, ISO 8601)'] ?? '').localeCompare(b['When it happened (UTC, ISO 8601)'] ?? '')
		);
		expect(shuffled.map((r) => Date.parse(r['When it happened (UTC, ISO 8601)'] ?? ''))).toEqual(
			[...starts].map(Date.parse).sort((a, b) => a - b)
		);
		// The readable column does not sort: the first 01:30 and the second read the same apart from the offset.
		expect(data.map((r) => r['When it happened'])).toEqual([
			'approx. Sun, 25 Oct 2026, 00:50 (UTC+01:00)',
			'Sun, 25 Oct 2026, 01:30 (UTC+01:00)',
			'Sun, 25 Oct 2026, 01:05 (UTC+00:00)',
			'Sun, 25 Oct 2026, 01:30 (UTC+00:00)',
			'Mon, 2 Nov 2026, 09:00 (UTC+00:00)'
		]);
		const readable = data.map((r) => r['When it happened'] ?? '');
		expect([...readable].sort()).not.toEqual(readable);
		expect(data.map((r) => r['When it happened: offset from UTC'])).toEqual([
			'UTC+01:00',
			'UTC+01:00',
			'UTC+00:00',
			'UTC+00:00',
			'UTC+00:00'
		]);
		expect(data[0]?.['When it was recorded (UTC, ISO 8601)']).toBe('2026-11-03T12:00:00Z');
		expect(data[0]?.['When it was recorded: offset from UTC']).toBe('UTC+00:00');
		// Dates a spreadsheet can read: every value is ISO 8601 in UTC, and none is taken for a formula.
		for (const value of utc) {
			expect(value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
			expect(FORMULA_START.test(value)).toBe(false);
		}
	});

	it('writes a date-only incident’s day as an ISO date, which sorts with the timed ones', async () => {
		const rows = await buildTimelineRows((await makeSampleDiary()).incidents, [], OPTIONS);
		const { data } = Papa.parse<Record<string, string>>(toCsv(rows).slice(CSV_BOM.length), {
			header: true,
			newline: '\r\n'
		});
		const column = data.map((r) => r['When it happened (UTC, ISO 8601)'] ?? '');
		expect(column[0]).toBe('2026-11-10');
		expect(data[0]?.['When it happened: offset from UTC']).toBe('');
		const live = column.filter((v) => v !== '');
		expect([...live].sort()).toEqual(live);
	});

	it('gives each known person’s details from People beside “Who”, apart from a stranger’s description', async () => {
		const jo = makePerson({
			id: testId<PersonId>(902),
			name: 'Jo Bloggs',
			relationship: 'neighbour',
			description: '',
			vehicles: []
		});
		const incident = makeIncident(
			{ personIds: [alex.id, jo.id], unknownPersonDescription: 'Short, red cap' },
			{ id: 1 }
		);
		const csv = toCsv(await buildTimelineRows([incident], [alex, jo], OPTIONS));
		const { data, meta } = Papa.parse<Record<string, string>>(csv.slice(CSV_BOM.length), {
			header: true,
			newline: '\r\n'
		});
		const fields = meta.fields ?? [];
		expect(fields.indexOf('Known people’s details (from People)')).toBe(fields.indexOf('Who') + 1);
		expect(data[0]?.['Who']).toBe(
			'Known to me (see People): Alex Example, Jo Bloggs; Someone I do not know, described as: Short, red cap'
		);
		expect(data[0]?.['Known people’s details (from People)']).toBe(
			'Alex Example: How I know them: ex-partner; Description: Tall, short grey hair; Vehicles and registrations: Blue Ford Focus AB12 CDE\n' +
				'Jo Bloggs: How I know them: neighbour'
		);
	});
});
