// A timeline PDF's labels in the person's language with the English beside them, read back by pdftotext (Debian's,
// not ours): each field's label in both, the note that says which words are translated in both languages, and the
// person's own words exactly as typed; with English chosen, nothing of the other language.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIncident } from '$lib/domain/test-factories';
import { exportMessages } from '$lib/messages/export';
import { LANGUAGES } from '$lib/messages/languages';
import { language as polishLanguage } from '$lib/messages/pl/language';
import { records as polish } from '$lib/messages/pl/records';
import { language as urduLanguage } from '$lib/messages/ur/language';
import { records as urdu } from '$lib/messages/ur/records';
import { fieldLabel, type PdfLabels } from './pdf-labels';
import { makeTimelinePdf, type TimelinePdfInput } from './timeline-pdf';
import { at, buildChain, nodeFonts } from './test-fixtures';

const squash = (text: string) => text.replace(/\s+/g, ' ');
const OWN_WORDS = 'Czekał pod blokiem, zażółć gęślą jaźń 😟 وہ میرے پیچھے آیا';

const polishLabels: PdfLabels = {
	language: LANGUAGES.pl.name,
	locale: LANGUAGES.pl.locale,
	columns: polish.columns,
	note: polishLanguage.pdfLabelsNote
};
const urduLabels: PdfLabels = {
	language: LANGUAGES.ur.name,
	locale: LANGUAGES.ur.locale,
	columns: urdu.columns,
	note: urduLanguage.pdfLabelsNote
};

let dir = '';

async function input(labels?: PdfLabels): Promise<TimelinePdfInput> {
	const incidents = [
		makeIncident(
			{
				occurred: { kind: 'datetime', start: '2026-11-20T18:45:00.000+00:00', approximate: false },
				behaviours: ['loitering'],
				whatHappened: OWN_WORDS,
				location: 'ul. Długa 5'
			},
			{ id: 1, recordedAt: at('2026-11-20T19:00:00.000Z') }
		)
	];
	return {
		incidents,
		people: [],
		chain: await buildChain(incidents),
		options: {
			disclosureSafe: false,
			includePrivateNotes: false,
			timeZone: 'Europe/London',
			...(labels ? { labels } : {})
		},
		generatedAt: '2026-12-02T07:30:00.000+00:00'
	};
}

async function textOf(name: string, labels?: PdfLabels): Promise<string> {
	const file = join(dir, name);
	writeFileSync(file, await makeTimelinePdf(await input(labels), nodeFonts()));
	return squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
}

let english = '';
let both = '';
let urduText = '';

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'pdf-labels-'));
	[english, both, urduText] = await Promise.all([
		textOf('english.pdf'),
		textOf('polish.pdf', polishLabels),
		textOf('urdu.pdf', urduLabels)
	]);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a timeline PDF’s labels', () => {
	it('are the person’s language with the English beside each, when chosen', () => {
		// Short labels read whole; a long one wraps in its column, and pdftotext reads its lines between the value's.
		for (const column of ['whatHappened', 'where'] as const)
			expect(both).toContain(`${polish.columns[column]} / ${exportMessages.columns[column]}`);
		expect(both).toContain(`${polish.columns.behaviours.split(' ')[0]}`);
	});

	it('say in both languages that the labels are translated and the person’s words are not', () => {
		expect(both).toContain(squash(exportMessages.pdf.labelsNote('Polski')));
		expect(both).toContain(squash(polishLanguage.pdfLabelsNote));
	});

	it('leave the person’s words exactly as typed, and the Act’s names in English', () => {
		for (const text of [both, english, urduText]) {
			expect(text).toContain('Czekał pod blokiem, zażółć gęślą jaźń');
			expect(text).toContain('ul. Długa 5');
			expect(text).toContain('(e) Loitering');
		}
	});

	it('are English alone when English is chosen, with no note', () => {
		expect(english).toContain(exportMessages.columns.whatHappened);
		expect(english).not.toContain(polish.columns.whatHappened);
		expect(english).not.toContain(squash(exportMessages.pdf.labelsNote('Polski')));
	});

	it('print Urdu labels beside the English too, right to left', () => {
		// Drawn in visual order, as pdftotext reads it: the English at the left, the Urdu (its run marked) at the right.
		expect(urduText).toContain(
			`${exportMessages.columns.whatHappened} / \u202b${urdu.columns.whatHappened}\u202c`
		);
		// The language's name, right to left inside the English sentence, is marked as its own run.
		expect(urduText).toContain(squash(exportMessages.pdf.labelsNote('\u202bاردو\u202c')));
		expect(urduText).toContain(squash(urduLanguage.pdfLabelsNote).slice(0, 20));
	});

	it('never print a label twice where the language’s word is the English one', () => {
		const same = { ...polishLabels, columns: { ...polish.columns, whatHappened: 'What happened' } };
		expect(fieldLabel(same, 'whatHappened', 'What happened')).toBe('What happened');
		expect(fieldLabel(undefined, 'whatHappened', 'What happened')).toBe('What happened');
		expect(fieldLabel(polishLabels, 'whatHappened', 'What happened')).toBe(
			`${polish.columns.whatHappened} / What happened`
		);
	});
});
