import { describe, expect, it } from 'vitest';
import type { ExhibitId, IncidentContent, Occurred } from './incident';
import { FIXED_NOW, makeContent, testId } from './test-factories';
import { MAX_TEXT_LENGTH, PROBLEM_CODES, validateIncident } from './validate';

const check = (content: IncidentContent) =>
	validateIncident(content, { now: FIXED_NOW, timeZone: 'Europe/London' });
const codes = (content: IncidentContent) => check(content).problems.map((p) => `${p.field}:${p.code}`);
const when = (occurred: Partial<Occurred>) =>
	makeContent({ occurred: { kind: 'datetime', start: '', approximate: false, ...occurred } });

describe('validateIncident', () => {
	it('accepts a complete entry', () => {
		expect(check(makeContent())).toEqual({ ok: true, problems: [] });
	});

	it('exports every code it can return, once', () => {
		expect(new Set(PROBLEM_CODES).size).toBe(PROBLEM_CODES.length);
		expect(PROBLEM_CODES).toContain('range-end-before-start');
	});

	it('needs a readable time', () => {
		expect(codes(when({ start: '' }))).toEqual(['occurred.start:occurred-missing']);
		expect(codes(when({ start: '2026-11-28T21:15' }))).toEqual(['occurred.start:occurred-invalid']);
		expect(codes(when({ kind: 'date', start: '2026-11-28T21:15:00Z' }))).toEqual([
			'occurred.start:occurred-invalid'
		]);
	});

	it('catches a time in the future, allowing a few minutes of clock difference', () => {
		expect(codes(when({ start: '2026-11-29T07:35:00.000+00:00' }))).toEqual([]);
		expect(codes(when({ start: '2026-11-29T19:30:00.000+00:00' }))).toEqual([
			'occurred.start:occurred-in-future'
		]);
		expect(codes(when({ kind: 'date', start: '2026-11-29' }))).toEqual([]);
		expect(codes(when({ kind: 'date', start: '2026-11-30' }))).toEqual(['occurred.start:occurred-in-future']);
	});

	it('checks both ends of a range', () => {
		const range = (start: string, end?: string) => when({ kind: 'range', start, end });
		expect(codes(range('2026-11-20', '2026-11-27'))).toEqual([]);
		expect(codes(range('2026-11-20T08:00:00.000+00:00', '2026-11-20T09:00:00.000+00:00'))).toEqual([]);
		expect(codes(range('2026-11-20'))).toEqual(['occurred.end:range-end-missing']);
		expect(codes(range('2026-11-20', '2026-11-20T09:00:00.000+00:00'))).toEqual([
			'occurred.end:range-end-invalid'
		]);
		expect(codes(range('2026-11-20', '2026-11-19'))).toEqual(['occurred.end:range-end-before-start']);
		// Same instant written with two offsets is not "before".
		expect(codes(range('2026-07-01T10:00:00.000+01:00', '2026-07-01T09:00:00.000+00:00'))).toEqual([]);
		expect(codes(range('2026-11-28', '2026-12-02'))).toEqual(['occurred.end:occurred-in-future']);
	});

	it('asks a full entry for a behaviour and words for other, but not a quick log', () => {
		expect(codes(makeContent({ behaviours: [] }))).toEqual(['behaviours:behaviour-missing']);
		expect(codes(makeContent({ behaviours: ['other'] }))).toEqual(['otherBehaviour:other-behaviour-empty']);
		expect(
			codes(makeContent({ behaviours: ['other'], otherBehaviour: 'Ordered things to my address' }))
		).toEqual([]);
		const quick = makeContent({ behaviours: [], whatHappened: '', quickLog: true });
		expect(check(quick)).toEqual({ ok: true, problems: [] });
	});

	it('gives advice without stopping the save', () => {
		const result = check(makeContent({ whatHappened: ' ', channels: ['text'] }));
		expect(result.ok).toBe(true);
		expect(result.problems).toEqual([
			{ field: 'channels', code: 'channel-without-contacting', severity: 'warning' },
			{ field: 'whatHappened', code: 'what-happened-empty', severity: 'warning' }
		]);
	});

	it('reports text that is too long without cutting it', () => {
		const long = 'x'.repeat(MAX_TEXT_LENGTH + 1);
		const content = makeContent({ exactWords: long, witnesses: [{ name: 'Sam', contact: long }] });
		expect(codes(content)).toEqual(['exactWords:text-too-long', 'witnesses.0.contact:text-too-long']);
		expect(content.exactWords).toHaveLength(MAX_TEXT_LENGTH + 1);
	});

	it('reports broken characters that could not be hashed', () => {
		expect(codes(makeContent({ location: 'Car park \ud83d' }))).toEqual(['location:text-invalid-characters']);
	});

	it('rejects unknown ids and malformed exhibits, as a crafted file might hold', () => {
		const crafted = makeContent({
			behaviours: ['contacting', 'hacking' as never],
			channels: ['pigeon' as never],
			personIds: ['<script>' as never],
			exhibits: [
				{
					id: testId<ExhibitId>(1),
					name: 'photo.jpg',
					type: 'image/jpeg',
					size: -1,
					sha256: 'abc',
					addedAt: '2026-11-28T21:20:00.000+00:00'
				}
			]
		});
		expect(codes(crafted)).toEqual([
			'behaviours:behaviour-unknown',
			'channels:channel-unknown',
			'personIds:person-id-invalid',
			'exhibits.0:exhibit-invalid'
		]);
	});

	it('never changes what it checks', () => {
		const content = Object.freeze(makeContent({ behaviours: [] }));
		expect(() => check(content)).not.toThrow();
	});
});
