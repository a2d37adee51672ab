// The language setting, in Settings and on the first-run steps.
export const language = {
	heading: 'Language',
	label: 'The app’s language',
	/** Shown in every language but English, whose words are the source of the others. */
	unreviewed:
		'This translation has not yet been checked by a native speaker. If anything reads wrongly or unclearly, please tell your caseworker, who can pass corrections on.',
	corrections:
		'Translations are welcome to corrections: if anything reads wrongly or unclearly, please tell your caseworker, who can pass them on.',
	change: 'Change language',
	changed: (name: string) => `The app is now in ${name}.`,
	/** What the person typed is never translated: the documents say so. */
	ownWords: 'Your own words are kept exactly as you typed them, in any language.',
	/** The choice of labels for a timeline PDF, on the export screen (never shown in English). */
	pdfLabels: 'Labels in the timeline PDF',
	pdfLabelsHint:
		'Police and courts in England and Wales work mainly in English, so the English labels are always printed. Your own words are printed exactly as you typed them, and are not translated.',
	pdfLabelsEnglish: 'English only',
	pdfLabelsBoth: (name: string) => `${name}, with the English beside each label`,
	pdfLabelsNote:
		'The labels in this document are translated from English. The person’s own words are printed exactly as they typed them, and are not translated.',
	/** Read aloud (components/ReadAloud.svelte), offered only with a voice on the device. */
	readAloud: 'Read aloud',
	stopReading: 'Stop reading'
} as const;
