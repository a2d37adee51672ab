// verify.html is a second implementation of the verification method, written without the app's code. These tests
// load its script outside a browser and hold it against the app's own pack, canonical JSON and chain: where the
// two implementations disagree, one of them is wrong. They also keep its Content-Security-Policy true to the
// inline blocks, and keep anything that could reach the network or render the pack's words as HTML out of it.
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formatVerifyText } from '../verify-text';
import { blockHash, VERIFY_HTML } from '../../../../scripts/verify-html-csp.js';
import { canonicalJson } from '$lib/domain/canonical-json';
import { planChainRepair, type ChainRow } from '$lib/domain/chain-repair';
import { appendToChain, hashRevision, verifyChain, type ChainEntry } from '$lib/domain/hash-chain';
import type { Revision } from '$lib/domain/incident';
import { createIncident } from '$lib/domain/revisions';
import { makeContent } from '$lib/domain/test-factories';
import { collectBytes, sha256Hex } from '$lib/testing/bytes';
import { chainLink, receiptCode } from '$lib/testing/verify-method';
import { toCsv } from '../csv';
import { toExportJson, type ExportInput, type ExportJson } from '../json';
import { makeEvidencePack, type PackExhibit } from '../pack';
import { buildChain, CJK_EMOJI, makeSampleDiary, withExhibitBytes } from '../test-fixtures';
import {
	FULL,
	makeAppPack,
	makeJoinedPack,
	PART,
	SAMPLE_PLAN,
	type JoinedPackOptions
} from './verify-fixtures';
import type { TimelineOptions } from '../timeline-rows';

const html = readFileSync(VERIFY_HTML, 'utf8');

interface Report {
	problems: string[];
	holds: string[];
	notes: string[];
	part: boolean;
	chain: unknown[] | null;
	unchecked: number;
}
interface Receipt {
	kind: 'holds' | 'note' | 'problem';
	text: string;
}
interface Core {
	canonical(value: unknown): string;
	sha256(bytes: Uint8Array): Promise<string>;
	Sha256: new () => { update(bytes: Uint8Array): void; hex(): string };
	readZip(zip: Blob): Promise<{ path: string; source: unknown }[]>;
	blobSource(blob: Blob): unknown;
	verifyPack(given: { path: string; source: unknown }[]): Promise<Report>;
	parseReceipt(text: string): { seq: number; prefix: string } | { problem: string };
	chainHoldsReceipt(chain: unknown[], receipt: { seq: number; prefix: string }): boolean;
	checkReceipt(report: Report, text: string): Receipt;
	verdict(report: Report, problems: number): string;
}

function loadCore(): Core {
	const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
	new Function(script)();
	return (globalThis as unknown as { waymarkVerify: Core }).waymarkVerify;
}
const core = loadCore();

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
	yield bytes;
}

/** The sample diary (withdrawn, deleted, amended, four scripts) as a real pack made by the app. */
async function makePack(
	options: Partial<TimelineOptions> = {}
): Promise<{ zip: Uint8Array; json: ExportJson }> {
	const { incidents, people } = await makeSampleDiary();
	const files = new Map<string, Uint8Array>();
	const fixed = withExhibitBytes(incidents, (ref) => {
		const bytes = strToU8(`exhibit ${ref.id} ${CJK_EMOJI}`);
		files.set(ref.id, bytes);
		return bytes;
	});
	const input: ExportInput = {
		incidents: fixed,
		people,
		chain: await buildChain(fixed),
		options: { disclosureSafe: false, includePrivateNotes: false, timeZone: 'Europe/London', ...options },
		generatedAt: '2026-11-29T07:30:00.000+00:00'
	};
	const json = await toExportJson(input);
	const exhibits: PackExhibit[] = json.exhibits.map((entry) => ({
		number: entry.number,
		name: entry.name,
		sha256: entry.sha256,
		chunks: once(files.get(entry.exhibitId) as Uint8Array)
	}));
	const zip = await collectBytes(
		makeEvidencePack({
			pdf: strToU8('%PDF-1.7 stand-in'),
			csv: toCsv([]),
			json: JSON.stringify(json),
			verifyText: formatVerifyText(json),
			chainHead: json.chainHead,
			generatedAt: 'Sun, 29 Nov 2026, 07:30',
			exhibits
		})
	);
	return { zip, json };
}

