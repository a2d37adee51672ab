// Romanian words shared by every form: the summary of problems, the question before typed words are discarded.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/forms';
import type { Translation } from '../translation';

export const forms = {
	summary: {
		/** The GOV.UK error summary's own heading, so people who know the pattern recognise it. */
		heading: 'Există o problemă'
	},
	discard: {
		heading: 'Păstrați textul introdus?',
		body: 'Textul introdus aici nu este încă salvat. Până când îl salvați sau renunțați la el, este păstrat, încuiat, pe acest telefon.',
		keep: 'Păstrați textul',
		discard: 'Renunțați la text'
	},
	/** For text outside an entry's own fields (a reason, a person's details), where splitting is no answer. */
	textProblems: {
		'text-too-long': 'Textul este mai lung decât poate păstra jurnalul. Scurtați-l.',
		'text-invalid-characters': 'Unele caractere de aici nu au putut fi salvate. Tastați-le din nou.'
	},
	currentPassphraseMissing: 'Tastați fraza de acces actuală.',
	currentPassphraseWrong:
		'Aceasta nu este fraza de acces care deschide acum jurnalul. Verificați-o și încercați din nou.'
} satisfies Translation<typeof en.forms>;
