import { describe, expect, it } from 'vitest';
import type { IncidentContent } from '$lib/domain/incident';
import { editIncident } from '$lib/domain/revisions';
import { makeIncident, testId } from '$lib/domain/test-factories';
import { alex, at, makeExhibit, makeSampleDiary } from './test-fixtures';
import { buildTimelineRows, listExhibits, type TimelineOptions } from './timeline-rows';

const FULL: TimelineOptions = { disclosureSafe: false, includePrivateNotes: true, timeZone: 'Europe/London' };
const SAFE: TimelineOptions = { disclosureSafe: true, includePrivateNotes: true, timeZone: 'Europe/London' };

async function sampleRows(options: TimelineOptions = FULL) {
	const { incidents, people } = await makeSampleDiary();
	return buildTimelineRows(incidents, people, options);
}

describe('buildTimelineRows', () => {
	it('puts incidents oldest first and numbers them from 1', async () => {
		const rows = await sampleRows();
		expect(rows.map((r) => r.number)).toEqual([1, 2, 3, 4, 5]);
		expect(rows.map((r) => r.incidentId.slice(-1))).toEqual(['1', '2', '3', '4', '5']);
	});

	it('prints times in en-GB with the approximate marker and the recorded time', async () => {
		const [first, second] = await sampleRows();
		expect(first?.cells.occurred).toBe('Tue, 10 Nov 2026');
		expect(second?.cells.occurred).toBe('approx. Fri, 20 Nov 2026, 18:00 (UTC+00:00)');
		expect(second?.cells.recorded).toBe('Fri, 20 Nov 2026, 19:00 (UTC+00:00)');
	});

	it('names behaviours with their s.2A(3) letters, and other in the person’s words', async () => {
		const rows = await sampleRows();
		expect(rows[1]?.cells.behaviours).toBe(
			'(a) Following; (b) Contacting, or trying to contact, by any means'
		);
		expect(rows[4]?.cells.behaviours).toContain('Other: Καλημέρα');
		expect(rows[4]?.cells.behaviours).toContain('(d) Monitoring');
	});

	it('fills every column of a full entry', async () => {
		const row = (await sampleRows())[1];
		expect(row?.cells).toMatchObject({
			channels: 'Text message; In person',
			where: 'High Street, Hertford, by the bank',
			whatHappened: 'He followed me from the station, then texted me.\nExact words: “I know where you are”',
			who: 'Known to me (see People): Alex Example; Vehicle seen: Blue Ford Focus; Registration seen: AB12 CDE',
			witnesses: 'Sam Witness (07700 900123)',
			impact: 'Fear that violence will be used; Alarm or distress; In my words: Shaking',
			police: 'Reported to police; Reference: 41/12345/26; Officer: PC 1234 Smith',
			otherActions: 'Told someone; Who: My sister',
			exhibits: 'EXH-001, EXH-002',
			status: 'Amended 1 time',
			privateNote: 'Secret note about my plans'
		});
		expect(row?.cells.amendments).toBe(
			'Amended: Sat, 21 Nov 2026, 08:00 (UTC+00:00); Reason: Remembered the exact place; Changed: where'
		);
		expect(row?.revisionHashes).toHaveLength(2);
		expect(row?.cells.revisionHashes).toMatch(/^1: [0-9a-f]{64}\n2: [0-9a-f]{64}$/);
	});

	it('leaves witness contacts and private notes out of a disclosure-safe export', async () => {
		const row = (await sampleRows(SAFE))[1];
		expect(row?.cells.witnesses).toBe('Sam Witness');
		expect(row?.cells.privateNote).toBe('');
	});

	it('includes a private note only when asked for and not disclosure-safe', async () => {
		const withoutNotes = (await sampleRows({ ...FULL, includePrivateNotes: false }))[1];
		expect(withoutNotes?.cells.privateNote).toBe('');
	});

	it('does not name a private note as a changed field when notes are left out', async () => {
		const incident = makeIncident({ privateNote: 'one' }, { id: 7 });
		const edited = editIncident(
			incident,
			{ ...(incident.revisions[0]?.content as IncidentContent), privateNote: 'two', location: 'Park' },
			at('2026-11-29T08:00:00.000Z')
		);
		const [withNotes] = await buildTimelineRows([edited], [], FULL);
		const [safe] = await buildTimelineRows([edited], [], SAFE);
		expect(withNotes?.amendments[0]?.changed).toBe('where, private note');
		expect(safe?.amendments[0]?.changed).toBe('where');
	});

	it('shows a withdrawn incident, marked, with the withdrawal as an amendment', async () => {
		const row = (await sampleRows())[2];
		expect(row?.withdrawn).toBe(true);
		expect(row?.cells.status).toBe('Withdrawn');
		expect(row?.cells.amendments).toBe(
			'Withdrawn: Mon, 23 Nov 2026, 10:00 (UTC+00:00); Reason: It was a neighbour'
		);
	});

	it('shows a deleted incident only as a marker row with its hashes', async () => {
		const row = (await sampleRows())[3];
		expect(row?.deleted).toBe(true);
		expect(row?.cells.whatHappened).toBe(
			'Deleted on Tue, 24 Nov 2026, 10:10 (UTC+00:00); content removed; hash kept'
		);
		expect(row?.cells.behaviours).toBe('');
		expect(row?.cells.status).toBe('Deleted');
		expect(row?.revisionHashes).toHaveLength(2);
		expect(JSON.stringify(row)).not.toContain('Typed by mistake');
	});

	it('filters by date range and behaviour, keeping deleted markers recorded inside the dates', async () => {
		const { incidents, people } = await makeSampleDiary();
		const ranged = await buildTimelineRows(incidents, people, {
			...FULL,
			from: '2026-11-20',
			to: '2026-11-24'
		});
		expect(ranged.map((r) => r.incidentId.slice(-1))).toEqual(['2', '3', '4']);
		expect(ranged.map((r) => r.number)).toEqual([1, 2, 3]);
		const following = await buildTimelineRows(incidents, people, { ...FULL, behaviours: ['following'] });
		expect(following.map((r) => r.incidentId.slice(-1))).toEqual(['2', '4']);
	});

	it('tells a known person from People apart from a description of someone unknown', async () => {
		const incident = makeIncident(
			{ personIds: [alex.id], unknownPersonDescription: 'Tall, grey coat', vehicle: 'White van' },
			{ id: 9 }
		);
		const [row] = await buildTimelineRows([incident], [alex], FULL);
		expect(row?.cells.who).toBe(
			'Known to me (see People): Alex Example; Someone I do not know, described as: Tall, grey coat; Vehicle seen: White van'
		);
		expect(row?.people).toEqual([alex]);
		const [stranger] = await buildTimelineRows(
			[makeIncident({ unknownPersonDescription: 'Tall, grey coat' }, { id: 10 })],
			[alex],
			FULL
		);
		expect(stranger?.cells.who).toBe('Someone I do not know, described as: Tall, grey coat');
		expect(stranger?.people).toEqual([]);
	});

	it('gives each time the offset it was shown in, either side of the end of British Summer Time', async () => {
		// 25 October 2026: clocks go back at 02:00 BST, so 01:30 happens twice, an hour apart.
		const before = makeIncident(
			{ occurred: { kind: 'datetime', start: '2026-10-25T00:30:00.000Z', approximate: false } },
			{ id: 11, recordedAt: at('2026-10-25T00:35:00.000Z') }
		);
		const after = makeIncident(
			{ occurred: { kind: 'datetime', start: '2026-10-25T01:30:00.000Z', approximate: false } },
			{ id: 12, recordedAt: at('2026-10-25T01:35:00.000Z') }
		);
		const across = makeIncident(
			{
				occurred: {
					kind: 'range',
					start: '2026-10-25T00:10:00.000Z',
					end: '2026-10-25T01:20:00.000Z',
					approximate: false
				}
			},
			{ id: 13, recordedAt: at('2026-10-25T02:00:00.000Z') }
		);
		const rows = await buildTimelineRows([after, before, across], [], FULL);
		const byId = (n: number) => rows.find((r) => r.incidentId === testId(n));
		expect(byId(11)?.cells.occurred).toBe('Sun, 25 Oct 2026, 01:30 (UTC+01:00)');
		expect(byId(11)?.cells.recorded).toBe('Sun, 25 Oct 2026, 01:35 (UTC+01:00)');
		expect(byId(12)?.cells.occurred).toBe('Sun, 25 Oct 2026, 01:30 (UTC+00:00)');
		expect(byId(13)?.cells.occurred).toMatch(/01:10\s?–\s?01:20 \(UTC\+01:00 to UTC\+00:00\)$/);
		expect(byId(11)?.times).toEqual({
			occurredUtc: '2026-10-25T00:30:00Z',
			occurredUntilUtc: '',
			occurredOffset: '+01:00',
			recordedUtc: '2026-10-25T00:35:00Z',
			recordedOffset: '+01:00'
		});
		expect(byId(12)?.times.occurredOffset).toBe('+00:00');
		expect(byId(13)?.times.occurredUntilUtc).toBe('2026-10-25T01:20:00Z');
	});

	it('keeps a date without a time as a date, with no offset', async () => {
		const [first] = await sampleRows();
		expect(first?.times).toMatchObject({ occurredUtc: '2026-11-10', occurredOffset: '' });
	});

	it('names an unknown person id rather than dropping it', async () => {
		const [row] = await buildTimelineRows([makeIncident({ personIds: [alex.id] }, { id: 8 })], [], FULL);
		expect(row?.cells.who).toBe('A person not named in the diary');
	});
});

describe('listExhibits', () => {
	it('numbers exhibits across the export in order of first appearance, once each', async () => {
		const list = listExhibits(await sampleRows());
		expect(list.map((e) => [e.number, e.name, e.incidentNumber])).toEqual([
			['EXH-001', 'photo-1.jpg', 1],
			['EXH-002', 'screenshot ../../evil.png', 2],
			['EXH-003', 'photo-3.jpg', 3]
		]);
		expect(list[1]).toMatchObject({ type: 'image/jpeg', size: 2000, sha256: makeExhibit(2).sha256 });
		expect(list[1]?.path).toBe('exhibits/EXH-002.png');
	});
});
