import { describe, expect, it } from 'vitest';
import type { Incident, IncidentId } from './incident';
import { countRiskFacts, RISK_FACT_IDS, type RiskFactId } from './risk-facts';
import { FIXED_NOW, makeIncident, makeRiskDiary, testId } from './test-factories';

const ids = (...numbers: number[]) => numbers.map((n) => testId<IncidentId>(n));
const factsOf = (incidents: Incident[], now = FIXED_NOW) =>
	Object.fromEntries(
		countRiskFacts(incidents, now, 'Europe/London').facts.map((f) => [f.id, f.incidents])
	) as Record<RiskFactId, IncidentId[]>;

describe('countRiskFacts', () => {
	it('counts each fact from the entries that show it, oldest first, leaving out withdrawn and deleted ones', async () => {
		const facts = factsOf(await makeRiskDiary());
		expect(facts).toEqual({
			// 23:30 UTC on the 28th is still the 28th in London; the range 18–22 November ended 7 days ago.
			lastWeek: ids(1),
			lastMonth: ids(8, 2, 6, 1),
			home: ids(1),
			work: ids(3),
			children: ids(3),
			loitering: ids(3),
			following: ids(2),
			throughOthers: ids(2),
			threats: ids(2),
			property: ids(7),
			fearOfViolence: ids(1)
		});
	});

	it('lists every fact in the order a caseworker asks, with none recorded as an empty list', () => {
		const { facts } = countRiskFacts([], FIXED_NOW, 'Europe/London');
		expect(facts.map((f) => f.id)).toEqual(RISK_FACT_IDS);
		expect(facts.every((f) => f.incidents.length === 0)).toBe(true);
	});

	it('counts by the calendar of the time zone asked for', async () => {
		// At noon UTC on the 29th it is already the 30th in Auckland, where entry 1 happened on the 29th: still in
		// the last week there. A week later it is in nobody's last week.
		const diary = await makeRiskDiary();
		const inAuckland = countRiskFacts(diary, new Date('2026-11-29T12:00:00.000Z'), 'Pacific/Auckland');
		expect(inAuckland.facts.find((f) => f.id === 'lastWeek')?.incidents).toEqual(ids(1));
		expect(factsOf(diary, new Date('2026-12-07T12:00:00.000Z')).lastWeek).toEqual([]);
	});

	it('names the behaviours first recorded in the last four weeks, and only where there is an earlier record', async () => {
		const diary = await makeRiskDiary();
		expect(countRiskFacts(diary, FIXED_NOW, 'Europe/London').newKinds).toEqual([
			{ id: 'following', incidents: ids(2) },
			{ id: 'contacting', incidents: ids(6) }
		]);
		const recentOnly = diary.filter((i) => ['1', '2', '6'].includes(i.id.slice(-1)));
		expect(countRiskFacts(recentOnly, FIXED_NOW, 'Europe/London').newKinds).toEqual([]);
	});

	it('keeps the person’s own words about the effect, as written, oldest first', async () => {
		const { ownWords } = countRiskFacts(await makeRiskDiary(), FIXED_NOW, 'Europe/London');
		expect(ownWords).toEqual([
			{
				incidentId: testId(3),
				words: 'I no longer walk to work 🚶‍♀️ and I check the street before I leave.'
			}
		]);
	});

	it('says the frequency is rising only when the last four weeks hold clearly more than the four before', () => {
		const week = (daysBack: number, n: number) =>
			Array.from({ length: n }, (_, i) => {
				const day = new Date(FIXED_NOW.getTime() - daysBack * 86_400_000);
				return makeIncident(
					{ occurred: { kind: 'date', start: day.toISOString().slice(0, 10), approximate: false } },
					{ id: daysBack * 100 + i + 1 }
				);
			});
		const rising = [...week(40, 1), ...week(3, 6)];
		expect(countRiskFacts(rising, FIXED_NOW, 'Europe/London').frequency).toEqual({
			recent: 6,
			before: 1,
			rising: true
		});
		const steady = [...week(40, 5), ...week(3, 6)];
		expect(countRiskFacts(steady, FIXED_NOW, 'Europe/London').frequency).toEqual({
			recent: 6,
			before: 5,
			rising: false
		});
	});

	it('counts a time that falls outside the years 0000 to 9999 by its kind, and does not fail', () => {
		const far = makeIncident(
			{
				occurred: { kind: 'datetime', start: '9999-12-31T23:59:00.000-10:00', approximate: false },
				threatened: true
			},
			{ id: 1 }
		);
		const facts = factsOf([far]);
		expect(facts.threats).toEqual(ids(1));
		expect(facts.lastMonth).toEqual([]);
	});

	it('still counts an entry whose date cannot be read by its kind, never by when', () => {
		const odd = makeIncident(
			{ occurred: { kind: 'datetime', start: 'last Tuesday', approximate: true }, threatened: true },
			{ id: 1 }
		);
		const facts = factsOf([odd]);
		expect(facts.threats).toEqual(ids(1));
		expect(facts.lastWeek).toEqual([]);
		expect(facts.lastMonth).toEqual([]);
	});
});
