import { describe, expect, it } from 'vitest';
import {
	InvalidIdError,
	currentContent,
	emptyIncidentContent,
	isDeleted,
	isId,
	isWithdrawn,
	needsDetail,
	newId,
	parseId,
	type IncidentId
} from './incident';
import { deleteIncident, withdrawIncident } from './revisions';
import { FIXED_NOW, makeIncident } from './test-factories';

describe('ids', () => {
	it('are 128 random bits as 32 lowercase hex characters', () => {
		const ids = Array.from({ length: 200 }, () => newId<IncidentId>());
		expect(ids.every((id) => /^[0-9a-f]{32}$/.test(id))).toBe(true);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('are checked before being trusted', () => {
		expect(isId('0'.repeat(32))).toBe(true);
		expect(isId('0'.repeat(31) + 'G')).toBe(false);
		expect(parseId<IncidentId>('a'.repeat(32))).toBe('a'.repeat(32));
		expect(() => parseId('../etc/passwd')).toThrow(InvalidIdError);
	});
});

describe('incident helpers', () => {
	it('starts empty, with nothing ticked', () => {
		const content = emptyIncidentContent();
		expect(content.behaviours).toEqual([]);
		expect(content.impact.fearOfViolence).toBe(false);
		expect(content.quickLog).toBe(false);
	});

	it('reads the newest revision', async () => {
		const incident = makeIncident({ quickLog: true }, { edits: [{ whatHappened: 'Later detail' }] });
		expect(currentContent(incident)?.whatHappened).toBe('Later detail');
		expect(needsDetail(incident)).toBe(true);
		expect(isWithdrawn(incident)).toBe(false);

		const withdrawn = withdrawIncident(incident, FIXED_NOW);
		expect(isWithdrawn(withdrawn)).toBe(true);
		expect(currentContent(withdrawn)?.whatHappened).toBe('Later detail');

		const deleted = await deleteIncident(incident, FIXED_NOW);
		expect(isDeleted(deleted)).toBe(true);
		expect(currentContent(deleted)).toBeNull();
		expect(needsDetail(deleted)).toBe(false);
	});
});
