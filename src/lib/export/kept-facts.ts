/**
 * What an export takes as kept rather than works out afresh: each exhibit's number, given once when it was first
 * saved (domain/exhibit-numbers.ts), and each revision's fingerprint as the record of changes holds it
 * (domain/hash-chain.ts). The diary's exports take both from the diary; the viewer takes both from the file, so it
 * shows the numbers and fingerprints the PDF, CSV and JSON printed, never ones it worked out from a copy with
 * private notes left out (which no chain holds).
 */
import { revisionKey } from '$lib/domain/chain-order';
import type { ChainEntry } from '$lib/domain/hash-chain';
import type { ExhibitId, ExhibitRef, Sha256Hex } from '$lib/domain/incident';
import type { ExportJson } from './json';
import { formatExhibitNumber, parseExhibitNumber } from './file-names';

export interface KeptFacts {
	/** Each exhibit's number (EXH-001 is 1). */
	readonly exhibitNumbers?: ReadonlyMap<ExhibitId, number>;
	/** Each revision's fingerprint as its chain entry recorded it, by revisionKey. */
	readonly revisionHashes?: ReadonlyMap<string, Sha256Hex>;
}

/** The fingerprint each revision's chain entry recorded; join entries stand for no revision and are left out. */
export function chainHashes(chain: readonly ChainEntry[]): Map<string, Sha256Hex> {
	const hashes = new Map<string, Sha256Hex>();
	for (const entry of chain) {
		if (entry.joined === undefined)
			hashes.set(revisionKey(entry.incidentId, entry.revisionSeq), entry.revisionHash);
	}
	return hashes;
}

/**
 * What a shared or backup file says it printed: its exhibit list's numbers, and each revision's fingerprint from
 * the file's record of changes (or, for a revision with no entry there, the one its export carries; the check
 * lists that revision as not in the record).
 */
export function factsOfFile(timeline: ExportJson): Required<KeptFacts> {
	const exhibitNumbers = exhibitNumbersOfFile(timeline);
	const revisionHashes = new Map<string, Sha256Hex>();
	for (const incident of timeline.incidents) {
		for (const { revision, hash } of incident.revisions) {
			revisionHashes.set(revisionKey(revision.incidentId, revision.seq), hash);
		}
	}
	for (const [key, hash] of chainHashes(timeline.chain))
		if (revisionHashes.has(key)) revisionHashes.set(key, hash);
	return { exhibitNumbers, revisionHashes };
}

/** The numbers a file's exhibit list printed, by exhibit. */
export function exhibitNumbersOfFile(timeline: ExportJson): Map<ExhibitId, number> {
	const numbers = new Map<ExhibitId, number>();
	for (const exhibit of timeline.exhibits) {
		const n = parseExhibitNumber(exhibit.number);
		if (n !== undefined) numbers.set(exhibit.exhibitId, n);
	}
	return numbers;
}

/**
 * Names exhibits by their kept numbers. One without (only in a test, or a file from an older app that left it
 * out) is numbered after every kept one, in the order asked, so no two exhibits ever share a number.
 */
export function exhibitNamer(kept: ReadonlyMap<ExhibitId, number> = new Map()): (ref: ExhibitRef) => string {
	const extra = new Map<ExhibitId, number>();
	let highest = 0;
	for (const n of kept.values()) highest = Math.max(highest, n);
	return (ref) => {
		let n = kept.get(ref.id) ?? extra.get(ref.id);
		if (n === undefined) {
			n = ++highest;
			extra.set(ref.id, n);
		}
		return formatExhibitNumber(n);
	};
}
