// The papers for the courts, made as the app makes them and read back with tools nobody here wrote (poppler's
// pdftotext and pdfinfo): each holds its entries, the exhibit marks made from the person's initials, the receipt
// code, the check note and the method, and says what it is and is not.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentId } from '$lib/domain/incident';
import { FIXED_NOW, makeIncident, makeRiskDiary, testId } from '$lib/domain/test-factories';
import { PAPER_KINDS, type PaperKind } from './court-papers';
import { makePdf, prepareExport } from './diary-export';
import { makeExhibit, nodeFonts } from './test-fixtures';
import { buildChain } from './test-fixtures';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

let dir = '';
/** Set to a folder to keep the papers made here (to render and look at them, for an issue's closing note). */
const KEEP = process.env.PAPERS_OUTPUT;
const texts = {} as Record<PaperKind, string>;
const infos = {} as Record<PaperKind, string>;
let numberOf: (n: number) => number | undefined = () => undefined;
let receipt = '';

beforeAll(async () => {
	dir = KEEP ?? mkdtempSync(join(tmpdir(), 'papers-'));
	const incidents = [
		...(await makeRiskDiary()),
		makeIncident(
			{
				occurred: { kind: 'date', start: '2026-11-26', approximate: false },
				behaviours: ['publishing'],
				whatHappened: 'Posted my address online',
				exhibits: [makeExhibit(1, { name: 'zrzut-ekranu-żółć.png', type: 'image/png' }), makeExhibit(2)]
			},
			{ id: 11 }
		),
		makeIncident(
			{
				occurred: { kind: 'date', start: '2026-08-02', approximate: false },
				behaviours: ['monitoring'],
				exhibits: [makeExhibit(2)]
			},
			{ id: 12 }
		)
	];
	const diary = {
		incidents,
		people: [],
		chain: await buildChain(incidents),
		exhibitNumbers: new Map(),
		personName: 'Jo Smith',
		policeReference: '41/12345/26'
	};
	const prepared = await prepareExport(
		diary,
		{ disclosureSafe: false, includePrivateNotes: false, timeZone: 'Europe/London' },
		FIXED_NOW
	);
	numberOf = (n) => prepared.rows.find((r) => r.incidentId === testId<IncidentId>(n))?.number;
	const { receiptCode } = await import('$lib/domain/receipt');
	const head = prepared.input.chain.at(-1)!;
	receipt = receiptCode({ seq: head.seq, link: head.link });
	for (const kind of PAPER_KINDS) {
		const file = join(dir, `${kind}.pdf`);
		writeFileSync(file, await makePdf(prepared, nodeFonts(), kind));
		texts[kind] = squash(
			execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
		);
		infos[kind] = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	}
}, 180_000);

afterAll(() => {
	if (!KEEP) rmSync(dir, { recursive: true, force: true });
});

describe('every paper for the courts', () => {
	it.each(PAPER_KINDS)(
		'%s: carries the receipt code, the check note, the method, and says what it is',
		(kind) => {
			const text = texts[kind];
			expect(text).toContain(receipt);
			expect(text).toContain('How to check this document');
			expect(text).toContain('How to check this evidence pack yourself');
			expect(text).toContain('Waymark cannot say whether a court or the police will accept this document');
			expect(text).toContain('Jo Smith');
			expect(text).toContain('41/12345/26');
			// The file's own title names no one and no offence: it shows in a reader's list of recent files.
			expect(infos[kind]).not.toMatch(/^Title:.*(stalk|police|court|order)/im);
		}
	);
});

describe('the chronology for a police statement', () => {
	it('numbers every entry and marks its exhibits with the initials, in the order they first appear', () => {
		const text = texts.police;
		expect(text).toContain('It is not itself a statement and is not signed');
		// Entry 12 (2 August) is the first with an exhibit: EXH-002 becomes JS/1 there, and stays JS/1 later.
		expect(numberOf(12)).toBe(1);
		expect(text).toMatch(/1\. Sun, 2 Aug 2026 .*Exhibits JS\/1 photo-2\.jpg/);
		expect(text).toContain('Exhibits JS/2 zrzut-ekranu-żółć.png; JS/1 photo-2.jpg');
		const list = text.slice(text.indexOf('Exhibits and their marks'));
		expect(list).toMatch(
			/^Exhibits and their marks JS\/1 photo-2\.jpg EXH-\d{3} in the evidence pack; image\/jpeg, 2 kB; entry 1 SHA-256: a{63}2 /
		);
		expect(list).toMatch(
			new RegExp(
				`JS/2 zrzut-ekranu-żółć\\.png EXH-\\d{3} in the evidence pack; image/png, 1 kB; entry ${numberOf(11)} SHA-256: a{63}1 `
			)
		);
	});
});

describe('the Stalking Protection Order fact sheet', () => {
	it('takes the acts by s.2A(3) in the Act’s order, then the risk, then the person’s own words', () => {
		const text = texts.spo;
		const order = [
			'Part 1: Acts associated with stalking',
			'(a) Following: 1 entry',
			'(b) Contacting, or trying to contact, by any means: 1 entry',
			'(c) Publishing material about the person, or pretending to be them: 1 entry',
			'(d) Monitoring internet, email or other electronic communication: 1 entry',
			'(e) Loitering: 1 entry',
			'(f) Interfering with property: 1 entry',
			'(g) Watching or spying: 3 entries',
			'Not yet described: 1 entry',
			'Part 2: Risk',
			'Threats made 1 entry',
			'Part 3: Why protection is needed, in the person’s own words',
			'I no longer walk to work'
		].map((part) => text.indexOf(part));
		expect(order.every((at) => at >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		expect(text).toContain('It is not legal advice');
		expect(text).toMatch(
			new RegExp(
				`${numberOf(11)}\\. Thu, 26 Nov 2026 Posted my address online JS/2 zrzut-ekranu-żółć\\.png; JS/1 photo-2\\.jpg`
			)
		);
		// The withdrawn threat is no act the sheet sets out.
		expect(text).not.toMatch(new RegExp(`\\b${numberOf(4)}\\. Fri, 20 Nov 2026`));
	});
});

describe('the chronology for the family court', () => {
	it('gives the pattern by month, then date, event and exhibit in date order', () => {
		const text = texts.family;
		expect(text).toMatch(/No\. Date Event Exhibit/);
		expect(text).toContain('August 2026: 1 entry');
		expect(text).toContain('September 2026: 1 entry');
		expect(text).toContain('November 2026: 4 entries');
		const rows = [12, 3, 7, 9, 8, 2, 6, 11, 1].map((n) =>
			text.indexOf(`${numberOf(n)} `, text.indexOf('No. Date Event Exhibit'))
		);
		expect(rows.every((at) => at >= 0)).toBe(true);
		expect(text).toMatch(
			/1 Sun, 2 Aug 2026 \(d\) Monitoring internet, email or other electronic JS\/1 communication/
		);
		expect(text).toMatch(new RegExp(`${numberOf(11)} Thu, 26 Nov 2026 \\(c\\) Publishing .* JS/2, JS/1`));
		expect(text).not.toContain('(Withdrawn)');
	});
});
