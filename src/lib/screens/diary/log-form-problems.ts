// What the log form shows after a save with problems: which problems stop the save, and which control each one's
// link in the error summary goes to. Pure, so it is tested in Node; the form only renders it.
import { BEHAVIOUR_IDS, CHANNEL_IDS } from '$lib/domain/behaviours';
import type { IncidentContent } from '$lib/domain/incident';
import { textProblems, validateIncident, type Problem } from '$lib/domain/validate';
import { m } from '$lib/messages';
import type { FieldProblem } from '$lib/components/field-problem';

/** The ids the form gives its controls; a group of tick boxes is reached through its first box. */
const FIELD_IDS: Record<string, string> = {
	occurred: 'when-date',
	'occurred.start': 'when-date',
	'occurred.end': 'when-end-date',
	behaviours: `behaviour-${BEHAVIOUR_IDS[0]!}`,
	otherBehaviour: 'other-behaviour',
	channels: `channel-${CHANNEL_IDS[0]!}`,
	whatHappened: 'what-happened',
	exactWords: 'exact-words',
	location: 'location',
	unknownPersonDescription: 'unknown-person',
	vehicle: 'vehicle',
	registration: 'registration',
	witnesses: 'add-witness',
	'impact.inOwnWords': 'impact-words',
	'actions.crimeReference': 'crime-reference',
	'actions.officer': 'officer',
	'actions.platformDetails': 'platform-details',
	'actions.toldWho': 'told-who',
	privateNote: 'private-note',
	exhibits: 'exhibit-files',
	reason: 'reason'
};

/** The ids of the optional descriptions' fields: 'sighting.light' is 'sighting-light'. */
export const PART_PREFIXES = {
	sighting: 'sighting',
	personDescription: 'seen-person',
	vehicleDetails: 'seen-vehicle'
} as const;

/** The control a problem's field path points at: 'witnesses.0.contact' is 'witness-contact-0'. */
export function fieldIdFor(field: string, firstPersonId?: string): string {
	const witness = /^witnesses\.(\d+)\.(name|contact)$/.exec(field);
	if (witness) return `witness-${witness[2]!}-${witness[1]!}`;
	if (field === 'personIds') return firstPersonId ? `person-${firstPersonId}` : 'unknown-person';
	const part = /^(sighting|personDescription|vehicleDetails)\.(\w+)$/.exec(field);
	if (part) return `${PART_PREFIXES[part[1] as keyof typeof PART_PREFIXES]}-${part[2]!}`;
	if (field.startsWith('exhibits')) return FIELD_IDS.exhibits!;
	return FIELD_IDS[field] ?? FIELD_IDS[field.split('.')[0]!] ?? 'what-happened';
}

/**
 * The problems that stop this save, one a control, in the form's order. Saved as a quick log, an entry needs no
 * behaviour yet; a reason for an edit follows the same rules as any other text.
 */
export function logFormProblems(
	content: IncidentContent,
	options: { asQuickLog: boolean; reason: string; firstPersonId?: string; now?: Date }
): FieldProblem[] {
	const { problems } = validateIncident(
		{ ...content, quickLog: options.asQuickLog },
		options.now ? { now: options.now } : {}
	);
	const blocking = problems.filter(
		(p: Problem) =>
			p.severity === 'error' &&
			!(options.asQuickLog && (p.code === 'behaviour-missing' || p.code === 'other-behaviour-empty'))
	);
	const found: FieldProblem[] = blocking.map((p) => ({
		id: fieldIdFor(p.field, options.firstPersonId),
		message: m.problemMessages[p.code]
	}));
	for (const code of textProblems(options.reason)) {
		found.push({ id: 'reason', message: m.forms.textProblems[code] });
	}
	return found.filter((p, i) => found.findIndex((q) => q.id === p.id) === i);
}
