// verify.py, run with the machine's own Python on evidence packs made by the app's export code: a good pack
// passes; a pack with one byte changed, or a revision taken out, fails and says exactly what is wrong; a hostile
// pack gets a clear message, never a traceback. Receipt codes here are built by hand from the written method.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	appendFileSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	truncateSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import canonicalize from 'canonicalize';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '$lib/testing/bytes';
import { chainLink, receiptCode, ZERO_LINK } from '$lib/testing/verify-method';
import type { ExportJson } from '../json';
import {
	FULL,
	makeAppPack,
	makeJoinedPack,
	PART,
	SAMPLE_PLAN,
	type JoinedPackOptions
} from './verify-fixtures';

const PYTHON = process.env.PYTHON ?? 'python3';
const SCRIPT = 'src/lib/export/verifiers/verify.py';
/** Set to a file name to keep every run's output (for the closing note of issue 14). */
const KEEP_OUTPUT = process.env.VERIFY_PY_OUTPUT;

const scratch = mkdtempSync(join(tmpdir(), 'verify-py-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
	status: number | null;
	out: string;
}

function verify(
	title: string,
	args: string[],
	cwd = process.cwd(),
	script = join(process.cwd(), SCRIPT)
): Run {
	const result = spawnSync(PYTHON, [script, ...args], { cwd, encoding: 'utf8' });
	if (result.error) throw result.error;
	const out = result.stdout + result.stderr;
	if (KEEP_OUTPUT) {
		appendFileSync(
			KEEP_OUTPUT,
			`===== ${title}\n$ python3 verify.py ${args.join(' ')}\n${out}(exit code ${result.status})\n\n`
		);
	}
	// Whatever the pack holds, the answer is words, never a Python traceback.
	expect(out).not.toContain('Traceback');
	return { status: result.status, out };
}

type Files = Record<string, Uint8Array>;

function writeFolder(files: Files, name: string): string {
	const dir = join(scratch, name);
	for (const [path, bytes] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), bytes);
	}
	return dir;
}

/** SHA256SUMS written afresh for the files as they now are, as someone covering their tracks would. */
function withSums(files: Files): Files {
	const sums = Object.entries(files)
		.filter(([path]) => path !== 'SHA256SUMS')
		.map(([path, bytes]) => `${sha256Hex(bytes)}  ${path}\n`)
		.join('');
	return { ...files, SHA256SUMS: new TextEncoder().encode(sums) };
}

function withTimeline(files: Files, timeline: ExportJson): Files {
	return { ...files, 'timeline.json': new TextEncoder().encode(JSON.stringify(timeline, null, 2)) };
}

/** A forger's work: one revision and its chain entry taken out, and every later link worked out again. */
function removeEntry(timeline: ExportJson, seq: number): ExportJson {
	const copy = structuredClone(timeline);
	const gone = copy.chain.find((e) => e.seq === seq)!;
	for (const incident of copy.incidents) {
		incident.revisions = incident.revisions.filter(
			(r) => !(r.revision.incidentId === gone.incidentId && r.revision.seq === gone.revisionSeq)
		);
	}
	copy.chain = copy.chain.filter((e) => e !== gone);
	copy.chain.forEach((entry, i) => (entry.seq = i + 1));
	return relink(copy);
}

/** Every link worked out again from the start, with each revision's place and the head, as a forger would. */
function relink(copy: ExportJson): ExportJson {
	let prev = ZERO_LINK;
	for (const entry of copy.chain) {
		entry.link = chainLink(entry.seq, prev, entry.revisionHash);
		prev = entry.link;
		for (const r of copy.incidents.flatMap((incident) => incident.revisions)) {
			if (r.revision.incidentId === entry.incidentId && r.revision.seq === entry.revisionSeq)
				r.chain = { seq: entry.seq, link: entry.link };
		}
	}
	const last = copy.chain.at(-1)!;
	copy.chainHead = { seq: last.seq, link: last.link };
	return copy;
}

const app = await makeAppPack();
const files: Files = app.entries;
const timeline = app.timeline;
const zipPath = join(scratch, 'calc-2026-11-29.zip');
writeFileSync(zipPath, app.zip);

