import { describe, expect, it } from 'vitest';
import { generatePassphrase } from '$lib/crypto/generate-passphrase';
import { MIN_GUESSES_LOG10, ratePassphrase } from './passphrase-strength';

describe('ratePassphrase: at least 10^10 estimated guesses', () => {
	it.each([
		'Summer2024!!',
		'Winter2023!!',
		'P@ssw0rd2024!',
		'Liverpool1892',
		'iloveyou12345',
		'password1234',
		'Qwerty123456!'
	])('refuses %s', async (passphrase) => {
		const rated = await ratePassphrase(passphrase);
		expect(rated.acceptable).toBe(false);
		expect(rated.guessesLog10).toBeLessThan(MIN_GUESSES_LOG10);
		// The meter does not call it hard to guess either.
		expect(rated.score).toBeLessThan(3);
	});

	it('"Summer2024!!" is what zxcvbn calls score 3, which used to pass', async () => {
		const rated = await ratePassphrase('Summer2024!!');
		expect(rated.guessesLog10).toBeGreaterThanOrEqual(8);
		expect(rated.acceptable).toBe(false);
	});

	it.each([
		'plum orchard lantern 47 quietly',
		'copper meadow violin 83 slowly',
		'violet harbour compass 82 slowly'
	])('accepts %s', async (passphrase) => {
		const rated = await ratePassphrase(passphrase);
		expect(rated.acceptable).toBe(true);
		expect(rated.guessesLog10).toBeGreaterThanOrEqual(MIN_GUESSES_LOG10);
		expect(rated.score).toBeGreaterThanOrEqual(3);
	});

	it('accepts every generated passphrase', async () => {
		for (let i = 0; i < 20; i++) {
			const passphrase = await generatePassphrase();
			const rated = await ratePassphrase(passphrase);
			expect(rated.acceptable, passphrase).toBe(true);
		}
	});

	it('refuses an empty or short passphrase whatever its estimate', async () => {
		expect((await ratePassphrase('')).acceptable).toBe(false);
		expect((await ratePassphrase('Zq9#vL2!x')).acceptable).toBe(false);
	});
});
