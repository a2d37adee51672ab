// Teksty o aplikacji na tym telefonie: nowa wersja, przechowywanie danych, przypomnienie o kopii zapasowej i co zrobić, gdy przeglądarka wszystko wyczyściła.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/device';
import type { Translation } from '../translation';
import { plurals } from '../translation';

const plural = plurals('pl');

export const device = {
	notLoaded: {
		heading: 'Nie udało się tego otworzyć',
		body: 'Nie udało się wczytać części aplikacji, być może dlatego, że telefon nie ma połączenia z internetem. Nic z tego, co zostało zapisane, się nie zmieniło. Sprawdź połączenie i spróbuj ponownie.',
		retry: 'Spróbuj ponownie'
	},
	update: {
		ready: 'Nowa wersja jest gotowa. Zostanie użyta przy następnym otwarciu aplikacji.',
		useNow: 'Użyj jej teraz',
		applying: 'Zapisywanie wpisanego tekstu, potem ponowne uruchomienie…'
	},
	storage: {
		heading: 'Pamięć na tym telefonie',
		persistent: 'Dane są bezpieczne: przeglądarka nie wyczyści dziennika, żeby zwolnić miejsce.',
		notPersistent:
			'Przeglądarka może wyczyścić dziennik, jeśli w telefonie zabraknie miejsca. Zainstalowanie aplikacji na ekranie głównym albo zgoda na trwałe przechowywanie danych zmniejsza to ryzyko. Kopia zapasowa i tak chroni dziennik.',
		unknown: 'Ta przeglądarka nie podaje, jak przechowuje dziennik. Kopia zapasowa i tak chroni dziennik.',
		askPersist: 'Poproś przeglądarkę o zachowanie danych',
		askRefused:
			'Tym razem przeglądarka się nie zgodziła. Często zgadza się, gdy aplikacja jest zainstalowana na ekranie głównym albo regularnie używana.',
		used: 'Zajęte przez aplikację',
		free: 'Wolne dla aplikacji',
		notKnown: 'Nieznane',
		lastBackup: 'Ostatnia kopia zapasowa',
		noBackup: 'Nie ma jeszcze kopii zapasowej'
	},
	backupReminder: (since: number, hasBackup: boolean) =>
		hasBackup
			? `Od ostatniej kopii zapasowej ${plural(since, {
					one: `dodano ${since} wpis`,
					few: `dodano ${since} wpisy`,
					many: `dodano ${since} wpisów`,
					other: `dodano ${since} wpisu`
				})}. Zaszyfrowany plik kopii zapasowej chroni wpisy, gdyby ten telefon zginął, zepsuł się albo został wyczyszczony. Można go zrobić w sekcji „Eksport i udostępnianie”.`
			: `W dzienniku ${plural(since, {
					one: `jest ${since} wpis`,
					few: `są ${since} wpisy`,
					many: `jest ${since} wpisów`,
					other: `jest ${since} wpisu`
				})}, a nie ma jeszcze kopii zapasowej. Zaszyfrowany plik kopii zapasowej chroni wpisy, gdyby ten telefon zginął, zepsuł się albo został wyczyszczony. Można go zrobić w sekcji „Eksport i udostępnianie”.`,
	wiped: {
		heading: 'Nie udało się znaleźć dziennika, który był na tym telefonie',
		body: [
			'Przeglądarka usunęła to, co ta aplikacja przechowywała na tym telefonie. Przeglądarki czasem tak robią, gdy w telefonie brakuje miejsca, gdy dane przeglądania zostaną wyczyszczone albo gdy aplikacja nie była otwierana przez jakiś czas. To nie stało się z Twojej winy.',
			'Jeśli istnieje zaszyfrowany plik kopii zapasowej, wszystko, co zawiera, da się odzyskać: załóż nowy dziennik, potem w Ustawieniach wybierz „Przywróć kopię zapasową”, wskaż plik kopii zapasowej i wpisz hasło ustawione dla tej kopii. Twoje wpisy, dowody i ich historia wrócą w niezmienionej postaci.',
			'Jeśli nie ma kopii zapasowej, można założyć nowy dziennik. Wszystko, co pamiętasz, można dodać ponownie, z przybliżoną datą, jeśli nie ma pewności co do dokładnej.'
		]
	}
} satisfies Translation<typeof en.device>;