describe('verify.py on an evidence pack the app made', () => {
	it('is written for Python 3.8', () => {
		const result = spawnSync(
			PYTHON,
			[
				'-c',
				'import ast,sys; ast.parse(open(sys.argv[1], encoding="utf-8").read(), feature_version=(3, 8))',
				SCRIPT
			],
			{ encoding: 'utf8' }
		);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		// The copy in the pack is this file, byte for byte.
		expect(files['verify.py']).toEqual(new Uint8Array(readFileSync(SCRIPT)));
	});

	it('writes canonical JSON as the RFC 8785 reference implementation does', () => {
		const values: unknown[] = [
			{ b: 1, a: 2, A: 3, é: 4, '😀': 5, '\ue000': 6, '': 7 },
			['\u0000\u0008\t\n\u000b\f\r\u001f "\\ \u007f \u2028', 'שלום עליכם', 'مرحبا', '👍🏽', 'Zażółć'],
			[0, -0, 1, -1, 2 ** 53, 1e21, 1e-7, 123.456, 0.1, 1 / 3, 5e-324, 1.7976931348623157e308, 100, 1e20],
			{ nested: { z: [true, false, null], y: {} }, list: [[], [{}]] }
		];
		const result = spawnSync(
			PYTHON,
			[
				'-c',
				'import importlib.util,json,sys; s=importlib.util.spec_from_file_location("v",sys.argv[1]); v=importlib.util.module_from_spec(s); s.loader.exec_module(v); sys.stdout.buffer.write("\\n".join(v.canonical(x) for x in json.loads(sys.stdin.read())).encode("utf-8"))',
				SCRIPT
			],
			{ input: JSON.stringify(values), encoding: 'utf8' }
		);
		expect(result.stderr).toBe('');
		expect(result.stdout.split('\n')).toEqual(values.map((value) => canonicalize(value)));
	});

	it('passes the zip itself, the unzipped folder, and the folder it sits in by default', () => {
		const zip = verify('the pack as the app made it (the zip)', [zipPath]);
		expect(zip.status).toBe(0);
		expect(zip.out).toContain('Everything holds');
		expect(zip.out).toContain(`chain head: entry ${timeline.chainHead?.seq}, ${timeline.chainHead?.link}`);
		expect(zip.out).toContain('1 revision whose words were permanently deleted keep');
		expect(zip.out).not.toContain('FAIL');

		const folder = writeFolder(files, 'good');
		const here = verify('the unzipped folder, run from inside it', [], folder, join(folder, 'verify.py'));
		expect(here.status).toBe(0);
		expect(here.out).toContain(`Checking the evidence pack in folder ${folder}`);
		expect(here.out).toMatch(/OK {4}[0-9a-f]{64} {2}exhibits\/EXH-003\.jpg/);
	});

	it('passes a pack that carries the safety plan the person chose to share', async () => {
		const shared = await makeAppPack({ ...FULL, includeSafetyPlan: true }, { safetyPlan: SAMPLE_PLAN });
		expect(shared.timeline.safetyPlan).toEqual(SAMPLE_PLAN);
		const path = join(scratch, 'with-plan.zip');
		writeFileSync(path, shared.zip);
		const result = verify('a pack with the safety plan', [path]);
		expect(result.status).toBe(0);
		expect(result.out).toContain('Everything holds');
		expect(result.out).not.toContain('FAIL');
	});

	it('passes a part copy, saying the head cannot be worked out from it', async () => {
		const part = await makeAppPack(PART);
		const path = join(scratch, 'part.zip');
		writeFileSync(path, part.zip);
		const run = verify('a part copy (some dates only)', [path]);
		expect(run.status).toBe(0);
		expect(run.out).toContain('this is a part copy');
	});

	it('fails when one byte of an exhibit changed, naming the file and the exhibit', () => {
		const exhibit = timeline.exhibits[1]!;
		const bytes = files[exhibit.path]!.slice();
		bytes[1000] = (bytes[1000] ?? 0) ^ 0x01;
		const run = verify('one byte changed in an exhibit', [
			writeFolder({ ...files, [exhibit.path]: bytes }, 'exhibit')
		]);
		expect(run.status).toBe(1);
		expect(run.out).toContain(`FAIL  ${exhibit.path} has changed: its SHA-256 is ${sha256Hex(bytes)}`);
		expect(run.out).toContain(
			`FAIL  exhibit ${exhibit.number} (incident ${exhibit.incidentNumber}, ${exhibit.path}) has changed`
		);
		expect(run.out).toContain('NOT VERIFIED: 2 problems found');
	});

	// "I know where you are" becomes "I knew where you are": one byte, in the first revision of one incident.
	const text = new TextDecoder().decode(files['timeline.json']);
	const at = text.indexOf('I know where you are') + 3;
	const changedJson = new TextEncoder().encode(`${text.slice(0, at)}e${text.slice(at + 1)}`);
	const target = timeline.incidents.find((i) =>
		i.revisions.some((r) => r.revision.content?.exactWords.startsWith('I know'))
	)!;

	it('fails when one byte of timeline.json changed', () => {
		expect(changedJson.length).toBe(files['timeline.json']!.length);
		const run = verify('one byte changed in timeline.json', [
			writeFolder({ ...files, 'timeline.json': changedJson }, 'json-plain')
		]);
		expect(run.status).toBe(1);
		expect(run.out).toContain('FAIL  timeline.json has changed');
		expect(run.out).toContain(
			`FAIL  incident ${target.number} (id ${target.id}), revision 1 does not match its hash`
		);
	});

	it('fails on that changed byte even when SHA256SUMS was written again to match', () => {
		const run = verify('one byte changed in timeline.json, SHA256SUMS updated to match', [
			writeFolder(withSums({ ...files, 'timeline.json': changedJson }), 'json-sums')
		]);
		expect(run.status).toBe(1);
		expect(run.out).not.toContain('timeline.json has changed');
		expect(run.out).toContain(
			`FAIL  incident ${target.number} (id ${target.id}), revision 1 does not match its hash`
		);
		expect(run.out).toContain('NOT VERIFIED: 1 problem found');
	});

	it('fails when a revision was taken out of timeline.json, SHA256SUMS updated, naming the chain entry', () => {
		const copy = structuredClone(timeline);
		const incident = copy.incidents.find(
			(i) => i.revisions.length === 2 && i.revisions[1]!.revision.kind === 'edit'
		)!;
		const removed = incident.revisions.shift()!;
		const run = verify('one revision taken out of timeline.json, SHA256SUMS updated', [
			writeFolder(withSums(withTimeline(files, copy)), 'removed')
		]);
		expect(run.status).toBe(1);
		expect(run.out).toContain(
			`FAIL  entry seq ${removed.chain?.seq} (incident ${incident.number}, id ${incident.id}, revision 1) has no revision in this file`
		);
	});

	it('confirms a receipt code from an earlier share, and refuses it once an earlier entry was taken out', () => {
		const earlier = timeline.chain[4]!;
		const code = receiptCode(earlier.seq, earlier.link);
		const confirmed = verify('a receipt code from an earlier share, against this pack', [
			zipPath,
			'--receipt',
			code
		]);
		expect(confirmed.status).toBe(0);
		expect(confirmed.out).toContain(
			`OK    this log still holds the log the receipt code was made from (entry ${earlier.seq})`
		);
		// Read back as the method says: hyphens, spaces and case ignored, O read as 0.
		const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
		expect(verify('the same code typed loosely', [zipPath, '--receipt', typed]).status).toBe(0);

		// Everything else in the forged copy checks out: only the receipt shows an entry before it was removed. The
		// entry taken out is an incident's last edit, so the revisions left are still numbered with no gap.
		const gone = timeline.chain[2]!;
		expect(gone.revisionSeq).toBe(timeline.incidents.find((i) => i.id === gone.incidentId)!.revisions.length);
		const forged = removeEntry(timeline, gone.seq);
		const folder = writeFolder(withSums(withTimeline(files, forged)), 'forged');
		expect(verify('the forged copy, without a receipt code', [folder]).status).toBe(0);
		const refused = verify('the forged copy, with the receipt code', [folder, '--receipt', code]);
		expect(refused.status).toBe(1);
		expect(refused.out).toContain(
			`FAIL  this log does not hold the log the receipt code was made from: no entry ${earlier.seq}`
		);
		expect(refused.out).toContain('NOT VERIFIED: 1 problem found');

		const wrong = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
		const mistyped = verify('a receipt code with a wrong check character', [zipPath, '--receipt', wrong]);
		expect(mistyped.status).toBe(1);
		expect(mistyped.out).toContain('its check character does not match');
	});
});

