// Text for the diary screens: the timeline, the log form, an incident's history, people and patterns.
import type { BehaviourId, ChannelId } from '$lib/domain/behaviours';
import type {
	ImpactRating,
	PersonDescription,
	PlaceId,
	Sighting,
	VehicleDetails
} from '$lib/domain/incident';
import type { ContentField } from '$lib/domain/revisions';
import type { ProblemCode } from '$lib/domain/validate';

export const behaviourNames: Record<BehaviourId, string> = {
	following: 'Following',
	contacting: 'Contacting or trying to contact',
	publishing: 'Publishing things about me, or pretending to be me',
	monitoring: 'Monitoring my phone, email or online accounts',
	loitering: 'Loitering or hanging around',
	interfering: 'Interfering with my property',
	watching: 'Watching or spying',
	other: 'Something else'
};

export const channelNames: Record<ChannelId, string> = {
	call: 'Phone call',
	text: 'Text message',
	'messaging-app': 'Messaging app',
	'social-media': 'Social media',
	email: 'Email',
	letter: 'Letter',
	gift: 'Gift or item left',
	'in-person': 'In person',
	'through-other-people': 'Through other people',
	other: 'Another way'
};

export const fieldNames: Record<ContentField, string> = {
	occurred: 'When it happened',
	behaviours: 'What kind of behaviour',
	otherBehaviour: 'Something else, in your words',
	threatened: 'A threat was made',
	channels: 'How they made contact',
	whatHappened: 'What happened',
	exactWords: 'Exact words used',
	location: 'Where',
	places: 'At or near home, work or school',
	personIds: 'Who',
	unknownPersonDescription: 'Description of the person',
	personDescription: 'What the person looked like',
	vehicle: 'Vehicle',
	vehicleDetails: 'Vehicle colour, make and model',
	registration: 'Registration',
	sighting: 'About the sighting',
	witnesses: 'Witnesses',
	'impact.fearOfViolence': 'Feared violence',
	'impact.alarmOrDistress': 'Alarm or distress',
	'impact.changedDailyLife': 'Changed daily life',
	'impact.inOwnWords': 'How it affected you',
	'impact.rating': 'How much it affected you',
	'actions.reportedToPolice': 'Reported to police',
	'actions.crimeReference': 'Crime reference number',
	'actions.officer': 'Officer',
	'actions.reportedToPlatform': 'Reported to a platform',
	'actions.platformDetails': 'Platform report details',
	'actions.toldSomeone': 'Told someone',
	'actions.toldWho': 'Who you told',
	exhibits: 'Exhibits',
	privateNote: 'Private note',
	quickLog: 'Quick log'
};

export const problemMessages: Record<ProblemCode, string> = {
	'occurred-missing':
		'Please add when it happened. An approximate time is fine; tick "I am not sure of the exact time".',
	'occurred-invalid': 'That date or time could not be read. Please check it.',
	'occurred-in-future': 'That time is in the future. Please check the date and time.',
	'range-end-missing': 'Please add when it ended, or choose a single time instead.',
	'range-end-invalid': 'The end date or time could not be read. Please check it.',
	'range-end-before-start': 'The end is before the start. Please check both.',
	'behaviour-missing':
		'Please choose at least one kind of behaviour, or save it as a quick log and add this later.',
	'behaviour-unknown': 'One of the behaviours was not recognised. Please choose again.',
	'other-behaviour-empty': 'You chose "Something else". Please say in a few words what it was.',
	'channel-unknown': 'One of the ways of contact was not recognised. Please choose again.',
	'channel-without-contacting':
		'You chose how they made contact. You may also want to tick "Contacting or trying to contact".',
	'what-happened-empty': 'It helps to write a few words about what happened, when you can.',
	'text-too-long': 'This is longer than the diary can keep in one field. Please split it across two entries.',
	'text-invalid-characters':
		'Some characters here could not be saved. This can happen when part of an emoji is cut off. Please retype the last few characters.',
	'list-too-long': 'This list is longer than the diary can keep.',
	'person-id-invalid': 'One of the people chosen could not be found. Please choose again.',
	'exhibit-invalid': 'One of the exhibits could not be read.'
};

