// Ustawienie języka, w Ustawieniach i w pierwszych krokach.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/language';
import type { Translation } from '../translation';

export const language = {
	heading: 'Język',
	label: 'Język aplikacji',
	unreviewed:
		'To tłumaczenie nie zostało jeszcze sprawdzone przez osobę, dla której polski jest językiem ojczystym. Jeśli coś brzmi źle lub niejasno, powiedz o tym swojemu opiekunowi sprawy, który może przekazać poprawki.',
	corrections:
		'Poprawki do tłumaczeń są mile widziane: jeśli coś brzmi źle lub niejasno, powiedz o tym swojemu opiekunowi sprawy, który może je przekazać.',
	change: 'Zmień język',
	changed: (name: string) => `Język aplikacji: ${name}.`,
	ownWords: 'Twoje własne słowa są zachowane dokładnie tak, jak zostały wpisane, w dowolnym języku.',
	pdfLabels: 'Etykiety w pliku PDF z osią czasu',
	pdfLabelsHint:
		'Policja i sądy w Anglii i Walii pracują głównie po angielsku, dlatego etykiety angielskie są zawsze drukowane. Twoje własne słowa są drukowane dokładnie tak, jak zostały wpisane, i nie są tłumaczone.',
	pdfLabelsEnglish: 'Tylko po angielsku',
	pdfLabelsBoth: (name: string) => `${name}, z angielskim obok każdej etykiety`,
	pdfLabelsNote:
		'Etykiety w tym dokumencie zostały przetłumaczone z angielskiego. Słowa tej osoby są wydrukowane dokładnie tak, jak zostały wpisane, i nie są tłumaczone.',
	readAloud: 'Przeczytaj na głos',
	stopReading: 'Zatrzymaj czytanie'
} satisfies Translation<typeof en.language>;
