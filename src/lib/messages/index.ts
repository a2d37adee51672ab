// The app's words, in the language the person chose. Only that language is loaded: each is a chunk of its own
// (./<code>/index.ts), and `m` is filled from it before any screen that shows words is drawn (useLanguage). English
// (./en) is the source, and every other language has its shape (./translation.ts). The support pages and the safety
// plan's form are larger and are loaded only with their screens (loadSection).
import type { english } from './en';
import type { planMessages } from './en/plan';
import { DEFAULT_LANGUAGE, LANGUAGES, type LanguageCode, type LanguageInfo } from './languages';
import type { SupportMessages } from './support-types';
import type { Translation } from './translation';

export type AppMessages = Translation<typeof english>;
export type PlanMessages = Translation<typeof planMessages>;
export type Messages = AppMessages;

/** The sections that load with their own screens, not with the rest of a language's words. */
export interface LazySections {
	plan: PlanMessages;
	support: SupportMessages;
}
export type LazySection = keyof LazySections;

type Bundle = { default: AppMessages };
const bundles = import.meta.glob<Bundle>('./*/index.ts');
const planModules = import.meta.glob<{ planMessages: PlanMessages }>('./*/plan.ts');
const supportModules = import.meta.glob<{ supportMessages: SupportMessages }>('./*/support.ts');

/**
 * The words of the chosen language. Empty until useLanguage has filled it: the screens that read it are drawn only
 * after (the page's start waits for it), and the one screen drawn before, the language choice, takes its words
 * from ./languages alone.
 */
export const m = {} as AppMessages & LazySections;

let current: LanguageInfo = LANGUAGES[DEFAULT_LANGUAGE];
const loaded = new Set<LazySection>();

/** The language whose words are in `m`. */
export function currentLanguage(): LanguageInfo {
	return current;
}

/** The locale for dates, numbers and plurals on screen: the chosen language's. */
export function uiLocale(): string {
	return current.locale;
}

function loader<T>(
	modules: Record<string, () => Promise<T>>,
	file: string,
	code: LanguageCode
): () => Promise<T> {
	const load = modules[`./${code}/${file}.ts`];
	if (!load) throw new Error(`No ${file} words for the language ${code}`);
	return load;
}

async function sectionOf<S extends LazySection>(section: S, code: LanguageCode): Promise<LazySections[S]> {
	if (section === 'plan') return (await loader(planModules, 'plan', code)()).planMessages as LazySections[S];
	return (await loader(supportModules, 'support', code)()).supportMessages as LazySections[S];
}

/**
 * Loads a language's words into `m`, with any larger section already loaded in the one before, and marks the
 * page with its `lang` and direction. Rejects (and changes nothing) when its chunk cannot be loaded.
 */
export async function useLanguage(code: LanguageCode): Promise<void> {
	const [bundle, ...sections] = await Promise.all([
		loader(bundles, 'index', code)(),
		...[...loaded].map(async (section) => [section, await sectionOf(section, code)] as const)
	]);
	Object.assign(m, bundle.default, Object.fromEntries(sections));
	current = LANGUAGES[code];
	if (typeof document !== 'undefined') {
		document.documentElement.lang = current.locale;
		document.documentElement.dir = current.dir;
	}
}

/** Loads a larger section of the current language's words, before the screen that shows it. */
export async function loadSection(section: LazySection): Promise<void> {
	if (loaded.has(section)) return;
	const words = await sectionOf(section, current.code);
	Object.assign(m, { [section]: words });
	loaded.add(section);
}

export type {
	SupportBlock,
	SupportContact,
	SupportLetteredItem,
	SupportMessages,
	SupportPage,
	SupportPageId,
	SupportSection
} from './support-types';
export type { LanguageCode, LanguageInfo } from './languages';
