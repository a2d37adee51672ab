// Text for first run, the calculator code, practising the exit, settings and auto-lock.
import { SETUP_CODE } from '$lib/safety/unlock-code';
import { spellDigits } from '../names';

export const safety = {
	welcome: {
		steps: [
			{
				heading: 'A private diary that looks like a calculator',
				body: [
					'This app keeps a record of what someone is doing to you, so you can show it to the police, a court or your stalking advocate.',
					'On your home screen and when it opens, it looks and works like an ordinary calculator. To open your diary, you type a code you choose and then press =.',
					`You came here by typing ${spellDigits(SETUP_CODE)} and = on the calculator. Once your diary is set up, that does nothing on this phone: only your own code opens it.`
				]
			},
			{
				heading: 'Your passphrase keeps it locked',
				body: [
					'Everything you record is locked with a passphrase and stays on this phone. Nothing is sent anywhere unless you choose to share it.',
					'Nobody can recover the passphrase if it is forgotten, not even us. Choose one you will remember, and keep a backup once you have entries.'
				]
			},
			{
				heading: 'Leaving quickly',
				body: [
					'A "Quick exit" button is on every screen. Pressing it, or pressing Shift three times on a keyboard, hides the diary at once, locks it and opens a weather page instead. Pressing Back shows the calculator, locked.',
					'It cannot remove other websites from the browser history, and it cannot protect against spying software already on the phone, or against being made to unlock it.'
				]
			}
		],
		stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
		next: 'Next',
		start: 'Set up my diary',
		help: 'Help and support'
	},
	code: {
		label: 'Calculator code',
		hint: 'Between 4 and 12 digits. In the calculator, type these digits and then = to open your diary. It is not your passphrase. Do not use your bank card PIN or your phone’s PIN: someone with a copy of this phone’s storage could work out a short code, and then they would know that PIN too.',
		problems: {
			'too-short': 'Please use at least 4 digits.',
			'too-long': 'Please use no more than 12 digits.',
			'not-digits': 'Please use only the digits 0 to 9.',
			'setup-code': `Please choose other digits. ${spellDigits(SETUP_CODE)} is the setup code that everyone is given, so it would not keep your diary hidden.`
		},
		disguise: 'Open as a calculator',
		disguiseHint: 'Recommended. Turn this off only if nobody else will look at this phone.'
	},
	practice: {
		heading: 'Practise the quick exit',
		body: 'Try it once now, so you know what happens. Press "Quick exit", or press Shift three times. In practice it will not leave the app.',
		covered:
			'That is what happens: the screen is hidden at once, the diary locks and a weather page opens. When you come back, the calculator shows. Type your code and = to open your diary again.',
		done: 'Go to my diary',
		skip: 'Skip for now'
	},
	settings: {
		heading: 'Settings',
		disguise: 'Open as a calculator',
		code: 'New calculator code',
		codeSaved: 'The new code is saved.',
		saveCode: 'Save code',
		exitUrl: 'Quick exit goes to',
		exitUrlHint: 'A web address starting with https://. The default is a weather page.',
		exitUrlInvalid: 'Please enter a web address that starts with https://',
		autoLockMinutes: 'Lock after this many minutes with no use',
		hiddenLockSeconds: 'Lock this many seconds after the app is put away',
		save: 'Save settings',
		saved: 'Settings saved.',
		passphraseHeading: 'Change passphrase',
		currentPassphrase: 'Current passphrase',
		newPassphrase: 'New passphrase',
		confirmPassphrase: 'Type the new passphrase again',
		changePassphrase: 'Change passphrase',
		passphraseChanged: 'Your passphrase has been changed.',
		numberInvalid: 'Please enter a whole number of 1 or more.',
		secondsInvalid: 'Please enter a whole number of 0 or more.'
	}
} as const;
