// The words for what a record holds, used both on screen and in the documents made from the diary: the safety
// plan's headings, the risk facts, the Act's behaviours and the column headings. On screen they follow the chosen
// language; the documents take the English ones (messages/export.ts), with the person's language beside them if
// chosen.
import type { BehaviourId } from '$lib/domain/behaviours';
import type { RiskFactId } from '$lib/domain/risk-facts';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

export const records = {
	/** The safety plan (domain/safety-plan.ts): the same headings in the diary's form and in the viewer. */
	safetyPlan: {
		heading: 'Safety plan',
		fields: {
			people: 'People I can call',
			codeWord: 'A code word',
			safePlaces: 'Safe places I can go',
			routes: 'Routes and times to vary',
			emergency: 'What I will do in an emergency',
			keepReady: 'Documents and things to keep ready',
			device: 'Keeping my phone and accounts safe'
		},
		sharedNote:
			'The person chose to include their safety plan in this file. It is in their own words. It is not part of the record of changes, so it cannot be checked the way the entries are.',
		updated: (when: string) => `Last saved ${when}`,
		blank: 'Not filled in.'
	},
	/** The risk facts (domain/risk-facts.ts): the same words in the diary, the viewer and the PDF. */
	riskFacts: {
		heading: 'Facts a caseworker may ask about',
		facts: {
			lastWeek: 'Entries in the last 7 days',
			lastMonth: 'Entries in the last 30 days',
			home: 'At or near home',
			work: 'At or near work or place of study',
			children: 'At or near the children’s school or nursery',
			loitering: 'Loitering',
			following: 'Following',
			throughOthers: 'Contact through other people',
			threats: 'Threats made',
			property: 'Interfering with property, or damaging it',
			fearOfViolence: 'Fear that violence will be used'
		} satisfies Record<RiskFactId, string>,
		count: (count: number) =>
			count === 0 ? 'None recorded' : `${count} ${plural(count, 'entry', 'entries')}`,
		frequency: (recent: number, before: number) =>
			`Entries in the last four weeks (Monday to Sunday): ${recent}. In the four weeks before: ${before}.`,
		rising: 'That is clearly more than in the four weeks before.',
		newKinds: 'Kinds of behaviour first recorded in the last four weeks',
		noNewKinds: 'No kind of behaviour was recorded for the first time in the last four weeks.',
		ownWords: 'How it has affected them, in their own words',
		noOwnWords: 'Nothing written yet about how it has affected them.',
		entries: (numbers: string, count: number) => `${plural(count, 'Entry', 'Entries')} ${numbers}`,
		entry: (number: number) => `Entry ${number}`,
		asOf: (when: string) => `Counted on ${when}, from the entries in this copy.`,
		note: 'These are counts from the diary, each with the entries it counts. They are not a risk assessment and give no score: the caseworker assesses risk, with the person. Withdrawn and deleted entries are not counted.'
	},
	behaviours: {
		following: 'Following',
		contacting: 'Contacting, or trying to contact, by any means',
		publishing: 'Publishing material about the person, or pretending to be them',
		monitoring: 'Monitoring internet, email or other electronic communication',
		loitering: 'Loitering',
		interfering: 'Interfering with property',
		watching: 'Watching or spying',
		other: 'Other',
		unspecified: 'Not yet described'
	} satisfies Record<BehaviourId | 'unspecified', string>,
	/** Column headings, shared by the CSV header row and the labels in each PDF block. */
	columns: {
		number: 'No.',
		occurred: 'When it happened',
		recorded: 'When it was recorded',
		behaviours: 'Behaviour (s.2A(3))',
		channels: 'How contact was made',
		where: 'Where',
		whatHappened: 'What happened',
		who: 'Who',
		witnesses: 'Witnesses',
		impact: 'Effect on me',
		police: 'Police',
		otherActions: 'Other actions',
		exhibits: 'Exhibits',
		status: 'Status',
		privateNote: 'Private note',
		amendments: 'Amendments',
		revisionHashes: 'Revision hashes (SHA-256)'
	}
};