describe('verify.py on a pack whose record of changes was repaired with a join entry', () => {
	it('passes it, and names the join when a save it lists was changed', async () => {
		const joined = await makeJoinedPack();
		const joinEntry = joined.timeline.chain.find((e) => e.joined)!;
		expect(joinEntry.joined!.saves).toHaveLength(2);
		const path = join(scratch, 'joined.zip');
		writeFileSync(path, joined.zip);
		const good = verify('a pack with a join entry', [path]);
		expect(good.status).toBe(0);
		expect(good.out).toContain(
			'OK    1 join entry (repairs of a record that two copies of an older app had forked) holds the saves it joined'
		);

		// A save as first written, with its link changed: the join's own hash no longer matches either.
		const copy = structuredClone(joined.timeline);
		const save = copy.chain.find((e) => e.joined)!.joined!.saves[0]!;
		save.was.link = save.was.link.replace(/^./, (c) => (c === '0' ? '1' : '0'));
		const run = verify('a join entry whose first moved save was changed', [
			writeFolder(withSums(withTimeline(joined.entries, copy)), 'joined-bad')
		]);
		expect(run.status).toBe(1);
		expect(run.out).toContain(
			`FAIL  join entry seq ${joinEntry.seq}: its record of the saves it joined hashes to`
		);
		expect(run.out).toContain(
			`FAIL  join entry seq ${joinEntry.seq}, save 1 (first written as seq ${save.was.seq}): its link as first written does not follow`
		);
	});
});

