// The risk facts as printed in the timeline PDF, read back with poppler's pdftotext: each fact with its count and
// the numbers of the incidents it counts, the new kinds, the person's own words, and the note that it is no score.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentId } from '$lib/domain/incident';
import { FIXED_NOW, makeRiskDiary, testId } from '$lib/domain/test-factories';
import { buildChain, nodeFonts } from './test-fixtures';
import { formatNumberRuns } from './pdf-sections';
import { makeTimelinePdf } from './timeline-pdf';
import { buildTimelineRows, type TimelineRow } from './timeline-rows';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

let dir = '';
let text = '';
let rows: TimelineRow[] = [];
const numberOf = (n: number) => rows.find((r) => r.incidentId === testId<IncidentId>(n))?.number;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'risk-facts-pdf-'));
	const incidents = await makeRiskDiary();
	const options = { disclosureSafe: false, includePrivateNotes: false, timeZone: 'Europe/London' };
	rows = await buildTimelineRows(incidents, [], options);
	const file = join(dir, 'timeline.pdf');
	writeFileSync(
		file,
		await makeTimelinePdf(
			{
				incidents,
				people: [],
				chain: await buildChain(incidents),
				options,
				generatedAt: FIXED_NOW.toISOString()
			},
			nodeFonts()
		)
	);
	text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the risk facts in the timeline PDF', () => {
	it('prints each fact with its count and the incidents it counts, by their printed numbers', () => {
		const section = text.slice(text.indexOf('Facts a caseworker may ask about'));
		expect(section).toContain('They are not a risk assessment and give no score');
		const line = (label: string, count: string, ...ids: number[]) =>
			`${label} ${count} ${ids.length === 1 ? 'Entry' : 'Entries'} ${formatNumberRuns(ids.map((n) => numberOf(n) ?? 0))}`;
		for (const expected of [
			line('Entries in the last 7 days', '1 entry', 1),
			line('Entries in the last 30 days', '4 entries', 8, 2, 6, 1),
			line('At or near home', '1 entry', 1),
			line('At or near work or place of study', '1 entry', 3),
			line('Loitering', '1 entry', 3),
			line('Following', '1 entry', 2),
			line('Contact through other people', '1 entry', 2),
			line('Threats made', '1 entry', 2),
			line('Interfering with property, or damaging it', '1 entry', 7),
			line('Fear that violence will be used', '1 entry', 1)
		])
			expect(section).toContain(expected);
		// The withdrawn threat (4) and the deleted visit home (5) are not counted anywhere.
		for (const left of [numberOf(4), numberOf(5)])
			expect(section).not.toMatch(new RegExp(`Entr(y|ies) (\\d+, )*${left}\\b`));
		expect(section).toContain(
			`At or near the children’s school or nursery 1 entry Entry ${numberOf(3)} Loitering`
		);
		expect(section).toContain(
			'Entries in the last four weeks (Monday to Sunday): 3. In the four weeks before: 2.'
		);
	});

	it('names the kinds first recorded in the last four weeks and quotes the person’s words', () => {
		const section = text.slice(text.indexOf('Kinds of behaviour first recorded in the last four weeks'));
		expect(section).toMatch(
			new RegExp(
				`^Kinds of behaviour first recorded in the last four weeks \\(a\\) Following 1 entry Entry ${numberOf(2)} \\(b\\) Contacting`
			)
		);
		expect(section).toMatch(
			new RegExp(
				`How it has affected them, in their own words (Chronology of incidents )?I no longer walk to work 🚶‍♀️ and I check the street before I leave\\. (Chronology of incidents )?Entry ${numberOf(3)}\\b`
			)
		);
	});
});

describe('formatNumberRuns', () => {
	it('shortens runs of three or more and keeps pairs and strays', () => {
		expect(formatNumberRuns([8, 1, 2, 3, 5, 7, 3])).toBe('1–3, 5, 7, 8');
		expect(formatNumberRuns([])).toBe('');
		expect(formatNumberRuns([4])).toBe('4');
	});
});
