/**
 * Changing an incident never changes what was saved: every operation returns a new incident with one more
 * revision, like a police pocket book with no erasures. The one exception is a permanent delete, which the
 * person asks for after a clear warning: it removes the words and keeps only the hashes, so the evidence chain
 * still verifies and still shows that something was there.
 *
 * Operations with nothing to do (an edit that changes nothing, withdrawing twice) return the same incident
 * object, so the caller can skip saving with `result === incident`.
 */
import { DomainError } from './errors';
import { hashRevision } from './hash-chain';
import {
	currentContent,
	isDeleted,
	isWithdrawn,
	newId,
	type Incident,
	type IncidentContent,
	type IncidentId,
	type Revision
} from './incident';
import { formatIsoDateTime } from './iso-time';

export class IncidentDeletedError extends DomainError {
	constructor() {
		super('incident-deleted');
	}
}

/**
 * Copies and freezes, so saved revisions cannot be changed through a reference the caller still holds, and a
 * form's live object (possibly a Svelte state proxy, which structuredClone refuses) is never frozen under it.
 */
function freezeCopy<T>(value: T): T {
	if (Array.isArray(value)) return Object.freeze(value.map((item: unknown) => freezeCopy(item))) as T;
	if (value !== null && typeof value === 'object') {
		const copy: Record<string, unknown> = {};
		for (const [key, member] of Object.entries(value)) copy[key] = freezeCopy(member);
		return Object.freeze(copy) as T;
	}
	return value;
}

function buildIncident(id: IncidentId, recordedAt: string, revisions: readonly Revision[]): Incident {
	return Object.freeze({ id, recordedAt, revisions: Object.freeze([...revisions]) });
}

function withReason(reason: string | undefined): { reason?: string } {
	return reason !== undefined && reason.trim() !== '' ? { reason } : {};
}

function appendRevision(
	incident: Incident,
	kind: Revision['kind'],
	content: IncidentContent | null,
	now: Date,
	reason?: string
): Incident {
	const revision: Revision = freezeCopy({
		incidentId: incident.id,
		seq: incident.revisions.length + 1,
		kind,
		savedAt: formatIsoDateTime(now),
		...withReason(reason),
		content,
		recordedAt: incident.recordedAt
	});
	return buildIncident(incident.id, incident.recordedAt, [...incident.revisions, revision]);
}

/** A new incident whose first save time becomes its "recorded at", for good. */
export function createIncident(content: IncidentContent, now: Date, id: IncidentId = newId()): Incident {
	const recordedAt = formatIsoDateTime(now);
	const revision: Revision = freezeCopy({
		incidentId: id,
		seq: 1,
		kind: 'create' as const,
		savedAt: recordedAt,
		content,
		recordedAt
	});
	return buildIncident(id, recordedAt, [revision]);
}

/** Adds an amendment. Editing a withdrawn incident puts it back, and the withdrawal stays in its history. */
export function editIncident(
	incident: Incident,
	content: IncidentContent,
	now: Date,
	reason?: string
): Incident {
	if (isDeleted(incident)) throw new IncidentDeletedError();
	const current = currentContent(incident);
	if (current && !isWithdrawn(incident) && diffContent(current, content).length === 0) return incident;
	return appendRevision(incident, 'edit', content, now, reason);
}

/** Marks the incident withdrawn; its content stays readable and in exports, shown as withdrawn. */
export function withdrawIncident(incident: Incident, now: Date, reason?: string): Incident {
	if (isDeleted(incident)) throw new IncidentDeletedError();
	if (isWithdrawn(incident)) return incident;
	return appendRevision(incident, 'withdraw', currentContent(incident), now, reason);
}

/**
 * Permanently removes the content of every revision (and any reason, which may quote it), keeping each
 * revision's number, kind, times and old hash, then adds a delete marker as a revision of its own, so the
 * deletion itself is in the chain with its time. The caller stores the redacted revisions in place of the old
 * ones and appends the marker (the last revision) to the chain.
 */
