import { describe, expect, it } from 'vitest';
import { makeContent } from '$lib/domain/test-factories';
import { MAX_TEXT_LENGTH } from '$lib/domain/validate';
import { m } from '$lib/messages';
import { fieldIdFor, logFormProblems } from './log-form-problems';

const now = new Date('2026-03-01T12:00:00Z');
const occurred = { kind: 'datetime' as const, start: '2026-03-01T10:00:00Z', approximate: false };

describe('the log form’s problems', () => {
	it('links a missing behaviour to the first tick box, and a quick log needs none', () => {
		const content = makeContent({ occurred, behaviours: [], whatHappened: '' });
		expect(logFormProblems(content, { asQuickLog: false, reason: '', now })).toEqual([
			{ id: 'behaviour-following', message: m.problemMessages['behaviour-missing'] }
		]);
		expect(logFormProblems(content, { asQuickLog: true, reason: '', now })).toEqual([]);
	});

	it('leaves out advice that does not stop a save', () => {
		const content = makeContent({
			occurred,
			behaviours: ['following'],
			channels: ['call'],
			whatHappened: ''
		});
		expect(logFormProblems(content, { asQuickLog: false, reason: '', now })).toEqual([]);
	});

	it('points each problem at its own control, once, and checks the reason for an edit too', () => {
		const long = 'x'.repeat(MAX_TEXT_LENGTH + 1);
		const content = makeContent({
			occurred: { ...occurred, start: '' },
			behaviours: ['following'],
			witnesses: [{ name: 'A', contact: long }],
			privateNote: `broken \uD800 half`
		});
		const found = logFormProblems(content, { asQuickLog: false, reason: `${long}\uD800`, now });
		expect(found).toEqual([
			{ id: 'when-date', message: m.problemMessages['occurred-missing'] },
			{ id: 'witness-contact-0', message: m.problemMessages['text-too-long'] },
			{ id: 'private-note', message: m.problemMessages['text-invalid-characters'] },
			{ id: 'reason', message: m.forms.textProblems['text-too-long'] }
		]);
	});

	it('names a control for every field the record can report', () => {
		expect(fieldIdFor('occurred.end')).toBe('when-end-date');
		expect(fieldIdFor('impact.inOwnWords')).toBe('impact-words');
		expect(fieldIdFor('actions.toldWho')).toBe('told-who');
		expect(fieldIdFor('exhibits.2.name')).toBe('exhibit-files');
		expect(fieldIdFor('personIds', 'p1')).toBe('person-p1');
		expect(fieldIdFor('witnesses.3.name')).toBe('witness-name-3');
	});
});

describe('fieldIdFor', () => {
	it('points a problem in a description at its own field', () => {
		expect(fieldIdFor('sighting.light')).toBe('sighting-light');
		expect(fieldIdFor('personDescription.hair')).toBe('seen-person-hair');
		expect(fieldIdFor('vehicleDetails.make')).toBe('seen-vehicle-make');
	});
});
