// Rates a passphrase as the person types it. The newest answer wins, so a slow rating of an earlier value can
// never overwrite a later one.
import { generatePassphrase } from '$lib/crypto/generate-passphrase';
import { m } from '$lib/messages';
import { MIN_LENGTH, type Strength } from '$lib/vault/passphrase-strength';
import { ratePassphraseOffThread } from '$lib/vault/rate-off-thread';

export type { StrengthScore } from '$lib/vault/passphrase-strength';

export class PassphraseRating {
	#strength = $state.raw<Strength | undefined>();
	#latest = '';

	get strength(): Strength | undefined {
		return this.#strength;
	}

	rate(passphrase: string): void {
		this.#latest = passphrase;
		ratePassphraseOffThread(passphrase).then(
			(result) => {
				if (this.#latest === passphrase) this.#strength = result;
			},
			// A lock or quick exit ends the rating worker: nothing is left to rate for.
			(error: unknown) => {
				if (!(error instanceof DOMException && error.name === 'AbortError')) console.error(error);
			}
		);
	}

	/** Rates and waits for the answer, so a check made when the person presses the button is of what they typed. */
	async settle(passphrase: string): Promise<Strength> {
		this.#latest = passphrase;
		const result = await ratePassphraseOffThread(passphrase);
		if (this.#latest === passphrase) this.#strength = result;
		return result;
	}

	/**
	 * What is wrong with a new passphrase, if anything, from its length and its newest rating. It follows the typing,
	 * so the message goes as soon as the passphrase is strong enough.
	 */
	problemWith(passphrase: string): string | undefined {
		if (passphrase.length < MIN_LENGTH) return m.passphrase.tooShort(MIN_LENGTH);
		return this.#strength && !this.#strength.acceptable ? m.passphrase.tooWeak : undefined;
	}
}

/**
 * A passphrase of random words offered beside a passphrase field (crypto/generate-passphrase.ts). It is made when
 * the screen opens; "Suggest another" replaces it. Nothing is stored.
 */
export class PassphraseSuggestion {
	#words = $state<string | undefined>();

	get words(): string | undefined {
		return this.#words;
	}

	next(): void {
		generatePassphrase().then(
			(words) => (this.#words = words),
			(error: unknown) => console.error(error)
		);
	}

	/** Drops the words from this screen's state once they are used or the screen closes. */
	clear(): void {
		this.#words = undefined;
	}
}
