// Teksty pierwszego uruchomienia, kodu kalkulatora, ćwiczenia szybkiego wyjścia, ustawień i automatycznej blokady.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import { SETUP_CODE } from '$lib/safety/unlock-code';
import type * as en from '../en/safety';
import { spellDigits } from '../names';
import type { Translation } from '../translation';

export const safety = {
	welcome: {
		steps: [
			{
				heading: 'Prywatny dziennik, który wygląda jak kalkulator',
				body: [
					'Ta aplikacja służy do zapisywania tego, co ktoś Ci robi, aby można to było pokazać policji, sądowi lub doradcy ds. stalkingu.',
					'Na ekranie głównym i po otwarciu wygląda i działa jak zwykły kalkulator. Aby otworzyć dziennik, wpisujesz wybrany przez siebie kod, a potem naciskasz =.',
					`Ten ekran otworzył się po wpisaniu w kalkulatorze ${spellDigits(SETUP_CODE)} i =. Gdy dziennik zostanie założony, ten kod nie będzie na tym telefonie niczego otwierać: dziennik otworzy tylko Twój własny kod.`
				]
			},
			{
				heading: 'Hasło chroni dziennik',
				body: [
					'Wszystko, co zapisujesz, jest zabezpieczone hasłem i zostaje na tym telefonie. Nic nie jest nigdzie wysyłane, chyba że zdecydujesz się coś udostępnić.',
					'Zapomnianego hasła nikt nie odzyska, nawet my. Wybierz takie, które zapamiętasz, a gdy pojawią się wpisy, rób kopię zapasową.'
				]
			},
			{
				heading: 'Jak szybko wyjść',
				body: [
					'Na każdym ekranie jest przycisk „Szybkie wyjście”. Naciśnięcie go albo trzykrotne naciśnięcie Shift na klawiaturze od razu ukrywa dziennik, blokuje go i otwiera zamiast niego stronę z pogodą. Przycisk Wstecz pokaże zablokowany kalkulator.',
					'Szybkie wyjście nie usuwa innych stron z historii przeglądarki i nie chroni przed oprogramowaniem szpiegującym, które już jest na telefonie, ani przed zmuszeniem do odblokowania dziennika.'
				]
			}
		],
		stepOf: (n: number, total: number) => `Krok ${n} z ${total}`,
		next: 'Dalej',
		start: 'Załóż mój dziennik',
		help: 'Pomoc i wsparcie'
	},
	code: {
		label: 'Kod kalkulatora',
		hint: 'Od 4 do 12 cyfr. Aby otworzyć dziennik, wpisz te cyfry w kalkulatorze, a potem =. To nie jest Twoje hasło. Nie używaj PIN-u karty bankowej ani PIN-u telefonu: ktoś z kopią pamięci tego telefonu mógłby odgadnąć krótki kod, a wtedy znałby też ten PIN.',
		problems: {
			'too-short': 'Użyj co najmniej 4 cyfr.',
			'too-long': 'Użyj najwyżej 12 cyfr.',
			'not-digits': 'Używaj tylko cyfr od 0 do 9.',
			'setup-code': `Wybierz inne cyfry. ${spellDigits(SETUP_CODE)} to kod startowy, który dostają wszyscy, więc nie ukryłby Twojego dziennika.`
		},
		disguise: 'Otwieraj jako kalkulator',
		disguiseHint: 'Zalecane. Wyłącz to tylko wtedy, gdy nikt inny nie będzie zaglądać do tego telefonu.'
	},
	practice: {
		heading: 'Przećwicz szybkie wyjście',
		body: 'Wypróbuj je teraz raz, aby wiedzieć, co się dzieje. Naciśnij „Szybkie wyjście” albo trzy razy naciśnij Shift. Podczas ćwiczenia aplikacja nie zostanie zamknięta.',
		covered:
			'Tak to właśnie działa: ekran od razu zostaje zakryty, dziennik się blokuje i otwiera się strona z pogodą. Po powrocie widać kalkulator. Wpisz swój kod i =, aby znów otworzyć dziennik.',
		done: 'Przejdź do mojego dziennika',
		skip: 'Na razie pomiń'
	},
	settings: {
		heading: 'Ustawienia',
		disguise: 'Otwieraj jako kalkulator',
		code: 'Nowy kod kalkulatora',
		codeSaved: 'Nowy kod został zapisany.',
		saveCode: 'Zapisz kod',
		exitUrl: 'Szybkie wyjście prowadzi do',
		exitUrlHint: 'Adres strony zaczynający się od https://. Domyślnie jest to strona z pogodą.',
		exitUrlInvalid: 'Wpisz adres strony, który zaczyna się od https://',
		autoLockMinutes: 'Zablokuj po tylu minutach bez używania',
		hiddenLockSeconds: 'Zablokuj po tylu sekundach od odłożenia aplikacji',
		save: 'Zapisz ustawienia',
		saved: 'Ustawienia zostały zapisane.',
		passphraseHeading: 'Zmień hasło',
		currentPassphrase: 'Obecne hasło',
		newPassphrase: 'Nowe hasło',
		confirmPassphrase: 'Wpisz nowe hasło jeszcze raz',
		changePassphrase: 'Zmień hasło',
		passphraseChanged: 'Twoje hasło zostało zmienione.',
		numberInvalid: 'Wpisz liczbę całkowitą równą 1 lub większą.',
		secondsInvalid: 'Wpisz liczbę całkowitą równą 0 lub większą.'
	}
} satisfies Translation<typeof en.safety>;
