// The language the app shows, chosen on the first screen after the disguise and changeable in Settings. Kept in the
// settings row (vault/meta-rows.ts), which says nothing but the language itself; before a diary exists it is held
// here only, and written with the diary's first settings.
import { useLanguage } from '$lib/messages';
import { DEFAULT_LANGUAGE, type LanguageCode } from '$lib/messages/language-codes';
import type { PrefsRow } from '$lib/vault/meta-rows';

class LanguageChoice {
	#code = $state<LanguageCode | undefined>();
	/** Changes each time the words change, so the screens on show are drawn again in the new language. */
	#version = $state(0);

	/** The language in use; undefined on a fresh visit until one is chosen. */
	get code(): LanguageCode | undefined {
		return this.#code;
	}

	get version(): number {
		return this.#version;
	}

	/** Loads the language's words and shows them. Rejects, changing nothing, if they cannot be loaded. */
	async use(code: LanguageCode): Promise<void> {
		await useLanguage(code);
		this.#code = code;
		this.#version++;
	}
}

export const language = new LanguageChoice();

/**
 * The language to start in: the one stored with the diary's settings, or English for a diary made before there was
 * a choice. Undefined when there is no diary yet: the person chooses first.
 */
export function startingLanguage(hasDiary: boolean, prefs: PrefsRow | undefined): LanguageCode | undefined {
	return prefs?.language ?? (hasDiary ? DEFAULT_LANGUAGE : undefined);
}
