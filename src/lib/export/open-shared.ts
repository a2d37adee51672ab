/**
 * Opening a shared or backup file: decrypt it (share-file.ts), unpack and check every file against SHA256SUMS and
 * every exhibit against the hash its entry recorded (read-pack.ts), then check every revision's hash and the
 * record of changes (domain/hash-chain.ts). Decryption and unpacking are all or nothing: a damaged or hostile
 * file throws one typed error and nothing is returned. The hash checks that follow do not throw: a caseworker
 * needs to read a file even where something does not match, so the problems are listed, each by what it is about.
 *
 * Everything stays in memory; nothing here writes anywhere.
 */
import {
	computeLink,
	hashRevision,
	verifyChain,
	type ChainEntry,
	type ChainProblem,
	type ChainVerification
} from '$lib/domain/hash-chain';
import { revisionKey, sortInChainOrder } from '$lib/domain/chain-order';
import type { Incident, IncidentId, IsoDate, Revision } from '$lib/domain/incident';
import {
	countByBehaviour,
	incidentsPerWeekBetween,
	listCountedBehaviours,
	type BehaviourCount,
	type WeekCount
} from '$lib/domain/patterns';
import { countRiskFacts, type RiskFacts } from '$lib/domain/risk-facts';
import { exportMessages } from '$lib/messages/export';
import { PackTooLargeError, ShareTooLargeError } from './errors';
import type { ExportChainEntry, ExportJson, ExportRevision } from './json';
import {
	DEFAULT_PACK_LIMITS,
	readPack,
	type OpenedPack,
	type PackLimits,
	type PackProgress
} from './read-pack';
import { openShareFile, SHARE_HEADER_BYTES, type OpenShareOptions } from './share-file';
import { factsOfFile } from './kept-facts';
import { buildTimelineRows, type TimelineRow } from './timeline-rows';

export type SharedProblem =
	| { kind: 'revision'; entry: number; version: number }
	| { kind: 'missing'; entry: number; version: number }
	| { kind: 'chain'; seq: number }
	| { kind: 'head' }
	| { kind: 'exhibit'; number: string }
	/** Values listed as withheld that this copy may not withhold, or that are not the marker: words changed. */
	| { kind: 'withheld'; entry: number; version: number }
	/** An entry's saved versions are not all here (a copy always holds every version of each entry it shows). */
	| { kind: 'versions'; entry: number }
	/** The file says it is a copy of part of the diary, but names no part. */
	| { kind: 'part' };

export interface SharedFileCheck {
	/** Entries (incidents) and exhibits in the file. */
	entries: number;
	exhibits: number;
	/** Revisions re-hashed from the file. */
	checked: number;
	/** Revisions with details left out of a disclosure-safe copy, which only the full copy can check. */
	withheld: number;
	problems: SharedProblem[];
	clockWentBack: number;
	/**
	 * Set when the file is a copy of part of the diary (some dates or behaviours): it holds `shown` of the
	 * diary's `total` chain entries, so the chain head cannot be recomputed from it (see json.ts).
	 */
	partial: { shown: number; total: number } | null;
}

export interface OpenedShare {
	pack: OpenedPack;
	check: SharedFileCheck;
	/** False for a plain evidence pack (a zip), which anyone may have made or changed, and no passphrase opened. */
	encrypted: boolean;
}

/** Reads a Blob piece by piece with the reader API, which Safari has where async iteration is missing. */
async function* readBlob(blob: Blob): AsyncGenerator<Uint8Array> {
	const reader = blob.stream().getReader();
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) return;
			yield value;
		}
	} finally {
		reader.releaseLock();
	}
}

