// The codes of the languages the app is written in: apart from their words, so the settings row's check (which
// loads with the first screen) carries nothing else.
export const LANGUAGE_CODES = ['en', 'pl', 'ro', 'pa', 'ur', 'cy'] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

export const DEFAULT_LANGUAGE: LanguageCode = 'en';

export function isLanguageCode(value: unknown): value is LanguageCode {
	return typeof value === 'string' && (LANGUAGE_CODES as readonly string[]).includes(value);
}