const verifyZip = async (zip: Uint8Array) =>
	core.verifyPack(await core.readZip(new Blob([zip as Uint8Array<ArrayBuffer>])));

/** A folder as the page is given it: files by path. */
const folder = (files: Record<string, Uint8Array | string>) =>
	Object.entries(files).map(([path, bytes]) => ({
		path,
		source: core.blobSource(
			new Blob([(typeof bytes === 'string' ? strToU8(bytes) : bytes) as Uint8Array<ArrayBuffer>])
		)
	}));

function sumsOf(files: Record<string, Uint8Array | string>): string {
	return Object.entries(files)
		.map(([path, bytes]) => `${sha256Hex(bytes)}  ${path}\n`)
		.join('');
}

describe('verify.html, its page', () => {
	it('allows by its CSP exactly the inline script and style it has, and no network', () => {
		const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
		const fix = 'run `node scripts/verify-html-csp.js` after editing verify.html';
		expect(csp, fix).toBe(
			`default-src 'none'; script-src ${blockHash(html, 'script')}; style-src ${blockHash(html, 'style')}; ` +
				"connect-src 'none'; img-src 'none'; form-action 'none'; base-uri 'none'"
		);
	});

	it('loads nothing from anywhere and never writes the pack’s words as HTML', () => {
		expect(html).not.toMatch(/<(link|iframe|object|embed|img|form|base)\b/i);
		expect(html).not.toMatch(/\ssrc=|\shref=|url\(|@import|https?:\/\//i);
		expect(html).not.toMatch(
			/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|fetch\(|XMLHttpRequest/
		);
		expect(html).not.toMatch(/\sstyle=|\son[a-z]+=/i);
	});
});

describe('verify.html, its own SHA-256 and canonical JSON', () => {
	it('hashes like Node at every length around a block boundary, whole or in pieces', () => {
		for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 70_000]) {
			const bytes = new Uint8Array(length).map((_, i) => (i * 131 + length) & 0xff);
			const hasher = new core.Sha256();
			hasher.update(bytes.subarray(0, Math.floor(length / 3)));
			hasher.update(bytes.subarray(Math.floor(length / 3)));
			expect(hasher.hex(), `length ${length}`).toBe(sha256Hex(bytes));
		}
	});

	it('writes the same canonical JSON as the app for emoji, right-to-left text, escapes and key order', () => {
		const value = {
			b: ['مرحبا بالعالم', CJK_EMOJI, 'tab\t"quote"\\ \u0001 \u007f \u2028'],
			a: { '\u{1F600}': 1, '\uFF61': 2, é: -0, z: 1e21, n: null, t: true },
			'': []
		};
		expect(core.canonical(value)).toBe(canonicalJson(value));
		expect(() => core.canonical({ x: '\uD800' })).toThrow();
	});
});

describe('verify.html, a pack made by the app', () => {
	it('holds: every file, every revision, the whole chain and every exhibit', async () => {
		const { zip, json } = await makePack();
		const report = await verifyZip(zip);
		expect(report.problems).toEqual([]);
		expect(report.holds).toEqual([
			`All ${7 + json.exhibits.length} files listed in SHA256SUMS are in the pack and match their SHA-256.`,
			'Every file in the pack is listed in SHA256SUMS.',
			expect.stringMatching(/^All \d+ saved versions of entries that can be re-hashed/),
			`The record of changes is whole: all ${json.chain.length} links recompute from the first, and the last is the chain head (seq ${json.chainHead?.seq}, link ${json.chainHead?.link}).`,
			// One exhibit is referred to only by versions whose private notes are left out: a note, not a hold.
			`All ${json.exhibits.length - 1} exhibits match the SHA-256 recorded when they were added.`
		]);
		// Private notes are left out of this copy, and one entry was permanently deleted.
		expect(report.notes.join(' ')).toMatch(/details withheld in this copy/);
		expect(report.notes).toContainEqual(
			expect.stringMatching(/^1 exhibit matches the fingerprint in the saved versions/)
		);
		expect(report.notes.join(' ')).toMatch(/permanently deleted/);
		expect(report.chain).toHaveLength(json.chain.length);
	});

	it('checks a part copy from each entry’s own prev, and says the head cannot be worked out', async () => {
		const { zip, json } = await makePack({ from: '2026-11-20' });
		expect(json.chain.some((e) => e.prev !== undefined)).toBe(true);
		const report = await verifyZip(zip);
		expect(report.problems).toEqual([]);
		expect(report.part).toBe(true);
		expect(report.notes).toContain(
			'This is a copy of part of the diary. Its entries can be checked, but the chain head cannot be worked out from a part copy; check it against the full copy.'
		);
	});

	it('names a changed revision, a removed one, a broken link and a changed exhibit', async () => {
		const { zip, json } = await makePack();
		const { unzipSync } = await import('fflate');
		const files = unzipSync(zip);
		const timeline = JSON.parse(new TextDecoder().decode(files['timeline.json'])) as ExportJson;
		const target = timeline.incidents[0]!;
		const kept = target.revisions[0]!;
		(kept.revision.content as { whatHappened: string }).whatHappened += '!';
		const removed = timeline.incidents[1]!.revisions.pop()!;
		timeline.chain[1]!.link = 'f'.repeat(64);
		const exhibitPath = json.exhibits[0]!.path;
		const tampered: Record<string, Uint8Array | string> = {
			...files,
			'timeline.json': JSON.stringify(timeline),
			[exhibitPath]: strToU8('changed')
		};
		delete tampered.SHA256SUMS;
		tampered.SHA256SUMS = sumsOf(tampered);
		const report = await core.verifyPack(folder(tampered));
		const removedEntry = json.chain.find(
			(e) => e.incidentId === removed.revision.incidentId && e.revisionSeq === removed.revision.seq
		)!;
		expect(report.problems).toEqual(
			expect.arrayContaining([
				`Incident ${target.number} (id ${target.id}), revision ${kept.revision.seq}: its contents do not match its fingerprint (chain seq ${kept.chain?.seq}), so it has changed.`,
				`Record of changes, chain seq ${removedEntry.seq} (incident ${removed.revision.incidentId}, revision ${removed.revision.seq}) has no revision in this file.`,
				'Record of changes, chain seq 2: its link does not follow from the one before it.',
				`Exhibit ${json.exhibits[0]!.number} (${exhibitPath}): its SHA-256 is not the one recorded when it was added, so the file has changed.`
			])
		);
	});

	it('names a changed file, a missing one and one SHA256SUMS does not list', async () => {
		const files = { 'timeline.csv': 'a,b\n', 'README.txt': 'hello' };
		const sums = sumsOf({ ...files, 'timeline.pdf': 'x' });
		const report = await core.verifyPack(
			folder({ ...files, 'README.txt': 'hellO', 'extra.txt': 'x', SHA256SUMS: sums })
		);
		expect(report.problems).toEqual([
			'README.txt: its SHA-256 is not the one in SHA256SUMS, so the file has changed.',
			'SHA256SUMS lists timeline.pdf, but the pack has no file of that name.',
			'extra.txt is in the pack but not listed in SHA256SUMS.',
			'timeline.json is not in the pack, so the entries and the record of changes cannot be checked.'
		]);
	});

	it('says plainly when timeline.json is not JSON, or is not laid out as the method says', async () => {
		for (const [text, expected] of [
			['{"type": "waymark-timeline", ', /^timeline\.json cannot be read as JSON \(/],
			['[]', /^timeline\.json is not laid out as the method describes: it is not an object\.$/],
			['{"type":"other"}', /^timeline\.json is not laid out as the method describes: its type/]
		] as const) {
			const files = { 'timeline.json': text };
			const report = await core.verifyPack(folder({ ...files, SHA256SUMS: sumsOf(files) }));
			expect(report.problems).toEqual([expect.stringMatching(expected)]);
		}
	});

	it('says so when a revision is nested too deeply to be hashed, and goes on', async () => {
		const deep = '['.repeat(500_000) + ']'.repeat(500_000);
		const revision = `{"incidentId":"x","seq":1,"content":${deep}}`;
		const files = {
			'timeline.json': `{"type":"waymark-timeline","version":1,"chainHead":null,"exhibits":[],"chain":[],"incidents":[{"id":"x","number":1,"revisions":[{"revision":${revision},"hash":"${'0'.repeat(64)}","chain":null,"withheld":[]}]}]}`
		};
		const report = await core.verifyPack(folder({ ...files, SHA256SUMS: sumsOf(files) }));
		expect(report.problems).toEqual([
			'Incident 1 (id x), revision 1: it cannot be written as canonical JSON (it is nested too deeply).',
			'Incident 1 (id x), revision 1 has no entry in the record of changes.'
		]);
	});
});

describe('verify.html, a chain the app repaired with a join', () => {
	const at = (minute: number) => new Date(Date.UTC(2026, 10, 29, 10, minute));
	let row = 0;
	/** New incidents saved at these minutes after `from`, as one tab of an older version did. */
	async function saves(from: ChainEntry | null, minutes: number[]): Promise<ChainRow[]> {
		const rows: ChainRow[] = [];
		let prev = from;
		for (const minute of minutes) {
			const revision = createIncident(makeContent({ whatHappened: `at ${minute}` }), at(minute))
				.revisions[0]!;
			const entry = await appendToChain(prev, revision, (prev?.seq ?? 0) + 1);
			rows.push({ rowId: `row-${row++}`, entry, revision });
			prev = entry;
		}
		return rows;
	}

	/** A whole timeline.json of the repaired chain, as the method lays it out. */
	async function repairedTimeline() {
		const start = await saves(null, [0, 1]);
		const rows = [
			...start,
			...(await saves(start.at(-1)!.entry, [2, 4])),
			...(await saves(start.at(-1)!.entry, [3, 5, 6]))
		];
		const repair = (await planChainRepair(rows, at(30)))!;
		const byId = new Map(rows.map((r) => [r.rowId, r]));
		for (const write of repair.writes) byId.set(write.rowId, write);
		const ordered = [...byId.values()].sort((a, b) => a.entry.seq - b.entry.seq);
		const chain = ordered.map((r) => r.entry);
		const revisions = ordered.flatMap((r) => (r.revision ? [r.revision as Revision] : []));
		expect((await verifyChain(revisions, chain)).problems).toEqual([]);
		expect(chain.some((e) => e.joined)).toBe(true);
		const incidents = await Promise.all(
			revisions.map(async (revision, i) => {
				const entry = chain.find((e) => e.incidentId === revision.incidentId && !e.joined)!;
				return {
					number: i + 1,
					id: revision.incidentId,
					revisions: [
						{
							revision,
							hash: await hashRevision(revision),
							chain: { seq: entry.seq, link: entry.link },
							withheld: []
						}
					]
				};
			})
		);
		const head = chain.at(-1)!;
		return {
			type: 'waymark-timeline',
			version: 1,
			chainHead: { seq: head.seq, link: head.link },
			incidents,
			exhibits: [],
			chain
		};
	}

	const check = async (timeline: unknown) => {
		const files = { 'timeline.json': JSON.stringify(timeline) };
		return core.verifyPack(folder({ ...files, SHA256SUMS: sumsOf(files) }));
	};

	it('checks the join’s fingerprint and every save it moved, as first written', async () => {
		const timeline = await repairedTimeline();
		const report = await check(timeline);
		expect(report.problems).toEqual([]);
		expect(report.notes).toContain(
			'The record of changes holds 1 join: a repair made where two tabs of an older version of the app had saved at once. It checks out.'
		);
		const join = timeline.chain.find((e) => e.joined)!;
		const was = join.joined!.saves[0]!.was;
		const receipt = { seq: was.seq, prefix: was.link.slice(0, 20) };
		expect(core.chainHoldsReceipt(report.chain!, receipt)).toBe(true);
	});

	it('names a join whose saves were changed', async () => {
		const timeline = await repairedTimeline();
		const join = timeline.chain.find((e) => e.joined)!;
		const was = join.joined!.saves[0]!.was;
		// The first save as first written, with its link made up: the join's fingerprint no longer fits either.
		(was as { link: string }).link = 'e'.repeat(64);
		const report = await check(timeline);
		expect(report.problems).toEqual([
			`Record of changes, chain seq ${join.seq} (a join): its fingerprint does not match the saves it lists.`,
			`Record of changes, chain seq ${join.seq} (a join): the save it lists as chain seq ${was.seq} does not follow from any entry before it.`,
			// The next save it lists followed from that one's link as it really was.
			`Record of changes, chain seq ${join.seq} (a join): the save it lists as chain seq ${was.seq + 1} does not follow from any entry before it.`
		]);
	});
});

describe('verify.html, a join that renumbered a save changed in both copies', () => {
	const JOINS =
		'The record of changes holds 1 join: a repair made where two tabs of an older version of the app had saved at once. It checks out';

	async function renumbered(options: JoinedPackOptions) {
		const { entries } = await makeJoinedPack({ editedInBoth: true, ...options });
		const timeline = JSON.parse(new TextDecoder().decode(entries['timeline.json'])) as ExportJson;
		const join = timeline.chain.find((e) => e.joined)!;
		const save = join.joined!.saves.find((s) => s.revisionSeq !== s.was.revisionSeq)!;
		expect(save).toBeDefined();
		return { report: await core.verifyPack(folder(entries)), join, save };
	}

	it('holds: set back to its first number, the revision hashes to the save as first written', async () => {
		const { report } = await renumbered({});
		expect(report.problems).toEqual([]);
		expect(report.notes).toContain(`${JOINS}.`);
		expect(report.notes.join(' ')).not.toMatch(/not re-hashed|cannot be set back/);
		expect(core.verdict(report, 0)).toBe('The pack holds. Every check below passed.');
	});

	for (const [how, options, why] of [
		['whose words were permanently deleted afterwards', { thenDeleted: true }, 'were permanently deleted'],
		[
			'whose values a disclosure-safe copy left out',
			{ export: { ...FULL, disclosureSafe: true, includePrivateNotes: false } },
			'are withheld from this copy'
		]
	] as const) {
		it(`notes, and does not fail, a renumbered save ${how}`, async () => {
			const { report, join, save } = await renumbered(options);
			expect(report.problems).toEqual([]);
			expect(report.notes).toContain(
				`Record of changes, chain seq ${join.seq} (a join): the save it lists as chain seq ${save.was.seq} was renumbered to revision ${save.revisionSeq}, whose words ${why}, so it cannot be set back and re-hashed here. Its place in the record of changes is still checked.`
			);
			expect(report.notes).toContain(`${JOINS}, apart from the saves noted as not re-hashed here.`);
		});
	}
});

describe('verify.html, its limits', () => {
	it('refuses a timeline.json larger than 256 MiB, saying how large it is', async () => {
		const limit = 256 * 1024 * 1024;
		const report = await core.verifyPack([
			...folder({ SHA256SUMS: '' }),
			{ path: 'timeline.json', source: core.blobSource(new Blob([new Uint8Array(limit + 1)])) }
		]);
		expect(report.problems).toContain(
			'timeline.json is 257 MB, larger than this page can check (at most 256 MB).'
		);
	});
});

describe('verify.html, its zip reader', () => {
	it('refuses a zip whose names climb out of the folder', async () => {
		for (const name of ['../evil.txt', 'a/../../evil.txt', '/etc/passwd', 'C:/evil.txt', 'a\\..\\evil.txt']) {
			const zip = zipSync({ [name]: strToU8('x'), SHA256SUMS: strToU8('') });
			await expect(core.readZip(new Blob([zip as Uint8Array<ArrayBuffer>])), name).rejects.toMatchObject({
				message: expect.stringMatching(/^The zip holds a file whose name points outside its folder/)
			});
		}
	});

	it('refuses a deflated entry that unpacks to more than the zip says', async () => {
		const big = strToU8('a'.repeat(100_000));
		const zip = zipSync({
			'big.txt': [big, { level: 9 }],
			SHA256SUMS: [strToU8(`${sha256Hex(big)}  big.txt\n`), { level: 0 }]
		});
		// The central directory's uncompressed size of big.txt, its first entry, made smaller than the truth.
		const view = new DataView(zip.buffer);
		view.setUint32(view.getUint32(zip.length - 6, true) + 24, 10, true);
		const report = await verifyZip(zip);
		expect(report.problems[0]).toBe(
			'big.txt could not be read: The zip cannot be read: it is damaged, or not a zip file.'
		);
	});
});

describe('verify.html, receipt codes', () => {
	it('confirms a code from an earlier head, reads O, I and L kindly, and catches a mistyped character', async () => {
		const { zip, json } = await makePack();
		const report = await verifyZip(zip);
		const earlier = json.chain[2]!;
		const code = receiptCode(earlier.seq, earlier.link);
		const parsed = core.parseReceipt(
			code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l')
		);
		expect(parsed).toEqual({ seq: earlier.seq, prefix: earlier.link.slice(0, 20) });
		expect(core.chainHoldsReceipt(report.chain!, parsed as { seq: number; prefix: string })).toBe(true);
		expect(
			core.chainHoldsReceipt(report.chain!, { seq: earlier.seq + 1, prefix: earlier.link.slice(0, 20) })
		).toBe(false);
		const last = code.at(-3) === 'Z' ? 'Y' : 'Z';
		expect(core.parseReceipt(`${code.slice(0, -3)}${last}${code.slice(-2)}`)).toEqual({
			problem: expect.stringMatching(/check character does not match/)
		});
		expect(core.parseReceipt('214-7KQ2')).toEqual({
			problem: expect.stringMatching(/not in the usual form/)
		});
	});
});

describe('verify.html, forgeries from an attacker’s review (method addendum)', () => {
	const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

	/** The pack's files with timeline.json as given, and SHA256SUMS made again to fit, as a forger would. */
	function repacked(
		entries: Record<string, Uint8Array>,
		timeline: unknown,
		extra: Record<string, Uint8Array> = {}
	) {
		const files: Record<string, Uint8Array | string> = {
			...entries,
			...extra,
			'timeline.json': typeof timeline === 'string' ? timeline : JSON.stringify(timeline)
		};
		delete files.SHA256SUMS;
		files.SHA256SUMS = sumsOf(files);
		return core.verifyPack(folder(files));
	}

	/** Every link made again from the first, each revision's own place in the chain and the head with it. */
	function relink(timeline: ExportJson) {
		let prev = '0'.repeat(64);
		for (const entry of timeline.chain) {
			entry.link = chainLink(entry.seq, prev, entry.revisionHash);
			prev = entry.link;
			for (const incident of timeline.incidents)
				for (const item of incident.revisions)
					if (item.chain?.seq === entry.seq) item.chain = { seq: entry.seq, link: entry.link };
		}
		const head = timeline.chain.at(-1)!;
		timeline.chainHead = { seq: head.seq, link: head.link };
	}

	it('passes a pack that carries the safety plan the person chose to share', async () => {
		const { entries, timeline } = await makeAppPack(
			{ ...FULL, includeSafetyPlan: true },
			{ safetyPlan: SAMPLE_PLAN }
		);
		expect(timeline.safetyPlan).toEqual(SAMPLE_PLAN);
		const report = await repacked(entries, timeline);
		expect(report.problems).toEqual([]);
		expect(report.holds.length).toBeGreaterThan(0);
	});

	it('(1) fails a full pack whose words were rewritten under a made-up withheld list', async () => {
		const { entries, timeline } = await makeAppPack(FULL);
		const item = timeline.incidents[0]!.revisions[0]!;
		const content = item.revision.content as { whatHappened: string; privateNote: string };
		content.whatHappened = 'Words the person never wrote';
		content.privateNote = '[Withheld from this copy]';
		item.withheld = ['content.privateNote'];
		const report = await repacked(entries, timeline);
		expect(report.problems).toContain(
			`Revision 1 of incident ${timeline.incidents[0]!.number} (id ${timeline.incidents[0]!.id}) lists withheld values this copy may not have.`
		);
	});

	it('(1) says in a disclosure-safe pack how many versions’ words could not be checked, and never counts them', async () => {
		const { entries, timeline } = await makeAppPack({
			...FULL,
			disclosureSafe: true,
			includePrivateNotes: false
		});
		const items = timeline.incidents.flatMap((i) => i.revisions);
		const withheld = items.filter((r) => r.withheld.length > 0);
		const redacted = items.filter(
			(r) => r.revision.content === null && (r.revision as { deletedHash?: string }).deletedHash !== undefined
		);
		expect(withheld.length).toBeGreaterThan(0);
		// Their words rewritten: nothing in this copy can show it, so the page must not say they hold.
		for (const item of withheld)
			(item.revision.content as { whatHappened: string }).whatHappened = 'Words the person never wrote';
		const report = await repacked(entries, timeline);
		expect(report.problems).toEqual([]);
		expect(report.unchecked).toBe(withheld.length);
		expect(report.notes).toContain(
			`${withheld.length} saved versions have details withheld in this copy, so their words could not be checked from this file: only a full copy can check them. Their fingerprints are still checked against the record of changes.`
		);
		expect(report.holds).toContain(
			`All ${items.length - withheld.length - redacted.length} saved versions of entries that can be re-hashed from this file match their fingerprints.`
		);
		expect(core.verdict(report, 0)).toMatch(/words could not be checked from this copy/);
		const head = timeline.chainHead!;
		expect(core.checkReceipt(report, receiptCode(head.seq, head.link))).toEqual({
			kind: 'note',
			text: expect.stringMatching(
				new RegExp(`holds the one the code was made from, but ${withheld.length} saved versions’ words`)
			)
		});
	});

	it('(2) fails a whole pack made to look like a part copy with no part chosen, a version left out', async () => {
		const { entries, timeline } = await makeAppPack(FULL);
		const incident = timeline.incidents.find((i) => i.revisions.length > 1)!;
		const dropped = incident.revisions.pop()!;
		let prev = '0'.repeat(64);
		timeline.chain = timeline.chain.flatMap((entry) => {
			const withPrev = { ...entry, prev };
			prev = entry.link;
			return entry.seq === dropped.chain?.seq ? [] : [withPrev];
		});
		expect(timeline.filter).toEqual({});
		const report = await repacked(entries, timeline);
		expect(report.problems).toEqual([
			'The file says it is a copy of part of the diary, but no part was chosen (no dates and no behaviours).'
		]);
	});

	it('(2) fails a part copy that leaves out a version from the middle of an entry, and never says all holds', async () => {
		const { entries, timeline } = await makeAppPack(PART);
		expect((await repacked(entries, timeline)).problems).toEqual([]);
		expect(core.verdict(await repacked(entries, timeline), 0)).toBe(
			'The entries shown in this part copy check out, but nothing in a part copy can show what was left out of it. See the notes.'
		);
		const incident = timeline.incidents.find((i) => i.revisions.length > 1)!;
		const [dropped] = incident.revisions.splice(0, 1);
		timeline.chain = timeline.chain.filter((e) => e.seq !== dropped!.chain?.seq);
		const report = await repacked(entries, timeline);
		expect(report.problems).toEqual([
			`Incident ${incident.number} (id ${incident.id}): its saved versions are not numbered 1, 2, 3 and so on without a gap, so a version is missing.`
		]);
	});

	it('(3) fails a join whose kept-number save has another fingerprint, every link made again', async () => {
		const { entries, timeline } = await makeJoinedPack();
		const j = timeline.chain.findIndex((e) => e.joined);
		const join = timeline.chain[j]!;
		const saves = join.joined!.saves;
		expect(saves[0]!.revisionSeq).toBe(saves[0]!.was.revisionSeq);
		// The save as first written given another fingerprint; its link, the join's fingerprint and the chain follow.
		saves[0]!.was.revisionHash = sha256Hex('another version');
		let parent = timeline.chain.find((e) => e.seq === saves[0]!.was.seq - 1)!.link;
		for (const save of saves) {
			save.was.link = chainLink(save.was.seq, parent, save.was.revisionHash);
			parent = save.was.link;
		}
		join.revisionHash = sha256Hex(canonicalJson(join.joined));
		relink(timeline);
		const report = await repacked(entries, timeline);
		expect(report.problems).toEqual([
			`Record of changes, chain seq ${join.seq} (a join): the save it lists as chain seq ${saves[0]!.was.seq} does not match the saved version it moved.`
		]);
	});

	it('(3) fails a join whose renumbered save does not hash back to the save as first written', async () => {
		const { entries, timeline } = await makeJoinedPack();
		expect((await repacked(entries, timeline)).problems).toEqual([]);
		const j = timeline.chain.findIndex((e) => e.joined);
		const join = timeline.chain[j]!;
		const save = join.joined!.saves[0]!;
		const now = timeline.chain[j + 1]!;
		// Said to be renumbered, with rewritten words whose fingerprint the chain then carries.
		save.revisionSeq = 2;
		now.revisionSeq = 2;
		const item = timeline.incidents.find((i) => i.id === now.incidentId)!.revisions[0]!;
		item.revision = {
			...item.revision,
			seq: 2,
			content: { ...item.revision.content!, whatHappened: 'Words the person never wrote' }
		};
		item.hash = sha256Hex(canonicalJson(item.revision));
		now.revisionHash = item.hash;
		join.revisionHash = sha256Hex(canonicalJson(join.joined));
		relink(timeline);
		const report = await repacked(entries, timeline);
		expect(report.problems).toContain(
			`Record of changes, chain seq ${join.seq} (a join): the save it lists as chain seq ${save.was.seq} does not match the saved version it moved.`
		);
	});

	it('(4) fails a full pack whose exhibit is swapped and marked as a cleaned copy', async () => {
		const { entries, timeline } = await makeAppPack(FULL);
		const exhibit = timeline.exhibits[1]!;
		const fake = strToU8('a different photo');
		(exhibit as { disclosure?: unknown }).disclosure = { kind: 'cleaned', sha256: sha256Hex(fake) };
		const report = await repacked(entries, timeline, { [exhibit.path]: fake });
		expect(report.problems).toEqual([
			`Exhibit ${exhibit.number}: it is marked as cleaned or withheld for disclosure, but this copy is not a disclosure-safe one.`
		]);
	});

	it('(5) fails a pack holding two names that differ only in capital letters', async () => {
		const { entries, timeline } = await makeAppPack(FULL);
		const path = timeline.exhibits[0]!.path;
		const upper = path.replace(/\.[a-z]+$/, (ext) => ext.toUpperCase());
		expect(upper).not.toBe(path);
		const report = await repacked(entries, timeline, { [upper]: strToU8('a fake photo') });
		expect(report.problems).toEqual([
			`${path} and ${upper} differ only in capital letters or accents, so one overwrites the other when the pack is unzipped on Windows or a Mac.`
		]);
	});

	it('(6) fails a timeline.json with a key twice in one object', async () => {
		const { entries } = await makeAppPack(FULL);
		const text = decode(entries['timeline.json']);
		expect(text).toContain('"whatHappened":');
		// A reader that keeps the first shows the forged words; JSON.parse keeps the last, which hashes.
		const forged = text.replace(
			'"whatHappened":',
			'"whatHappened":"Words the person never wrote","whatHappened":'
		);
		const report = await repacked(entries, forged);
		expect(report.problems).toEqual([
			'timeline.json has the key "whatHappened" twice in one object, so what it says cannot be known for sure, and it was not checked further.'
		]);
	});

	it('(7) shows a name with a right-to-left override escaped', async () => {
		const { entries } = await makeAppPack(FULL);
		const name = 'exhibits/EXH-004\u202egpj.exe';
		const files: Record<string, Uint8Array | string> = { ...entries };
		const report = await core.verifyPack(folder({ ...files, [name]: strToU8('x') }));
		expect(report.problems).toEqual([
			'exhibits/EXH-004\\u202egpj.exe is in the pack but not listed in SHA256SUMS.'
		]);
	});
});
