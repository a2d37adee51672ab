// The support pages' shape: plain data, so one component renders them all and every language is an object of
// this shape (en/support.ts is the English source).

export type SupportPageId = 'stalking' | 'evidence' | 'phone' | 'help' | 'caseworkers';

/** A lettered item, kept apart from its letter so the letters of s.2A(3) survive translation unchanged. */
export interface SupportLetteredItem {
	letter: string;
	text: string;
}

/** A paragraph, a bulleted list, or a lettered list, in reading order. */
export type SupportBlock =
	string | { list: readonly string[] } | { lettered: readonly SupportLetteredItem[] };

export interface SupportSection {
	heading: string;
	body: readonly SupportBlock[];
}

export interface SupportContact {
	/** The name of the service, shown as a heading. */
	label: string;
	/** The number as people write it. */
	display: string;
	/** Digits only, for a `tel:` link. */
	tel: string;
	/** The visible text and accessible name of the call link, naming both the service and the number. */
	callLabel: string;
	/** Short paragraphs: what the service does and when to call. */
	details: readonly string[];
}

export interface SupportPage {
	id: SupportPageId;
	title: string;
	/** One line under the title in the list of topics. */
	summary: string;
	intro: readonly string[];
	contacts: readonly SupportContact[];
	sections: readonly SupportSection[];
}

export interface SupportMessages {
	heading: string;
	intro: string;
	backToTopics: string;
	emergency: { text: string; contact: SupportContact };
	pages: readonly SupportPage[];
}