/** Checks every revision's hash, the record of changes and each exhibit against the hash in its entry. */
export async function checkTimeline(timeline: ExportJson): Promise<SharedFileCheck> {
	const problems: SharedProblem[] = [];
	const entryByIdentity = new Map<string, ChainEntry>(
		timeline.chain.map((e) => [revisionKey(e.incidentId, e.revisionSeq), e])
	);
	const numberOf = new Map<IncidentId, number>(timeline.incidents.map((i) => [i.id, i.number]));
	const withheldKeys = new Set<string>();
	const checkable: Revision[] = [];
	let checked = 0;

	for (const incident of timeline.incidents) {
		for (const exported of incident.revisions) {
			const { revision } = exported;
			const key = revisionKey(revision.incidentId, revision.seq);
			const entry = entryByIdentity.get(key);
			const where = { entry: incident.number, version: revision.seq };
			const linked =
				entry !== undefined &&
				exported.chain !== null &&
				exported.chain.seq === entry.seq &&
				exported.chain.link === entry.link &&
				entry.revisionHash === exported.hash;
			if (!linked) problems.push({ kind: 'missing', ...where });
			if (!withholdingAllowed(timeline, exported)) problems.push({ kind: 'withheld', ...where });
			if (exported.withheld.length > 0) {
				withheldKeys.add(key);
				continue;
			}
			checked++;
			if ((await hashRevision(revision)) !== exported.hash) problems.push({ kind: 'revision', ...where });
			else checkable.push(revision);
		}
	}

	// A whole-diary copy lists every save, so its chain is checked from the genesis link to the head. A part copy
	// lists only the saves of the entries it shows, each with the link before it (json.ts): each link can be
	// recomputed, but what lies between them and the head cannot, and the viewer says so.
	const shown = new Set(timeline.incidents.map((i) => i.id));
	sortInChainOrder(checkable, timeline.chain);
	const partial = isPartialChain(timeline);
	// Only a copy of some dates or behaviours leaves saves out; one that names no part must hold them all.
	if (partial && Object.keys(timeline.filter).length === 0) problems.push({ kind: 'part' });
	for (const incident of timeline.incidents) {
		if (!incident.revisions.every((r, i) => r.revision.seq === i + 1))
			problems.push({ kind: 'versions', entry: incident.number });
	}
	const verification = partial
		? await verifyPartialChain(checkable, timeline.chain)
		: await verifyChain(checkable, timeline.chain);
	for (const problem of verification.problems) {
		const key = revisionKey(problem.incidentId, problem.revisionSeq);
		if (problem.kind === 'removed' && (!shown.has(problem.incidentId) || withheldKeys.has(key))) continue;
		// A revision whose own hash differs is already listed; the chain entry that names it says the same.
		if (problem.kind === 'edited' || problem.kind === 'inserted') continue;
		if (problem.kind === 'broken' || problem.kind === 'reordered') {
			problems.push({ kind: 'chain', seq: problem.seq ?? 0 });
			continue;
		}
		problems.push({
			kind: 'missing',
			entry: numberOf.get(problem.incidentId) ?? 0,
			version: problem.revisionSeq
		});
	}
	const last = timeline.chain.at(-1);
	const headMatches = partial
		? // The head can only be checked here when the last save shown is the last save of all.
			timeline.chainHead !== null &&
			last !== undefined &&
			(last.seq < timeline.chainHead.seq ||
				(last.seq === timeline.chainHead.seq && last.link === timeline.chainHead.link))
		: (last === undefined && timeline.chainHead === null) ||
			(last !== undefined && timeline.chainHead?.seq === last.seq && timeline.chainHead.link === last.link);
	if (!headMatches) problems.push({ kind: 'head' });

	// The exhibit's hash inside its entry is covered by the revision's hash, and so by the chain.
	for (const exhibit of timeline.exhibits) {
		const recorded = timeline.incidents
			.flatMap((i) => i.revisions)
			.flatMap((r) => r.revision.content?.exhibits ?? [])
			.filter((ref) => ref.id === exhibit.exhibitId);
		if (recorded.length === 0 || recorded.some((ref) => ref.sha256 !== exhibit.sha256)) {
			problems.push({ kind: 'exhibit', number: exhibit.number });
		}
	}

	return {
		entries: timeline.incidents.length,
		exhibits: timeline.exhibits.length,
		checked,
		withheld: withheldKeys.size,
		problems: dedupe(problems),
		clockWentBack: verification.clockWentBack.length,
		partial:
			partial && timeline.chainHead ? { shown: timeline.chain.length, total: timeline.chainHead.seq } : null
	};
}

const WITHHELD_CONTACT = /^content\.witnesses\[(0|[1-9][0-9]*)\]\.contact$/;

/**
 * What a copy may withhold is set by its own flags (json.ts, withholdFields): private notes only when they were
 * not chosen, witnesses' contact details only in a disclosure-safe copy, each replaced by the marker. The list
 * comes from the file, so it is checked, or anyone could mark any revision "withheld" and skip its hash check.
 */
