/**
 * Times are stored as ISO 8601 with the UTC offset in force when they were taken, so a record made in summer
 * still says +01:00 years later, and shown in en-GB form in the person's own time zone (DESIGN.md).
 *
 * Calendar dates (YYYY-MM-DD) are kept apart from instants: "it happened on the 3rd" must not slide to the
 * 2nd when shown in a zone west of where it was written.
 */
import { DomainError } from './errors';
import type { IsoDate, IsoDateTime, Occurred } from './incident';

export class InvalidTimeError extends DomainError {
	constructor() {
		super('time-invalid');
	}
}

const DATE_TIME_PATTERN =
	/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

interface WallClock {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
	millisecond: number;
}

function pad(value: number, length = 2): string {
	return String(value).padStart(length, '0');
}

/** Date.UTC and the Date getters accept 31 February and roll it into March; a record must not. */
function isRealDate(year: number, month: number, day: number): boolean {
	const probe = new Date(Date.UTC(year, month - 1, day));
	// setUTCFullYear keeps years 0..99 from being read as 1900..1999.
	probe.setUTCFullYear(year);
	return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

function utcMs(wall: WallClock): number {
	const date = new Date(
		Date.UTC(2000, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond)
	);
	date.setUTCFullYear(wall.year);
	return date.getTime();
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function getPartsFormatter(timeZone: string): Intl.DateTimeFormat {
	let formatter = partsFormatters.get(timeZone);
	if (!formatter) {
		// en-US with h23 gives plain numeric parts in every ICU build; the locale never reaches the screen.
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		partsFormatters.set(timeZone, formatter);
	}
	return formatter;
}

/** The wall-clock reading at `date` in `timeZone`, or in the device's own zone when none is given. */
function readWallClock(date: Date, timeZone?: string): WallClock {
	if (timeZone === undefined) {
		return {
			year: date.getFullYear(),
			month: date.getMonth() + 1,
			day: date.getDate(),
			hour: date.getHours(),
			minute: date.getMinutes(),
			second: date.getSeconds(),
			millisecond: date.getMilliseconds()
		};
	}
	const wall: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, millisecond: 0 };
	for (const part of getPartsFormatter(timeZone).formatToParts(date)) {
		if (part.type in wall) wall[part.type as keyof WallClock] = Number(part.value);
	}
	wall.millisecond = date.getUTCMilliseconds();
	return wall;
}

function assertValidDate(date: Date): void {
	if (Number.isNaN(date.getTime())) throw new InvalidTimeError();
}

/** 2026-11-29T07:30:00.000+00:00: the wall clock and the offset in force in that zone at that instant. */
export function formatIsoDateTime(date: Date, timeZone?: string): IsoDateTime {
	assertValidDate(date);
	const wall = readWallClock(date, timeZone);
	const offsetMinutes = Math.round((utcMs(wall) - date.getTime()) / 60_000);
	const sign = offsetMinutes < 0 ? '-' : '+';
	const absolute = Math.abs(offsetMinutes);
	return (
		`${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}` +
		`T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}.${pad(wall.millisecond, 3)}` +
		`${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`
	);
}

function matchDateTime(text: string): number | null {
	const m = DATE_TIME_PATTERN.exec(text);
	if (!m) return null;
	const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
		number,
		number,
		number,
		number,
		number
	];
	const second = Number(m[6] ?? 0);
	const millisecond = Number((m[7] ?? '0').padEnd(3, '0'));
	const offsetHours = Number(m[10] ?? 0);
	const offsetMins = Number(m[11] ?? 0);
	if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
	if (offsetHours > 23 || offsetMins > 59) return null;
	const offset = (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
	return utcMs({ year, month, day, hour, minute, second, millisecond }) - offset * 60_000;
}

export function isIsoDateTime(text: unknown): text is IsoDateTime {
	return typeof text === 'string' && matchDateTime(text) !== null;
}

export function isIsoDate(text: unknown): text is IsoDate {
	if (typeof text !== 'string') return false;
	const m = DATE_PATTERN.exec(text);
	return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Reads an IsoDateTime back to the instant it names. Only the strict stored form is accepted, offset included. */
export function parseIsoDateTime(text: string): Date {
	const ms = matchDateTime(text);
	if (ms === null) throw new InvalidTimeError();
	return new Date(ms);
}

/** Days since 1970-01-01 for a calendar date: week arithmetic on whole days cannot trip over clock changes. */
export function toDayNumber(day: IsoDate): number {
	if (!isIsoDate(day)) throw new InvalidTimeError();
	const [year, month, date] = day.split('-').map(Number) as [number, number, number];
	return Math.round(
		utcMs({ year, month, day: date, hour: 0, minute: 0, second: 0, millisecond: 0 }) / MS_PER_DAY
	);
}

export function fromDayNumber(dayNumber: number): IsoDate {
	const date = new Date(dayNumber * MS_PER_DAY);
	return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The calendar day `date` falls on in `timeZone` (the device's zone when none is given). */
export function toDayKey(date: Date, timeZone?: string): IsoDate {
	assertValidDate(date);
	const wall = readWallClock(date, timeZone);
	return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** The day an occurrence value (IsoDate or IsoDateTime) falls on, or null when it is neither. */
export function dayKeyOf(value: string, timeZone?: string): IsoDate | null {
	if (isIsoDate(value)) return value;
	const ms = matchDateTime(value);
	return ms === null ? null : toDayKey(new Date(ms), timeZone);
}

/** The instant of an IsoDateTime, or null for a calendar date or anything unreadable. */
export function instantOf(value: string): number | null {
	return matchDateTime(value);
}

export interface DisplayOptions {
	/** IANA zone; the device's zone when left out. */
	timeZone?: string;
	locale?: string;
}

const displayFormatters = new Map<string, Intl.DateTimeFormat>();

function getDisplayFormatter(
	locale: string,
	timeZone: string | undefined,
	style: 'datetime' | 'date' | 'day'
): Intl.DateTimeFormat {
	const key = `${locale}|${timeZone ?? ''}|${style}`;
	let formatter = displayFormatters.get(key);
	if (!formatter) {
		const options: Intl.DateTimeFormatOptions =
			style === 'day'
				? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
				: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' };
		if (style === 'datetime')
			Object.assign(options, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
		formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone });
		displayFormatters.set(key, formatter);
	}
	return formatter;
}

/** A calendar date as a Date that shows that same date when formatted in UTC. */
function calendarDate(day: IsoDate): Date {
	return new Date(toDayNumber(day) * MS_PER_DAY);
}

/**
 * When it happened, for people to read: "Sun 29 Nov 2026, 07:30", "Sun 29 Nov 2026", or a range. Whether it was
 * approximate is left to the caller, which shows it with a translatable word from the messages module.
 */
export function formatWhen(occurred: Occurred, options: DisplayOptions = {}): string {
	const locale = options.locale ?? 'en-GB';
	const { start, end } = occurred;
	const isDateOnly = isIsoDate(start);
	const formatter = isDateOnly
		? getDisplayFormatter(locale, 'UTC', 'date')
		: getDisplayFormatter(locale, options.timeZone, 'datetime');
	const toDate = (value: string): Date => (isDateOnly ? calendarDate(value) : parseIsoDateTime(value));
	if (occurred.kind === 'range' && end) {
		const [from, to] = [toDate(start), toDate(end)];
		return from.getTime() <= to.getTime() ? formatter.formatRange(from, to) : formatter.format(from);
	}
	return formatter.format(toDate(start));
}

/** A day heading for the timeline: "Sunday 29 November 2026". */
export function formatDay(day: IsoDate, options: Pick<DisplayOptions, 'locale'> = {}): string {
	return getDisplayFormatter(options.locale ?? 'en-GB', 'UTC', 'day').format(calendarDate(day));
}

/** A stored save time (recorded, amended) for people to read, in their own zone. */
export function formatSavedAt(value: IsoDateTime, options: DisplayOptions = {}): string {
	return getDisplayFormatter(options.locale ?? 'en-GB', options.timeZone, 'datetime').format(
		parseIsoDateTime(value)
	);
}
