// Text shared by every form, in Welsh: the summary of problems, the question before typed words are discarded.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/forms';
import type { Translation } from '../translation';

export const forms = {
	summary: {
		/** The GOV.UK error summary's own heading (in its Welsh form), so people who know the pattern recognise it. */
		heading: 'Mae yna broblem'
	},
	discard: {
		heading: 'Cadw’r hyn a deipiwyd gennych?',
		body: 'Nid yw’r hyn a deipiwyd gennych yma wedi’i gadw eto. Nes i chi ei gadw neu ei daflu, mae’n aros, wedi’i gloi, ar y ffôn hwn.',
		keep: 'Cadw fy ngeiriau',
		discard: 'Eu taflu'
	},
	/** For text outside an entry's own fields (a reason, a person's details), where splitting is no answer. */
	textProblems: {
		'text-too-long': 'Mae hwn yn rhy hir i’r dyddiadur ei gadw. Gwnewch ef yn fyrrach.',
		'text-invalid-characters': 'Nid oedd modd cadw rhai nodau yma. Teipiwch nhw eto.'
	},
	currentPassphraseMissing: 'Teipiwch eich cyfrinymadrodd presennol.',
	currentPassphraseWrong:
		'Nid dyna’r cyfrinymadrodd sy’n agor y dyddiadur nawr. Gwiriwch ef a rhowch gynnig arall arni.'
} satisfies Translation<typeof en.forms>;
