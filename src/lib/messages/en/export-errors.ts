// The words for what can go wrong reading a shared file, a pack or a timeline file. Apart from the rest of the
// export's words, which are long: the error table (errors.ts) needs only these, and it loads with the first screen.
export const exportErrors = {
	shareWrongPassphrase:
		'That passphrase did not open this file. Please check it and try again. If you are sure it is right, the file may have been damaged on the way.',
	shareDamaged:
		'This file has been damaged or changed since it was made, so nothing was opened. Please ask for it to be sent again.',
	shareVersion:
		'This file was made by a newer version of the app. Please update the app and try again. Nothing was opened.',
	shareTooLarge: 'This file is larger than this device can safely open, so nothing was opened.',
	notAShareFile: 'This is not a file the app can open. Nothing was opened.',
	packUnsafePath: (name: string) =>
		`The file contains an entry with an unsafe name (“${name}”), so nothing was opened.`,
	packUnexpectedEntry: (name: string) =>
		`The file contains something that does not belong in it (“${name}”), so nothing was opened.`,
	packTooLarge: 'The file unpacks to more than this device can safely hold, so nothing was opened.',
	packHashMismatch: (name: string) =>
		`“${name}” does not match the fingerprint it was sent with, so it may have been changed. Nothing was opened.`,
	packMissingEntry: (name: string) => `“${name}” is missing from the file, so nothing was opened.`,
	packDamaged: 'The file inside could not be unpacked. It may be damaged. Nothing was opened.',
	packExhibitChanged: (number: string) =>
		`Exhibit ${number} no longer matches the fingerprint taken when it was added, so the pack was not made. The exhibit may have been damaged on this device.`,
	exportJsonInvalid: 'This timeline file is not in the expected form, so it was not opened.',
	exportJsonVersion:
		'This timeline file was made by a newer version of the app. Please update the app and try again.'
} as const;
