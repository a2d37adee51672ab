// Text shared by every form: the summary of problems after a save, the question before typed words are
// discarded, and what is wrong with text outside an entry's own fields.
import type { ProblemCode } from '$lib/domain/validate';

type TextProblemCode = Extract<ProblemCode, 'text-too-long' | 'text-invalid-characters'>;

export const forms = {
	summary: {
		/** The GOV.UK error summary's own heading, so people who know the pattern recognise it. */
		heading: 'There is a problem'
	},
	discard: {
		heading: 'Keep what you typed?',
		body: 'What you typed here is not saved yet. Until you save it or discard it, it is kept, locked, on this phone.',
		keep: 'Keep my words',
		discard: 'Discard them'
	},
	/** For text outside an entry's own fields (a reason, a person's details), where splitting is no answer. */
	textProblems: {
		'text-too-long': 'This is longer than the diary can keep. Please shorten it.',
		'text-invalid-characters': 'Some characters here could not be saved. Please retype them.'
	} satisfies Record<TextProblemCode, string>,
	currentPassphraseMissing: 'Please type your current passphrase.',
	currentPassphraseWrong:
		'That is not the passphrase that opens the diary now. Please check it and try again.'
} as const;
