import { describe, expect, it } from 'vitest';
import { hashRevision } from './hash-chain';
import { isRedacted, type IncidentId } from './incident';
import { formatIsoDateTime } from './iso-time';
import {
	IncidentDeletedError,
	createIncident,
	deleteIncident,
	diffContent,
	editIncident,
	listAmendments,
	withdrawIncident
} from './revisions';
import { FIXED_NOW, makeContent, makeIncident, testId } from './test-factories';

const later = (minutes: number) => new Date(FIXED_NOW.getTime() + minutes * 60_000);

describe('createIncident', () => {
	it('makes revision 1, whose save time is the recorded time', () => {
		const incident = createIncident(makeContent(), FIXED_NOW, testId<IncidentId>(7));
		expect(incident.id).toBe(testId(7));
		expect(incident.recordedAt).toBe(formatIsoDateTime(FIXED_NOW));
		expect(incident.revisions).toHaveLength(1);
		expect(incident.revisions[0]).toMatchObject({ seq: 1, kind: 'create', savedAt: incident.recordedAt });
	});

	it('copies the content, so later typing in the form cannot reach the saved record', () => {
		const form = makeContent();
		const incident = createIncident(form, FIXED_NOW);
		form.whatHappened = 'changed afterwards';
		form.behaviours.push('following');
		expect(incident.revisions[0]?.content?.whatHappened).not.toBe('changed afterwards');
		expect(incident.revisions[0]?.content?.behaviours).toEqual(['watching']);
		expect(Object.isFrozen(incident.revisions[0]?.content?.impact)).toBe(true);
		expect(Object.isFrozen(form)).toBe(false);
	});
});

describe('editIncident', () => {
	it('adds an amendment and leaves the original untouched', () => {
		const original = makeIncident();
		const edited = editIncident(
			original,
			makeContent({ location: 'Outside work' }),
			later(5),
			'Remembered where'
		);
		expect(original.revisions).toHaveLength(1);
		expect(edited.revisions).toHaveLength(2);
		expect(edited.revisions[1]).toMatchObject({
			seq: 2,
			kind: 'edit',
			reason: 'Remembered where',
			recordedAt: original.recordedAt,
			savedAt: formatIsoDateTime(later(5))
		});
		expect(edited.revisions[0]).toBe(original.revisions[0]);
	});

	it('returns the same incident when nothing changed', () => {
		const incident = makeIncident();
		expect(editIncident(incident, makeContent(), later(1))).toBe(incident);
	});

	it('leaves out an empty reason', () => {
		const edited = editIncident(makeIncident(), makeContent({ vehicle: 'Van' }), later(1), '   ');
		expect(edited.revisions[1]).not.toHaveProperty('reason');
	});

	it('puts back a withdrawn incident, keeping the withdrawal in the history', () => {
		const withdrawn = withdrawIncident(makeIncident(), later(1), 'Wrong day');
		const back = editIncident(withdrawn, makeContent(), later(2));
		expect(back.revisions.map((r) => r.kind)).toEqual(['create', 'withdraw', 'edit']);
	});

	it('refuses to change a deleted incident', async () => {
		const deleted = await deleteIncident(makeIncident(), later(1));
		expect(() => editIncident(deleted, makeContent(), later(2))).toThrow(IncidentDeletedError);
		expect(() => withdrawIncident(deleted, later(2))).toThrow(IncidentDeletedError);
	});
});

describe('withdrawIncident', () => {
	it('keeps the content and records why', () => {
		const incident = makeIncident();
		const withdrawn = withdrawIncident(incident, later(3), 'Logged twice');
		expect(withdrawn.revisions[1]).toMatchObject({ kind: 'withdraw', reason: 'Logged twice' });
		expect(withdrawn.revisions[1]?.content).toEqual(incident.revisions[0]?.content);
		expect(withdrawIncident(withdrawn, later(4))).toBe(withdrawn);
	});
});

describe('deleteIncident', () => {
	it('removes every word, keeps each old hash, and adds a delete marker', async () => {
		const incident = editIncident(
			makeIncident({ whatHappened: 'secret words' }),
			makeContent({ whatHappened: 'more secret words' }),
			later(1),
			'secret reason'
		);
		const hashes = await Promise.all(incident.revisions.map(hashRevision));
		const deleted = await deleteIncident(incident, later(10));

		expect(deleted.revisions.map((r) => r.kind)).toEqual(['create', 'edit', 'delete']);
		expect(JSON.stringify(deleted)).not.toContain('secret');
		expect(deleted.revisions.slice(0, 2).every(isRedacted)).toBe(true);
		expect(deleted.revisions.slice(0, 2).map((r) => r.deletedHash)).toEqual(hashes);
		expect(await Promise.all(deleted.revisions.slice(0, 2).map(hashRevision))).toEqual(hashes);
		expect(deleted.revisions[2]).toMatchObject({
			seq: 3,
			content: null,
			savedAt: formatIsoDateTime(later(10))
		});
		expect(isRedacted(deleted.revisions[2]!)).toBe(false);
		expect(incident.revisions[0]?.content?.whatHappened).toBe('secret words');
		expect(await deleteIncident(deleted, later(11))).toBe(deleted);
	});
});

describe('diffContent', () => {
	it('names the fields that changed, in form order', () => {
		const before = makeContent();
		const after = makeContent({
			whatHappened: 'Different',
			impact: { ...before.impact, fearOfViolence: true },
			actions: { ...before.actions, crimeReference: '41/12345/26' },
			witnesses: [{ name: 'Sam', contact: '07700 900123' }]
		});
		expect(diffContent(before, after)).toEqual([
			'whatHappened',
			'witnesses',
			'impact.fearOfViolence',
			'actions.crimeReference'
		]);
	});

	it('ignores the order boxes were ticked in, and an absent versus undefined end', () => {
		const before = makeContent({ behaviours: ['watching', 'following'] });
		const after = makeContent({
			behaviours: ['following', 'watching'],
			occurred: { ...before.occurred, end: undefined }
		});
		expect(diffContent(before, after)).toEqual([]);
		expect(diffContent(before, makeContent({ behaviours: ['watching'] }))).toEqual(['behaviours']);
	});

	it('lists amendments with what each changed', () => {
		const incident = withdrawIncident(
			makeIncident({}, { edits: [{ location: 'Park' }, { location: 'Park', vehicle: 'Van' }] }),
			later(9)
		);
		expect(listAmendments(incident).map((a) => [a.revision.kind, a.changed])).toEqual([
			['edit', ['location']],
			['edit', ['vehicle']],
			['withdraw', []]
		]);
	});
});
