// Times and days as the screens show them, in the chosen language's own way of writing dates (Intl). The documents
// made from the diary are written in English and call domain/iso-time.ts directly, with its en-GB default.
import {
	formatDay as day,
	formatSavedAt as savedAt,
	formatWhen as when,
	type DisplayOptions
} from '$lib/domain/iso-time';
import type { IsoDate, IsoDateTime, Occurred } from '$lib/domain/incident';
import { uiLocale } from '$lib/messages';

const usable = new Map<string, string>();

/**
 * The locale to write dates in: the language's own where the browser has its dates, else British English. Some
 * browsers carry no date words for some languages (Chromium has none for Welsh, and only placeholders such as "M12"
 * for Panjabi's months); a date in British form reads better than an American one or a placeholder.
 */
export function dateLocale(locale: string = uiLocale()): string {
	let found = usable.get(locale);
	if (found === undefined) {
		const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
		const language = (tag: string) => tag.toLowerCase().split('-')[0];
		const month = format.format(new Date(Date.UTC(2026, 0, 15)));
		found =
			language(format.resolvedOptions().locale) === language(locale) && !/^M\d+$/.test(month)
				? locale
				: 'en-GB';
		usable.set(locale, found);
	}
	return found;
}

export const formatWhen = (occurred: Occurred, options: DisplayOptions = {}): string =>
	when(occurred, { locale: dateLocale(), ...options });

export const formatDay = (value: IsoDate): string => day(value, { locale: dateLocale() });

export const formatSavedAt = (value: IsoDateTime, options: DisplayOptions = {}): string =>
	savedAt(value, { locale: dateLocale(), ...options });
