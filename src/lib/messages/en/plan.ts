// The safety plan form's words (screens/diary/SafetyPlan.svelte), apart from the rest so they load only with that
// screen, as the support pages' do. The plan's headings, which the viewer shows too, are in ./export.
export const planMessages = {
	heading: 'Your safety plan',
	intro:
		'A plan for staying safe, in your own words. It is locked in this diary like your entries. Fill in as much or as little as helps, and change it whenever you like. A stalking advocate can go through it with you.',
	hints: {
		people:
			'People you trust to call for help, and their numbers: a friend, a neighbour, a family member, your caseworker.',
		codeWord:
			'A word or phrase agreed with the people you trust that means “I need help, please call the police”.',
		safePlaces:
			'Places with people around where you could go if you are followed: a shop, a police station, a friend’s home.',
		routes:
			'Journeys you make often, such as to work, school or the shops, and other ways and times you could use.',
		emergency: 'For example who you would call, where you would go and how you would get out.',
		keepReady:
			'Things you may need in a hurry, kept together somewhere safe: passport or ID, bank cards, medicines, keys, a phone charger, some money, copies of court papers.',
		device:
			'Steps such as checking location sharing, changing passwords, turning on two-step sign-in and checking which devices are signed in to your accounts.'
	} as const,
	emergencyHeading: 'In an emergency',
	emergencyGuide: [
		'If you are in danger now, call 999.',
		'If you call 999 from a mobile and cannot speak, listen to the questions, then press 55 when asked. This tells the operator it is a real emergency and you will be put through to the police.',
		'From a landline, stay on the line if you cannot speak. If the operator can only hear background noise, they will put you through to the police.'
	],
	save: 'Save the plan',
	saved: 'Your safety plan is saved.',
	lastSaved: (when: string) => `Last saved ${when}.`,
	sharing:
		'Your plan goes into a file you share only if you tick “Include my safety plan” on the Export and share screen. A backup always includes it, so it can be restored.'
};