describe('verify.py on a join entry that renumbered a save changed in both copies', () => {
	const JOIN_OK =
		'OK    1 join entry (repairs of a record that two copies of an older app had forked) holds the saves it joined';

	async function renumbered(options: JoinedPackOptions) {
		const joined = await makeJoinedPack({ editedInBoth: true, ...options });
		const join = joined.timeline.chain.find((e) => e.joined)!;
		const index = join.joined!.saves.findIndex((s) => s.revisionSeq !== s.was.revisionSeq);
		expect(index).toBeGreaterThanOrEqual(0);
		const save = join.joined!.saves[index]!;
		const name = `join entry seq ${join.seq}, save ${index + 1} (first written as seq ${save.was.seq})`;
		return { joined, save, name };
	}

	it('passes it: set back to its first number, the revision hashes to the save as first written', async () => {
		const { joined } = await renumbered({});
		const run = verify('a join entry with a renumbered save', [writeFolder(joined.entries, 'renumbered')]);
		expect(run.status).toBe(0);
		expect(run.out).toContain(`${JOIN_OK}\n`);
		expect(run.out).not.toContain('not re-hashed');
		expect(run.out).not.toContain('NOTE  join');
		expect(run.out.trim().split('\n').at(-1)).toMatch(/^Everything holds/);
	});

	it('notes, and does not fail, a renumbered save whose words were permanently deleted afterwards', async () => {
		const { joined, save, name } = await renumbered({ thenDeleted: true });
		const run = verify('a join entry whose renumbered save was deleted afterwards', [
			writeFolder(joined.entries, 'renumbered-deleted')
		]);
		expect(run.status).toBe(0);
		expect(run.out).not.toContain('FAIL');
		expect(run.out).toContain(
			`NOTE  ${name}: the words of the revision it was renumbered to (${save.revisionSeq}) were permanently deleted, so it cannot be set back and re-hashed; its place in the record of changes is still checked`
		);
		expect(run.out).toContain(`${JOIN_OK}, apart from the 1 noted as not re-hashed here`);
	});

	it('notes, and does not fail, a renumbered save whose values a disclosure-safe copy left out', async () => {
		const { joined, save, name } = await renumbered({
			export: { ...FULL, disclosureSafe: true, includePrivateNotes: false }
		});
		const run = verify('a disclosure-safe copy of a join entry with a renumbered save', [
			writeFolder(joined.entries, 'renumbered-withheld')
		]);
		expect(run.status).toBe(0);
		expect(run.out).not.toContain('FAIL');
		expect(run.out).toContain(
			`NOTE  ${name}: the revision it was renumbered to (${save.revisionSeq}) has values left out of this copy, so it cannot be set back and re-hashed here; its place in the record of changes is still checked`
		);
		expect(run.out).toContain(`${JOIN_OK}, apart from the 1 noted as not re-hashed here`);
	});
});

