// The log form edits "when it happened" as plain date and time inputs; these turn them into the stored form
// (ISO 8601 with the UTC offset in force at that moment, or a date) and back.
import type { Occurred, OccurredKind } from '$lib/domain/incident';
import { formatIsoDateTime, isIsoDate, parseIsoDateTime, toDayKey } from '$lib/domain/iso-time';

export interface OccurredFields {
	kind: OccurredKind;
	date: string;
	time: string;
	endDate: string;
	endTime: string;
	approximate: boolean;
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

function splitLocal(value: string | undefined): { date: string; time: string } {
	if (!value) return { date: '', time: '' };
	if (isIsoDate(value)) return { date: value, time: '' };
	try {
		const d = parseIsoDateTime(value);
		return {
			date: toDayKey(d),
			time: `${pad(d.getHours())}:${pad(d.getMinutes())}`
		};
	} catch {
		return { date: '', time: '' };
	}
}

export function fieldsFromOccurred(occurred: Occurred): OccurredFields {
	const start = splitLocal(occurred.start);
	const end = splitLocal(occurred.end);
	return {
		kind: occurred.kind,
		date: start.date,
		time: start.time,
		endDate: end.date,
		endTime: end.time,
		approximate: occurred.approximate
	};
}

/** A local date and time typed by the person, as an instant with the offset in force then (not now). */
function combine(date: string, time: string): string {
	if (!date) return '';
	if (!time) return date;
	const local = new Date(`${date}T${time}`);
	return Number.isNaN(local.getTime()) ? `${date}T${time}` : formatIsoDateTime(local);
}

export function occurredFromFields(fields: OccurredFields): Occurred {
	if (fields.kind === 'date') return { kind: 'date', start: fields.date, approximate: fields.approximate };
	if (fields.kind === 'range') {
		return {
			kind: 'range',
			start: combine(fields.date, fields.time),
			end: combine(fields.endDate, fields.endTime),
			approximate: fields.approximate
		};
	}
	return { kind: 'datetime', start: combine(fields.date, fields.time), approximate: fields.approximate };
}

export function nowFields(now = new Date()): OccurredFields {
	return {
		kind: 'datetime',
		date: toDayKey(now),
		time: `${pad(now.getHours())}:${pad(now.getMinutes())}`,
		endDate: '',
		endTime: '',
		approximate: false
	};
}
