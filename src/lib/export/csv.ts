// The timeline as a spreadsheet. Two things matter beyond quoting: Excel must read Polish, Greek or Cyrillic
// correctly (it needs a UTF-8 byte order mark to stop guessing a legacy code page), and a cell must never run as a
// formula when someone opens the file, because incident text can hold anything, including what the stalker wrote.
import Papa from 'papaparse';
import { exportMessages } from '$lib/messages/export';
import { formatPeopleDetails } from './people-details';
import type { RowTimes } from './row-times';
import { ROW_COLUMNS, type RowColumn, type TimelineRow } from './timeline-rows';

export const CSV_BOM = '\uFEFF';

/**
 * Cells a spreadsheet may treat as a formula. Papaparse's own `escapeFormulae: true` pattern is
 * /^[=+\-@\t\r].*$/, which misses a formula followed by a line break ("=1+1\nmore"), because `.` stops at the
 * newline; the spec shows that. This pattern looks only at the first character, and also catches a leading
 * newline and the full-width forms (＝＋－＠) that some spreadsheet locales accept as formula starters.
 */
export const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

type CsvOnlyColumn = keyof typeof exportMessages.csvColumns;
type CsvColumn = RowColumn | CsvOnlyColumn;

/**
 * The printed columns, with the spreadsheet's own beside the readable ones they belong to: each time again in UTC
 * (ISO 8601, which sorts and which spreadsheets read as a date) with its offset, and after "Who" the details of
 * each known person from People. One row per incident, so sorting and filtering keep everything together.
 */
export const CSV_COLUMNS: readonly CsvColumn[] = ROW_COLUMNS.flatMap((column): CsvColumn[] => {
	if (column === 'occurred') return [column, 'occurredUtc', 'occurredUntilUtc', 'occurredOffset'];
	if (column === 'recorded') return [column, 'recordedUtc', 'recordedOffset'];
	if (column === 'who') return [column, 'knownPeople'];
	return [column];
});

const OFFSETS: ReadonlySet<keyof RowTimes> = new Set(['occurredOffset', 'recordedOffset']);

function cell(row: TimelineRow, column: CsvColumn): string {
	if (column === 'number') return String(row.number);
	if (column === 'knownPeople') return formatPeopleDetails(row.people);
	if (column in row.times) {
		const value = row.times[column as keyof RowTimes];
		// "UTC+01:00" rather than "+01:00", which a spreadsheet would take for a sum.
		return OFFSETS.has(column as keyof RowTimes) && value !== '' ? `UTC${value}` : value;
	}
	return row.cells[column as Exclude<RowColumn, 'number'>];
}

function heading(column: CsvColumn): string {
	return column in exportMessages.csvColumns
		? exportMessages.csvColumns[column as CsvOnlyColumn]
		: exportMessages.columns[column as RowColumn];
}

/** CSV text, UTF-8 with a byte order mark and CRLF line endings, one header row then one row per incident. */
export function toCsv(rows: readonly TimelineRow[]): string {
	const header = CSV_COLUMNS.map(heading);
	const data = rows.map((row) => CSV_COLUMNS.map((column) => cell(row, column)));
	// Papaparse prefixes a matching cell with ' and quotes it, which every spreadsheet shows as plain text.
	return CSV_BOM + Papa.unparse([header, ...data], { newline: '\r\n', escapeFormulae: FORMULA_START });
}
