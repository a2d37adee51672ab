/**
 * Times in exports say which offset from UTC they were read in. A diary that crosses the end of British Summer
 * Time holds two different 01:30s on the last Sunday of October; "01:30 (UTC+01:00)" and "01:30 (UTC+00:00)" are
 * an hour apart and say so. The offset is the one in force in the zone the times are shown in, at that instant.
 *
 * The spreadsheet also gets each time in UTC, in ISO 8601 (2026-11-29T01:30:00Z), which sorts as text and which
 * spreadsheets read as a date; calendar dates without a time stay as dates (2026-11-29), which sort with them.
 */
import type { Occurred } from '$lib/domain/incident';
import { formatIsoDateTime, formatSavedAt, instantOf, isIsoDate } from '$lib/domain/iso-time';
import { formatStoredTime } from '$lib/format/stored-time';
import { exportMessages } from '$lib/messages/export';

/** The machine-readable times of one row, '' where there is nothing to say. */
export interface RowTimes {
	/** UTC, ISO 8601 (`2026-11-29T01:30:00Z`), or the calendar date for a date-only entry. */
	occurredUtc: string;
	/** The end of a range, in the same form; '' when it is not a range. */
	occurredUntilUtc: string;
	/** `+01:00`: the offset the start time is shown in; '' for a date-only entry. */
	occurredOffset: string;
	recordedUtc: string;
	recordedOffset: string;
}

const MS_PER_DAY = 86_400_000;
/** Offsets at the start of each UTC day, by zone; a diary spans a few hundred days, so this stays small. */
const dayStartOffsets = new Map<string, string>();

function exactOffset(instant: number, timeZone?: string): string {
	return formatIsoDateTime(new Date(instant), timeZone).slice(-6);
}

function offsetAtDayStart(day: number, timeZone?: string): string {
	const key = `${timeZone ?? ''}|${day}`;
	let offset = dayStartOffsets.get(key);
	if (offset === undefined) {
		if (dayStartOffsets.size > 100_000) dayStartOffsets.clear();
		offset = exactOffset(day * MS_PER_DAY, timeZone);
		dayStartOffsets.set(key, offset);
	}
	return offset;
}

/**
 * `+01:00` at `instant` in `timeZone` (the device's zone when left out). Reading a zone's offset through Intl costs
 * about a tenth of a millisecond, several times per incident, so the offsets at the two midnights (UTC) around the
 * instant are kept: when they agree, no clock change fell that day (no zone changes its clocks twice in a day) and
 * that is the offset; on the few days they differ, the instant's own offset is read.
 */
export function utcOffsetAt(instant: number, timeZone?: string): string {
	const day = Math.floor(instant / MS_PER_DAY);
	const start = offsetAtDayStart(day, timeZone);
	return start === offsetAtDayStart(day + 1, timeZone) ? start : exactOffset(instant, timeZone);
}

/** `2026-11-29T01:30:00Z`: seconds are the finest a diary needs, and a fixed length sorts as text. */
export function toUtcIso(instant: number): string {
	return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The readable time with its offset after it: "Sun, 29 Nov 2026, 01:30 (UTC+01:00)". Unreadable: unchanged. */
export function withOffset(readable: string, stored: string, timeZone?: string): string {
	const instant = instantOf(stored);
	if (instant === null) return readable;
	return exportMessages.row.withOffset(readable, utcOffsetAt(instant, timeZone));
}

/** A stored time (recorded, amended, made) with its offset, in the zone asked for; as stored when unreadable. */
export function formatExportTime(stored: string, timeZone?: string): string {
	return formatStoredTime(stored, (value) => withOffset(formatSavedAt(value, { timeZone }), value, timeZone));
}

/** The same for when it happened; a range whose ends fall either side of a clock change shows both offsets. */
export function occurredWithOffset(readable: string, occurred: Occurred, timeZone?: string): string {
	const start = instantOf(occurred.start);
	if (start === null) return readable;
	const end = occurred.kind === 'range' && occurred.end ? instantOf(occurred.end) : null;
	const [from, to] = [utcOffsetAt(start, timeZone), end === null ? null : utcOffsetAt(end, timeZone)];
	return to === null || to === from
		? exportMessages.row.withOffset(readable, from)
		: exportMessages.row.withOffsets(readable, from, to);
}

function sortable(value: string | undefined): string {
	if (value === undefined || value === '') return '';
	if (isIsoDate(value)) return value;
	const instant = instantOf(value);
	// Kept as typed when it cannot be read: a spreadsheet shows it as text, and nothing is lost.
	return instant === null ? value : toUtcIso(instant);
}

function offsetOf(value: string | undefined, timeZone?: string): string {
	const instant = value === undefined ? null : instantOf(value);
	return instant === null ? '' : utcOffsetAt(instant, timeZone);
}

export function buildRowTimes(occurred: Occurred | null, recordedAt: string, timeZone?: string): RowTimes {
	return {
		occurredUtc: sortable(occurred?.start),
		occurredUntilUtc: occurred?.kind === 'range' ? sortable(occurred.end) : '',
		occurredOffset: offsetOf(occurred?.start, timeZone),
		recordedUtc: sortable(recordedAt),
		recordedOffset: offsetOf(recordedAt, timeZone)
	};
}

/** The zone the times are shown in, for the PDF's cover: the one asked for, or the device's own. */
export function shownTimeZone(timeZone?: string): string {
	return timeZone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone;
}
