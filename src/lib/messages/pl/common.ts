// Wszystkie ogólne teksty aplikacji po polsku: przyciski, hasło, zakładanie i otwieranie dziennika (../en/common.ts).
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/common';
import type { Translation } from '../translation';
import { plurals } from '../translation';

const plural = plurals('pl');

/** "sekundę", "sekundy", "sekund": after "za" and "poczekaj", in the accusative. */
const secondsWord = (count: number) =>
	`${count} ${plural(count, { one: 'sekundę', few: 'sekundy', many: 'sekund', other: 'sekundy' })}`;

export const messages = {
	app: {
		title: 'Kalkulator',
		name: 'Waymark'
	},
	common: {
		continue: 'Dalej',
		cancel: 'Anuluj',
		back: 'Wstecz',
		save: 'Zapisz',
		close: 'Zamknij',
		show: 'Pokaż',
		hide: 'Ukryj',
		working: 'Trwa działanie…',
		somethingWentWrong:
			'Coś poszło nie tak i nic nie zostało zmienione. Spróbuj ponownie. Jeśli to się powtarza, uruchom aplikację ponownie.'
	},
	passphrase: {
		label: 'Hasło',
		showPassphrase: 'Pokaż hasło',
		hidePassphrase: 'Ukryj hasło',
		strength: [
			'Bardzo łatwe do odgadnięcia',
			'Łatwe do odgadnięcia',
			'Możliwe do odgadnięcia',
			'Trudne do odgadnięcia',
			'Bardzo trudne do odgadnięcia'
		],
		strengthLabel: 'Jak trudno je odgadnąć',
		tooWeak:
			'To hasło byłoby zbyt łatwe do odgadnięcia. Użyj proponowanego hasła albo sześciu zwykłych słów, które do siebie nie pasują.',
		dontSave:
			'Jeśli przeglądarka lub klawiatura zaproponuje zapisanie albo zapamiętanie tego hasła, wybierz „Nigdy”. Zapisane hasło może odczytać każdy, kto ma dostęp do przeglądarki.',
		suggestion: {
			heading: 'Proponowane hasło',
			intro: 'Sześć słów wybranych losowo. Odgadnięcie takiego hasła zajęłoby komputerowi wiele lat.',
			writeDown:
				'Zapisz je na papierze i trzymaj w bezpiecznym miejscu, do którego tylko Ty masz dostęp, z dala od tego telefonu, dopóki nie nauczysz się go na pamięć.',
			label: 'Proponowane hasło',
			use: 'Użyj tego hasła',
			another: 'Zaproponuj inne',
			used: 'Proponowane hasło zostało wpisane w oba pola.'
		},
		tooShort: (min: number) =>
			`Użyj co najmniej ${min} ${plural(min, { one: 'znak', few: 'znaki', many: 'znaków', other: 'znaku' })}.`,
		mismatch: 'Oba wpisane hasła nie są takie same. Wpisz je jeszcze raz.'
	},
	create: {
		heading: 'Załóż swój dziennik',
		intro:
			'Twój dziennik jest przechowywany tylko na tym telefonie i zabezpieczony hasłem, które znasz tylko Ty. Nic nie jest nigdzie wysyłane, chyba że zdecydujesz się coś udostępnić.',
		passphraseHint:
			'Wybierz coś długiego, co łatwo zapamiętasz, na przykład sześć niezwiązanych ze sobą słów, albo użyj proponowanego hasła. Zapomnianego hasła nie da się odzyskać, bo nikt inny nie ma jego kopii, nawet my.',
		confirmLabel: 'Wpisz hasło jeszcze raz',
		submit: 'Załóż mój dziennik',
		creating:
			'Trwa zakładanie dziennika. Aplikacja sprawdza, jak silne zabezpieczenie ten telefon może szybko otworzyć. Może to potrwać kilka sekund…',
		created: 'Twój dziennik jest gotowy.'
	},
	unlock: {
		heading: 'Otwórz swój dziennik',
		submit: 'Otwórz',
		opening: 'Otwieranie dziennika…',
		wrong: 'To hasło nie otworzyło dziennika. Sprawdź je i spróbuj ponownie.',
		wait: (seconds: number) =>
			`Dla bezpieczeństwa poczekaj ${secondsWord(seconds)}, zanim spróbujesz ponownie.`,
		waitLeft: (seconds: number) =>
			`Możesz spróbować ponownie za ${secondsWord(seconds)}. Wpisany tekst zostaje zachowany.`,
		waitOver: 'Możesz już spróbować ponownie.',
		empty: 'Wpisz swoje hasło.',
		tooNew:
			'Ten dziennik został zapisany przez nowszą wersję aplikacji. Odśwież stronę albo zainstaluj aplikację ponownie, aby mieć najnowszą wersję. Nic nie zostało zmienione.',
		headerDamaged:
			'Nie da się otworzyć dziennika na tym telefonie, ponieważ informacje potrzebne do jego odblokowania zostały uszkodzone lub zmienione. Próba otwarcia niczego nie zmieniła. Jeśli istnieje zaszyfrowany plik kopii zapasowej, można założyć nowy dziennik i przywrócić tę kopię.'
	},
	home: {
		heading: 'Twój dziennik',
		lock: 'Zablokuj',
		locked: 'Twój dziennik jest zablokowany.',
		damaged: (count: number) =>
			plural(count, {
				one: 'Nie udało się otworzyć jednego zapisanego wpisu. Mógł zostać uszkodzony na tym telefonie. Wszystko inne jest bezpieczne i widoczne tutaj.',
				few: `Nie udało się otworzyć ${count} zapisanych wpisów. Mogły zostać uszkodzone na tym telefonie. Wszystko inne jest bezpieczne i widoczne tutaj.`,
				many: `Nie udało się otworzyć ${count} zapisanych wpisów. Mogły zostać uszkodzone na tym telefonie. Wszystko inne jest bezpieczne i widoczne tutaj.`,
				other: `Nie udało się otworzyć ${count} zapisanego wpisu. Mógł zostać uszkodzony na tym telefonie. Wszystko inne jest bezpieczne i widoczne tutaj.`
			}),
		empty: 'Nic jeszcze nie zostało zapisane.'
	},
	errors: {
		storageFull:
			'W telefonie zabrakło miejsca, więc nie udało się tego zapisać. Nic z tego, co już zapisane, nie zginęło. Po zwolnieniu trochę miejsca kolejna próba powinna się udać.',
		noDiary: 'Na tym telefonie nie ma jeszcze dziennika.',
		diaryExists: 'Na tym telefonie jest już dziennik.',
		cancelled: 'Przerwano. Nic nie zostało zmienione.',
		locked:
			'Dziennik został zablokowany, zanim to się zakończyło, więc nic nie zostało zmienione. Otwórz go ponownie, aby kontynuować.',
		storageUnavailable:
			'Przeglądarka nie pozwala teraz aplikacji niczego przechowywać na tym telefonie, więc nic nie zostało zmienione. Może pomóc zamknięcie innych kart z aplikacją i ponowne jej otwarcie. Przyczyną może być też tryb prywatny przeglądarki.',
		incidentMissing:
			'Nie udało się znaleźć tego wpisu. Mógł zostać usunięty w innej karcie. Nic nie zostało zmienione.',
		codeInvalid: 'Kod kalkulatora musi mieć od 4 do 12 cyfr. Wybierz inny.',
		codeRecordDamaged:
			'Nie udało się odczytać zapisanego kodu kalkulatora, więc żaden kod nie zadziała. Ustaw kod ponownie w Ustawieniach.'
	}
} satisfies Translation<typeof en.messages>;
