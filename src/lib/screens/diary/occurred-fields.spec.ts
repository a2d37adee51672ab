import { describe, expect, it } from 'vitest';
import { fieldsFromOccurred, occurredFromFields, nowFields } from './occurred-fields';

describe('when it happened, as form fields', () => {
	it('round-trips a date and time through the stored form with an offset', () => {
		const fields = { ...nowFields(new Date(2026, 5, 14, 21, 5)), approximate: true };
		const occurred = occurredFromFields(fields);
		expect(occurred.start).toMatch(/^2026-06-14T21:05:00\.000[+-]\d\d:\d\d$/);
		expect(occurred.approximate).toBe(true);
		expect(fieldsFromOccurred(occurred)).toEqual(fields);
	});

	it('keeps a date-only entry as a date, and a range with both ends', () => {
		expect(occurredFromFields({ ...nowFields(), kind: 'date', date: '2026-03-01' })).toEqual({
			kind: 'date',
			start: '2026-03-01',
			approximate: false
		});
		const range = occurredFromFields({
			kind: 'range',
			date: '2026-03-01',
			time: '',
			endDate: '2026-03-04',
			endTime: '',
			approximate: false
		});
		expect(range).toEqual({ kind: 'range', start: '2026-03-01', end: '2026-03-04', approximate: false });
	});

	it('leaves an empty date empty, so validation can ask for it', () => {
		expect(occurredFromFields({ ...nowFields(), date: '' }).start).toBe('');
	});
});
