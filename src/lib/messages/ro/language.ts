// The language setting's words in Romanian, in Settings and on the first-run steps.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/language';
import type { Translation } from '../translation';

export const language = {
	heading: 'Limbă',
	label: 'Limba aplicației',
	/** Shown in every language but English, whose words are the source of the others. */
	unreviewed:
		'Această traducere nu a fost încă verificată de un vorbitor nativ. Dacă ceva sună greșit sau neclar, spuneți-i consilierului de caz, care poate transmite corecturile.',
	corrections:
		'Corecturile la traduceri sunt binevenite: dacă ceva sună greșit sau neclar, spuneți-i consilierului de caz, care le poate transmite mai departe.',
	change: 'Schimbați limba',
	changed: (name: string) => `Limba aplicației este acum: ${name}.`,
	/** What the person typed is never translated: the documents say so. */
	ownWords: 'Cuvintele dumneavoastră sunt păstrate exact așa cum le-ați tastat, în orice limbă.',
	pdfLabels: 'Etichetele din PDF-ul cronologiei',
	pdfLabelsHint:
		'Poliția și instanțele din Anglia și Țara Galilor lucrează în principal în engleză, așa că etichetele în engleză sunt tipărite întotdeauna. Cuvintele dumneavoastră sunt tipărite exact așa cum le-ați scris și nu sunt traduse.',
	pdfLabelsEnglish: 'Doar în engleză',
	pdfLabelsBoth: (name: string) => `${name}, cu engleza alături de fiecare etichetă`,
	pdfLabelsNote:
		'Etichetele din acest document sunt traduse din engleză. Cuvintele persoanei sunt tipărite exact așa cum au fost scrise și nu sunt traduse.',
	readAloud: 'Citiți cu voce tare',
	stopReading: 'Opriți citirea'
} satisfies Translation<typeof en.language>;
