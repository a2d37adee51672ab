// Teksty ekranów eksportu i otwierania udostępnionych plików: „Eksport i udostępnianie”, podgląd dla opiekuna sprawy i przywracanie kopii zapasowej.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/sharing';
import type { Translation } from '../translation';
import { plurals } from '../translation';

const plural = plurals('pl');

/** "1 wpis", "2 wpisy", "5 wpisów": the nominative and accusative. */
const entries = (n: number) =>
	`${n} ${plural(n, { one: 'wpis', few: 'wpisy', many: 'wpisów', other: 'wpisu' })}`;
/** "1 dowód", "2 dowody", "5 dowodów": the nominative and accusative. */
const exhibits = (n: number) =>
	`${n} ${plural(n, { one: 'dowód', few: 'dowody', many: 'dowodów', other: 'dowodu' })}`;
/** "1 zapisaną wersję", "2 zapisane wersje", "5 zapisanych wersji": the accusative. */
const versions = (n: number) =>
	`${n} ${plural(n, {
		one: 'zapisaną wersję',
		few: 'zapisane wersje',
		many: 'zapisanych wersji',
		other: 'zapisanej wersji'
	})}`;
/** "1 osobę", "2 osoby", "5 osób": the accusative. */
const people = (n: number) =>
	`${n} ${plural(n, { one: 'osobę', few: 'osoby', many: 'osób', other: 'osoby' })}`;