export const diary = {
	nav: {
		label: 'Diary',
		/** The button that shows and hides the list of screens on a small screen. */
		menu: 'Menu',
		timeline: 'Timeline',
		log: 'Log something',
		people: 'People',
		plan: 'Safety plan',
		patterns: 'Patterns',
		exportShare: 'Export and share',
		help: 'Help',
		settings: 'Settings'
	},
	quickExit: 'Quick exit',
	quickExitHint: 'Leaves at once. You can also press Shift three times.',
	lock: 'Lock',
	quickLog: {
		open: 'Quick log',
		heading: 'Quick log',
		hint: 'Saves the time now and a few words. You can add the detail later.',
		label: 'A few words (optional)',
		save: 'Save now',
		saved: 'Saved. You can add detail when you can.'
	},
	timeline: {
		heading: 'Timeline',
		search: 'Search',
		searchHint: 'Finds words in any field.',
		filters: 'Filters',
		behaviour: 'Behaviour',
		anyBehaviour: 'Any behaviour',
		person: 'Person',
		anyPerson: 'Anyone',
		from: 'From',
		to: 'To',
		hasExhibits: 'Has exhibits',
		needsDetail: 'Needs detail',
		clearFilters: 'Clear filters',
		count: (shown: number, total: number) =>
			shown === total
				? `${total} ${total === 1 ? 'entry' : 'entries'}`
				: `Showing ${shown} of ${total} ${total === 1 ? 'entry' : 'entries'}`,
		empty: 'Nothing has been recorded yet. When something happens, "Quick log" saves the time in two taps.',
		noMatches: 'Nothing matches these filters.',
		showMore: 'Show more',
		addDetail: 'Add detail when you can',
		withdrawn: 'Withdrawn',
		amended: 'Amended',
		approximate: 'approx.',
		quickLogged: 'Quick log',
		exhibits: (n: number) => `${n} ${n === 1 ? 'exhibit' : 'exhibits'}`,
		open: 'Open',
		noWords: '(No words yet)'
	},
	form: {
		newHeading: 'Log something',
		editHeading: 'Edit entry',
		draftRestored: 'What you were typing has been brought back.',
		when: 'When it happened',
		whenKind: 'How precise',
		kindDatetime: 'Date and time',
		kindDate: 'Date only',
		kindRange: 'Over a period',
		date: 'Date',
		time: 'Time',
		endDate: 'End date',
		endTime: 'End time',
		approximate: 'I am not sure of the exact time',
		behaviours: 'What kind of behaviour',
		behavioursHint:
			'Choose any that fit. The letters are from the Protection from Harassment Act 1997, section 2A.',
		otherBehaviour: 'Something else, in your words',
		threatened: 'They threatened me, or someone close to me',
		threatenedHint: 'If you can, write what they said in “Exact words used” below.',
		channels: 'How they made contact',
		whatHappened: 'What happened',
		whatHappenedHint: 'Write it the way you would tell someone you trust.',
		exactWords: 'Exact words used',
		exactWordsHint: 'If they said or wrote something, copy it exactly, even if it is unpleasant.',
		location: 'Where',
		places: 'Was it at or near any of these?',
		placeNames: {
			home: 'My home',
			work: 'My work or place of study',
			children: "My children's school or nursery"
		} satisfies Record<PlaceId, string>,
		who: 'Who',
		whoHint: 'Choose people you have added, or describe someone you do not know.',
		unknownPerson: 'Description of someone you do not know',
		vehicle: 'Vehicle (make, model, colour)',
		registration: 'Registration',
		witnesses: 'Witnesses',
		witnessName: 'Witness name',
		witnessContact: 'How to reach them',
		addWitness: 'Add a witness',
		removeWitness: 'Remove this witness',
		impact: 'How it affected you',
		fearOfViolence: 'I feared violence would be used against me',
		alarmOrDistress: 'It caused me alarm or distress',
		changedDailyLife: 'It changed my daily life (routes, routines, work, sleep)',
		impactWords: 'In your own words',
		rating: 'How much did it affect you? (optional)',
		ratingNames: {
			none: 'Not at all',
			some: 'Somewhat',
			'a-lot': 'A lot',
			severe: 'Severely'
		} satisfies Record<ImpactRating, string>,
		ratingClear: 'Leave this out',
		sighting: 'If you saw them: what an officer may ask (optional)',
		sightingHint:
			'These help the police judge a sighting. Answer only what you can; a rough answer is fine, and “I am not sure” is an answer too.',
		sightingFields: {
			duration: 'How long did you see them for?',
			distance: 'How far away were they?',
			obstruction: 'Was anything in the way, even for a moment?',
			light: 'What was the light like?',
			knownBefore: 'Had you seen them before? When?',
			whyRemembered: 'Is there a reason you remember them?',
			timeToRecord: 'How long after was it written down?'
		} satisfies Record<keyof Sighting, string>,
		describePerson: 'Describe the person you saw (optional)',
		personFields: {
			ageRange: 'Age, roughly',
			height: 'Height',
			build: 'Build',
			hair: 'Hair',
			clothing: 'Clothing',
			features: 'Anything distinctive (scars, tattoos, glasses, voice)'
		} satisfies Record<keyof PersonDescription, string>,
		vehicleFields: {
			colour: 'Vehicle colour',
			make: 'Make',
			model: 'Model'
		} satisfies Record<keyof VehicleDetails, string>,
		actions: 'What you did',
		reportedToPolice: 'I reported it to the police',
		crimeReference: 'Crime reference number',
		officer: 'Officer name or number',
		reportedToPlatform: 'I reported it to a website, app or platform',
		platformDetails: 'Which, and any reference',
		toldSomeone: 'I told someone',
		toldWho: 'Who',
		privateNote: 'Private note',
		privateNoteHint: 'Only for you. Left out of every export unless you choose to include it.',
		reason: 'Reason for the change (optional)',
		reasonHint: 'The original stays in the history, like a crossed-out line that can still be read.',
		save: 'Save',
		saveQuick: 'Save as quick log',
		cancel: 'Cancel',
		saved: 'Saved.',
		draftSaved: 'Draft kept safe'
	},
	incident: {
		heading: 'Entry',
		recorded: 'Recorded',
		occurred: 'Happened',
		edit: 'Edit',
		withdraw: 'Withdraw',
		withdrawHint:
			'Withdrawing keeps the entry and its history, marked as withdrawn. Use it for something entered by mistake.',
		withdrawReason: 'Reason (optional)',
		confirmWithdraw: 'Withdraw this entry',
		delete: 'Delete permanently',
		deleteWarning:
			'This removes the words of this entry and all its earlier versions from this phone for good. A marker stays in the record of changes to show that something was removed and when. This cannot be undone.',
		confirmDelete: 'Yes, delete permanently',
		deleted: 'This entry was permanently deleted.',
		deletedOn: (when: string) =>
			`Deleted on ${when}. Its words were removed; the record of changes keeps its place.`,
		history: 'History',
		revisionCreate: 'First saved',
		revisionEdit: 'Amended',
		revisionWithdraw: 'Withdrawn',
		revisionDelete: 'Deleted',
		changed: 'Changed:',
		reason: 'Reason:',
		showVersion: 'Show this version',
		yes: 'Yes',
		none: 'None',
		back: 'Back to timeline',
		notFound: 'This entry could not be found.'
	},
	people: {
		heading: 'People',
		intro: 'People involved, so you can choose them quickly when you log something.',
		add: 'Add a person',
		name: 'Name or what you call them',
		description: 'Description',
		relationship: 'How you know them',
		vehicles: 'Vehicles and registrations',
		vehiclesHint: 'One per line.',
		save: 'Save person',
		edit: 'Edit',
		empty: 'No people added yet.',
		nameMissing: 'Please add a name, or a few words to recognise them by.'
	},
	facts: {
		heading: 'Facts for your caseworker',
		open: 'Facts your caseworker may ask about',
		intro:
			'These are counts from your diary, of the things a stalking caseworker or the police often ask about. They are not a risk assessment and give no score: your caseworker assesses risk with you. Withdrawn and deleted entries are not counted.',
		ownWords: 'How it has affected you, in your own words',
		noOwnWords: 'You have not written about how it has affected you yet. You can add this to any entry.',
		showEntries: (count: number) => `Show the ${count === 1 ? 'entry' : `${count} entries`}`,
		openEntry: (when: string) => (when ? `Open the entry (${when})` : 'Open the entry'),
		exported:
			'These facts are also printed in the timeline PDF, and shown when your caseworker opens a file you share, counted on the day the file is made.',
		none: 'The facts will show here once there are some entries.'
	},
	patterns: {
		heading: 'Patterns',
		byBehaviour: 'Entries by behaviour',
		perWeek: 'Entries per week',
		chartLabel: (weeks: number) =>
			`Bar chart of entries per week over the last ${weeks} weeks. The same figures are in the table below.`,
		weekOf: 'Week starting',
		entries: 'Entries',
		unspecified: 'Not yet chosen',
		escalation:
			'There have been more entries in the last four weeks than in the four weeks before. It may help to share your diary with your stalking advocate or the police. You can do this from "Export and share".',
		none: 'Patterns will show here once there are some entries.'
	},
	chain: {
		checking: 'Checking the record of changes…',
		ok: 'The record of changes is complete.',
		problem: (n: number) =>
			`${n === 1 ? 'One entry does' : `${n} entries do`} not match the record of changes. This can happen if the phone's storage was damaged. The entries are still shown; this will be noted in exports.`,
		problemIn: 'Does not match the record of changes',
		checkFailed:
			'The check that nothing in the diary has been changed could not be finished this time. Your entries are safe and shown here. It runs again the next time the diary is opened; if this keeps happening, making a backup is a good idea.',
		clock: (n: number) =>
			`The phone's clock went backwards between ${n === 1 ? 'two saves' : `saves ${n} times`}. This is noted in exports so nobody can say it was hidden.`,
		joined: (saves: number, changedInBoth: number, deletedInOne: number) =>
			[
				`Your diary had been open in two places at once, and ${saves === 1 ? 'one save was' : `${saves} saves were`} made in the second. They have now been joined into one record of changes, and no entry was lost. The joining is noted in the record, so exports show it too.`,
				...(changedInBoth > 0
					? [
							`${changedInBoth === 1 ? 'One entry was' : `${changedInBoth} entries were`} changed in both places. Both versions are kept, one after the other, in the entry's history; ${changedInBoth === 1 ? 'it is' : 'they are'} marked below, so you can check which is right.`
						]
					: []),
				...(deletedInOne > 0
					? [
							`${deletedInOne === 1 ? 'One entry was' : `${deletedInOne} entries were`} permanently deleted in one place. ${deletedInOne === 1 ? 'It stays' : 'They stay'} deleted, so the words saved for ${deletedInOne === 1 ? 'it' : 'them'} in the other place were removed too.`
						]
					: [])
			].join(' '),
		changedInBoth: 'Changed in two places: both versions kept',
		/**
		 * The newest checkpoint this diary's chain no longer holds: `held` of the `noted` saved versions it
		 * counted are here now (fewer when the newest are gone; as many when one before it is different).
		 */
		checkpointMissing: (purpose: 'share' | 'backup' | 'export', when: string, noted: number, held: number) =>
			`Entries saved before the ${{ backup: 'backup', share: 'file you shared', export: 'file you exported' }[purpose]} on ${when} are not all here. ${
				held < noted
					? `${purpose === 'backup' ? 'That backup' : 'That file'} held ${noted} saved versions of entries; ${held} of them are on this phone now.`
					: 'A saved version from before then is missing or different on this phone.'
			} A backup made on or after that day holds them: “Restore a backup” in Settings adds what is missing.`
	},
	exhibits: {
		heading: 'Exhibits',
		hint: 'Photos, screenshots, recordings and documents are locked inside the diary as soon as you add them. A fingerprint is kept, so anyone can check later that they were not changed.',
		addFiles: 'Add photos, screenshots or files',
		takePhoto: 'Take a photo',
		recordAudio: 'Record audio',
		recording: 'Recording',
		stopRecording: 'Stop recording',
		/** The file name of a recording, from the local time it started. */
		recordingName: (stamp: string, extension: string) => `recording-${stamp}.${extension}`,
		microphoneFailed:
			'The microphone could not be used. If the phone asked for permission, it may have been refused; you can allow it in the browser settings and try again.',
		adding: (name: string) => `Adding ${name}`,
		waiting: 'Waiting…',
		cancel: 'Cancel',
		cancelAdding: (name: string) => `Cancel adding ${name}`,
		cancelled: (name: string) => `Adding ${name} was cancelled.`,
		added: (name: string) => `${name} was added.`,
		percent: (value: number) => `${value}%`,
		remove: (name: string) => `Remove ${name}`,
		limit: (limit: string) => `Each file can be up to ${limit}.`,
		waitToSave: 'Saving will be possible as soon as the files being added are locked in.',
		removeHint: 'Removing a file takes it out of this entry. Saving records the removal in the history.',
		tooLarge: (name: string, limit: string) =>
			`${name} is larger than ${limit}, the most the diary can keep for one file. Nothing else was affected. Keep the original somewhere safe and say where it is in the entry.`,
		damaged: (name: string) =>
			`${name} could not be opened because it has been damaged or changed on this phone. Its fingerprint no longer matches.`,
		list: 'Exhibits',
		none: 'No exhibits.',
		type: 'Type',
		sizeLabel: 'Size',
		addedAt: 'Added',
		fingerprint: 'Fingerprint (SHA-256)',
		copyFingerprint: 'Copy fingerprint',
		/** Heard after "Copy fingerprint", so each exhibit's button has a name of its own. */
		ofExhibit: (name: string) => `of ${name}`,
		fingerprintCopied: 'Fingerprint copied.',
		fingerprintNotCopied:
			'The fingerprint could not be copied on this device. Here it is in full, so it can be selected and copied:',
		open: (name: string) => `Open ${name}`,
		opening: (name: string) => `Opening ${name}…`,
		close: (name: string) => `Close ${name}`,
		download: (name: string) => `Save a copy of ${name}`,
		downloadHint:
			'This kind of file cannot be shown inside the diary. A saved copy is no longer locked, and anyone using this phone could find it.',
		/** Plain names for the kinds of file; the MIME type is shown too. */
		kinds: {
			image: 'Picture',
			audio: 'Sound recording',
			video: 'Video',
			pdf: 'PDF document',
			other: 'File'
		}
	},
	damaged: (count: number) =>
		count === 1
			? 'One saved item could not be opened. It may have been damaged on this phone. Everything else is safe and shown here.'
			: `${count} saved items could not be opened. They may have been damaged on this phone. Everything else is safe and shown here.`
} as const;
