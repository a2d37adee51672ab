// Unit tests read the app's words as a person in English sees them: `m` is filled, as the page's start fills it,
// before any test runs.
import { useLanguage } from '$lib/messages';

await useLanguage('en');
