// Strength feedback from zxcvbn-ts, which estimates how many guesses a passphrase would take against real
// cracking dictionaries. It is large, so it is loaded only on the screens that set a passphrase.
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

export type StrengthScore = 0 | 1 | 2 | 3 | 4;

export interface Strength {
	readonly score: StrengthScore;
	/** Whether it passes the minimum: a stolen copy of the browser profile should resist offline guessing. */
	readonly acceptable: boolean;
}

/** Score 3 is "safely unguessable" in zxcvbn's terms (about 10^10 guesses), which Argon2id slows much further. */
export const MIN_SCORE = 3;
export const MIN_LENGTH = 10;

let factory: Promise<ZxcvbnFactory> | undefined;

function loadFactory(): Promise<ZxcvbnFactory> {
	factory ??= Promise.all([
		import('@zxcvbn-ts/core'),
		import('@zxcvbn-ts/language-common'),
		import('@zxcvbn-ts/language-en')
	]).then(
		([core, common, en]) =>
			new core.ZxcvbnFactory({
				graphs: common.adjacencyGraphs,
				dictionary: { ...common.dictionary, ...en.dictionary }
			})
	);
	return factory;
}

export async function ratePassphrase(passphrase: string, userInputs: string[] = []): Promise<Strength> {
	if (passphrase.length === 0) return { score: 0, acceptable: false };
	const result = (await loadFactory()).check(passphrase.slice(0, 256), userInputs);
	const score = result.score as StrengthScore;
	return { score, acceptable: score >= MIN_SCORE && passphrase.length >= MIN_LENGTH };
}
