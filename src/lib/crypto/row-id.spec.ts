import { describe, expect, it } from 'vitest';
import { isId } from '$lib/domain/incident';
import { newDiaryKey } from './key-wrap';
import { computeMac } from './mac';
import { keyedRowId } from './row-id';

describe('keyedRowId', () => {
	it('is the same for the same key and label, looks like any row id, and differs for another key or label', async () => {
		const key = await newDiaryKey();
		const id = await keyedRowId(key, 'head');
		expect(isId(id)).toBe(true);
		expect(await keyedRowId(key.slice(), 'head')).toBe(id);
		expect(await keyedRowId(await newDiaryKey(), 'head')).not.toBe(id);
		expect(await keyedRowId(key, 'other')).not.toBe(id);
		// Not the backup MAC of the same label cut short: each purpose has its own subkey.
		expect((await computeMac(key, new TextEncoder().encode('head'))).slice(0, 32)).not.toBe(id);
	});
});
