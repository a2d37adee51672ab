import { describe, expect, it } from 'vitest';
import { m } from '$lib/messages';
import { MIN_LENGTH } from '$lib/vault/passphrase-strength';
import { PassphraseRating } from './passphrase-rating.svelte';

describe('the problem with a new passphrase', () => {
	it('follows the newest rating, so "too easy to guess" goes once the passphrase is strong', async () => {
		const rating = new PassphraseRating();
		expect(rating.problemWith('short')).toBe(m.passphrase.tooShort(MIN_LENGTH));
		await rating.settle('password123');
		expect(rating.problemWith('password123')).toBe(m.passphrase.tooWeak);
		const strong = 'plum orchard lantern 47 quietly';
		await rating.settle(strong);
		expect(rating.problemWith(strong)).toBeUndefined();
	});
});
