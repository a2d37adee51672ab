// Rates a passphrase as the person types it. The newest answer wins, so a slow rating of an earlier value can
// never overwrite a later one.
import { generatePassphrase } from '$lib/crypto/generate-passphrase';
import { ratePassphrase, type Strength } from '$lib/vault/passphrase-strength';

export class PassphraseRating {
	#strength = $state.raw<Strength | undefined>();
	#latest = '';

	get strength(): Strength | undefined {
		return this.#strength;
	}

	rate(passphrase: string): void {
		this.#latest = passphrase;
		ratePassphrase(passphrase).then(
			(result) => {
				if (this.#latest === passphrase) this.#strength = result;
			},
			(error: unknown) => console.error(error)
		);
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
