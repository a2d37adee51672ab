/**
 * How many saved versions a copy cannot prove by itself. Each revision's fingerprint is that of the revision as
 * saved; where a copy leaves something out (a private note, a witness's contact details) the fingerprint no longer
 * matches what the copy shows, so those revisions can only be checked against the full record. The PDF and the
 * JSON say how many, so nobody takes a mismatch for tampering, or a copy for more proof than it holds.
 */
import type { Incident } from '$lib/domain/incident';
import { withholdFields } from './json';
import type { TimelineOptions, TimelineRow } from './timeline-rows';

export interface WithheldCount {
	/** Revisions with anything left out: the ones that cannot be re-checked from this copy. */
	revisions: number;
	/** Of those, the ones with a private note left out. */
	privateNotes: number;
}

/** Counts over every revision of every incident the rows include, by the JSON's own rule for what is left out. */
export function countWithheld(
	incidents: readonly Incident[],
	rows: readonly TimelineRow[],
	options: TimelineOptions
): WithheldCount {
	const included = new Set(rows.map((row) => row.incidentId));
	const count: WithheldCount = { revisions: 0, privateNotes: 0 };
	for (const incident of incidents) {
		if (!included.has(incident.id)) continue;
		for (const revision of incident.revisions) {
			const { withheld } = withholdFields(revision, options);
			if (withheld.length === 0) continue;
			count.revisions++;
			if (withheld.includes('content.privateNote')) count.privateNotes++;
		}
	}
	return count;
}