export async function deleteIncident(incident: Incident, now: Date): Promise<Incident> {
	if (isDeleted(incident)) return incident;
	const redacted = await Promise.all(incident.revisions.map(redactRevision));
	return appendRevision(buildIncident(incident.id, incident.recordedAt, redacted), 'delete', null, now);
}

/** One revision without its content or reason, keeping its number, kind, times and the hash it had. */
export async function redactRevision(revision: Revision): Promise<Revision> {
	return freezeCopy({
		incidentId: revision.incidentId,
		seq: revision.seq,
		kind: revision.kind,
		savedAt: revision.savedAt,
		content: null,
		deletedHash: await hashRevision(revision),
		recordedAt: revision.recordedAt
	});
}

/** The marker of a permanent delete, to follow the given revisions of an incident. */
export function deleteMarker(incident: Incident, now: Date): Revision {
	return appendRevision(incident, 'delete', null, now).revisions.at(-1)!;
}

/** Every field the history view can name as changed, in form order. */
export const CONTENT_FIELDS = [
	'occurred',
	'behaviours',
	'otherBehaviour',
	'threatened',
	'channels',
	'whatHappened',
	'exactWords',
	'location',
	'places',
	'personIds',
	'unknownPersonDescription',
	'personDescription',
	'vehicle',
	'vehicleDetails',
	'registration',
	'sighting',
	'witnesses',
	'impact.fearOfViolence',
	'impact.alarmOrDistress',
	'impact.changedDailyLife',
	'impact.inOwnWords',
	'impact.rating',
	'actions.reportedToPolice',
	'actions.crimeReference',
	'actions.officer',
	'actions.reportedToPlatform',
	'actions.platformDetails',
	'actions.toldSomeone',
	'actions.toldWho',
	'exhibits',
	'privateNote',
	'quickLog'
] as const;

export type ContentField = (typeof CONTENT_FIELDS)[number];

// Ticking boxes in a different order is not a change anyone would want listed as an amendment.
const UNORDERED_FIELDS: ReadonlySet<ContentField> = new Set([
	'behaviours',
	'channels',
	'places',
	'personIds'
]);

function readField(content: IncidentContent, field: ContentField): unknown {
	const [group, member] = field.split('.') as [string, string | undefined];
	const value: unknown = (content as unknown as Record<string, unknown>)[group];
	return member === undefined ? value : (value as Record<string, unknown>)[member];
}

function deepEqual(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	// Absent and undefined optional members (an `end` of a non-range) count as the same, as in the hash.
	const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
	for (const key of keys) {
		if (!deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
	}
	return true;
}

function sameSet(a: unknown, b: unknown): boolean {
	if (!Array.isArray(a) || !Array.isArray(b)) return deepEqual(a, b);
	const left = new Set<unknown>(a);
	const right = new Set<unknown>(b);
	return left.size === right.size && [...left].every((item) => right.has(item));
}

/** Which fields differ between two versions, for the history view and the amendments in exports. */
export function diffContent(before: IncidentContent, after: IncidentContent): ContentField[] {
	return CONTENT_FIELDS.filter((field) => {
		const [a, b] = [readField(before, field), readField(after, field)];
		return !(UNORDERED_FIELDS.has(field) ? sameSet(a, b) : deepEqual(a, b));
	});
}

export interface Amendment {
	revision: Revision;
	/** Empty for a withdrawal or delete marker, which change no field. */
	changed: ContentField[];
}

/** Each revision after the first with what it changed, oldest first. Removed content shows no changes. */
export function listAmendments(incident: Incident): Amendment[] {
	return incident.revisions.slice(1).map((revision, index) => {
		const previous = incident.revisions[index]?.content;
		const changed =
			revision.kind === 'edit' && previous && revision.content ? diffContent(previous, revision.content) : [];
		return { revision, changed };
	});
}
