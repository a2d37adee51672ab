// The shape every language's words must have: the English source's, with each piece of text widened to any
// string, so a translation with a key missing, a key too many or a function taking other arguments fails the type
// check (and messages/languages.spec.ts, at run time).
export type Translation<T> = T extends string
	? string
	: T extends (...args: infer A) => infer R
		? (...args: A) => Translation<R>
		: T extends readonly unknown[]
			? { readonly [K in keyof T]: Translation<T[K]> }
			: T extends object
				? { readonly [K in keyof T]: Translation<T[K]> }
				: T;

/**
 * A language's plural forms, chosen through Intl.PluralRules: Polish has one, few and many; Welsh zero, one, two,
 * few, many and other. `other` is the form for any count a language does not name.
 */
export function plurals(locale: string) {
	const rules = new Intl.PluralRules(locale);
	return (count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string =>
		forms[rules.select(count)] ?? forms.other;
}
