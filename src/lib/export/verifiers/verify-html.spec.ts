// verify.html is a second implementation of the verification method, written without the app's code. These tests
// load its script outside a browser and hold it against the app's own pack, canonical JSON and chain: where the
// two implementations disagree, one of them is wrong. They also keep its Content-Security-Policy true to the
// inline blocks, and keep anything that could reach the network or render the pack's words as HTML out of it.
import { createHash } from 'node:crypto';
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
import { toCsv } from '../csv';
import { toExportJson, type ExportInput, type ExportJson } from '../json';
import { makeEvidencePack, type PackExhibit } from '../pack';
import { buildChain, CJK_EMOJI, makeSampleDiary } from '../test-fixtures';
import type { TimelineOptions } from '../timeline-rows';

const html = readFileSync(VERIFY_HTML, 'utf8');

interface Report {
	problems: string[];
	holds: string[];
	notes: string[];
	part: boolean;
	chain: unknown[] | null;
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
}

function loadCore(): Core {
	const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
	new Function(script)();
	return (globalThis as unknown as { waymarkVerify: Core }).waymarkVerify;
}
const core = loadCore();

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

async function collect(stream: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
	const parts: Uint8Array[] = [];
	for await (const part of stream) parts.push(part.slice());
	return new Uint8Array(Buffer.concat(parts));
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
	yield bytes;
}

/** The sample diary (withdrawn, deleted, amended, four scripts) as a real pack made by the app. */
async function makePack(
	options: Partial<TimelineOptions> = {}
): Promise<{ zip: Uint8Array; json: ExportJson }> {
	const { incidents, people } = await makeSampleDiary();
	const files = new Map<string, Uint8Array>();
	const fixed = incidents.map((incident) => ({
		...incident,
		revisions: incident.revisions.map((revision) =>
			revision.content
				? {
						...revision,
						content: {
							...revision.content,
							exhibits: revision.content.exhibits.map((ref) => {
								const bytes = strToU8(`exhibit ${ref.id} ${CJK_EMOJI}`);
								files.set(ref.id, bytes);
								return { ...ref, size: bytes.length, sha256: sha256(bytes) };
							})
						}
					}
				: revision
		)
	}));
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
	const zip = await collect(
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
		.map(([path, bytes]) => `${sha256(bytes)}  ${path}\n`)
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
			expect(hasher.hex(), `length ${length}`).toBe(sha256(bytes));
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
			`All ${json.exhibits.length} exhibits match the SHA-256 recorded when they were added.`
		]);
		// Private notes are left out of this copy, and one entry was permanently deleted.
		expect(report.notes.join(' ')).toMatch(/details withheld in this copy/);
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
			SHA256SUMS: [strToU8(`${sha256(big)}  big.txt\n`), { level: 0 }]
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
	/** Written here from the method a third time: base32 of the first 80 bits, then Luhn mod 32. */
	function receiptOf(seq: number, link: string): string {
		const A = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
		const bits = [...link.slice(0, 20)].map((h) => parseInt(h, 16).toString(2).padStart(4, '0')).join('');
		const body = (bits.match(/.{5}/g) ?? []).map((b) => A[parseInt(b, 2)]).join('');
		let sum = 0;
		[...`${seq}${body}`].reverse().forEach((c, i) => {
			const p = A.indexOf(c) * (i % 2 === 0 ? 2 : 1);
			sum += Math.floor(p / 32) + (p % 32);
		});
		return `${seq}-${body.match(/.{4}/g)?.join('-')}-${A[(32 - (sum % 32)) % 32]}`;
	}

	it('confirms a code from an earlier head, reads O, I and L kindly, and catches a mistyped character', async () => {
		const { zip, json } = await makePack();
		const report = await verifyZip(zip);
		const earlier = json.chain[2]!;
		const code = receiptOf(earlier.seq, earlier.link);
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
