// The PDF's structure as tools nobody here wrote read it (Debian's qpdf, pdfinfo and pdftotext): its language and
// title, a bookmark per month at the page the month starts on, continued pages that say which entry they continue,
// times with their UTC offsets, the People section, and a check note that fits the file it is in.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentContent } from '$lib/domain/incident';
import { formatDay } from '$lib/domain/iso-time';
import { editIncident } from '$lib/domain/revisions';
import { makeIncident } from '$lib/domain/test-factories';
import { makeTimelinePdf, type TimelinePdfInput } from './timeline-pdf';
import { alex, at, buildChain, nodeFonts } from './test-fixtures';
import { buildTimelineRows, type TimelineRow } from './timeline-rows';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Four months, across the night summer time ends (25 October 2026), with one entry long enough for three pages. */
async function makeInput(): Promise<TimelinePdfInput> {
	const long = Array.from({ length: 1800 }, (_, i) => `word${i}`).join(' ');
	const withNote = makeIncident(
		{
			occurred: { kind: 'datetime', start: '2026-12-01T10:00:00.000+00:00', approximate: false },
			whatHappened: 'Flowers left on the doorstep.',
			privateNote: 'Only for me'
		},
		{ id: 5, recordedAt: at('2026-12-01T10:30:00.000Z') }
	);
	const incidents = [
		makeIncident(
			{ occurred: { kind: 'datetime', start: '2026-09-15T08:00:00.000+00:00', approximate: false } },
			{ id: 1, recordedAt: at('2026-09-15T09:00:00.000Z') }
		),
		makeIncident(
			{
				// 00:30 BST on 25 October.
				occurred: { kind: 'datetime', start: '2026-10-24T23:30:00.000+00:00', approximate: false },
				whatHappened: long
			},
			{ id: 2, recordedAt: at('2026-10-25T08:00:00.000Z') }
		),
		makeIncident(
			{
				// 01:30 GMT, an hour after the clocks went back.
				occurred: { kind: 'datetime', start: '2026-10-25T01:30:00.000+00:00', approximate: false },
				whatHappened: 'A car outside again.'
			},
			{ id: 3, recordedAt: at('2026-10-25T08:05:00.000Z') }
		),
		makeIncident(
			{
				occurred: { kind: 'date', start: '2026-11-10', approximate: false },
				personIds: [alex.id],
				unknownPersonDescription: 'A second man, short, red cap',
				whatHappened: 'They were both at the gate.'
			},
			{ id: 4, recordedAt: at('2026-11-10T20:00:00.000Z') }
		),
		editIncident(
			withNote,
			{ ...(withNote.revisions[0]?.content as IncidentContent), location: 'Front door' },
			at('2026-12-01T11:00:00.000Z'),
			'Added where'
		)
	];
	return {
		incidents,
		people: [alex],
		chain: await buildChain(incidents),
		options: { disclosureSafe: false, includePrivateNotes: false, timeZone: 'Europe/London' },
		generatedAt: '2026-12-02T07:30:00.000+00:00'
	};
}

interface QpdfOutline {
	title: string;
	destpageposfrom1: number | null;
	kids: QpdfOutline[];
}

interface Made {
	file: string;
	pages: string[];
	rows: TimelineRow[];
}

let dir = '';

async function make(input: TimelinePdfInput, name: string): Promise<Made> {
	const file = join(dir, name);
	writeFileSync(file, await makeTimelinePdf(input, nodeFonts()));
	const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
	const pages = Array.from({ length: count }, (_, i) =>
		squash(
			execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(i + 1), '-l', String(i + 1), file, '-'], {
				encoding: 'utf8'
			})
		)
	);
	const rows = await buildTimelineRows(input.incidents, input.people, input.options);
	return { file, pages, rows };
}