export const sharing = {
	exportView: {
		heading: 'Eksport i udostępnianie',
		intro:
			'Utwórz kopię swojego dziennika dla policji, sądu lub doradcy ds. stalkingu. Nic nie opuszcza tego telefonu, dopóki nie wybierzesz, dokąd wysłać plik.',
		options: 'Co uwzględnić',
		dates: 'Daty',
		from: 'Od',
		to: 'Do',
		datesHint: 'Zostaw oba pola puste, aby uwzględnić wszystko.',
		behaviours: 'Zachowania',
		behavioursHint: 'Nie zaznaczaj żadnego, aby uwzględnić wszystkie zachowania.',
		disclosureSafe: 'Kopia bezpieczna do ujawnienia',
		disclosureSafeHint:
			'Pomija dane kontaktowe świadków i Twoje notatki prywatne. Użyj jej do wszystkiego, co może zostać pokazane drugiej stronie sprawy.',
		includePrivateNotes: 'Dołącz moje notatki prywatne',
		includePrivateNotesHint:
			'Wyłączone, chyba że to wybierzesz. Niedostępne w kopii bezpiecznej do ujawnienia.',
		cover: 'Na stronę tytułową (opcjonalnie)',
		coverHint:
			'Tylko jeśli chcesz, aby zostały wydrukowane. Są przechowywane w tym dzienniku, zabezpieczone, na następny raz.',
		name: 'Twoje imię i nazwisko',
		policeReference: 'Numer sprawy na policji',
		make: 'Utwórz plik',
		pdf: 'PDF z osią czasu',
		pdfHint: 'Do czytania i drukowania. Typowe kolumny dziennika stalkingu, ze stroną tytułową i wzorcami.',
		papers: {
			heading: 'Dokumenty dla policji i sądów',
			hint: 'Każdy z nich to PDF utworzony z tych samych wpisów, z tym samym kodem potwierdzenia i tym samym sposobem sprawdzenia. Żaden z nich nie jest poradą prawną i nikt nie może obiecać, że sąd je przyjmie. Oznaczenia dowodów to inicjały imienia i nazwiska podanego wyżej.',
			police: {
				label: 'Chronologia do zeznań na policji',
				hint: 'Ponumerowane wpisy z oznaczeniami dowodów, takimi jak JS/1, do dołączenia do zeznań, które spisze z Tobą funkcjonariusz policji. To nie są podpisane zeznania.'
			},
			spo: {
				label: 'Zestawienie faktów do Stalking Protection Order (sądowego nakazu ochrony przed stalkingiem)',
				hint: 'Co się stało, pogrupowane według rodzaju zachowania, potem fakty dotyczące ryzyka, a na końcu to, jak to na Ciebie wpłynęło, Twoimi własnymi słowami.'
			},
			kit: {
				label: 'Zestaw do przesłania przez policyjny portal dowodów (zip)',
				hint: 'Dla portali, które przyjmują pliki pojedynczo: spis, a potem każde zdjęcie, zrzut ekranu lub nagranie nazwane swoim oznaczeniem (JS-1 i tak dalej), aby każdy plik można było porównać ze spisem.'
			},
			family: {
				label: 'Chronologia dla sądu rodzinnego',
				hint: 'Data, zdarzenie i dowód w typowych kolumnach, z podsumowaniem tego, jak sytuacja zmieniała się w czasie.'
			}
		},
		csv: 'Arkusz kalkulacyjny (CSV)',
		json: 'Plik danych (JSON)',
		pack: 'Pakiet dowodów (zip)',
		packHint:
			'PDF, arkusz, plik danych i wszystkie dowody, z odciskami cyfrowymi, aby każdy mógł sprawdzić, że nic nie zostało zmienione.',
		unlockedWarning:
			'Te pliki nie są zabezpieczone. Po zapisaniu każdy, kto używa tego telefonu lub komputera, może je otworzyć. Zaszyfrowany plik poniżej jest zabezpieczony własnym hasłem.',
		encrypted: 'Zaszyfrowany plik dla opiekuna sprawy lub kopia zapasowa',
		encryptedHint:
			'Pakiet dowodów zabezpieczony osobnym hasłem. Przekaż to hasło opiekunowi sprawy w inny sposób, na przykład telefonicznie, nigdy w tej samej wiadomości co plik.',
		purpose: 'Dla kogo jest ten plik?',
		purposeShare: 'Dla mojego opiekuna sprawy lub policji (według wyborów powyżej)',
		includeSafetyPlan: 'Dołącz mój plan bezpieczeństwa',
		includeSafetyPlanHint:
			'Wyłączone, chyba że to wybierzesz. Zaznacz tylko wtedy, gdy chcesz, aby osoba, której udostępniasz plik, na przykład opiekun sprawy, zobaczyła Twój plan. Kopia zapasowa zawsze go zawiera.',
		purposeBackup: 'Kopia zapasowa dla mnie (wszystko, także notatki prywatne)',
		sharePassphrase: 'Hasło do tego pliku',
		sharePassphraseHint:
			'To nie jest hasło do dziennika. Wybierz coś długiego, na przykład sześć niezwiązanych ze sobą słów, albo użyj proponowanego hasła. Przekaż je osobie, która otworzy plik, osobiście lub telefonicznie, nigdy w tej samej wiadomości co plik.',
		confirmSharePassphrase: 'Wpisz hasło do pliku jeszcze raz',
		makeEncrypted: 'Utwórz zaszyfrowany plik',
		making: (what: string) => `Tworzenie: ${what}…`,
		progress: 'Postęp',
		percent: (n: number) => `${n}%`,
		ready: 'Plik jest gotowy.',
		sendOrSave: 'Wyślij lub zapisz plik',
		shared: 'Plik został przekazany do wybranej aplikacji.',
		downloaded: 'Plik został zapisany w pobranych plikach na tym urządzeniu.',
		checkpoint: 'Obecny stan dziennika został odnotowany, aby późniejszą kopię można było porównać z tą.',
		receipt: 'Kod potwierdzenia tego pliku',
		receiptHint:
			'Opiekun sprawy lub policja mogą zapisać ten kod we własnych notatkach. Pozwala on później sprawdzić, czy kopia Twojego dziennika nadal zawiera wszystko, co zawierał ten plik. Kod zawiera tylko liczbę zapisów w dzienniku i jego odcisk cyfrowy, żadnych Twoich słów.',
		receiptsHeading: 'Przekazane kody potwierdzenia',
		receiptsIntro:
			'Dla każdego utworzonego pliku zachowywany jest kod potwierdzenia, aby można go było ponownie odczytać, jeśli ktoś o niego poprosi.',
		receiptsNone: 'Nie utworzono jeszcze żadnych plików.',
		receiptKinds: { share: 'Plik do udostępnienia', backup: 'Kopia zapasowa', export: 'Eksport' },
		receiptItem: (kind: string, when: string) => `${kind}, ${when}`,
		lastBackup: (when: string) => `Ostatnia kopia zapasowa: ${when}.`,
		noBackup: 'Nie utworzono jeszcze kopii zapasowej.',
		nothingToExport: 'W dzienniku nie ma jeszcze nic do wyeksportowania.',
		datesInvalid: 'Data „Od” jest późniejsza niż data „Do”. Sprawdź obie.',
		previewHeading: 'Zdjęcia i pliki w tej kopii',
		previewWhere:
			'Tak będzie wyglądać zawartość pakietu dowodów i zaszyfrowanego pliku. PDF, arkusz i plik danych tylko je wymieniają.',
		previewNone: 'Do tej kopii nie trafią żadne zdjęcia ani pliki.',
		previewFull: (n: number) =>
			`${plural(n, {
				one: `${n} zdjęcie lub plik trafi do kopii dokładnie w obecnej postaci.`,
				few: `${n} zdjęcia lub pliki trafią do kopii dokładnie w obecnej postaci.`,
				many: `${n} zdjęć lub plików trafi do kopii dokładnie w obecnej postaci.`,
				other: `${n} zdjęcia lub pliku trafi do kopii dokładnie w obecnej postaci.`
			})} Zdjęcia mogą zdradzać, gdzie i kiedy zostały zrobione oraz jakim telefonem. Aby to usunąć, wybierz kopię bezpieczną do ujawnienia.`,
		previewCleaned: (n: number) =>
			`Z ${n} ${plural(n, { one: 'zdjęcia', other: 'zdjęć' })} zostaną usunięte dane o lokalizacji i aparacie.`,
		previewConverted: (n: number) =>
			plural(n, {
				one: `${n} zdjęcie HEIC zostanie zamienione na JPEG bez danych o lokalizacji i aparacie, jeśli to urządzenie potrafi je otworzyć. Jeśli nie, zostanie pominięte.`,
				few: `${n} zdjęcia HEIC zostaną zamienione na JPEG bez danych o lokalizacji i aparacie, jeśli to urządzenie potrafi je otworzyć. Jeśli nie, zostaną pominięte.`,
				many: `${n} zdjęć HEIC zostanie zamienionych na JPEG bez danych o lokalizacji i aparacie, jeśli to urządzenie potrafi je otworzyć. Jeśli nie, zostaną pominięte.`,
				other: `${n} zdjęcia HEIC zostanie zamienione na JPEG bez danych o lokalizacji i aparacie, jeśli to urządzenie potrafi je otworzyć. Jeśli nie, zostaną pominięte.`
			}),
		previewVideos: (n: number) =>
			plural(n, {
				one: `${n} film zostanie pominięty w tej kopii.`,
				few: `${n} filmy zostaną pominięte w tej kopii.`,
				many: `${n} filmów zostanie pominiętych w tej kopii.`,
				other: `${n} filmu zostanie pominięte w tej kopii.`
			}),
		previewRecordings: (n: number) =>
			plural(n, {
				one: `${n} nagranie dźwiękowe zostanie pominięte w tej kopii.`,
				few: `${n} nagrania dźwiękowe zostaną pominięte w tej kopii.`,
				many: `${n} nagrań dźwiękowych zostanie pominiętych w tej kopii.`,
				other: `${n} nagrania dźwiękowego zostanie pominięte w tej kopii.`
			}),
		previewOthers: (n: number) =>
			plural(n, {
				one: `${n} inny plik (na przykład dokument) zostanie pominięty w tej kopii.`,
				few: `${n} inne pliki (na przykład dokumenty) zostaną pominięte w tej kopii.`,
				many: `${n} innych plików (na przykład dokumentów) zostanie pominiętych w tej kopii.`,
				other: `${n} innego pliku (na przykład dokumentu) zostanie pominięte w tej kopii.`
			}),
		previewLeftOut:
			'Wszystko, co zostanie pominięte, pozostaje bezpieczne w dzienniku i nadal jest wymienione razem ze swoim odciskiem cyfrowym. Pełna kopia to zawiera.',
		fontMissing:
			'Nie udało się utworzyć pliku PDF, ponieważ na tym urządzeniu brakuje części aplikacji. Powinno pomóc ponowne wczytanie aplikacji przy połączeniu z internetem.',
		fontNotAvailable:
			'Część tekstu w dzienniku wymaga czcionki, której to urządzenie jeszcze nie zapisało, więc nie udało się utworzyć pliku PDF. Spróbuj ponownie, gdy będzie połączenie z internetem. Nic w dzienniku się nie zmieniło, a pliki CSV i JSON można utworzyć już teraz.'
	},
	openShared: {
		open: 'Otwórz udostępniony plik',
		openHint:
			'Dla opiekunów spraw: odczytaj plik, który ktoś Ci udostępnił. Nic nie zostaje zapisane na tym urządzeniu.',
		heading: 'Otwórz udostępniony plik',
		intro:
			'Otwiera zaszyfrowany plik utworzony w tej aplikacji albo utworzony w niej pakiet dowodów (.zip), aby go odczytać i sprawdzić. Nic z pliku nie zostaje zapisane na tym urządzeniu ani dodane do żadnego dziennika. Plik zostaje zapomniany po zamknięciu, zablokowaniu lub wyjściu.',
		file: 'Plik do otwarcia',
		passphrase: 'Hasło do pliku',
		passphrasePlainPack: 'Pakiet dowodów (.zip) nie wymaga hasła.',
		submit: 'Otwórz plik',
		opening: 'Otwieranie i sprawdzanie pliku. Może to potrwać kilka sekund…',
		noFile: 'Wybierz plik.',
		noPassphrase: 'Wpisz hasło do pliku.',
		close: 'Zamknij plik',
		back: 'Wstecz'
	},
	viewer: {
		heading: 'Udostępniony dziennik',
		readOnly: 'Tylko do odczytu. Nic z tego pliku nie zostaje zapisane na tym urządzeniu.',
		print: 'Drukuj',
		made: (when: string) => `Utworzono ${when}.`,
		chainHead: 'Ostatnie ogniwo łańcucha',
		chainHeadValue: (seq: number, link: string) => `${link} (pozycja ${seq} w rejestrze zmian)`,
		disclosureSafe:
			'To jest kopia bezpieczna do ujawnienia: dane kontaktowe świadków i notatki prywatne zostały pominięte.',
		privateNotes: 'Ta kopia zawiera notatki prywatne.',
		checkHeading: 'Sprawdzenia',
		allMatch: (n: number, m: number) =>
			`Sprawdzono ${entries(n)} i ${exhibits(m)}: wszystko zgadza się z odciskami cyfrowymi, a rejestr zmian jest kompletny.`,
		allMatchPartial: (n: number, m: number) =>
			`Sprawdzono ${entries(n)} i ${exhibits(m)}: wszystko zgadza się z odciskami cyfrowymi, a każda zapisana wersja ma swoje miejsce w rejestrze zmian.`,
		partial: (shown: number, total: number) =>
			`To kopia części dziennika: zawiera ${shown} z ${total} ${plural(total, {
				one: 'zapisanej wersji',
				other: 'zapisanych wersji'
			})} z rejestru zmian. Pozostałych nie ma w tym pliku, więc ostatnie ogniwo łańcucha poniżej można sprawdzić tylko z pełnym dziennikiem lub późniejszą kopią.`,
		withheld: (n: number) =>
			plural(n, {
				one: `W ${n} zapisanej wersji pominięto w tej kopii szczegóły, więc można ją sprawdzić tylko z pełną kopią.`,
				other: `W ${n} zapisanych wersjach pominięto w tej kopii szczegóły, więc można je sprawdzić tylko z pełną kopią.`
			}),
		problemsIntro: 'Niektóre elementy tego pliku nie zgadzają się ze swoimi odciskami cyfrowymi:',
		problems: {
			revision: ({ entry, version }: { entry: number; version: number }) =>
				`Wpis ${entry}, wersja ${version}, nie zgadza się ze swoim odciskiem cyfrowym. Mógł zostać zmieniony po zapisaniu.`,
			chain: ({ seq }: { seq: number }) =>
				`Rejestr zmian traci ciągłość w kroku ${seq}. Coś mogło zostać zmienione, dodane lub usunięte.`,
			missing: ({ entry, version }: { entry: number; version: number }) =>
				`Wpisu ${entry}, wersji ${version}, nie ma w rejestrze zmian.`,
			head: 'Ostatnie ogniwo łańcucha nie zgadza się z rejestrem zmian.',
			exhibit: ({ number }: { number: string }) =>
				`Dowód ${number} nie zgadza się z odciskiem cyfrowym zapisanym w jego wpisie.`,
			withheld: ({ entry, version }: { entry: number; version: number }) =>
				`Wpis ${entry}, wersja ${version}, podaje, że pominięto w nim szczegóły, których ten rodzaj kopii nie pomija. Jego treść mogła zostać zmieniona.`,
			versions: ({ entry }: { entry: number }) =>
				`Wpis ${entry} nie ma w tym pliku wszystkich swoich zapisanych wersji. Któraś mogła zostać usunięta.`,
			part: 'Ten plik podaje, że jest kopią części dziennika, ale nie wybrano żadnej części. Mogły z niego zostać usunięte zapisane wersje.'
		},
		clockWentBack: (n: number) =>
			`Zegar telefonu cofnął się między zapisami ${plural(n, { one: 'raz', other: `${n} razy` })}. To nie jest błąd w rejestrze; jest to pokazane, aby nic nie zostało ukryte.`,
		plainPack:
			'To pakiet dowodów, który nie został zabezpieczony hasłem, więc każdy mógł go utworzyć lub zmienić. Sprawdzenia pokazują, czy jest spójny sam ze sobą; aby mieć pewność, że to kopia utworzona przez tę osobę, porównaj jego kod potwierdzenia z kodem, który ta osoba przekazała.',
		receipt: 'Kod potwierdzenia tego pliku',
		receiptHint:
			'Osoba, która utworzyła ten plik, zobaczyła ten sam kod. Jeśli odczyta Ci kod, powinien to być właśnie ten. Zapisz go we własnych notatkach: późniejszą kopię dziennika tej osoby będzie można z nim porównać.',
		receiptCheckHeading: 'Sprawdź kod potwierdzenia',
		receiptCheckIntro:
			'Jeśli masz zapisany kod potwierdzenia z wcześniejszego pliku, wpisz go tutaj, aby sprawdzić, czy ten plik nadal zawiera wszystko, co było w tamtym, bez zmian.',
		receiptField: 'Kod potwierdzenia',
		receiptFieldHint:
			'Na przykład 214-7KQ2-M9XD-4HF3-R2B8-Q. Spacje, łączniki i wielkość liter nie mają znaczenia.',
		receiptCheck: 'Sprawdź kod',
		receiptPartial:
			'To kopia części dziennika, więc ten kod pokazuje tylko to, co podaje plik: plik nie może dowieść, że jest autentyczny. Można go porównać z pełną kopią lub kopią zapasową od tej samej osoby.',
		receiptResult: {
			empty: 'Wpisz kod potwierdzenia.',
			shape:
				'To nie wygląda na kod potwierdzenia. Składa się z liczby, potem 16 liter i cyfr, a potem jeszcze jednego znaku, na przykład 214-7KQ2-M9XD-4HF3-R2B8-Q.',
			check:
				'W tym kodzie jest błąd: jeden znak mógł zostać źle wpisany albo dwa zamienione miejscami. Porównaj go z notatkami.',
			confirmed: (seq: number) =>
				`Potwierdzono. Ten plik zawiera ${versions(seq)} z wcześniejszego pliku, bez zmian, a wszystko, co zapisano później, następuje po ${plural(seq, { one: 'niej', other: 'nich' })}.`,
			confirmedWithheld: (seq: number, withheld: number) =>
				`Rejestr zmian w tym pliku zawiera ${versions(seq)} z wcześniejszego pliku. W ${withheld} ${plural(
					withheld,
					{
						one: 'zapisanej wersji',
						other: 'zapisanych wersjach'
					}
				)} pominięto w tej kopii szczegóły, więc ${plural(withheld, { one: 'jej', other: 'ich' })} treść można sprawdzić tylko z pełną kopią lub kopią zapasową.`,
			fewer: (seq: number, held: number) =>
				`Ten plik zawiera ${versions(held)}, czyli mniej niż ${seq} w pliku, dla którego utworzono ten kod. Może to być starsza kopia albo może w nim brakować zapisów.`,
			notHeld: (seq: number) =>
				`Nie potwierdzono. Ten plik nie zawiera rejestru, z którego utworzono ten kod: czegoś zapisanego w ${plural(
					seq,
					{
						one: 'pierwszej zapisanej wersji',
						other: `pierwszych ${seq} zapisanych wersjach`
					}
				)} brakuje albo jest inne.`,
			partial:
				'To kopia części dziennika, więc nie da się nią sprawdzić kodu potwierdzenia. Może to zrobić pełna kopia lub kopia zapasowa.',
			damaged:
				'Niektóre elementy tego pliku nie zgadzają się ze swoimi odciskami cyfrowymi (patrz „Sprawdzenia” powyżej), więc nie da się nim sprawdzić kodu potwierdzenia.',
			noEntries: 'Ten plik nie zawiera wpisów, więc nie da się nim sprawdzić kodu potwierdzenia.'
		},
		chronology: 'Chronologia, od najstarszych',
		entry: (n: number) => `Wpis ${n}`,
		noEntries: 'W tym pliku nie ma wpisów.',
		patterns: 'Wzorce',
		byBehaviour: 'Wpisy według zachowania',
		behaviour: 'Zachowanie',
		count: 'Wpisy',
		perWeek: 'Wpisy w poszczególnych tygodniach',
		weekOf: 'Tydzień od',
		exhibits: 'Dowody',
		noExhibits: 'W tym pliku nie ma dowodów.',
		exhibitDetails: (type: string, size: string, entry: number) => `${type}, ${size}, wpis ${entry}`,
		fingerprint: 'SHA-256',
		open: (name: string) => `Otwórz ${name}`,
		close: (name: string) => `Zamknij ${name}`,
		save: (name: string) => `Zapisz kopię pliku ${name}`,
		saveHint:
			'Tego rodzaju pliku nie da się tutaj wyświetlić. Zapisana kopia nie jest zabezpieczona i każdy, kto używa tego urządzenia, może ją znaleźć.'
	},
	restore: {
		open: 'Przywróć kopię zapasową',
		openHint:
			'Dodaje do tego dziennika wpisy, osoby i dowody z pliku kopii zapasowej. Zanim cokolwiek zostanie dodane, zobaczysz, co to będzie.',
		heading: 'Przywróć kopię zapasową',
		intro:
			'Wybierz kopię zapasową utworzoną opcją „Zaszyfrowany plik dla opiekuna sprawy lub kopia zapasowa”. Wszystko, co zawiera, zostanie najpierw sprawdzone; jeśli coś się nie zgadza, nic nie zostanie dodane.',
		submit: 'Przywróć',
		restoring: 'Sprawdzanie i przywracanie. Może to chwilę potrwać…',
		done: (versionCount: number, peopleCount: number, exhibitCount: number) =>
			`Przywrócono ${versions(versionCount)} wpisów, ${people(peopleCount)} i ${exhibits(exhibitCount)}.`,
		nothingNew: 'Wszystko z tej kopii zapasowej jest już w Twoim dzienniku. Nic nie zostało dodane.',
		nothingNewKept:
			'W tym pliku nie ma nowych wpisów. Wpisy, które zawiera, są już w Twoim dzienniku i pozostały bez żadnych zmian. Nic nie zostało dodane.',
		planHeading: 'Zanim cokolwiek zostanie dodane',
		planNew: (entryCount: number, exhibitCount: number) =>
			`Ten plik doda ${entries(entryCount)} i ${exhibits(exhibitCount)}. Nie zmieni żadnego wpisu, który już jest w Twoim dzienniku.`,
		planKept: (n: number) =>
			plural(n, {
				one: `${n} wpis z pliku jest już w Twoim dzienniku i pozostanie bez żadnych zmian.`,
				few: `${n} wpisy z pliku są już w Twoim dzienniku i pozostaną bez żadnych zmian.`,
				many: `${n} wpisów z pliku jest już w Twoim dzienniku i pozostanie bez żadnych zmian.`,
				other: `${n} wpisu z pliku jest już w Twoim dzienniku i pozostanie bez żadnych zmian.`
			}),
		planOwn: (entryCount: number, updated: number, exhibitCount: number) =>
			`To kopia zapasowa tego dziennika. Doda ${entries(entryCount)} i ${exhibits(exhibitCount)} oraz zaktualizuje ${entries(updated)}, ${plural(updated, { one: 'który już tu jest', other: 'które już tu są' })}, do wersji zapisanych później (poprawki, wycofania i trwałe usunięcia).`,
		planSafetyPlan: 'Wczyta też plan bezpieczeństwa zapisany w kopii zapasowej.',
		donePlan: 'Plan bezpieczeństwa z kopii zapasowej jest teraz w Twoim dzienniku.',
		planPeople: (n: number) => `Doda też do Twojej listy ${people(n)}.`,
		confirm: 'Dodaj do mojego dziennika',
		cancel: 'Anuluj',
		cancelled: 'Nic nie zostało dodane.',
		planOutdated:
			'Twój dziennik zmienił się po sprawdzeniu pliku, więc nic nie zostało dodane. Otwórz plik ponownie.',
		exhibitMissing: (name: string) =>
			`Jeden z wpisów w tym pliku odwołuje się do pliku ${name}, którego w nim nie ma, więc nic nie zostało dodane.`,
		exhibitMismatch: (name: string) =>
			`Jeden z wpisów w tym pliku odwołuje się do pliku ${name}, ale ten plik lub Twój dziennik zawiera pod tą nazwą inny plik, więc nic nie zostało dodane.`,
		notABackup:
			'To plik do udostępnienia, z którego pominięto niektóre szczegóły, więc nie można go przywrócić jako kopii zapasowej. Nic nie zostało dodane.',
		checkFailed:
			'Niektóre elementy tego pliku nie zgadzają się ze swoimi odciskami cyfrowymi, więc nic nie zostało dodane. Otwórz go opcją „Otwórz udostępniony plik”, aby zobaczyć, które.',
		exhibitChanged: (name: string) =>
			`Plik ${name} po wyjęciu z kopii zapasowej nie był taki sam jak przy jej tworzeniu, więc nic więcej nie zostało dodane. Spróbuj ponownie.`
	}
} satisfies Translation<typeof en.sharing>;
