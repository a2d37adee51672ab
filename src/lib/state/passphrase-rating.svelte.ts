// Rates a passphrase as the person types it. The newest answer wins, so a slow rating of an earlier value can
// never overwrite a later one.
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
