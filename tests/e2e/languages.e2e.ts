// The app in the person's own language, end to end in Chromium: chosen on the first screen after the disguise, set
// up, used, locked and unlocked in it; every screen in Urdu (right to left) and Polish at 320 px passes axe with
// nothing that scrolls sideways; the timeline PDF's labels in Polish beside the English, with the person's words as
// typed; the language changed in Settings; and Read aloud offered only with a voice on the device.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { exportMessages } from '../../src/lib/messages/export';
import type { LanguageCode } from '../../src/lib/messages/languages';
import { audit } from './audit';
import {
	CODE,
	EXIT_STUB,
	PASSPHRASE,
	SETUP_CODE,
	chooseLanguage,
	expect,
	stubExit,
	test,
	typeCode
} from './fixtures';
import { downloadTo } from './sharing';
import { LANGUAGES, anyIn, wordsIn, wordsOf } from './words';

const run = promisify(execFile);
const squash = (text: string) => text.replace(/\s+/g, ' ');

/** What a person types, in Polish, with an emoji and a sentence in Urdu: kept exactly, never translated. */
const OWN_WORDS = 'Szedł za mną aż pod sklep, zażółć gęślą jaźń 😟 وہ میرے پیچھے آیا';

let dir: string;
test.beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'wm-languages-'));
});
test.afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

/** The words a test looks for, in `code`: `t` for one phrase, `any` for a name several keys share. */
function wordsFor(code: LanguageCode) {
	return { t: wordsIn(code), any: anyIn(code), all: wordsOf(code) };
}

type Words = ReturnType<typeof wordsFor>;

/** Opens a screen from the diary's menu, in the language on screen, and waits for its heading. */
async function openScreenIn(page: Page, { t, any }: Words, name: string, heading = name): Promise<void> {
	await expect(page.getByRole('button', { name: t('Lock'), exact: true })).toBeVisible();
	const menu = page.getByRole('button', { name: t('Menu'), exact: true });
	if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
	await page
		.getByRole('navigation', { name: t('Diary') })
		.getByRole('button', { name: any(name) })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: any(heading) })).toBeVisible();
}

/** A fresh visit set up in `code`: the language chosen, the first-run steps, the passphrase and code. */
async function setUpIn(page: Page, words: Words, code: LanguageCode, audited = false): Promise<void> {
	const { t, all } = words;
	await page.goto('/');
	await typeCode(page, SETUP_CODE);
	if (audited) await audit(page, 'language choice');
	await chooseLanguage(page, LANGUAGES[code].name);
	await expect(page.locator('html')).toHaveAttribute('lang', LANGUAGES[code].locale);
	await expect(page.locator('html')).toHaveAttribute('dir', LANGUAGES[code].dir);
	await expect(page.getByRole('heading', { name: all.app.safety.welcome.steps[0].heading })).toBeVisible();
	if (audited) await audit(page, 'welcome');
	await page.getByRole('button', { name: t('Next') }).click();
	await page.getByRole('button', { name: t('Next') }).click();
	await page.getByRole('button', { name: t('Set up my diary') }).click();
	await expect(page.getByRole('heading', { name: t('Set up your diary') })).toBeVisible();
	await expect(page.getByRole('button', { name: t('Use this passphrase') })).toBeEnabled();
	if (audited) {
		await audit(page, 'create');
		await page.getByLabel(t('Passphrase'), { exact: true }).fill('weak');
		await page.getByRole('button', { name: t('Create my diary') }).click();
		await expect(page.getByRole('alert', { name: t('There is a problem') })).toBeFocused();
		await audit(page, 'create with errors');
	}
	await page.getByLabel(t('Passphrase'), { exact: true }).fill(PASSPHRASE);
	await page.getByLabel(t('Type the passphrase again')).fill(PASSPHRASE);
	await page.getByLabel(t('Calculator code')).fill(CODE);
	await page.getByLabel(t('Calculator code')).press('Enter');
	await expect(page.getByRole('heading', { name: t('Practise the quick exit') })).toBeVisible({
		timeout: 20_000
	});
	if (audited) await audit(page, 'practice');
	await page.getByRole('button', { name: t('Skip for now') }).press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: words.any('Timeline') })).toBeVisible();
}

