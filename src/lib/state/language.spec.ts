// The language is chosen on a fresh device before anything else shows, and a diary starts in the language kept with
// its settings.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { m } from '$lib/messages';
import { english } from '$lib/messages/en';
import { useTestDiaries } from '$lib/testing/vault';
import { DEFAULT_PREFS } from '$lib/vault/meta-rows';
import { language, startingLanguage } from './language.svelte';
import { Navigation } from './navigation.svelte';
import { Session } from './session.svelte';

const { newDb } = useTestDiaries('language');

describe('the language', () => {
	it('is chosen first on a fresh device, and the first-run steps follow in it', async () => {
		const first = new Navigation(() => undefined);
		await new Session(newDb(), first).start();
		expect(first.screen).toBe('language');

		const version = language.version;
		await language.use('pl');
		expect(language.code).toBe('pl');
		expect(language.version).toBe(version + 1);
		expect(m.safety.welcome.next).not.toBe(english.safety.welcome.next);

		const next = new Navigation(() => undefined);
		await new Session(newDb(), next).start();
		expect(next.screen).toBe('welcome');
		await language.use('en');
	});

	it('starts as kept with the diary’s settings; a diary from before the choice starts in English', () => {
		expect(startingLanguage(true, { ...DEFAULT_PREFS, language: 'ur' })).toBe('ur');
		expect(startingLanguage(false, { ...DEFAULT_PREFS, language: 'cy' })).toBe('cy');
		expect(startingLanguage(true, DEFAULT_PREFS)).toBe('en');
		expect(startingLanguage(true, undefined)).toBe('en');
		expect(startingLanguage(false, undefined)).toBeUndefined();
	});

	it('changes nothing when a language’s words cannot be loaded', async () => {
		await language.use('en');
		const version = language.version;
		// @ts-expect-error: a code the app does not have, as a damaged call would pass
		await expect(language.use('xx')).rejects.toThrow();
		expect(language.code).toBe('en');
		expect(language.version).toBe(version);
		expect(m.common.cancel).toBe(english.common.cancel);
	});
});
