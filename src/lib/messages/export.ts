// The words printed into exports (PDF, CSV, JSON notes, README.txt) and the errors raised when reading a shared
// file back. Written for a police officer, a caseworker and the person themselves: plain, calm British English.
// Statutory letters come from the domain layer; only the names of the behaviours are words, so they live here.
import type { ChannelId } from '$lib/domain/behaviours';
import type { ImpactRating, PersonDescription, PlaceId, Sighting } from '$lib/domain/incident';
import type { ContentField } from '$lib/domain/revisions';
import { channelNames } from './en/diary';
import { records } from './en/records';
import { exportErrors } from './en/export-errors';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

export const exportMessages = {
	/** The papers for the courts (export/court-papers.ts): what each is, and what it is not. */
	papers: {
		police: {
			title: 'Chronology for a police statement',
			/** In the file's properties and a reader's list of recent files: names no one and no offence. */
			fileTitle: 'Numbered chronology',
			about: [
				'This is a numbered chronology of the entries in a personal diary, with an exhibit mark for each file, to sit beside a statement that a police officer takes. It is not itself a statement and is not signed: the officer writes the statement with the person, and the person signs that.',
				'Each exhibit mark is the person’s initials and a number, in the order the files first appear here (without a name on the cover, the file’s number in the evidence pack). The exhibit list at the end gives each mark’s file, its number in the evidence pack and its SHA-256 fingerprint, so each file can be checked against this document alone.'
			]
		},
		spo: {
			title: 'Stalking Protection Order fact sheet',
			fileTitle: 'Fact sheet',
			about: [
				'This sets out facts from a personal diary in the order that section 1 of the Stalking Protection Act 2019 asks about: the acts associated with stalking, the risk, and why protection is needed. It is not legal advice and does not say whether an order would be made; the police and the court decide that.',
				'The acts are grouped by the behaviours listed in section 2A(3) of the Protection from Harassment Act 1997. An entry with more than one behaviour appears under each. Withdrawn and deleted entries are left out.'
			],
			acts: 'Part 1: Acts associated with stalking',
			risk: 'Part 2: Risk',
			riskNote:
				'Counts from the diary that bear on risk. They are not a risk assessment; the police and the caseworker assess risk.',
			protection: 'Part 3: Why protection is needed, in the person’s own words',
			effects: 'The effects the entries record',
			noWords: 'The person has not written in the diary about how it has affected them.',
			group: (label: string, count: number) => `${label}: ${count} ${plural(count, 'entry', 'entries')}`,
			act: (number: number, when: string) => `${number}. ${when}`
		},
		family: {
			title: 'Chronology for the family court',
			fileTitle: 'Chronology',
			about: [
				'This is a chronology of the entries in a personal diary, in date order, in the columns a family court chronology usually has: the date, the event and the exhibit reference. A summary of the pattern over time comes first, because a pattern of behaviour can matter more than any one incident.',
				'Withdrawn and deleted entries are left out. Each exhibit reference is the person’s initials and a number (without a name on the cover, the file’s number in the evidence pack); the exhibit list at the end gives each one’s file and SHA-256 fingerprint.'
			],
			pattern: 'The pattern over time',
			month: (month: string, count: number) => `${month}: ${count} ${plural(count, 'entry', 'entries')}`,
			columns: { number: 'No.', date: 'Date', event: 'Event', refs: 'Exhibit' },
			continued: 'Chronology (continued)'
		},
		chronology: 'Chronology',
		exhibitsHeading: 'Exhibits and their marks',
		exhibitMark: (mark: string, name: string) => `${mark}  ${name}`,
		exhibitNumber: (number: string, type: string, size: string, incident: number) =>
			`${number} in the evidence pack; ${type}, ${size}; entry ${incident}`,
		exhibitsField: 'Exhibits',
		kitFile: (name: string) => `File in the upload kit: ${name}`,
		noExhibits: 'No exhibits.',
		honest:
			'Waymark cannot say whether a court or the police will accept this document. It says what it is, where it came from (the diary kept on the person’s phone) and how to check it: see “How to check this document” at the end.'
	},
	safetyPlan: records.safetyPlan,
	riskFacts: records.riskFacts,
	approximate: 'approx.',
	behaviours: records.behaviours,
	// The diary's names, but for the two that speak to the person ("Gift or item left", "Another way").
	channels: { ...channelNames, gift: 'Gift', other: 'Other' } satisfies Record<ChannelId, string>,
	columns: records.columns,
	/** The columns only the spreadsheet has: times it can sort, and the details of each known person. */
	csvColumns: {
		occurredUtc: 'When it happened (UTC, ISO 8601)',
		occurredUntilUtc: 'Until (UTC, ISO 8601)',
		occurredOffset: 'When it happened: offset from UTC',
		recordedUtc: 'When it was recorded (UTC, ISO 8601)',
		recordedOffset: 'When it was recorded: offset from UTC',
		knownPeople: 'Known people’s details (from People)'
	},
	/** People from the diary's list, in the PDF's People section and the CSV. */
	people: {
		heading: 'People',
		intro:
			'People I know and have listed in this diary, with the details I gave. Each incident names them as “Known to me”. A description of someone I do not know is given with the incident itself.',
		relationship: 'How I know them',
		description: 'Description',
		vehicles: 'Vehicles and registrations',
		incidents: 'Named in incidents',
		field: (label: string, value: string) => `${label}: ${value}`,
		line: (name: string, details: string) => `${name}: ${details}`
	},
	fields: {
		occurred: 'when it happened',
		behaviours: 'behaviour',
		otherBehaviour: 'other behaviour',
		threatened: 'threat made',
		channels: 'how contact was made',
		whatHappened: 'what happened',
		exactWords: 'exact words',
		location: 'where',
		places: 'home, work or school',
		personIds: 'who',
		unknownPersonDescription: 'description of the person',
		personDescription: 'what the person looked like',
		vehicle: 'vehicle',
		vehicleDetails: 'vehicle colour, make and model',
		registration: 'registration',
		sighting: 'about the sighting',
		witnesses: 'witnesses',
		'impact.fearOfViolence': 'fear of violence',
		'impact.alarmOrDistress': 'alarm or distress',
		'impact.changedDailyLife': 'changes to daily life',
		'impact.inOwnWords': 'effect in own words',
		'impact.rating': 'how much it affected them',
		'actions.reportedToPolice': 'reported to police',
		'actions.crimeReference': 'crime reference',
		'actions.officer': 'officer',
		'actions.reportedToPlatform': 'reported to a platform',
		'actions.platformDetails': 'platform details',
		'actions.toldSomeone': 'told someone',
		'actions.toldWho': 'who was told',
		exhibits: 'exhibits',
		privateNote: 'private note',
		quickLog: 'quick log'
	} satisfies Record<ContentField, string>,
	row: {
		exactWords: (words: string) => `Exact words: “${words}”`,
		otherBehaviour: (words: string) => `Other: ${words}`,
		knownPeople: (names: string) => `Known to me (see People): ${names}`,
		unknownPerson: 'A person not named in the diary',
		description: (text: string) => `Someone I do not know, described as: ${text}`,
		vehicle: (text: string) => `Vehicle seen: ${text}`,
		registration: (text: string) => `Registration seen: ${text}`,
		threatened: 'A threat was made',
		rating: (rating: string) => `How much it affected me: ${rating}`,
		ratingNames: {
			none: 'not at all',
			some: 'somewhat',
			'a-lot': 'a lot',
			severe: 'severely'
		} satisfies Record<ImpactRating, string>,
		sighting: (parts: string) => `About the sighting: ${parts}`,
		sightingFields: {
			duration: 'seen for',
			distance: 'distance',
			obstruction: 'anything in the way',
			light: 'light',
			knownBefore: 'seen before',
			whyRemembered: 'why remembered',
			timeToRecord: 'written down after'
		} satisfies Record<keyof Sighting, string>,
		person: (parts: string) => `Seen: ${parts}`,
		personFields: {
			ageRange: 'age',
			height: 'height',
			build: 'build',
			hair: 'hair',
			clothing: 'clothing',
			features: 'distinctive'
		} satisfies Record<keyof PersonDescription, string>,
		vehicleDetails: (text: string) => `Vehicle seen: ${text}`,
		part: (label: string, value: string) => `${label}: ${value}`,
		places: (names: string) => `At or near: ${names}`,
		placeNames: {
			home: 'my home',
			work: 'my work or place of study',
			children: 'my children’s school or nursery'
		} satisfies Record<PlaceId, string>,
		withOffset: (when: string, offset: string) => `${when} (UTC${offset})`,
		withOffsets: (when: string, from: string, to: string) => `${when} (UTC${from} to UTC${to})`,
		fearOfViolence: 'Fear that violence will be used',
		alarmOrDistress: 'Alarm or distress',
		changedDailyLife: 'Changes to daily life',
		inOwnWords: (text: string) => `In my words: ${text}`,
		reportedToPolice: 'Reported to police',
		crimeReference: (text: string) => `Reference: ${text}`,
		officer: (text: string) => `Officer: ${text}`,
		reportedToPlatform: 'Reported to the platform',
		platformDetails: (text: string) => `Details: ${text}`,
		toldSomeone: 'Told someone',
		toldWho: (text: string) => `Who: ${text}`,
		quickLog: 'Quick log: more detail still to be added',
		withdrawn: 'Withdrawn',
		deleted: 'Deleted',
		amended: (count: number) => `Amended ${count} ${plural(count, 'time', 'times')}`,
		deletedMarker: (when: string) => `Deleted on ${when}; content removed; hash kept`,
		amendmentKinds: {
			create: 'First saved',
			edit: 'Amended',
			withdraw: 'Withdrawn',
			delete: 'Deleted'
		},
		reason: (text: string) => `Reason: ${text}`,
		changed: (fields: string) => `Changed: ${fields}`,
		revisionHash: (seq: number, hash: string) => `${seq}: ${hash}`
	},
	pdf: {
		// What each file attached to the PDF is, as a PDF reader lists it beside the name.
		attachmentJson:
			'The same record in full detail: every saved version, its SHA-256 fingerprint and the record of changes',
		attachmentSums:
			'The SHA-256 fingerprint of every other file of the evidence pack this PDF came in (the PDF cannot hold its own)',
		attachmentVerify: 'Exactly how every fingerprint is made, so anyone can check them without this app',
		title: 'Chronology of incidents',
		subtitle: 'A record kept under the Protection from Harassment Act 1997, s.2A and s.4A',
		personName: 'Kept by',
		policeReference: 'Police reference',
		dateRange: 'Dates covered',
		noIncidents: 'No incidents',
		from: (when: string) => `From ${when}`,
		to: (when: string) => `Up to ${when}`,
		generatedAt: 'Made on',
		timeZone: 'Times',
		timeZoneNote: (zone: string) =>
			`Shown as clocks read them in the ${zone} time zone, each followed by its offset from UTC, which changes when the clocks change: 01:30 (UTC+01:00) is 00:30 UTC, and 01:30 (UTC+00:00) is 01:30 UTC. A date without a time is a calendar day.`,
		chainHead: 'Chain head',
		chainHeadValue: (seq: number, link: string) => `${link} (record of changes, entry ${seq})`,
		receipt: 'Receipt code',
		receiptNote:
			'Write this code in your own notes. A later copy of this record can be checked against it, to confirm that nothing recorded up to the time this copy was made has since been changed or removed.',
		noChain: 'None (nothing saved yet)',
		incidentCount: 'Number of incidents',
		behaviourFilter: 'Behaviours included',
		disclosureSafe: 'Disclosure-safe copy',
		disclosureSafeNote:
			'This copy leaves out witnesses’ contact details and private notes. The full copy is held by the person who made it.',
		privateNotesIncluded: 'This copy includes private notes, at the request of the person who made it.',
		labelsNote: (language: string) =>
			`Each label is in ${language}, with the English beside it. The person’s own words are printed exactly as they typed them, in whatever language they wrote, and are not translated.`,
		summaryHeading: 'Summary of behaviours',
		summaryNote:
			'An incident with more than one behaviour is counted under each. Withdrawn and deleted incidents are not counted.',
		chartHeading: 'Incidents per week',
		chartNote: (weeks: number) =>
			`Each bar is one week, Monday to Sunday, over the last ${weeks} ${plural(weeks, 'week', 'weeks')} of the dates covered.`,
		chartAxis: (count: number) => `${count}`,
		weekOf: (when: string) => `w/c ${when}`,
		incidentsHeading: 'Incidents, oldest first',
		incidentHeading: (number: number, when: string) => `${number}. ${when}`,
		continuedHeading: (number: number, day: string) => `Incident ${number}, ${day} (continued)`,
		continuedUndated: (number: number) => `Incident ${number} (continued)`,
		exhibitsHeading: 'Exhibits',
		noExhibits: 'No exhibits.',
		exhibitLine: (number: string, name: string) => `${number}  ${name}`,
		exhibitDetails: (type: string, size: string, incident: number) =>
			`${type}, ${size}, incident ${incident}`,
		exhibitFile: (path: string) => `File: ${path}`,
		exhibitHash: (hash: string) => `SHA-256: ${hash}`,
		exhibitCleaned: (hash: string) => `SHA-256 of this copy: ${hash}`,
		exhibitCleanedFrom: (hash: string, converted: boolean) =>
			`${converted ? 'Converted to JPEG: a cleaned copy' : 'A cleaned copy'} of the original with SHA-256 ${hash}. Its location, camera and other hidden details were removed.`,
		exhibitWithheld: (reason: 'kind' | 'unreadable' | 'cannot-convert' | 'too-large') =>
			`Not in this copy: ${
				{
					kind: 'files of this kind can hold a location or other personal details that cannot be removed here',
					unreadable: 'the file could not be read as a picture, so its hidden details could not be removed',
					'cannot-convert':
						'the device that made this copy could not open this kind of picture to remove its hidden details',
					'too-large': 'the file is too large to have its hidden details removed'
				}[reason]
			}. The full copy holds it.`,
		checkHeading: 'How to check this document',
		/** Only in the PDF inside an evidence pack, which has the SHA256SUMS file. */
		checkInPack: [
			'This chronology is part of an evidence pack. The pack holds a file called SHA256SUMS, which lists the SHA-256 fingerprint of every file in it, including each exhibit.',
			'To check that no file has been changed since the pack was made, open a terminal in the folder where the pack was unzipped and run: sha256sum -c SHA256SUMS. Every line should end in OK. Any program that computes SHA-256 can be used instead.'
		],
		/** In a PDF saved on its own, which has no SHA256SUMS beside it. */
		checkStandalone: [
			'This chronology was saved on its own, not as part of an evidence pack, so no SHA256SUMS file comes with it. The evidence pack, made by the same app, holds this chronology with the exhibits and a SHA256SUMS file that checks every one of them; if the exhibits need checking, ask the person who made this record for the pack.',
			'An exhibit received separately can be checked against the SHA-256 printed for it in the exhibit list. Compute the file’s SHA-256 (on Linux: sha256sum followed by the file name; on Windows: certutil -hashfile followed by the file name and SHA256; on a Mac: shasum -a 256 followed by the file name) and compare the two: they should be the same.'
		],
		withheldNote: (count: number, disclosureSafe: boolean) =>
			`In this copy, ${count} saved ${plural(count, 'version', 'versions')} of incidents had ${disclosureSafe ? 'a private note or a witness’s contact details' : 'a private note'} left out. The fingerprint printed for ${plural(count, 'it', 'each')} is that of the version as saved, with nothing left out, so ${plural(count, 'it', 'those versions')} cannot be re-checked from this copy, only against the full record. Every other version can be.`,
		attachedFiles: (names: readonly string[]) =>
			`This PDF file has ${names.length} ${plural(names.length, 'file', 'files')} attached to it, so that it can be checked even when it is sent on its own: ${names.join(', ')}. Most PDF readers list them as attachments; on Linux, pdfdetach -saveall followed by the name of this PDF file saves them into the current folder.`,
		verifyHeading: 'How to check this record',
		verifyContinued: 'How to check this record (continued)',
		outline: {
			cover: 'Cover',
			summary: 'Summary of behaviours',
			people: 'People',
			incidents: 'Incidents, oldest first',
			undated: 'Without a readable date',
			exhibits: 'Exhibits',
			check: 'How to check this document',
			verify: 'How to check this record'
		},
		checkCommon: [
			'Every saved version of every incident is fingerprinted, and the fingerprints are joined in a chain. The chain head printed on the cover stands for the whole record at the moment this document was made. If a caseworker or the police keep the chain head from an earlier copy, a later copy can be checked against it.',
			'Amendments are shown as amendments: nothing saved earlier has been overwritten. Waymark cannot say whether a court will accept this record; it says what it does to make the record trustworthy.'
		],
		page: (n: number, total: number) => `Page ${n} of ${total}`
	},
	json: {
		redactionNote:
			'Disclosure-safe copy: the fields listed in each revision’s “withheld” were replaced. The “hash” is still the hash of the original revision, so those revisions can only be checked against the full copy. Revisions with nothing withheld can be checked from this file.',
		privateNotesNote: (count: number) =>
			`In this copy, ${count} ${plural(count, 'revision', 'revisions')} had a private note left out (listed in “withheld”). Their “hash” is still that of the revision as saved, note included, so ${plural(count, 'it', 'they')} cannot be re-checked from this file, only against a copy with private notes. Revisions with nothing withheld can be checked from this file.`,
		fullNote:
			'Each revision’s “hash” is the SHA-256 of its RFC 8785 canonical JSON, and “chain” lists every link of the record of changes, so the chain head can be worked out again without Waymark.',
		joinNote:
			'The diary had once been open in two places at once, and some saves were linked onto a second copy of the record. An entry with “joined” lists those saves as first written; its “revisionHash” is the SHA-256 of the RFC 8785 canonical JSON of “joined”, and the saves it lists follow it in that order, linked afresh.',
		withheld: '[Withheld from this copy]'
	},
	readme: {
		title: 'Evidence pack',
		intro: (generatedAt: string) => `This pack was made on ${generatedAt}. It holds:`,
		files: [
			'timeline.pdf     the chronology of incidents, for reading and printing',
			'timeline.csv     the same chronology as a spreadsheet (UTF-8)',
			'timeline.json    the same record in full detail, with every saved version and its SHA-256 fingerprint',
			'exhibits/        the exhibits, each named by its exhibit number (EXH-001 and so on)',
			'verify.html      open it in any web browser to check this pack, offline, without the app',
			'SHA256SUMS       the SHA-256 fingerprint of every other file in this pack',
			'VERIFY.txt       exactly how every fingerprint is made, so anyone can check them without this app',
			'verify.py        a short program (Python 3.8 or later, nothing else) that makes every check in VERIFY.txt',
			'README.txt       this note'
		],
		checkHeading: 'How to check that nothing has changed',
		checkBody: [
			'Unzip the pack, open a terminal in that folder and run:',
			'    sha256sum -c SHA256SUMS',
			'Every line should end in OK (on a Mac: shasum -a 256 -c SHA256SUMS). Any program that computes SHA-256 can be used instead; VERIFY.txt gives the commands for Windows too.',
			'To check the record of changes and the exhibits as well, run:',
			'    python3 verify.py',
			'VERIFY.txt explains every check, and asks you to note the fingerprint of the pack file itself.'
		],
		chainHeading: 'Chain head',
		chainHead: (seq: number, link: string) => `${link} (entry ${seq})`,
		noChain: 'None (nothing had been saved)',
		chainBody:
			'Every saved version of every incident is fingerprinted, and the fingerprints are joined in a chain. The chain head above stands for the whole record when this pack was made; keep it, and a later copy can be checked against it.',
		disclosureSafe:
			'This is a disclosure-safe copy: witnesses’ contact details and private notes are left out. In timeline.json the revisions with withheld fields keep the hash of the original, so they can only be checked against the full copy.',
		disclosureSafeExhibits:
			'Photos in exhibits/ are cleaned copies: their location, camera and other hidden details were removed, so each has its own fingerprint, which SHA256SUMS lists. timeline.json and timeline.pdf give, beside each one, the fingerprint of the original it was made from. Videos, recordings, documents and any file that could not be cleaned are left out of this copy and listed as such; the full copy holds them.'
	},
	errors: exportErrors
} as const;

export type ExportMessages = typeof exportMessages;
