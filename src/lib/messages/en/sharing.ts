// Text for the screens that make exports and open shared files: "Export and share" in the diary, the caseworker's
// viewer, and restoring a backup. The words printed inside the files themselves are in export.ts.
const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);
const entries = (n: number) => `${n} ${plural(n, 'entry', 'entries')}`;
const exhibits = (n: number) => `${n} ${plural(n, 'exhibit', 'exhibits')}`;

export const sharing = {
	exportView: {
		heading: 'Export and share',
		intro:
			'Make a copy of your diary for the police, a court or your stalking advocate. Nothing leaves this phone until you choose where to send the file.',
		options: 'What to include',
		dates: 'Dates',
		from: 'From',
		to: 'To',
		datesHint: 'Leave both empty to include everything.',
		behaviours: 'Behaviours',
		behavioursHint: 'Choose none to include every behaviour.',
		disclosureSafe: 'Disclosure-safe copy',
		disclosureSafeHint:
			'Leaves out witnesses’ contact details and your private notes. Use this for anything that may be shown to the other side.',
		includePrivateNotes: 'Include my private notes',
		includePrivateNotesHint: 'Off unless you choose it. Not possible in a disclosure-safe copy.',
		cover: 'For the front page (optional)',
		coverHint: 'Only if you want them printed. They are kept, locked, in this diary for next time.',
		name: 'Your name',
		policeReference: 'Police reference',
		make: 'Make a file',
		pdf: 'Timeline PDF',
		pdfHint: 'For reading and printing. The usual stalking-diary columns, with a cover and patterns.',
		papers: {
			heading: 'Papers for the police and courts',
			hint: 'Each is a PDF made from the same entries, with the same receipt code and the same way to check it. None of them is legal advice, and nobody can promise a court will accept them. Exhibit marks use the initials of the name above.',
			police: {
				label: 'Chronology for a police statement',
				hint: 'Numbered entries with exhibit marks such as JS/1, to sit beside the statement an officer takes with you. It is not a signed statement.'
			},
			spo: {
				label: 'Stalking Protection Order fact sheet',
				hint: 'What happened, grouped by kind of behaviour, then the facts about risk, then how it has affected you, in your own words.'
			},
			kit: {
				label: 'Upload kit for a police evidence portal (zip)',
				hint: 'For portals that take files one at a time: an index, then each photo, screenshot or recording named by its mark (JS-1 and so on), so each file can be checked against the index.'
			},
			family: {
				label: 'Chronology for the family court',
				hint: 'Date, event and exhibit in the usual columns, with a summary of the pattern over time.'
			}
		},
		csv: 'Spreadsheet (CSV)',
		json: 'Data file (JSON)',
		pack: 'Evidence pack (zip)',
		packHint:
			'The PDF, spreadsheet, data file and every exhibit, with fingerprints so anyone can check nothing was changed.',
		unlockedWarning:
			'These files are not locked. Anyone using this phone or computer could open them once saved. The encrypted file below is locked with its own passphrase.',
		encrypted: 'Encrypted file for your caseworker or a backup',
		encryptedHint:
			'The evidence pack, locked with a separate passphrase. Tell the passphrase to your caseworker in a different way, for example by phone, never in the same message as the file.',
		purpose: 'Who is it for?',
		purposeShare: 'My caseworker or the police (uses the choices above)',
		includeSafetyPlan: 'Include my safety plan',
		includeSafetyPlanHint:
			'Off unless you choose it. Tick it only if you want the person you share with, such as your caseworker, to see your plan. A backup always includes it.',
		purposeBackup: 'A backup for me (everything, including private notes)',
		sharePassphrase: 'Passphrase for this file',
		sharePassphraseHint:
			'Not your diary passphrase. Choose something long, such as six unrelated words, or use the suggested one. Tell it to the person who will open the file in person or by phone, never in the same message as the file.',
		confirmSharePassphrase: 'Type the file passphrase again',
		makeEncrypted: 'Make the encrypted file',
		making: (what: string) => `Making: ${what}…`,
		progress: 'Progress',
		percent: (n: number) => `${n}%`,
		ready: 'Your file is ready.',
		sendOrSave: 'Send or save the file',
		shared: 'The file was handed to the app you chose.',
		downloaded: 'The file was saved to this device’s downloads.',
		checkpoint: 'The current state of your diary was noted, so a later copy can be checked against this one.',
		receipt: 'Receipt code for this file',
		receiptHint:
			'Your caseworker or the police can write this code in their own notes. It lets them check later that a copy of your diary still holds everything this file held. The code holds only how many times your diary has been saved and a fingerprint of it, none of your words.',
		receiptsHeading: 'Receipts you have given',
		receiptsIntro:
			'A receipt code is kept for each file you have made, so you can read one out again if you are asked.',
		receiptsNone: 'No files have been made yet.',
		receiptKinds: { share: 'Shared file', backup: 'Backup', export: 'Export' },
		receiptItem: (kind: string, when: string) => `${kind}, ${when}`,
		lastBackup: (when: string) => `Last backup: ${when}.`,
		noBackup: 'No backup has been made yet.',
		nothingToExport: 'There is nothing in the diary to export yet.',
		datesInvalid: 'The “From” date is after the “To” date. Please check both.',
		// What the evidence pack and the encrypted file will hold of the exhibits, said before anything is made.
		previewHeading: 'Photos and files in this copy',
		previewWhere:
			'This is what the evidence pack and the encrypted file will hold. The PDF, spreadsheet and data file only list them.',
		previewNone: 'No photos or files go in this copy.',
		previewFull: (n: number) =>
			`${n} ${plural(n, 'photo or file goes', 'photos and files go')} in exactly as ${plural(n, 'it is', 'they are')}. Photos can show where and when they were taken, and on which phone. Choose a disclosure-safe copy to remove that.`,
		previewCleaned: (n: number) =>
			`${n} ${plural(n, 'photo', 'photos')} will have ${plural(n, 'its', 'their')} location and camera details removed.`,
		previewConverted: (n: number) =>
			`${n} HEIC ${plural(n, 'photo', 'photos')} will be changed to JPEG without ${plural(n, 'its', 'their')} location and camera details, if this device can open ${plural(n, 'it', 'them')}. If not, ${plural(n, 'it', 'they')} will be left out.`,
		previewVideos: (n: number) => `${n} ${plural(n, 'video', 'videos')} will be left out of this copy.`,
		previewRecordings: (n: number) =>
			`${n} ${plural(n, 'recording', 'recordings')} will be left out of this copy.`,
		previewOthers: (n: number) =>
			`${n} other ${plural(n, 'file', 'files')} (such as documents) will be left out of this copy.`,
		previewLeftOut:
			'Anything left out stays safe in your diary, and is still listed with its fingerprint. The full copy holds it.',
		fontMissing:
			'The PDF could not be made because part of the app is missing on this device. Reloading the app while online should fix it.',
		fontNotAvailable:
			'Some of the writing in your diary needs lettering that this device has not saved yet, so the PDF could not be made. Please try again when you are online. Nothing in your diary has changed, and the CSV and JSON files can be made now.'
	},
	openShared: {
		open: 'Open a shared file',
		openHint: 'For caseworkers: read a file someone has shared with you. Nothing is kept on this device.',
		heading: 'Open a shared file',
		intro:
			'Opens an encrypted file made with this app, or an evidence pack (.zip) made with it, to read and check it. Nothing from the file is kept on this device, and it is not added to any diary. It is forgotten when you close it, lock or leave.',
		file: 'File to open',
		passphrase: 'Passphrase for the file',
		passphrasePlainPack: 'An evidence pack (.zip) needs no passphrase.',
		submit: 'Open the file',
		opening: 'Opening and checking the file. This can take a few seconds…',
		noFile: 'Please choose the file.',
		noPassphrase: 'Please type the passphrase for the file.',
		close: 'Close the file',
		back: 'Back'
	},
	viewer: {
		heading: 'Shared diary',
		readOnly: 'Read only. Nothing from this file is kept on this device.',
		print: 'Print',
		made: (when: string) => `Made on ${when}.`,
		chainHead: 'Chain head',
		chainHeadValue: (seq: number, link: string) => `${link} (entry ${seq} in the record of changes)`,
		disclosureSafe:
			'This is a disclosure-safe copy: witnesses’ contact details and private notes are left out.',
		privateNotes: 'This copy includes private notes.',
		checkHeading: 'Checks',
		allMatch: (n: number, m: number) =>
			`${n === 1 && m <= 1 ? 'The' : 'All'} ${entries(n)} and ${exhibits(m)} match their fingerprints, and the record of changes is complete.`,
		allMatchPartial: (n: number, m: number) =>
			`${n === 1 && m <= 1 ? 'The' : 'All'} ${entries(n)} and ${exhibits(m)} match their fingerprints, and each saved version has its place in the record of changes.`,
		partial: (shown: number, total: number) =>
			`This is a copy of part of the diary: it holds ${shown} of the ${total} saved versions in its record of changes. The rest are not in this file, so the chain head below can only be checked against the full diary or a later copy.`,
		withheld: (n: number) =>
			`${n} saved ${plural(n, 'version has', 'versions have')} details left out of this copy, so ${plural(n, 'it', 'they')} can only be checked against the full copy.`,
		problemsIntro: 'Some things in this file do not match their fingerprints:',
		// One a kind of problem the checks report, each given that problem, so the viewer needs no switch of its own.
		problems: {
			revision: ({ entry, version }: { entry: number; version: number }) =>
				`Entry ${entry}, version ${version}, does not match its fingerprint. It may have been changed after it was saved.`,
			chain: ({ seq }: { seq: number }) =>
				`The record of changes does not follow on at step ${seq}. Something may have been changed, added or removed.`,
			missing: ({ entry, version }: { entry: number; version: number }) =>
				`Entry ${entry}, version ${version}, is not in the record of changes.`,
			head: 'The chain head does not match the record of changes.',
			exhibit: ({ number }: { number: string }) =>
				`Exhibit ${number} does not match the fingerprint kept in its entry.`,
			withheld: ({ entry, version }: { entry: number; version: number }) =>
				`Entry ${entry}, version ${version}, says details were left out that this kind of copy does not leave out. Its words may have been changed.`,
			versions: ({ entry }: { entry: number }) =>
				`Entry ${entry} does not have all its saved versions in this file. One may have been removed.`,
			part: 'This file says it is a copy of part of the diary, but no part was chosen. Saved versions may have been removed from it.'
		},
		clockWentBack: (n: number) =>
			`The phone’s clock went backwards ${n === 1 ? 'once' : `${n} times`} between saves. This is not a fault in the record; it is shown so nothing is hidden.`,
		plainPack:
			'This is an evidence pack that was not locked with a passphrase, so anyone could have made or changed it. Its checks show whether it matches itself; to know it is the copy the person made, compare its receipt code with the one they gave you.',
		receipt: 'Receipt code of this file',
		receiptHint:
			'The person who made this file was shown the same code. If they read you a code, it should be this one. Write it in your own notes: a later copy of their diary can be checked against it.',
		receiptCheckHeading: 'Check a receipt code',
		receiptCheckIntro:
			'If you wrote down a receipt code from an earlier file, type it here to check that this file still holds everything that was in that one, unchanged.',
		receiptField: 'Receipt code',
		receiptFieldHint: 'For example 214-7KQ2-M9XD-4HF3-R2B8-Q. Spaces, hyphens and capitals do not matter.',
		receiptCheck: 'Check the code',
		receiptPartial:
			'This is a copy of part of the diary, so this code is only what the file says: the file cannot show it is genuine. A full copy or a backup from the same person can be checked against it.',
		receiptResult: {
			empty: 'Please type the receipt code.',
			shape:
				'That does not look like a receipt code. It is a number, then 16 letters and digits, then one more character, for example 214-7KQ2-M9XD-4HF3-R2B8-Q.',
			check:
				'That code has a mistake in it: one character may be mistyped or two swapped. Please check it against your notes.',
			confirmed: (seq: number) =>
				`Confirmed. This file holds the ${seq} saved ${plural(seq, 'version', 'versions')} that the earlier file held, unchanged, and anything saved since comes after ${plural(seq, 'it', 'them')}.`,
			confirmedWithheld: (seq: number, withheld: number) =>
				`The record of changes in this file holds the ${seq} saved ${plural(seq, 'version', 'versions')} that the earlier file held. ${withheld} saved ${plural(withheld, 'version has', 'versions have')} details left out of this copy, so ${plural(withheld, 'its', 'their')} words can only be checked against a full copy or a backup.`,
			fewer: (seq: number, held: number) =>
				`This file holds ${held} saved ${plural(held, 'version', 'versions')}, fewer than the ${seq} of the file that code was made for. It may be an older copy, or saves may be missing from it.`,
			notHeld: (seq: number) =>
				`Not confirmed. This file does not hold the log that code was made from: something saved in the first ${seq} saved ${plural(seq, 'version', 'versions')} is missing or different.`,
			partial:
				'This is a copy of part of the diary, so it cannot confirm a receipt code. A full copy or a backup can.',
			damaged:
				'Some things in this file do not match their fingerprints (see Checks above), so it cannot confirm a receipt code.',
			noEntries: 'This file has no entries, so it cannot confirm a receipt code.'
		},
		chronology: 'Chronology, oldest first',
		entry: (n: number) => `Entry ${n}`,
		noEntries: 'There are no entries in this file.',
		patterns: 'Patterns',
		byBehaviour: 'Entries by behaviour',
		behaviour: 'Behaviour',
		count: 'Entries',
		perWeek: 'Entries per week',
		weekOf: 'Week starting',
		exhibits: 'Exhibits',
		noExhibits: 'There are no exhibits in this file.',
		exhibitDetails: (type: string, size: string, entry: number) => `${type}, ${size}, entry ${entry}`,
		fingerprint: 'SHA-256',
		open: (name: string) => `Open ${name}`,
		close: (name: string) => `Close ${name}`,
		save: (name: string) => `Save a copy of ${name}`,
		saveHint:
			'This kind of file cannot be shown here. A saved copy is not locked, and anyone using this device could find it.'
	},
	restore: {
		open: 'Restore a backup',
		openHint:
			'Adds the entries, people and exhibits from a backup file to this diary. You are shown what will be added before anything is.',
		heading: 'Restore a backup',
		intro:
			'Choose a backup made with “Encrypted file for your caseworker or a backup”. Everything in it is checked first; if anything does not match, nothing is added.',
		submit: 'Restore',
		restoring: 'Checking and restoring. This can take a little while…',
		done: (versions: number, people: number, exhibitCount: number) =>
			`Restored ${versions} saved ${plural(versions, 'version', 'versions')} of entries, ${people} ${plural(people, 'person', 'people')} and ${exhibits(exhibitCount)}.`,
		nothingNew: 'Everything in this backup is already in your diary. Nothing was added.',
		nothingNewKept:
			'This file has no new entries. The entries in it are already in your diary and were left exactly as they are. Nothing was added.',
		planHeading: 'Before anything is added',
		planNew: (entryCount: number, exhibitCount: number) =>
			`This file will add ${entries(entryCount)} and ${exhibits(exhibitCount)}. It will not change any entry already in your diary.`,
		planKept: (n: number) =>
			`${entries(n)} in the file ${plural(n, 'is', 'are')} already in your diary and will be left exactly as ${plural(n, 'it is', 'they are')}.`,
		planOwn: (entryCount: number, updated: number, exhibitCount: number) =>
			`This is a backup of this diary. It will add ${entries(entryCount)} and ${exhibits(exhibitCount)}, and bring ${entries(updated)} already here up to date with the versions saved after them (edits, withdrawals and permanent deletions).`,
		planSafetyPlan: 'It will also bring in the safety plan saved in the backup.',
		donePlan: 'The safety plan from the backup is now in your diary.',
		planPeople: (n: number) => `It will also add ${n} ${plural(n, 'person', 'people')} to your list.`,
		confirm: 'Add to my diary',
		cancel: 'Cancel',
		cancelled: 'Nothing was added.',
		planOutdated:
			'Your diary changed after the file was checked, so nothing was added. Please open the file again.',
		exhibitMissing: (name: string) =>
			`An entry in this file refers to ${name}, but the file does not hold it, so nothing was added.`,
		exhibitMismatch: (name: string) =>
			`An entry in this file refers to ${name}, but the file or your diary holds a different file under that name, so nothing was added.`,
		notABackup:
			'This file is a copy made for sharing, with some details left out, so it cannot be restored as a backup. Nothing was added.',
		checkFailed:
			'Some things in this file do not match their fingerprints, so nothing was added. Open it with “Open a shared file” to see what.',
		exhibitChanged: (name: string) =>
			`${name} did not come out of the backup as it went in, so nothing more was added. Please try again.`
	}
} as const;
