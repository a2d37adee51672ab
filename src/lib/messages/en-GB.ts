// Every piece of text the app shows, in plain, calm, blame-free British English, in one place so it can be read
// as a whole and translated. Components never hard-code text; they take it from here.
export const messages = {
	app: {
		/** The tab title is always the disguise's, whatever screen shows. */
		title: 'Calculator',
		name: 'Waymark'
	},
	common: {
		continue: 'Continue',
		cancel: 'Cancel',
		back: 'Back',
		save: 'Save',
		close: 'Close',
		show: 'Show',
		hide: 'Hide',
		working: 'Working…',
		somethingWentWrong:
			'Something went wrong and nothing was changed. Please try again. If it keeps happening, restart the app.'
	},
	passphrase: {
		label: 'Passphrase',
		showPassphrase: 'Show passphrase',
		hidePassphrase: 'Hide passphrase',
		strength: [
			'Very easy to guess',
			'Easy to guess',
			'Could be guessed',
			'Hard to guess',
			'Very hard to guess'
		],
		strengthLabel: 'How hard it is to guess',
		tooWeak:
			'This passphrase would be too easy to guess. Try four or five ordinary words that do not go together, with a number somewhere.',
		tooShort: (min: number) => `Please use at least ${min} characters.`,
		mismatch: 'The two passphrases are not the same. Please type them again.'
	},
	create: {
		heading: 'Set up your diary',
		intro:
			'Your diary is kept only on this phone, locked with a passphrase that only you know. Nothing is sent anywhere unless you choose to share it.',
		passphraseHint:
			'Choose something long that you will remember, such as four or five unrelated words. It cannot be recovered if it is forgotten, because nobody else holds a copy, not even us.',
		confirmLabel: 'Type the passphrase again',
		submit: 'Create my diary',
		creating: 'Setting up your diary. This can take a few seconds…',
		created: 'Your diary is ready.'
	},
	unlock: {
		heading: 'Open your diary',
		submit: 'Open',
		opening: 'Opening your diary…',
		wrong: 'That passphrase did not open the diary. Please check it and try again.',
		wait: (seconds: number) =>
			`For safety, please wait ${seconds} ${seconds === 1 ? 'second' : 'seconds'} before trying again.`,
		empty: 'Please type your passphrase.'
	},
	home: {
		heading: 'Your diary',
		lock: 'Lock',
		locked: 'Your diary is locked.',
		damaged: (count: number) =>
			count === 1
				? 'One saved entry could not be opened. It may have been damaged on this phone. Everything else is safe and shown here.'
				: `${count} saved entries could not be opened. They may have been damaged on this phone. Everything else is safe and shown here.`,
		empty: 'Nothing has been recorded yet.'
	},
	errors: {
		storageFull:
			'The phone has run out of space, so this could not be saved. Nothing already saved has been lost. Freeing some space and trying again should work.',
		noDiary: 'There is no diary on this phone yet.',
		diaryExists: 'A diary already exists on this phone.',
		cancelled: 'That was stopped. Nothing was changed.'
	}
} as const;

export type Messages = typeof messages;
