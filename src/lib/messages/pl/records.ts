// Słowa opisujące zawartość zapisów: nagłówki planu bezpieczeństwa, fakty o ryzyku, zachowania z ustawy i nagłówki kolumn.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/records';
import type { Translation } from '../translation';
import { plurals } from '../translation';

const plural = plurals('pl');

export const records = {
	safetyPlan: {
		heading: 'Plan bezpieczeństwa',
		fields: {
			people: 'Osoby, do których mogę zadzwonić',
			codeWord: 'Słowo kodowe',
			safePlaces: 'Bezpieczne miejsca, do których mogę pójść',
			routes: 'Trasy i pory, które warto zmieniać',
			emergency: 'Co zrobię w nagłym wypadku',
			keepReady: 'Dokumenty i rzeczy, które warto mieć pod ręką',
			device: 'Bezpieczeństwo mojego telefonu i kont'
		},
		sharedNote:
			'Ta osoba zdecydowała się dołączyć do tego pliku swój plan bezpieczeństwa. Jest on napisany jej własnymi słowami. Nie jest częścią rejestru zmian, więc nie można go sprawdzić tak jak wpisów.',
		updated: (when: string) => `Ostatni zapis: ${when}`,
		blank: 'Niewypełnione.'
	},
	riskFacts: {
		heading: 'Fakty, o które może zapytać opiekun sprawy',
		facts: {
			lastWeek: 'Wpisy z ostatnich 7 dni',
			lastMonth: 'Wpisy z ostatnich 30 dni',
			home: 'W domu lub w pobliżu',
			work: 'W pracy lub miejscu nauki albo w pobliżu',
			children: 'W szkole, przedszkolu lub żłobku dzieci albo w pobliżu',
			loitering: 'Kręcenie się w pobliżu',
			following: 'Śledzenie',
			throughOthers: 'Kontakt przez inne osoby',
			threats: 'Groźby',
			property: 'Ingerowanie w mienie lub jego niszczenie',
			fearOfViolence: 'Obawa, że zostanie użyta przemoc'
		},
		count: (count: number) =>
			count === 0
				? 'Brak wpisów'
				: `${count} ${plural(count, { one: 'wpis', few: 'wpisy', many: 'wpisów', other: 'wpisu' })}`,
		frequency: (recent: number, before: number) =>
			`Wpisy z ostatnich czterech tygodni (od poniedziałku do niedzieli): ${recent}. Z czterech tygodni wcześniej: ${before}.`,
		rising: 'To wyraźnie więcej niż w czterech tygodniach wcześniej.',
		newKinds: 'Rodzaje zachowań zapisane po raz pierwszy w ostatnich czterech tygodniach',
		noNewKinds: 'W ostatnich czterech tygodniach nie zapisano po raz pierwszy żadnego rodzaju zachowania.',
		ownWords: 'Jak to wpłynęło na tę osobę, jej własnymi słowami',
		noOwnWords: 'Nic jeszcze nie zostało napisane o tym, jak to wpłynęło na tę osobę.',
		entries: (numbers: string, count: number) =>
			`${plural(count, { one: 'Wpis', other: 'Wpisy' })} ${numbers}`,
		entry: (number: number) => `Wpis ${number}`,
		asOf: (when: string) => `Policzono ${when}, na podstawie wpisów w tej kopii.`,
		note: 'To liczby z dziennika, każda z wpisami, których dotyczy. Nie są oceną ryzyka i nie dają żadnej punktacji: ryzyko ocenia opiekun sprawy razem z tą osobą. Wpisy wycofane i usunięte nie są liczone.'
	},
	behaviours: {
		following: 'Śledzenie',
		contacting: 'Kontaktowanie się lub próby kontaktu, w jakikolwiek sposób',
		publishing: 'Publikowanie materiałów o tej osobie lub podszywanie się pod nią',
		monitoring: 'Monitorowanie internetu, poczty e-mail lub innej komunikacji elektronicznej',
		loitering: 'Kręcenie się w pobliżu',
		interfering: 'Ingerowanie w mienie',
		watching: 'Obserwowanie lub szpiegowanie',
		other: 'Inne',
		unspecified: 'Jeszcze nie opisano'
	},
	columns: {
		number: 'Nr',
		occurred: 'Kiedy to się stało',
		recorded: 'Kiedy to zapisano',
		behaviours: 'Zachowanie (s.2A(3))',
		channels: 'Jak nawiązano kontakt',
		where: 'Gdzie',
		whatHappened: 'Co się stało',
		who: 'Kto',
		witnesses: 'Świadkowie',
		impact: 'Wpływ na mnie',
		police: 'Policja',
		otherActions: 'Inne działania',
		exhibits: 'Dowody',
		status: 'Status',
		privateNote: 'Notatka prywatna',
		amendments: 'Poprawki',
		revisionHashes: 'Odciski cyfrowe wersji (SHA-256)'
	}
} satisfies Translation<typeof en.records>;
