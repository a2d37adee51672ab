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
			'This passphrase would be too easy to guess. Try the suggested one, or six ordinary words that do not go together.',
		dontSave:
			'If the browser or the keyboard offers to save or remember this passphrase, choose "Never". A saved passphrase can be looked up by anyone who can open the browser.',
		suggestion: {
			heading: 'A suggested passphrase',
			intro:
				'Six words picked at random for you. A passphrase like this would take a computer many years to guess.',
			writeDown:
				'Write it down on paper and keep it somewhere safe that only you can get to, away from this phone, until you know it by heart.',
			label: 'Suggested passphrase',
			use: 'Use this passphrase',
			another: 'Suggest another',
			used: 'The suggested passphrase has been filled in for you, in both boxes.'
		},
		tooShort: (min: number) => `Please use at least ${min} characters.`,
		mismatch: 'The two passphrases are not the same. Please type them again.'
	},
	create: {
		heading: 'Set up your diary',
		intro:
			'Your diary is kept only on this phone, locked with a passphrase that only you know. Nothing is sent anywhere unless you choose to share it.',
		passphraseHint:
			'Choose something long that you will remember, such as six unrelated words, or use the suggested one. It cannot be recovered if it is forgotten, because nobody else holds a copy, not even us.',
		confirmLabel: 'Type the passphrase again',
		submit: 'Create my diary',
		creating:
			'Setting up your diary. It is measuring how strong a lock this phone can open quickly, which can take a few seconds…',
		created: 'Your diary is ready.'
	},
	unlock: {
		heading: 'Open your diary',
		submit: 'Open',
		opening: 'Opening your diary…',
		wrong: 'That passphrase did not open the diary. Please check it and try again.',
		wait: (seconds: number) =>
			`For safety, please wait ${seconds} ${seconds === 1 ? 'second' : 'seconds'} before trying again.`,
		/** The visible countdown, once a second; not announced each time (it is a timer, not a live region). */
		waitLeft: (seconds: number) =>
			`You can try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}. What you type is kept.`,
		waitOver: 'You can try again now.',
		empty: 'Please type your passphrase.',
		tooNew:
			'This diary was saved by a newer version of the app. Please reload the page, or reinstall the app, to get the newest version; nothing has been changed.',
		headerDamaged:
			'The diary on this phone cannot be opened, because the information needed to unlock it has been damaged or changed. Nothing was changed by trying. If you have an encrypted backup file, you can set up a new diary and restore it.'
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
		cancelled: 'That was stopped. Nothing was changed.',
		locked:
			'The diary was locked before this could finish, so nothing was changed. Open it again to carry on.',
		storageUnavailable:
			'The browser is not letting the app keep anything on this phone right now, so nothing was changed. Closing other tabs of the app and opening it again may help. Private browsing can also stop it.',
		incidentMissing:
			'This entry could not be found. It may have been removed in another tab. Nothing was changed.',
		codeInvalid: 'The calculator code must be 4 to 12 digits. Please choose another.',
		codeRecordDamaged:
			'The saved calculator code could not be read, so no code will work. Please set the code again in Settings.'
	}
} as const;

export type Messages = typeof messages;
