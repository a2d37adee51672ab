import { describe, expect, it } from 'vitest';
import { describeExhibitsInCopy } from './export-preview';

const none = { cleaned: 0, converted: 0, videos: 0, recordings: 0, others: 0 };

describe('what the Export screen says of the exhibits', () => {
	it('says how many photos are cleaned and what is left out, in a disclosure-safe copy', () => {
		expect(describeExhibitsInCopy({ ...none, cleaned: 3, videos: 1 }, true)).toEqual([
			'3 photos will have their location and camera details removed.',
			'1 video will be left out of this copy.',
			'Anything left out stays safe in your diary, and is still listed with its fingerprint. The full copy holds it.'
		]);
	});

	it('warns that a full copy sends photos as they are', () => {
		expect(describeExhibitsInCopy({ ...none, cleaned: 1, recordings: 1 }, false)).toEqual([
			'2 photos and files go in exactly as they are. Photos can show where and when they were taken, and on which phone. Choose a disclosure-safe copy to remove that.'
		]);
	});

	it('says when there is nothing', () => {
		expect(describeExhibitsInCopy(none, true)).toEqual(['No photos or files go in this copy.']);
	});
});
