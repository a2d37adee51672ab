// The app's words in another language, for tests that walk the app as a person reading it would: each English
// phrase a test looks for is found in the English source, and the same key's words in the other language are used.
// So a test written once in English walks the Polish or the Urdu app, and a key that is missing or left in English
// fails it.
import english from '../../src/lib/messages/en/index';
import { planMessages as englishPlan } from '../../src/lib/messages/en/plan';
import { supportMessages as englishSupport } from '../../src/lib/messages/en/support';
import { LANGUAGES, type LanguageCode } from '../../src/lib/messages/languages';
import cy from '../../src/lib/messages/cy/index';
import { planMessages as cyPlan } from '../../src/lib/messages/cy/plan';
import { supportMessages as cySupport } from '../../src/lib/messages/cy/support';
import pa from '../../src/lib/messages/pa/index';
import { planMessages as paPlan } from '../../src/lib/messages/pa/plan';
import { supportMessages as paSupport } from '../../src/lib/messages/pa/support';
import pl from '../../src/lib/messages/pl/index';
import { planMessages as plPlan } from '../../src/lib/messages/pl/plan';
import { supportMessages as plSupport } from '../../src/lib/messages/pl/support';
import ro from '../../src/lib/messages/ro/index';
import { planMessages as roPlan } from '../../src/lib/messages/ro/plan';
import { supportMessages as roSupport } from '../../src/lib/messages/ro/support';
import ur from '../../src/lib/messages/ur/index';
import { planMessages as urPlan } from '../../src/lib/messages/ur/plan';
import { supportMessages as urSupport } from '../../src/lib/messages/ur/support';

const ALL = {
	en: { app: english, plan: englishPlan, support: englishSupport },
	pl: { app: pl, plan: plPlan, support: plSupport },
	ro: { app: ro, plan: roPlan, support: roSupport },
	pa: { app: pa, plan: paPlan, support: paSupport },
	ur: { app: ur, plan: urPlan, support: urSupport },
	cy: { app: cy, plan: cyPlan, support: cySupport }
} as const;

export type Words = (typeof ALL)[LanguageCode];

/** Every string in `words`, with every path of keys it is at. */
function strings(
	words: unknown,
	path: string[] = [],
	found = new Map<string, string[][]>()
): Map<string, string[][]> {
	if (typeof words === 'string') found.set(words, [...(found.get(words) ?? []), path]);
	else if (words && typeof words === 'object')
		for (const [key, value] of Object.entries(words)) strings(value, [...path, key], found);
	return found;
}

const englishPaths = strings(ALL.en);

function at(words: unknown, path: readonly string[]): unknown {
	return path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], words);
}

/** Every translation of an English phrase that is one whole piece of the English words (a key's value). */
function translations(code: LanguageCode, phrase: string): string[] {
	const paths = englishPaths.get(phrase);
	if (!paths) throw new Error(`"${phrase}" is not a whole piece of the English words`);
	const found = paths.map((path) => at(ALL[code], path));
	for (const [i, text] of found.entries())
		if (typeof text !== 'string') throw new Error(`No ${code} words at ${paths[i]!.join('.')}`);
	return [...new Set(found as string[])];
}

/**
 * The words of `code` for an English phrase the app shows: the phrase must be one whole piece of text in the
 * English source, and the translation at the same key is returned (the first, where the English is at several).
 */
export function wordsIn(code: LanguageCode): (englishPhrase: string) => string {
	return (phrase) => translations(code, phrase)[0]!;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Any of the translations of an English phrase, whole: for a heading or a name that several keys share. */
export function anyIn(code: LanguageCode): (englishPhrase: string) => RegExp {
	return (phrase) => new RegExp(`^(${translations(code, phrase).map(escape).join('|')})$`);
}

/** A language's whole set of words, for phrases made by functions (a count, a name). */
export function wordsOf(code: LanguageCode): Words {
	return ALL[code];
}

export { LANGUAGES };
