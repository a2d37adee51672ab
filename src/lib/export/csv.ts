// The timeline as a spreadsheet. Two things matter beyond quoting: Excel must read Polish, Greek or Cyrillic
// correctly (it needs a UTF-8 byte order mark to stop guessing a legacy code page), and a cell must never run as a
// formula when someone opens the file, because incident text can hold anything, including what the stalker wrote.
import Papa from 'papaparse';
import { exportMessages } from '$lib/messages/export';
import { ROW_COLUMNS, type TimelineRow } from './timeline-rows';

export const CSV_BOM = '\uFEFF';

/**
 * Cells a spreadsheet may treat as a formula. Papaparse's own `escapeFormulae: true` pattern is
 * /^[=+\-@\t\r].*$/, which misses a formula followed by a line break ("=1+1\nmore"), because `.` stops at the
 * newline; the spec shows that. This pattern looks only at the first character, and also catches a leading
 * newline and the full-width forms (＝＋－＠) that some spreadsheet locales accept as formula starters.
 */
export const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** CSV text, UTF-8 with a byte order mark and CRLF line endings, one header row then one row per incident. */
export function toCsv(rows: readonly TimelineRow[]): string {
	const header = ROW_COLUMNS.map((column) => exportMessages.columns[column]);
	const data = rows.map((row) =>
		ROW_COLUMNS.map((column) => (column === 'number' ? String(row.number) : row.cells[column]))
	);
	// Papaparse prefixes a matching cell with ' and quotes it, which every spreadsheet shows as plain text.
	return CSV_BOM + Papa.unparse([header, ...data], { newline: '\r\n', escapeFormulae: FORMULA_START });
}
