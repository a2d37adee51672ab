// An independent oracle: every revision hash and every chain link of an export the app made, worked out again
// from the written method (VERIFY.txt, verify.py) with the RFC 8785 reference implementation (the npm
// `canonicalize` package) and Node's crypto, never the app's own functions.
import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '$lib/testing/bytes';
import { ZERO_LINK } from '$lib/testing/verify-method';
import type { ExportJson } from '../json';
import { ARABIC, EMOJI, FULL, HEBREW, makeAppPack, PART } from './verify-fixtures';

function hashOf(value: unknown): string {
	const text = canonicalize(value);
	if (text === undefined) throw new Error('not JSON');
	return sha256Hex(text);
}

/** Each revision's hash as the method says: the deletedHash of a redacted one, or its canonical JSON's SHA-256. */
function recomputeRevisions(json: ExportJson): { checked: number; redacted: number } {
	let checked = 0;
	let redacted = 0;
	for (const incident of json.incidents) {
		for (const { revision, hash, withheld } of incident.revisions) {
			if (withheld.length > 0) continue;
			if (revision.content === null && revision.deletedHash !== undefined) {
				expect(hash).toBe(revision.deletedHash);
				redacted++;
			} else {
				expect(hash).toBe(hashOf(revision));
				checked++;
			}
		}
	}
	return { checked, redacted };
}

/** Each link from the one before (or the entry's own `prev` in a part copy); the last of a whole copy is the head. */
function recomputeChain(json: ExportJson): void {
	let previous = ZERO_LINK;
	for (const entry of json.chain) {
		const prev = entry.prev ?? previous;
		const link = hashOf({ hash: entry.revisionHash, prev, seq: entry.seq });
		// The exact bytes the method gives, too.
		expect(canonicalize({ seq: entry.seq, prev, hash: entry.revisionHash })).toBe(
			`{"hash":"${entry.revisionHash}","prev":"${prev}","seq":${entry.seq}}`
		);
		expect(link).toBe(entry.link);
		previous = entry.link;
	}
	if (!json.chain.some((e) => e.prev !== undefined)) {
		expect(json.chain.map((e) => e.seq)).toEqual(json.chain.map((_, i) => i + 1));
		const last = json.chain.at(-1);
		expect(json.chainHead).toEqual({ seq: last?.seq, link: last?.link });
	}
	// Every revision's own record of its place in the chain agrees with the chain.
	for (const incident of json.incidents) {
		for (const { revision, hash, chain } of incident.revisions) {
			const entry = json.chain.find(
				(e) => e.incidentId === revision.incidentId && e.revisionSeq === revision.seq
			);
			expect(entry?.revisionHash).toBe(hash);
			expect(chain).toEqual({ seq: entry?.seq, link: entry?.link });
		}
	}
}

describe('an independent oracle (canonicalize and node:crypto) against the app’s export', () => {
	it('works out every revision hash, every link and the chain head of a whole copy', async () => {
		const { timeline } = await makeAppPack(FULL);
		const text = JSON.stringify(timeline);
		// The data has what the method must cope with.
		for (const words of [ARABIC, HEBREW, EMOJI]) expect(text).toContain(words);
		const kinds = timeline.incidents.flatMap((i) => i.revisions.map((r) => r.revision.kind));
		expect(kinds).toContain('withdraw');
		expect(kinds).toContain('delete');
		expect(timeline.chain.length).toBeGreaterThan(8);
		expect(recomputeRevisions(timeline)).toEqual({ checked: timeline.chain.length - 1, redacted: 1 });
		recomputeChain(timeline);
	});

	it('works out every link of a part copy from its own prev', async () => {
		const { timeline } = await makeAppPack(PART);
		expect(timeline.chain.length).toBeGreaterThan(1);
		expect(timeline.chain.every((e) => e.prev !== undefined)).toBe(true);
		expect(timeline.chain.some((e) => e.prev !== ZERO_LINK)).toBe(true);
		expect(recomputeRevisions(timeline).checked).toBe(timeline.chain.length);
		recomputeChain(timeline);
	});
});