describe('verify.py on a hostile pack', () => {
	it('refuses an entry that would unpack to far more than the zip holds', () => {
		const huge = new Uint8Array(80 * 1024 * 1024).fill(0x20);
		const path = join(scratch, 'huge.zip');
		writeFileSync(path, zipSync({ ...files, 'timeline.json': [huge, { level: 1 }] }));
		const run = verify('a timeline.json that unpacks to 80 MB of spaces', [path]);
		expect(run.status).toBe(1);
		expect(run.out).toContain('FAIL  timeline.json would unpack to 83886080 bytes, far more than it holds');
		expect(run.out).toContain('FAIL  timeline.json was not read (see above)');
	});

	it('refuses a timeline.json larger than 256 MiB, and reads one of exactly that size', () => {
		const limit = 256 * 1024 * 1024;
		for (const [size, name] of [
			[limit + 1, 'timeline-too-large'],
			[limit, 'timeline-at-limit']
		] as const) {
			const dir = writeFolder(withSums({ ...files, 'timeline.json': new Uint8Array(0) }), name);
			// Sparse, so the test writes nothing to speak of: zeros, listed with their real SHA-256.
			const path = join(dir, 'timeline.json');
			truncateSync(path, size);
			const zeros = createHash('sha256');
			const block = new Uint8Array(16 * 1024 * 1024);
			for (let done = 0; done < size; done += block.length)
				zeros.update(block.subarray(0, Math.min(block.length, size - done)));
			const sums = readFileSync(join(dir, 'SHA256SUMS'), 'utf8').replace(
				/^[0-9a-f]{64} {2}timeline\.json$/m,
				`${zeros.digest('hex')}  timeline.json`
			);
			writeFileSync(join(dir, 'SHA256SUMS'), sums);
			const run = verify(`a timeline.json of ${size} bytes`, [dir]);
			expect(run.status).toBe(1);
			expect(run.out).toMatch(/OK {4}[0-9a-f]{64} {2}timeline\.json/);
			if (size > limit) {
				expect(run.out).toContain(
					`FAIL  timeline.json is ${size} bytes, more than this checker reads (${limit})`
				);
			} else {
				// Read, and then found not to be JSON: zeros are not text it can use.
				expect(run.out).not.toContain('more than this checker reads');
				expect(run.out).toMatch(/FAIL {2}timeline\.json is not (valid JSON|UTF-8 text)/);
			}
		}
	}, 60_000);

	it('refuses zip-slip paths and lists unlisted files, with emoji, right-to-left and invisible characters escaped', () => {
		const hostile = zipSync({
			...files,
			'../../evil.txt': new Uint8Array([1]),
			'exhibits/صورة 😀.jpg': new Uint8Array([2]),
			'exhibits/\u202egpj.exe': new Uint8Array([3])
		});
		const path = join(scratch, 'hostile.zip');
		writeFileSync(path, hostile);
		const run = verify('a hostile zip', [path]);
		expect(run.status).toBe(1);
		expect(run.out).toContain('FAIL  the zip holds an entry with an unsafe name (../../evil.txt)');
		expect(run.out).toContain('FAIL  exhibits/صورة 😀.jpg is in the pack but not listed in SHA256SUMS');
		expect(run.out).toContain('FAIL  exhibits/\\u202egpj.exe is in the pack but not listed in SHA256SUMS');
		expect(run.out).not.toContain('\u202e');
	});

	it.each([
		['not JSON', '{"type": "waymark-timeline", ', 'timeline.json is not valid JSON'],
		['nested far too deeply', '['.repeat(100_000), 'timeline.json is nested too deeply'],
		['a key given twice', '{"type": "waymark-timeline", "type": "x"}', 'the key "type" appears twice'],
		['a newer version', '{"type": "waymark-timeline", "version": 2}', 'timeline.json is version 2'],
		[
			'the wrong shape',
			'{"type": "waymark-timeline", "version": 1, "incidents": "x"}',
			'timeline.json is not laid out as VERIFY.txt describes: at timeline.incidents, a list'
		],
		['not UTF-8', '\u00ff', 'timeline.json is not UTF-8 text']
	])('says so, without a traceback, when timeline.json is %s', (name, content, words) => {
		const bytes = content === '\u00ff' ? new Uint8Array([0xff, 0xfe]) : new TextEncoder().encode(content);
		const run = verify(`timeline.json ${name}`, [
			writeFolder(withSums({ ...files, 'timeline.json': bytes }), `bad-${name}`)
		]);
		expect(run.status).toBe(1);
		expect(run.out).toContain(words);
	});

	it('says a file that is not a zip cannot be read', () => {
		const path = join(scratch, 'not-a-zip.zip');
		writeFileSync(path, 'not a zip at all');
		const run = verify('a file that is not a zip', [path]);
		expect(run.status).toBe(2);
		expect(run.out).toContain('cannot be read as a zip file');
	});
});