function qpdfJson(file: string): {
	outlines: QpdfOutline[];
	qpdf: [unknown, Record<string, { value: unknown }>];
} {
	return JSON.parse(
		execFileSync('qpdf', ['--json', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
	);
}

const heading = (row: TimelineRow | undefined) => `${row?.number}. ${row?.cells.occurred}`;

let standalone: Made;
let packed: Made;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'pdf-structure-'));
	const input = await makeInput();
	[standalone, packed] = await Promise.all([
		make(input, 'standalone.pdf'),
		make({ ...input, inPack: true }, 'packed.pdf')
	]);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the timeline PDF, read by qpdf, pdfinfo and pdftotext', () => {
	it('states its language and shows its title in the reader’s title bar', () => {
		const objects = qpdfJson(standalone.file).qpdf[1];
		const trailer = objects.trailer?.value as Record<string, string>;
		const catalog = objects[`obj:${trailer['/Root']}`]?.value as Record<string, string>;
		expect(catalog['/Lang']).toBe('u:en-GB');
		const preferences = objects[`obj:${catalog['/ViewerPreferences']}`]?.value as Record<string, unknown>;
		expect(preferences['/DisplayDocTitle']).toBe(true);
		const info = execFileSync('pdfinfo', [standalone.file], { encoding: 'utf8' });
		expect(info).toMatch(/^Title:\s+Chronology of incidents$/m);
		// The title names no one and no offence: it may show in a reader's list of recent files.
		expect(info).not.toMatch(/stalk|harass|Alex/i);
	});

	it('has a bookmark per month, each opening the page that month’s first incident starts on', () => {
		const { outlines } = qpdfJson(standalone.file);
		expect(outlines.map((o) => o.title)).toEqual([
			'Cover',
			'Summary of behaviours',
			'Facts a caseworker may ask about',
			'People',
			'Incidents, oldest first',
			'Exhibits',
			'How to check this document'
		]);
		const months = outlines.find((o) => o.title === 'Incidents, oldest first')?.kids ?? [];
		expect(months.map((m) => m.title)).toEqual([
			'September 2026',
			'October 2026',
			'November 2026',
			'December 2026'
		]);
		const firstOfMonth = [1, 2, 4, 5].map((n) => standalone.rows.find((r) => r.number === n));
		months.forEach((month, i) => {
			const page = standalone.pages[(month.destpageposfrom1 ?? 0) - 1] ?? '';
			expect(page, month.title).toContain(heading(firstOfMonth[i]));
		});
		// October's long entry pushes November two pages on: the bookmarks follow, not assume.
		const [october, november] = [months[1]?.destpageposfrom1 ?? 0, months[2]?.destpageposfrom1 ?? 0];
		expect(november - october).toBeGreaterThanOrEqual(2);
		// Every other section opens on the page its heading is on.
		for (const section of outlines.filter((o) => !['Cover', 'Incidents, oldest first'].includes(o.title)))
			expect(standalone.pages[(section.destpageposfrom1 ?? 0) - 1], section.title).toContain(section.title);
	});

	it('starts each page that continues an entry by naming the entry', () => {
		const long = standalone.rows[1];
		const start = standalone.pages.findIndex((p) => p.includes(heading(long)));
		const next = standalone.pages.findIndex((p) => p.includes(heading(standalone.rows[2])));
		expect(start).toBeGreaterThan(0);
		expect(next - start).toBeGreaterThanOrEqual(2);
		const continued = `Incident 2, ${formatDay('2026-10-25')} (continued)`;
		for (let page = start + 1; page <= next; page++)
			expect(standalone.pages[page]?.startsWith(continued), `page ${page + 1}`).toBe(true);
		expect(standalone.pages[start]?.startsWith(continued)).toBe(false);
		// Only pages inside an entry say so.
		const continuedPages = standalone.pages.filter((p) => p.includes('(continued)'));
		expect(continuedPages).toHaveLength(next - start);
		expect(standalone.pages.join(' ')).toContain('word0 word1');
		expect(standalone.pages.join(' ')).toContain('word1798 word1799');
	});

	it('prints every time with its UTC offset, and says on the cover what the times mean', () => {
		const text = standalone.pages.join(' ');
		expect(text).toContain('Sun, 25 Oct 2026, 00:30 (UTC+01:00)');
		expect(text).toContain('Sun, 25 Oct 2026, 01:30 (UTC+00:00)');
		expect(text).toContain('When it was recorded Sun, 25 Oct 2026, 08:00 (UTC+00:00)');
		expect(standalone.pages[0]).toContain('Europe/London time zone');
		expect(standalone.pages[0]).toContain('01:30 (UTC+01:00) is 00:30 UTC');
		expect(standalone.pages[0]).toContain('Wed, 2 Dec 2026, 07:30 (UTC+00:00)');
	});

	it('lists the known people with their details, and keeps them apart from a stranger’s description', () => {
		const people = standalone.pages.find((p) => p.includes('People I know and have listed')) ?? '';
		for (const detail of [
			'Alex Example',
			'How I know them ex-partner',
			'Description Tall, short grey hair',
			'Vehicles and registrations Blue Ford Focus AB12 CDE',
			'Named in incidents 4'
		])
			expect(people).toContain(detail);
		const text = standalone.pages.join(' ');
		expect(text).toContain(
			'Who Known to me (see People): Alex Example; Someone I do not know, described as: A second man, short, red cap'
		);
	});

	it('says how to check it: SHA256SUMS inside the pack, and what applies to a PDF saved on its own', () => {
		const alone = standalone.pages.join(' ');
		const inPack = packed.pages.join(' ');
		expect(inPack).toContain('sha256sum -c SHA256SUMS');
		expect(inPack).toContain('This chronology is part of an evidence pack');
		expect(alone).not.toContain('sha256sum -c');
		expect(alone).toContain('saved on its own, not as part of an evidence pack, so no SHA256SUMS file');
		expect(alone).toContain('checked against the SHA-256 printed for it in the exhibit list');
	});

	it('says how many saved versions had a private note left out, so cannot be re-checked from it', () => {
		const text = standalone.pages.join(' ');
		expect(text).toContain('In this copy, 2 saved versions of incidents had a private note left out.');
		expect(text).toContain('cannot be re-checked from this copy, only against the full record');
	});
});

describe('a copy with the private notes', () => {
	it('has nothing left out to count', async () => {
		const input = await makeInput();
		const { pages } = await make(
			{ ...input, options: { ...input.options, includePrivateNotes: true } },
			'with-notes.pdf'
		);
		const text = pages.join(' ');
		expect(text).toContain('Only for me');
		expect(text).not.toContain('left out');
	}, 60_000);
});
