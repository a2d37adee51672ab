// The languages the app is written in, with only what the language choice needs before any of them is loaded: each
// language's own name for itself, its direction, the locale its dates and numbers are written in, and the few words
// of the choice itself. Small on purpose: it loads with the first screen, and the rest of a language's words load
// only once it is chosen (./index.ts).
import { DEFAULT_LANGUAGE, isLanguageCode, type LanguageCode } from './language-codes';

export { DEFAULT_LANGUAGE, LANGUAGE_CODES, isLanguageCode, type LanguageCode } from './language-codes';

export interface LanguageInfo {
	readonly code: LanguageCode;
	/** The language's name in itself, as its speakers look for it. */
	readonly name: string;
	/** For `lang` and for Intl: dates, numbers and plural forms. */
	readonly locale: string;
	readonly dir: 'ltr' | 'rtl';
	/** The words of the language choice, in this language. */
	readonly choose: {
		readonly heading: string;
		readonly hint: string;
		readonly exit: string;
		readonly exitHint: string;
		/** The language's words could not be loaded (offline before they were kept for offline use). */
		readonly notLoaded: string;
	};
}

// The translations below, like every language but English, have not yet been reviewed by a native speaker.
export const LANGUAGES: Readonly<Record<LanguageCode, LanguageInfo>> = {
	en: {
		code: 'en',
		name: 'English',
		locale: 'en-GB',
		dir: 'ltr',
		choose: {
			heading: 'Choose a language',
			hint: 'You can change it later in Settings.',
			exit: 'Quick exit',
			exitHint: 'Leaves at once. You can also press Shift three times.',
			notLoaded: 'That language could not be loaded just now. Please check the connection and try again.'
		}
	},
	pl: {
		code: 'pl',
		name: 'Polski',
		locale: 'pl',
		dir: 'ltr',
		choose: {
			heading: 'Wybierz język',
			hint: 'Możesz go później zmienić w Ustawieniach.',
			exit: 'Szybkie wyjście',
			exitHint: 'Natychmiast opuszcza aplikację. Można też trzy razy nacisnąć Shift.',
			notLoaded: 'Nie udało się teraz wczytać tego języka. Sprawdź połączenie i spróbuj ponownie.'
		}
	},
	ro: {
		code: 'ro',
		name: 'Română',
		locale: 'ro',
		dir: 'ltr',
		choose: {
			heading: 'Alegeți o limbă',
			hint: 'O puteți schimba mai târziu din Setări.',
			exit: 'Ieșire rapidă',
			exitHint: 'Iese imediat. Puteți apăsa și tasta Shift de trei ori.',
			notLoaded: 'Limba aceasta nu a putut fi încărcată acum. Verificați conexiunea și încercați din nou.'
		}
	},
	pa: {
		code: 'pa',
		name: 'ਪੰਜਾਬੀ',
		locale: 'pa-Guru',
		dir: 'ltr',
		choose: {
			heading: 'ਭਾਸ਼ਾ ਚੁਣੋ',
			hint: 'ਤੁਸੀਂ ਇਸਨੂੰ ਬਾਅਦ ਵਿੱਚ ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਬਦਲ ਸਕਦੇ ਹੋ।',
			exit: 'ਤੁਰੰਤ ਬਾਹਰ ਨਿਕਲੋ',
			exitHint: 'ਇਸੇ ਵੇਲੇ ਬਾਹਰ ਲੈ ਜਾਂਦਾ ਹੈ। ਤੁਸੀਂ Shift ਨੂੰ ਤਿੰਨ ਵਾਰ ਵੀ ਦਬਾ ਸਕਦੇ ਹੋ।',
			notLoaded: 'ਇਹ ਭਾਸ਼ਾ ਇਸ ਵੇਲੇ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੀ। ਕਿਰਪਾ ਕਰਕੇ ਕਨੈਕਸ਼ਨ ਦੇਖੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।'
		}
	},
	ur: {
		code: 'ur',
		name: 'اردو',
		locale: 'ur',
		dir: 'rtl',
		choose: {
			heading: 'زبان منتخب کریں',
			hint: 'آپ اسے بعد میں سیٹنگز میں بدل سکتے ہیں۔',
			exit: 'فوری طور پر باہر نکلیں',
			exitHint: 'فوراً باہر لے جاتا ہے۔ آپ Shift کو تین بار بھی دبا سکتے ہیں۔',
			notLoaded: 'یہ زبان ابھی لوڈ نہیں ہو سکی۔ براہ کرم کنکشن دیکھیں اور دوبارہ کوشش کریں۔'
		}
	},
	cy: {
		code: 'cy',
		name: 'Cymraeg',
		locale: 'cy',
		dir: 'ltr',
		choose: {
			heading: 'Dewiswch iaith',
			hint: 'Gallwch ei newid yn nes ymlaen yn y Gosodiadau.',
			exit: 'Gadael yn gyflym',
			exitHint: 'Yn gadael ar unwaith. Gallwch hefyd bwyso Shift dair gwaith.',
			notLoaded: 'Nid oedd modd llwytho’r iaith honno nawr. Gwiriwch y cysylltiad a rhowch gynnig arall arni.'
		}
	}
};

/**
 * The language to offer first on the choice: the first of the browser's own languages that the app has, else
 * English. Only an order: the person still chooses.
 */
export function browserLanguage(preferred: readonly string[]): LanguageCode {
	for (const tag of preferred) {
		const base = tag.toLowerCase().split('-')[0];
		if (isLanguageCode(base)) return base;
	}
	return DEFAULT_LANGUAGE;
}
