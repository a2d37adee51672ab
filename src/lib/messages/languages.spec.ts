// Every language has every key of the English source, and no more: the same sections, the same lists (of the same
// length, since screens pair them with their places), and functions that take the same arguments and give words
// for every count. The type check says the same at build time (./translation.ts); this says it at run time, for
// every language, the larger sections loaded apart included.
import { describe, expect, it } from 'vitest';
import { LANGUAGES, LANGUAGE_CODES, browserLanguage } from './languages';
import { english } from './en';
import { planMessages } from './en/plan';
import { supportMessages } from './en/support';
import { currentLanguage, loadSection, m, uiLocale, useLanguage } from './index';

const bundles = import.meta.glob<{ default: unknown }>('./*/index.ts');
const plans = import.meta.glob<{ planMessages: unknown }>('./*/plan.ts');
const supports = import.meta.glob<{ supportMessages: unknown }>('./*/support.ts');

/** Arguments to try each function with: counts (one, few, many and other in every language), then names. */
const TRIES: readonly unknown[][] = [
	[0, 0, 0],
	[1, 1, 1],
	[2, 2, 2],
	[3, 3, 3],
	[5, 5, 5],
	[22, 22, 22],
	[101, 101, 101],
	['a.jpg', 'b', 'c'],
	[{ name: 'a.jpg', limitBytes: 1_000_000, waitMs: 3000 }],
	['a.jpg', 2, 3]
];

function kind(value: unknown): string {
	if (Array.isArray(value)) return 'list';
	if (value === null) return 'null';
	return typeof value;
}

/** Every difference in shape between the English `source` and a translation, by path. */
function differences(source: unknown, translation: unknown, path: string, found: string[]): void {
	const [a, b] = [kind(source), kind(translation)];
	if (a !== b) {
		found.push(`${path}: ${b === 'undefined' ? 'missing' : `${b}, not ${a}`}`);
		return;
	}
	if (a === 'string') {
		const text = translation as string;
		if (text.trim() === '') found.push(`${path}: empty`);
		if (/[\p{Cc}]/u.test(text.replace(/\n/g, ''))) found.push(`${path}: a control character`);
		if (text.isWellFormed && !text.isWellFormed()) found.push(`${path}: a broken character`);
		return;
	}
	if (a === 'function') {
		const [f, g] = [
			source as (...args: unknown[]) => unknown,
			translation as (...args: unknown[]) => unknown
		];
		if (f.length !== g.length) found.push(`${path}: takes ${g.length} arguments, not ${f.length}`);
		for (const args of TRIES) {
			let expected: unknown;
			try {
				expected = f(...args);
			} catch {
				continue;
			}
			// Arguments of the wrong kind for this function (English itself gives no sentence for them): not a try.
			if (typeof expected !== 'string' || /undefined|NaN|\[object/.test(expected)) continue;
			let got: unknown;
			try {
				got = g(...args);
			} catch (error) {
				found.push(`${path}(${JSON.stringify(args)}): throws ${String(error)}`);
				continue;
			}
			if (typeof got !== 'string' || got.trim() === '' || /undefined|NaN|\[object/.test(got))
				found.push(`${path}(${JSON.stringify(args)}): ${JSON.stringify(got)}`);
		}
		return;
	}
	if (a === 'list') {
		const [x, y] = [source as unknown[], translation as unknown[]];
		if (x.length !== y.length) found.push(`${path}: ${y.length} items, not ${x.length}`);
		x.forEach((item, i) => differences(item, y[i], `${path}[${i}]`, found));
		return;
	}
	if (a === 'object') {
		const [x, y] = [source as Record<string, unknown>, translation as Record<string, unknown>];
		for (const key of Object.keys(x)) differences(x[key], y[key], `${path}.${key}`, found);
		for (const key of Object.keys(y)) if (!(key in x)) found.push(`${path}.${key}: not in English`);
		return;
	}
	if (source !== translation) found.push(`${path}: ${String(translation)}, not ${String(source)}`);
}

describe('every language', () => {
	it('has its words in every part: the app, the safety plan form and the support pages', () => {
		const expected = LANGUAGE_CODES.flatMap((code) => [
			`./${code}/index.ts`,
			`./${code}/plan.ts`,
			`./${code}/support.ts`
		]);
		expect(
			Object.keys({ ...bundles, ...plans, ...supports })
				.filter((path) => !path.startsWith('./en/') || expected.includes(path))
				.sort()
		).toEqual(expected.sort());
	});

	it.each(LANGUAGE_CODES.filter((code) => code !== 'en'))('%s has every key, and no more', async (code) => {
		const found: string[] = [];
		differences(english, (await bundles[`./${code}/index.ts`]!()).default, code, found);
		differences(planMessages, (await plans[`./${code}/plan.ts`]!()).planMessages, `${code}.plan`, found);
		const support = (await supports[`./${code}/support.ts`]!()).supportMessages;
		differences(supportMessages, support, `${code}.support`, found);
		expect(found).toEqual([]);
	});

	it.each(LANGUAGE_CODES.filter((code) => code !== 'en'))(
		'%s keeps the numbers people call, exactly',
		async (code) => {
			const support = (await supports[`./${code}/support.ts`]!()).supportMessages as typeof supportMessages;
			const numbers = (s: typeof supportMessages) =>
				[s.emergency.contact, ...s.pages.flatMap((page) => page.contacts)].map((c) => [c.tel, c.display]);
			expect(numbers(support)).toEqual(numbers(supportMessages));
		}
	);
});

describe('choosing a language', () => {
	it('fills the words, the larger sections already loaded included, and says which language is in use', async () => {
		await loadSection('plan');
		await useLanguage('pl');
		try {
			expect(currentLanguage().code).toBe('pl');
			expect(uiLocale()).toBe('pl');
			expect(m.common.cancel).not.toBe(english.common.cancel);
			expect(m.plan.heading).not.toBe(planMessages.heading);
		} finally {
			await useLanguage('en');
		}
		expect(m.common.cancel).toBe(english.common.cancel);
		expect(m.plan.heading).toBe(planMessages.heading);
	});

	it('offers the browser’s own language first where the app has it, else English', () => {
		expect(browserLanguage(['pl-PL', 'en-GB'])).toBe('pl');
		expect(browserLanguage(['de-DE', 'ur-PK'])).toBe('ur');
		expect(browserLanguage(['de-DE'])).toBe('en');
		expect(browserLanguage([])).toBe('en');
	});

	it('writes Urdu right to left and every other language left to right', () => {
		expect(LANGUAGE_CODES.filter((code) => LANGUAGES[code].dir === 'rtl')).toEqual(['ur']);
	});
});