describe("verify.py against the forgeries of the attacker's review", () => {
	it('fails a full copy whose words were rewritten under a claim that a value was withheld', () => {
		const copy = structuredClone(timeline);
		const incident = copy.incidents[0]!;
		const record = incident.revisions[0]!;
		record.revision.content!.whatHappened = 'Words the person never wrote';
		record.withheld = ['content.privateNote'];
		const run = verify('a full copy, words rewritten, a value said to be withheld', [
			writeFolder(withSums(withTimeline(files, copy)), 'withheld-full')
		]);
		expect(run.status).toBe(1);
		expect(run.out).toContain(
			`FAIL  revision ${record.revision.seq} of incident ${incident.number} lists withheld values this copy may not have`
		);
	});

	it('says a disclosure-safe copy leaves some words unchecked, and does not end "Everything holds" unqualified', async () => {
		const safe = await makeAppPack({ ...FULL, disclosureSafe: true, includePrivateNotes: false });
		const good = verify('a disclosure-safe copy', [writeFolder(safe.entries, 'safe-good')]);
		expect(good.status).toBe(0);
		const withheld = safe.timeline.incidents.flatMap((i) => i.revisions).filter((r) => r.withheld.length > 0);
		expect(withheld.length).toBeGreaterThan(0);
		// Another field of a withheld revision rewritten: it cannot be caught from this copy, so it must be said.
		const copy = structuredClone(safe.timeline);
		const forged = copy.incidents.flatMap((i) => i.revisions).find((r) => r.withheld.length > 0)!;
		forged.revision.content!.whatHappened = 'Nothing happened, I made it up';
		const run = verify('a disclosure-safe copy with words rewritten in a withheld revision', [
			writeFolder(withSums(withTimeline(safe.entries, copy)), 'safe-forged')
		]);
		const words = `${withheld.length} revisions' words could not be checked`;
		for (const out of [good.out, run.out]) {
			expect(out).toContain(`NOTE  ${words}`);
			expect(out).not.toContain(`OK    ${withheld.length} revisions`);
			const last = out.trim().split('\n').at(-1)!;
			expect(last).not.toMatch(/^Everything holds/);
			expect(last).toContain(words);
		}
		const code = receiptCode(safe.timeline.chainHead!.seq, safe.timeline.chainHead!.link);
		const receipt = verify('a receipt code against a disclosure-safe copy', [
			writeFolder(safe.entries, 'safe-receipt'),
			'--receipt',
			code
		]);
		expect(receipt.out).not.toContain('OK    this log still holds');
		expect(receipt.out).toContain(
			`NOTE  this log still holds the log the receipt code was made from (entry ${safe.timeline.chainHead!.seq}), but ${withheld.length} revisions' words can only be checked against a full copy`
		);
	});

	it('fails a whole copy dressed up as a part copy with a revision taken out', () => {
		const copy = structuredClone(timeline);
		const prevs = new Map(copy.chain.map((e, i) => [e.seq, i === 0 ? ZERO_LINK : copy.chain[i - 1]!.link]));
		const incident = copy.incidents.find(
			(i) => i.revisions.length === 2 && i.revisions[1]!.revision.kind === 'edit'
		)!;
		const removed = incident.revisions.shift()!;
		copy.chain = copy.chain
			.filter((e) => e.seq !== removed.chain!.seq)
			.map((e) => ({ ...e, prev: prevs.get(e.seq)! }));
		expect(copy.filter).toEqual({});
		const run = verify('a whole copy made to look like a part copy', [
			writeFolder(withSums(withTimeline(files, copy)), 'fake-part')
		]);
		expect(run.status).toBe(1);
		expect(run.out).toContain(
			'FAIL  the file says it is a copy of part of the diary, but no part was chosen'
		);
		expect(run.out).toContain(`FAIL  incident ${incident.number} (id ${incident.id})`);
		expect(run.out).toContain('revision 1 is missing');
	});

	it('never ends "Everything holds" on a real part copy', async () => {
		const part = await makeAppPack(PART);
		const run = verify('a part copy, its ending', [writeFolder(part.entries, 'part-end')]);
		expect(run.status).toBe(0);
		expect(run.out).not.toContain('Everything holds');
		expect(run.out.trim().split('\n').at(-1)).toMatch(
			/^The entries shown in this part copy check out.*nothing in a part copy can show what was left out/
		);
	});

	it('fails a join entry whose renumbered save does not hash back to the save as first written', async () => {
		const joined = await makeJoinedPack();
		const copy = structuredClone(joined.timeline);
		const position = copy.chain.findIndex((e) => e.joined);
		const join = copy.chain[position]!;
		const save = join.joined!.saves[0]!;
		const follower = copy.chain[position + 1]!;
		const record = copy.incidents
			.flatMap((i) => i.revisions)
			.find((r) => r.revision.incidentId === follower.incidentId && r.revision.seq === follower.revisionSeq)!;
		// The save's words rewritten and called a renumbered save, every hash and link worked out again.
		record.revision.content!.whatHappened = 'Words that were never saved';
		record.revision.seq = save.was.revisionSeq + 1;
		record.hash = sha256Hex(canonicalize(record.revision)!);
		save.revisionSeq = record.revision.seq;
		follower.revisionSeq = record.revision.seq;
		follower.revisionHash = record.hash;
		join.revisionHash = sha256Hex(canonicalize(join.joined)!);
		relink(copy);
		const run = verify('a forged join entry: a renumbered save that does not hash back', [
			writeFolder(withSums(withTimeline(joined.entries, copy)), 'join-forged')
		]);
		expect(run.status).toBe(1);
		expect(run.out).toContain(
			`FAIL  join entry seq ${join.seq}, save 1 (first written as seq ${save.was.seq}): the revision renumbered ${save.revisionSeq}, set back to ${save.was.revisionSeq}, does not hash to the save as first written`
		);
	});

	it('fails an exhibit marked as a cleaned copy in a copy that is not disclosure-safe', () => {
		const copy = structuredClone(timeline);
		const exhibit = copy.exhibits[1]!;
		const fake = new TextEncoder().encode('a different photo');
		exhibit.disclosure = { kind: 'cleaned', sha256: sha256Hex(fake) } as typeof exhibit.disclosure;
		const run = verify('a cleaned copy in a full pack', [
			writeFolder(withSums(withTimeline({ ...files, [exhibit.path]: fake }, copy)), 'cleaned-full')
		]);
		expect(run.status).toBe(1);
		expect(run.out).toContain(
			`FAIL  exhibit ${exhibit.number} (incident ${exhibit.incidentNumber}, ${exhibit.path}) says it is a disclosure-safe copy, but this copy is not disclosure-safe`
		);
	});

	it('fails two file names that differ only in case', () => {
		const exhibit = timeline.exhibits[0]!;
		const other = exhibit.path.replace(/\.[a-z]+$/, (ext) => ext.toUpperCase());
		expect(other).not.toBe(exhibit.path);
		const run = verify('two names that differ only in case', [
			writeFolder(withSums({ ...files, [other]: new TextEncoder().encode('a fake photo') }), 'case')
		]);
		expect(run.status).toBe(1);
		expect(run.out).toContain(`FAIL  ${[exhibit.path, other].sort().join(' and ')} differ only in case`);
	});

	it('gives a receipt code of four groups of four in its help', () => {
		const run = verify('the help', ['--help']);
		expect(run.status).toBe(0);
		expect(run.out.replace(/\s+/g, ' ')).toContain('214-7KQ2-M9XD-4HF3-R2B8-Q');
	});
});