function withholdingAllowed(timeline: ExportJson, exported: ExportRevision): boolean {
	const content = exported.revision.content;
	const marker = exportMessages.json.withheld;
	return exported.withheld.every((path) => {
		if (!content) return false;
		if (path === 'content.privateNote')
			return !timeline.privateNotesIncluded && content.privateNote === marker;
		const contact = WITHHELD_CONTACT.exec(path);
		if (!contact || !timeline.disclosureSafe) return false;
		return content.witnesses[Number(contact[1])]?.contact === marker;
	});
}

/** A part copy: its chain does not run from 1 to the head without a gap. */
function isPartialChain(timeline: ExportJson): boolean {
	const { chain, chainHead } = timeline;
	if (chain.some((e) => e.prev !== undefined)) return true;
	if (chainHead === null) return false;
	return chain.length !== chainHead.seq || chain.some((e, i) => e.seq !== i + 1);
}

/**
 * The checks a part copy allows: every entry's link follows from the link it names as its previous one and its
 * revision's hash; entries in a row agree with each other; numbers only go up; every entry has its revision in
 * the file and every revision its entry. It cannot show that the previous links themselves are genuine.
 */
async function verifyPartialChain(
	revisions: readonly Revision[],
	entries: readonly ExportChainEntry[]
): Promise<Pick<ChainVerification, 'problems' | 'clockWentBack'>> {
	const problems: ChainProblem[] = [];
	const clockWentBack: ChainVerification['clockWentBack'] = [];
	const broken = (entry: ChainEntry) =>
		problems.push({
			kind: 'broken',
			incidentId: entry.incidentId,
			seq: entry.seq,
			revisionSeq: entry.revisionSeq
		});
	const savedAt = new Map(revisions.map((r) => [revisionKey(r.incidentId, r.seq), r.savedAt]));
	for (let i = 0; i < entries.length; i++) {
		const entry = entries[i]!;
		// The entry's copy of the save time is not covered by the link, so it must agree with the revision.
		const time = savedAt.get(revisionKey(entry.incidentId, entry.revisionSeq));
		if (time !== undefined && time !== entry.savedAt) broken(entry);
		const before = entries[i - 1];
		const follows = before === undefined || entry.seq > before.seq;
		const agrees = before === undefined || entry.seq !== before.seq + 1 || entry.prev === before.link;
		const linked =
			entry.prev !== undefined &&
			(await computeLink(entry.prev, entry.revisionHash, entry.seq)) === entry.link;
		if (!follows || !agrees || !linked) broken(entry);
	}
	// Matching revisions to entries, and the clock check between neighbours, work as in a whole copy.
	const whole = await verifyChain(revisions, entries);
	for (const problem of whole.problems) if (problem.kind !== 'broken') problems.push(problem);
	for (const item of whole.clockWentBack) clockWentBack.push(item);
	return { problems, clockWentBack };
}

