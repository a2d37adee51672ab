// Strength feedback from zxcvbn-ts, which estimates how many guesses a passphrase would take against real
// cracking dictionaries. It is large, so it is loaded only on the screens that set a passphrase.
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

export type StrengthScore = 0 | 1 | 2 | 3 | 4;

export interface Strength {
	/** For the meter: 0 to 4, from the estimated guesses; 3 and 4 are the levels that pass. */
	readonly score: StrengthScore;
	/** zxcvbn's estimate of the guesses needed, as a power of ten. */
	readonly guessesLog10: number;
	/** Whether it passes the minimum: a stolen copy of the browser profile should resist offline guessing. */
	readonly acceptable: boolean;
}

/**
 * At least 10^10 estimated guesses. zxcvbn's own score 3 starts at 10^8, which "Summer2024!!" reaches: a copied
 * profile at that strength falls to one GPU guessing offline in hours, even through Argon2id. At 10^10, and a second
 * of Argon2id a guess on the phone, it is years for one GPU rig.
 */
export const MIN_GUESSES_LOG10 = 10;
export const MIN_LENGTH = 10;

/** The meter's levels, as powers of ten of the estimated guesses; the pass mark is the third. */
const LEVELS = [6, 8, MIN_GUESSES_LOG10, 14] as const;

function levelOf(guessesLog10: number): StrengthScore {
	const below = LEVELS.findIndex((floor) => guessesLog10 < floor);
	return (below === -1 ? LEVELS.length : below) as StrengthScore;
}

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
	if (passphrase.length === 0) return { score: 0, guessesLog10: 0, acceptable: false };
	const { guessesLog10 } = (await loadFactory()).check(passphrase.slice(0, 256), userInputs);
	return {
		score: levelOf(guessesLog10),
		guessesLog10,
		acceptable: guessesLog10 >= MIN_GUESSES_LOG10 && passphrase.length >= MIN_LENGTH
	};
}
