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

export const formatWhen = (occurred: Occurred, options: DisplayOptions = {}): string =>
	when(occurred, { locale: uiLocale(), ...options });

export const formatDay = (value: IsoDate): string => day(value, { locale: uiLocale() });

export const formatSavedAt = (value: IsoDateTime, options: DisplayOptions = {}): string =>
	savedAt(value, { locale: uiLocale(), ...options });