function dedupe(problems: SharedProblem[]): SharedProblem[] {
	const seen = new Set<string>();
	return problems.filter((p) => {
		const key = JSON.stringify(p);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** How far opening a file has got: deriving the key, decrypting (bytes of the file), then reading the pack. */
export type OpenProgress =
	| { stage: 'deriving' }
	| { stage: 'decrypting'; done: number; total: number }
	| PackProgress
	| { stage: 'checking' };

export interface OpenSharedOptions extends OpenShareOptions {
	limits?: PackLimits;
	/**
	 * Also take a plain evidence pack (the zip from "Export and share"), checked the same way. Only the viewer
	 * asks for this: restoring takes only files sealed with a passphrase.
	 */
	allowPlainPack?: boolean;
	onProgress?: (progress: OpenProgress) => void;
}

/**
 * The largest zip a pack within `limits` can be: every entry's bytes, deflate's worst case of a few bytes per
 * 16 KiB, and a generous 1 KiB of headers per entry.
 */
function maxZipBytes(limits: PackLimits): number {
	return limits.maxTotalBytes + Math.ceil(limits.maxTotalBytes / 256) + limits.maxEntries * 1024;
}

/** A share file adds its header and 21 bytes per 64 KiB chunk to the zip it seals. */
function maxFileBytes(zipBytes: number): number {
	return zipBytes + Math.ceil(zipBytes / 2048) + SHARE_HEADER_BYTES + 1024;
}

/**
 * Decrypts into one buffer set aside once (the plaintext is never longer than the file), so the zip is held once
 * rather than as pieces and then again joined, and returns it only once the FINAL chunk has been verified.
 */
async function decryptToZip(
	file: Blob | Uint8Array,
	passphrase: string,
	maxBytes: number,
	options: OpenSharedOptions
): Promise<Uint8Array> {
	const size = file instanceof Uint8Array ? file.length : file.size;
	let zip: Uint8Array | undefined;
	let filled = 0;
	options.onProgress?.({ stage: 'deriving' });
	const pieces = openShareFile(passphrase, file instanceof Uint8Array ? file : readBlob(file), {
		...options,
		maxBytes
	});
	for await (const piece of pieces) {
		zip ??= new Uint8Array(Math.min(maxBytes, Math.max(0, size - SHARE_HEADER_BYTES)));
		if (piece.length > zip.length - filled) throw new ShareTooLargeError();
		zip.set(piece, filled);
		filled += piece.length;
		options.onProgress?.({ stage: 'decrypting', done: filled, total: zip.length });
	}
	return (zip ?? new Uint8Array(0)).subarray(0, filled);
}

/**
 * Decrypts, unpacks and checks a shared or backup file. Throws ShareFileError, PackError or ExportJson errors
 * (each with a message naming what is wrong) before anything is returned. Memory stays within the pack limits:
 * a file too large to hold a pack within them is refused before any key is derived.
 */
export async function openSharedFile(
	file: Blob | Uint8Array,
	passphrase: string,
	options: OpenSharedOptions = {}
): Promise<OpenedShare> {
	const limits = options.limits ?? DEFAULT_PACK_LIMITS;
	const maxBytes = options.maxBytes ?? maxZipBytes(limits);
	const size = file instanceof Uint8Array ? file.length : file.size;
	const plain = options.allowPlainPack === true && (await isZip(file));
	if (plain && size > maxBytes) throw new PackTooLargeError();
	if (size > maxFileBytes(maxBytes)) throw new ShareTooLargeError();
	const zip = plain
		? file instanceof Uint8Array
			? file
			: new Uint8Array(await file.arrayBuffer())
		: await decryptToZip(file, passphrase, maxBytes, options);
	const pack = await readPack(zip, limits, { onProgress: options.onProgress });
	options.onProgress?.({ stage: 'checking' });
	return { pack, check: await checkTimeline(pack.timeline), encrypted: !plain };
}

/** A zip's first local header starts "PK\x03\x04"; a share file starts with its own magic (share-file.ts). */
async function isZip(file: Blob | Uint8Array): Promise<boolean> {
	const head =
		file instanceof Uint8Array ? file.subarray(0, 4) : new Uint8Array(await file.slice(0, 4).arrayBuffer());
	return head.length === 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/** What the viewer shows: the rows of the same chronology the PDF printed, and the patterns over them. */
export interface SharedView {
	rows: TimelineRow[];
	incidents: Incident[];
	/** Behaviours with a count above zero, in the Act's order, then "not yet described". */
	behaviours: BehaviourCount[];
	weeks: WeekCount[];
	/** Counted as of the time the file was made, so the caseworker sees what the person's PDF printed. */
	facts: RiskFacts;
}

export async function describeShared(timeline: ExportJson, timeZone?: string): Promise<SharedView> {
	const incidents: Incident[] = timeline.incidents.map((i) => ({
		id: i.id,
		recordedAt: i.recordedAt,
		revisions: i.revisions.map((r) => r.revision)
	}));
	// The file's own numbers and fingerprints: a revision with a private note left out would hash to one no chain holds.
	const rows = await buildTimelineRows(
		incidents,
		timeline.people,
		{
			disclosureSafe: timeline.disclosureSafe,
			includePrivateNotes: timeline.privateNotesIncluded,
			timeZone
		},
		factsOfFile(timeline)
	);
	const days = rows
		.filter((r) => !r.deleted && r.day !== null)
		.map((r) => r.day as IsoDate)
		.sort();
	let weeks: WeekCount[] = [];
	const [first, last] = [days[0], days.at(-1)];
	if (first !== undefined && last !== undefined) {
		weeks = incidentsPerWeekBetween(incidents, first, last, timeZone);
		// Where two years are cut from a longer diary, the chart starts at the first week with an entry.
		const firstWeek = weeks.findIndex((w) => w.count > 0);
		weeks = weeks.slice(Math.max(0, firstWeek));
	}
	const behaviours = listCountedBehaviours(countByBehaviour(incidents));
	const facts = countRiskFacts(incidents, new Date(timeline.generatedAt), timeZone);
	return { rows, incidents, behaviours, weeks, facts };
}