/** An entry of one behaviour (the Act's letter and the language's name) and the person's words, saved. */
async function logIn(page: Page, { t, all }: Words, words: string): Promise<void> {
	await page.getByRole('button', { name: t('Log something'), exact: true }).click();
	await page.getByLabel(`(a) ${all.app.behaviourNames.following}`).check();
	await page.getByLabel(t('What happened'), { exact: true }).fill(words);
	await page.getByRole('button', { name: t('Save'), exact: true }).click();
	await expect(page.getByRole('heading', { name: t('Entry'), exact: true })).toBeVisible();
}

test('set up in Polish, log, lock, unlock and export: the PDF’s labels are Polish beside the English, and the words are as typed', async ({
	page
}) => {
	test.setTimeout(120_000);
	const words = wordsFor('pl');
	const { t, all } = words;
	await setUpIn(page, words, 'pl');
	await logIn(page, words, OWN_WORDS);
	await expect(page.getByText(OWN_WORDS)).toBeVisible();

	// Locked, then opened again: the passphrase screen is in Polish too, and the title is still the disguise's.
	await page.getByRole('button', { name: t('Lock'), exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Calculator', exact: true })).toBeAttached();
	await page.reload();
	await typeCode(page);
	await expect(page.getByRole('heading', { name: t('Open your diary') })).toBeVisible();
	await expect(page).toHaveTitle('Calculator');
	await page.getByLabel(t('Passphrase'), { exact: true }).fill(PASSPHRASE);
	await page.getByRole('button', { name: t('Open'), exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: words.any('Timeline') })).toBeVisible();
	await expect(page.getByText(OWN_WORDS.slice(0, 20))).toBeVisible();

	await openScreenIn(page, words, 'Export and share');
	await expect(page.getByLabel(all.app.language.pdfLabelsBoth('Polski'))).toBeChecked();
	const both = squash(
		(await run('pdftotext', ['-enc', 'UTF-8', await downloadTo(dir, page, t('Timeline PDF')), '-'])).stdout
	);
	// A short label reads whole; a long one wraps in its column, and pdftotext reads its lines between the value's.
	expect(both).toContain(`${all.app.records.columns.whatHappened} / ${exportMessages.columns.whatHappened}`);
	expect(both).toContain(all.app.records.columns.behaviours.split(' ')[0]!);
	expect(both).toContain(exportMessages.pdf.labelsNote('Polski'));
	expect(both).toContain(all.app.language.pdfLabelsNote);
	// The person's words, exactly: Polish letters, the emoji's place and the Urdu are all there.
	expect(both).toContain('Szedł za mną aż pod sklep, zażółć gęślą jaźń');
	expect(both).toContain('(a) Following');

	await page.getByLabel(t('English only')).check();
	const english = squash(
		(await run('pdftotext', ['-enc', 'UTF-8', await downloadTo(dir, page, t('Timeline PDF')), '-'])).stdout
	);
	expect(english).not.toContain(all.app.records.columns.whatHappened);
	expect(english).not.toContain(exportMessages.pdf.labelsNote('Polski'));
	expect(english).toContain('Szedł za mną aż pod sklep, zażółć gęślą jaźń');
});

/** Every screen a person sees, in `code`, each audited: the walk of a11y.e2e.ts, in another language. */
async function visitEveryScreenIn(page: Page, code: LanguageCode): Promise<void> {
	const words = wordsFor(code);
	const { t, any, all } = words;
	await setUpIn(page, words, code, true);
	await audit(page, 'timeline (empty)');

	await openScreenIn(page, words, 'Log something');
	await audit(page, 'log form');
	await page.getByRole('button', { name: t('Save'), exact: true }).click();
	await expect(page.getByRole('alert', { name: t('There is a problem') })).toBeFocused();
	await audit(page, 'log form with errors');
	await page.getByLabel(`(a) ${all.app.behaviourNames.following}`).check();
	await page.getByLabel(t('What happened'), { exact: true }).fill(OWN_WORDS);
	await page.getByRole('button', { name: t('Save'), exact: true }).click();
	await expect(page.getByRole('heading', { name: t('Entry'), exact: true })).toBeVisible();
	await audit(page, 'incident');

	await openScreenIn(page, words, 'Timeline');
	await page.getByRole('button', { name: t('Quick log'), exact: true }).click();
	await page.getByRole('button', { name: t('Save now') }).click();
	await audit(page, 'timeline with entries');
	for (const [name, heading] of [
		['People', 'People'],
		['Patterns', 'Patterns'],
		['Safety plan', 'Your safety plan'],
		['Settings', 'Settings'],
		['Help', 'Help and support'],
		['Export and share', 'Export and share']
	] as const) {
		await openScreenIn(page, words, name, heading);
		await audit(page, name);
	}
	await openScreenIn(page, words, 'Help', 'Help and support');
	for (const { title } of all.support.pages) {
		await page.getByRole('main').getByRole('button', { name: title }).click();
		await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
		await audit(page, `help: ${title}`);
		await page.getByRole('button', { name: all.support.backToTopics }).first().click();
	}
	await openScreenIn(page, words, 'Patterns');
	await page.getByRole('button', { name: t('Facts your caseworker may ask about') }).click();
	await expect(page.getByRole('heading', { level: 1, name: any('Facts for your caseworker') })).toBeVisible();
	await audit(page, 'facts for your caseworker');
	await openScreenIn(page, words, 'Settings');
	await page.getByRole('button', { name: t('Restore a backup') }).click();
	await audit(page, 'restore');
	await openScreenIn(page, words, 'Settings');
	await page.getByRole('button', { name: t('Open a shared file') }).click();
	await audit(page, 'open a shared file');

	await page.getByRole('button', { name: t('Lock'), exact: true }).click();
	await audit(page, 'calculator');
	// The calculator reads left to right in every language.
	await expect(page.locator('.calc')).toHaveCSS('direction', 'ltr');
	await typeCode(page);
	await audit(page, 'unlock');
	await page.getByLabel(t('Passphrase'), { exact: true }).fill('not it');
	await page.getByRole('button', { name: t('Open'), exact: true }).click();
	await expect(page.getByText(all.app.unlock.wrong)).toBeVisible();
	await audit(page, 'unlock with error');
}

for (const code of ['ur', 'pl'] as const) {
	test(`every screen in ${LANGUAGES[code].name} passes axe at 320 px`, async ({ page }) => {
		test.setTimeout(300_000);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.setViewportSize({ width: 320, height: 640 });
		await visitEveryScreenIn(page, code);
	});
}

test('the language changed in Settings redraws the screen in it, and the diary opens in it next time', async ({
	page
}) => {
	test.setTimeout(120_000);
	const english = wordsFor('en');
	await setUpIn(page, english, 'en');
	await openScreenIn(page, english, 'Settings');
	await page.getByLabel('The app’s language').selectOption('cy');
	await page.getByRole('button', { name: 'Change language' }).click();
	const welsh = wordsFor('cy');
	await expect(page.getByRole('heading', { level: 1, name: welsh.any('Settings') })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
	await expect(page.getByText(welsh.all.app.language.unreviewed)).toBeVisible();
	await expect(page).toHaveTitle('Calculator');

	await page.reload();
	await typeCode(page);
	await expect(page.getByRole('heading', { name: welsh.t('Open your diary') })).toBeVisible();

	// Urdu: the page mirrors, the calculator does not.
	await page.getByLabel(welsh.t('Passphrase'), { exact: true }).fill(PASSPHRASE);
	await page.getByRole('button', { name: welsh.t('Open'), exact: true }).click();
	await openScreenIn(page, welsh, 'Settings');
	await page.getByLabel(welsh.t('The app’s language')).selectOption('ur');
	await page.getByRole('button', { name: welsh.t('Change language') }).click();
	const urdu = wordsFor('ur');
	await expect(page.getByRole('heading', { level: 1, name: urdu.any('Settings') })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('main')).toHaveCSS('direction', 'rtl');
	await page.getByRole('button', { name: urdu.t('Lock'), exact: true }).click();
	await expect(page.locator('.calc')).toHaveCSS('direction', 'ltr');
});

test.describe('Read aloud', () => {
	test.use({ foreignAllowed: [EXIT_STUB] });

	test('is offered only with a local voice, and stops with locking and the quick exit', async ({
		page,
		context
	}) => {
		await stubExit(context);
		// The browser's voices, as a phone lists them: a local Polish one is used; a remote one never is. What is
		// spoken is kept on the page; how often speech was stopped, in this tab's session storage (a count, nothing
		// else), so it can be read after the exit and Back.
		await page.addInitScript(() => {
			const spoken: { text: string; voice: string | undefined }[] = [];
			const voices = [
				{ name: 'Remote Polish', lang: 'pl-PL', localService: false, default: false, voiceURI: 'remote' },
				{ name: 'Zosia', lang: 'pl-PL', localService: true, default: false, voiceURI: 'local' }
			];
			const stops = () => Number(sessionStorage.getItem('test-stops') ?? '0');
			Object.assign(window, { spoken });
			Object.defineProperty(window, 'speechSynthesis', {
				value: {
					getVoices: () => voices,
					addEventListener: () => undefined,
					speak: (utterance: SpeechSynthesisUtterance) =>
						spoken.push({ text: utterance.text, voice: utterance.voice?.name }),
					cancel: () => sessionStorage.setItem('test-stops', String(stops() + 1))
				}
			});
			Object.defineProperty(window, 'SpeechSynthesisUtterance', {
				value: class {
					voice: unknown = null;
					lang = '';
					constructor(public text: string) {}
					addEventListener() {}
				}
			});
		});
		const words = wordsFor('pl');
		await setUpIn(page, words, 'pl');
		// Offered on the help pages and the first-run steps, never on an entry: a phone's speech engine can choose
		// a voice on a server even when the browser calls it local, and the person's own words must not go there.
		await logIn(page, words, OWN_WORDS);
		await expect(page.getByText(OWN_WORDS)).toBeVisible();
		await expect(page.getByRole('button', { name: new RegExp(`^${words.t('Read aloud')}`) })).toHaveCount(0);
		const topic = words.all.support.pages[0]!.title;
		await openScreenIn(page, words, 'Help', 'Help and support');
		await page.getByRole('main').getByRole('button', { name: topic }).click();
		await expect(page.getByRole('heading', { level: 1, name: topic })).toBeVisible();
		await page.getByRole('button', { name: new RegExp(`^${words.t('Read aloud')}`) }).click();
		const spoken = await page.evaluate(
			() => (window as unknown as { spoken: { text: string; voice: string }[] }).spoken
		);
		expect(spoken).toHaveLength(1);
		expect(spoken[0]!.voice).toBe('Zosia');
		expect(spoken[0]!.text).toContain(topic);
		expect(spoken[0]!.text).not.toContain(OWN_WORDS);

		const stops = () => page.evaluate(() => Number(sessionStorage.getItem('test-stops') ?? '0'));
		const beforeLock = await stops();
		await page.getByRole('button', { name: words.t('Lock'), exact: true }).click();
		expect(await stops()).toBeGreaterThan(beforeLock);

		await typeCode(page);
		await page.getByLabel(words.t('Passphrase'), { exact: true }).fill(PASSPHRASE);
		await page.getByRole('button', { name: words.t('Open'), exact: true }).click();
		await expect(page.getByRole('heading', { level: 1, name: words.any('Timeline') })).toBeVisible();
		const beforeExit = await stops();
		for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
		await page.waitForURL(EXIT_STUB);
		await page.goBack();
		await expect(page.getByRole('heading', { name: 'Calculator', exact: true })).toBeAttached();
		expect(await stops()).toBeGreaterThan(beforeExit);
	});

	test('is not offered where the only voice would speak from a server', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'speechSynthesis', {
				value: {
					getVoices: () => [{ name: 'Remote Polish', lang: 'pl-PL', localService: false }],
					addEventListener: () => undefined,
					speak: () => {
						throw new Error('A remote voice must never be used');
					},
					cancel: () => undefined
				}
			});
		});
		const words = wordsFor('pl');
		await setUpIn(page, words, 'pl');
		await openScreenIn(page, words, 'Help', 'Help and support');
		await page.getByRole('main').getByRole('button', { name: words.all.support.pages[0]!.title }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: words.all.support.pages[0]!.title })
		).toBeVisible();
		await expect(page.getByRole('button', { name: new RegExp(`^${words.t('Read aloud')}`) })).toHaveCount(0);
	});
});
