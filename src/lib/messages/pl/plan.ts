// Słowa formularza planu bezpieczeństwa (screens/diary/SafetyPlan.svelte), wczytywane tylko z tym ekranem.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/plan';
import type { Translation } from '../translation';

export const planMessages = {
	heading: 'Twój plan bezpieczeństwa',
	intro:
		'Plan zachowania bezpieczeństwa, Twoimi własnymi słowami. Jest zabezpieczony w tym dzienniku tak jak Twoje wpisy. Wypełnij tyle, ile pomaga, i zmieniaj go, kiedy chcesz. Doradca ds. stalkingu może omówić go razem z Tobą.',
	hints: {
		people:
			'Zaufane osoby, do których można zadzwonić po pomoc, i ich numery: przyjaciel lub przyjaciółka, sąsiad lub sąsiadka, ktoś z rodziny, Twój opiekun sprawy.',
		codeWord:
			'Słowo lub zwrot ustalone z zaufanymi osobami, które znaczy „Potrzebuję pomocy, zadzwoń na policję”.',
		safePlaces:
			'Miejsca, gdzie są ludzie i gdzie można pójść w razie śledzenia: sklep, posterunek policji, dom kogoś zaufanego.',
		routes:
			'Częste trasy, na przykład do pracy, szkoły lub sklepów, oraz inne drogi i pory, z których można skorzystać.',
		emergency: 'Na przykład do kogo zadzwonić, dokąd pójść i jak się wydostać.',
		keepReady:
			'Rzeczy, które mogą być potrzebne w pośpiechu, trzymane razem w bezpiecznym miejscu: paszport lub dowód osobisty, karty bankowe, leki, klucze, ładowarka do telefonu, trochę pieniędzy, kopie dokumentów sądowych.',
		device:
			'Kroki takie jak sprawdzenie udostępniania lokalizacji, zmiana haseł do kont, włączenie logowania dwuetapowego i sprawdzenie, które urządzenia są zalogowane na Twoich kontach.'
	},
	emergencyHeading: 'W nagłym wypadku',
	emergencyGuide: [
		'Jeśli grozi Ci teraz niebezpieczeństwo, zadzwoń pod 999.',
		'Jeśli dzwonisz pod 999 z komórki i nie możesz mówić, wysłuchaj pytań, a potem naciśnij 55, gdy padnie taka prośba. Operator będzie wtedy wiedzieć, że to prawdziwy nagły wypadek, i połączy Cię z policją.',
		'Z telefonu stacjonarnego nie rozłączaj się, jeśli nie możesz mówić. Jeśli operator słyszy tylko odgłosy w tle, połączy Cię z policją.'
	],
	save: 'Zapisz plan',
	saved: 'Twój plan bezpieczeństwa jest zapisany.',
	lastSaved: (when: string) => `Ostatni zapis: ${when}.`,
	sharing:
		'Plan trafia do udostępnianego pliku tylko wtedy, gdy na ekranie „Eksport i udostępnianie” zaznaczysz „Dołącz mój plan bezpieczeństwa”. Kopia zapasowa zawsze go zawiera, aby można go było przywrócić.'
} satisfies Translation<typeof en.planMessages>;
