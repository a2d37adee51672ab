/**
 * Checks an incident before it is saved, or when it arrives from a file. Returns codes, never words: the
 * messages module turns each code into text people read, and can be translated. Nothing is changed or cut:
 * text that is too long is reported, because silently shortening what someone wrote would lose evidence.
 *
 * A full entry needs a time and a behaviour; anything less can still be kept as a quick log ("needs detail"),
 * so an incomplete form never stands between a person and saving what they typed.
 */
import { isBehaviourId, isChannelId } from './behaviours';
import { hasLoneSurrogate } from './canonical-json';
import { DomainError } from './errors';
import { isId, type IncidentContent, type Person } from './incident';
import { instantOf, isIsoDate, isIsoDateTime, toDayKey } from './iso-time';

export const PROBLEM_CODES = [
	'occurred-missing',
	'occurred-invalid',
	'occurred-in-future',
	'range-end-missing',
	'range-end-invalid',
	'range-end-before-start',
	'behaviour-missing',
	'behaviour-unknown',
	'other-behaviour-empty',
	'channel-unknown',
	'channel-without-contacting',
	'what-happened-empty',
	'text-too-long',
	'text-invalid-characters',
	'list-too-long',
	'person-id-invalid',
	'exhibit-invalid'
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** Advice the form can show; everything else stops the save as a full entry. */
export const WARNING_CODES: ReadonlySet<ProblemCode> = new Set([
	'channel-without-contacting',
	'what-happened-empty'
]);

export interface Problem {
	/** A path into the content, e.g. 'occurred.end', 'witnesses.0.contact'. */
	field: string;
	code: ProblemCode;
	severity: 'error' | 'warning';
}

export interface Validation {
	/** No errors (warnings allowed). */
	ok: boolean;
	problems: Problem[];
}

/** Far beyond any real account (about eight pages of close type), short of anything that could stall a phone. */
export const MAX_TEXT_LENGTH = 20_000;
export const MAX_LIST_LENGTH = 1_000;
/** A minute or two of difference between the clock and the time picked is not a mistake worth stopping for. */
const FUTURE_TOLERANCE_MS = 10 * 60_000;
const SHA256_PATTERN = /^[0-9a-f]{64}$/;

export interface ValidateOptions {
	now?: Date;
	/** The person's zone, for deciding what "today" is for a date-only entry. */
	timeZone?: string;
}

export function validateIncident(content: IncidentContent, options: ValidateOptions = {}): Validation {
	const problems: Problem[] = [];
	const add = (field: string, code: ProblemCode) =>
		problems.push({ field, code, severity: WARNING_CODES.has(code) ? 'warning' : 'error' });
	const now = options.now ?? new Date();

	checkOccurred(content, now, options.timeZone, add);

	const full = !content.quickLog;
	if (full && content.behaviours.length === 0) add('behaviours', 'behaviour-missing');
	if (!content.behaviours.every(isBehaviourId)) add('behaviours', 'behaviour-unknown');
	if (full && content.behaviours.includes('other') && content.otherBehaviour.trim() === '') {
		add('otherBehaviour', 'other-behaviour-empty');
	}
	if (!content.channels.every(isChannelId)) add('channels', 'channel-unknown');
	if (full && content.channels.length > 0 && !content.behaviours.includes('contacting')) {
		add('channels', 'channel-without-contacting');
	}
	if (full && content.whatHappened.trim() === '') add('whatHappened', 'what-happened-empty');
	if (!content.personIds.every(isId)) add('personIds', 'person-id-invalid');

	const lists = ['behaviours', 'channels', 'personIds', 'witnesses', 'exhibits'] as const;
	for (const list of lists) if (content[list].length > MAX_LIST_LENGTH) add(list, 'list-too-long');

	content.exhibits.forEach((exhibit, i) => {
		const sound =
			isId(exhibit.id) &&
			SHA256_PATTERN.test(exhibit.sha256) &&
			Number.isSafeInteger(exhibit.size) &&
			exhibit.size >= 0 &&
			isIsoDateTime(exhibit.addedAt) &&
			(exhibit.fileDate === undefined || isIsoDateTime(exhibit.fileDate));
		if (!sound) add(`exhibits.${i}`, 'exhibit-invalid');
		checkText(`exhibits.${i}.name`, exhibit.name, add);
	});

	for (const [field, text] of listTexts(content)) checkText(field, text, add);
	return { ok: problems.every((p) => p.severity !== 'error'), problems };
}

/**
 * Free text kept beside the incidents (an amendment's reason, a person, the cover's name and reference): the same
 * rules as an incident's text, so nothing that cannot be kept safely reaches storage or an export.
 */
export function validateTexts(texts: Readonly<Record<string, string>>): Validation {
	const problems: Problem[] = [];
	const add: AddProblem = (field, code) => problems.push({ field, code, severity: 'error' });
	for (const [field, text] of Object.entries(texts)) checkText(field, text, add);
	return { ok: problems.length === 0, problems };
}

export function validatePerson(person: Person): Validation {
	const { problems } = validateTexts({
		name: person.name,
		description: person.description,
		relationship: person.relationship,
		...Object.fromEntries(person.vehicles.map((vehicle, i) => [`vehicles.${i}`, vehicle]))
	});
	if (!isId(person.id)) problems.push({ field: 'id', code: 'person-id-invalid', severity: 'error' });
	if (person.vehicles.length > MAX_LIST_LENGTH)
		problems.push({ field: 'vehicles', code: 'list-too-long', severity: 'error' });
	return { ok: problems.length === 0, problems };
}

/**
 * Input refused at the store's edge, whoever called it: it carries the first problem (a code and its field), so the
 * person is told what to change, and nothing is stored.
 */
export class InvalidInputError extends DomainError {
	readonly problems: readonly Problem[];
	constructor(problems: readonly Problem[]) {
		const first = problems.find((p) => p.severity === 'error') ?? problems[0];
		super('input-invalid', first ? { problem: first.code, field: first.field } : {});
		this.problems = problems;
	}
}

/** The error for a failed validation, or undefined when it passed. */
export function invalidInput(...validations: readonly Validation[]): InvalidInputError | undefined {
	if (validations.every((v) => v.ok)) return undefined;
	return new InvalidInputError(validations.flatMap((v) => v.problems.filter((p) => p.severity === 'error')));
}

type AddProblem = (field: string, code: ProblemCode) => void;

/** What stops one piece of free text being kept: the rule every text field follows, a reason or a name too. */
export function textProblems(text: string): ('text-too-long' | 'text-invalid-characters')[] {
	const problems: ('text-too-long' | 'text-invalid-characters')[] = [];
	if (text.length > MAX_TEXT_LENGTH) problems.push('text-too-long');
	// A broken half of an emoji cannot be put into canonical JSON, so the save would fail later, less kindly.
	if (hasLoneSurrogate(text)) problems.push('text-invalid-characters');
	return problems;
}

function checkText(field: string, text: string, add: AddProblem): void {
	for (const code of textProblems(text)) add(field, code);
}

function listTexts(content: IncidentContent): [string, string][] {
	const { impact, actions } = content;
	return [
		['otherBehaviour', content.otherBehaviour],
		['whatHappened', content.whatHappened],
		['exactWords', content.exactWords],
		['location', content.location],
		['unknownPersonDescription', content.unknownPersonDescription],
		['vehicle', content.vehicle],
		['registration', content.registration],
		...content.witnesses.flatMap((w, i): [string, string][] => [
			[`witnesses.${i}.name`, w.name],
			[`witnesses.${i}.contact`, w.contact]
		]),
		['impact.inOwnWords', impact.inOwnWords],
		['actions.crimeReference', actions.crimeReference],
		['actions.officer', actions.officer],
		['actions.platformDetails', actions.platformDetails],
		['actions.toldWho', actions.toldWho],
		['privateNote', content.privateNote],
		...Object.entries(content.sighting ?? {}).map(([k, value]): [string, string] => [`sighting.${k}`, value]),
		...Object.entries(content.personDescription ?? {}).map(([k, value]): [string, string] => [
			`personDescription.${k}`,
			value
		]),
		...Object.entries(content.vehicleDetails ?? {}).map(([k, value]): [string, string] => [
			`vehicleDetails.${k}`,
			value
		])
	];
}

function isInFuture(value: string, now: Date, timeZone: string | undefined): boolean {
	const instant = instantOf(value);
	if (instant !== null) return instant > now.getTime() + FUTURE_TOLERANCE_MS;
	return value > toDayKey(now, timeZone);
}

function checkOccurred(
	content: IncidentContent,
	now: Date,
	timeZone: string | undefined,
	add: AddProblem
): void {
	const { kind, start, end } = content.occurred;
	if (start.trim() === '') {
		add('occurred.start', 'occurred-missing');
		return;
	}
	const dateOnly = kind === 'date' || (kind === 'range' && isIsoDate(start));
	const startValid = dateOnly ? isIsoDate(start) : isIsoDateTime(start);
	if (!startValid) {
		add('occurred.start', 'occurred-invalid');
		return;
	}
	if (isInFuture(start, now, timeZone)) add('occurred.start', 'occurred-in-future');
	if (kind !== 'range') return;

	if (end === undefined || end.trim() === '') {
		add('occurred.end', 'range-end-missing');
		return;
	}
	// Both ends in the same form, so they can be compared and shown as one range.
	if (!(dateOnly ? isIsoDate(end) : isIsoDateTime(end))) {
		add('occurred.end', 'range-end-invalid');
		return;
	}
	const endBeforeStart = dateOnly ? end < start : (instantOf(end) as number) < (instantOf(start) as number);
	if (endBeforeStart) add('occurred.end', 'range-end-before-start');
	else if (isInFuture(end, now, timeZone)) add('occurred.end', 'occurred-in-future');
}
