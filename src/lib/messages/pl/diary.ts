// Teksty ekranów dziennika: oś czasu, formularz wpisu, historia wpisu, osoby i wzorce.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/diary';
import type { Translation } from '../translation';
import { plurals } from '../translation';

const plural = plurals('pl');

/** "1 wpis", "2 wpisy", "5 wpisów": the nominative and accusative. */
const entries = (n: number) =>
	`${n} ${plural(n, { one: 'wpis', few: 'wpisy', many: 'wpisów', other: 'wpisu' })}`;

export const behaviourNames = {
	following: 'Śledzenie',
	contacting: 'Kontaktowanie się lub próby kontaktu',
	publishing: 'Publikowanie informacji o mnie lub podszywanie się pode mnie',
	monitoring: 'Monitorowanie mojego telefonu, poczty e-mail lub kont internetowych',
	loitering: 'Kręcenie się w pobliżu lub wystawanie',
	interfering: 'Ingerowanie w moje rzeczy lub mienie',
	watching: 'Obserwowanie lub szpiegowanie',
	other: 'Coś innego'
} satisfies Translation<typeof en.behaviourNames>;

export const channelNames = {
	call: 'Połączenie telefoniczne',
	text: 'SMS',
	'messaging-app': 'Komunikator',
	'social-media': 'Media społecznościowe',
	email: 'E-mail',
	letter: 'List',
	gift: 'Prezent lub pozostawiona rzecz',
	'in-person': 'Osobiście',
	'through-other-people': 'Przez inne osoby',
	other: 'W inny sposób'
} satisfies Translation<typeof en.channelNames>;

export const fieldNames = {
	occurred: 'Kiedy to się stało',
	behaviours: 'Rodzaj zachowania',
	otherBehaviour: 'Coś innego, własnymi słowami',
	threatened: 'Padła groźba',
	channels: 'Jak nawiązano kontakt',
	whatHappened: 'Co się stało',
	exactWords: 'Dokładne słowa',
	location: 'Gdzie',
	places: 'W domu, w pracy lub w szkole albo w pobliżu',
	personIds: 'Kto',
	unknownPersonDescription: 'Opis osoby',
	personDescription: 'Jak wyglądała ta osoba',
	vehicle: 'Pojazd',
	vehicleDetails: 'Kolor, marka i model pojazdu',
	registration: 'Numer rejestracyjny',
	sighting: 'Okoliczności zauważenia',
	witnesses: 'Świadkowie',
	'impact.fearOfViolence': 'Obawa przed przemocą',
	'impact.alarmOrDistress': 'Niepokój lub cierpienie',
	'impact.changedDailyLife': 'Zmiana codziennego życia',
	'impact.inOwnWords': 'Jak to na Ciebie wpłynęło',
	'impact.rating': 'Jak bardzo to na Ciebie wpłynęło',
	'actions.reportedToPolice': 'Zgłoszono na policję',
	'actions.crimeReference': 'Numer sprawy (crime reference number)',
	'actions.officer': 'Funkcjonariusz policji',
	'actions.reportedToPlatform': 'Zgłoszono na platformie',
	'actions.platformDetails': 'Szczegóły zgłoszenia na platformie',
	'actions.toldSomeone': 'Poinformowano kogoś',
	'actions.toldWho': 'Kogo poinformowano',
	exhibits: 'Dowody',
	privateNote: 'Notatka prywatna',
	quickLog: 'Szybki wpis'
} satisfies Translation<typeof en.fieldNames>;

export const problemMessages = {
	'occurred-missing':
		'Dodaj, kiedy to się stało. Przybliżony czas wystarczy; zaznacz „Nie mam pewności co do dokładnej godziny”.',
	'occurred-invalid': 'Nie udało się odczytać tej daty lub godziny. Sprawdź ją.',
	'occurred-in-future': 'Ta godzina jest w przyszłości. Sprawdź datę i godzinę.',
	'range-end-missing': 'Dodaj, kiedy to się skończyło, albo wybierz jeden moment.',
	'range-end-invalid': 'Nie udało się odczytać daty lub godziny końca. Sprawdź ją.',
	'range-end-before-start': 'Koniec jest przed początkiem. Sprawdź oba terminy.',
	'behaviour-missing':
		'Wybierz co najmniej jeden rodzaj zachowania albo zapisz to jako szybki wpis i uzupełnij później.',
	'behaviour-unknown': 'Jedno z zachowań nie zostało rozpoznane. Wybierz ponownie.',
	'other-behaviour-empty': 'Wybrano „Coś innego”. Opisz w kilku słowach, co to było.',
	'channel-unknown': 'Jeden ze sposobów kontaktu nie został rozpoznany. Wybierz ponownie.',
	'channel-without-contacting':
		'Wybrano sposób nawiązania kontaktu. Warto też zaznaczyć „Kontaktowanie się lub próby kontaktu”.',
	'what-happened-empty': 'Warto napisać kilka słów o tym, co się stało, kiedy będzie to możliwe.',
	'text-too-long':
		'Ten tekst jest dłuższy, niż dziennik może zmieścić w jednym polu. Podziel go na dwa wpisy.',
	'text-invalid-characters':
		'Niektórych znaków nie udało się zapisać. Może się tak zdarzyć, gdy część emoji zostanie ucięta. Wpisz ponownie kilka ostatnich znaków.',
	'list-too-long': 'Ta lista jest dłuższa, niż dziennik może zmieścić.',
	'person-id-invalid': 'Nie udało się znaleźć jednej z wybranych osób. Wybierz ponownie.',
	'exhibit-invalid': 'Nie udało się odczytać jednego z dowodów.'
} satisfies Translation<typeof en.problemMessages>;

export const diary = {
	nav: {
		label: 'Dziennik',
		menu: 'Menu',
		timeline: 'Oś czasu',
		log: 'Dodaj wpis',
		people: 'Osoby',
		plan: 'Plan bezpieczeństwa',
		patterns: 'Wzorce',
		exportShare: 'Eksport i udostępnianie',
		help: 'Pomoc',
		settings: 'Ustawienia'
	},
	quickExit: 'Szybkie wyjście',
	quickExitHint: 'Natychmiast opuszcza aplikację. Można też trzy razy nacisnąć Shift.',
	lock: 'Zablokuj',
	quickLog: {
		open: 'Szybki wpis',
		heading: 'Szybki wpis',
		hint: 'Zapisuje bieżącą godzinę i kilka słów. Szczegóły można dodać później.',
		label: 'Kilka słów (opcjonalnie)',
		save: 'Zapisz teraz',
		saved: 'Zapisano. Szczegóły możesz dodać, kiedy będzie to możliwe.'
	},
	timeline: {
		heading: 'Oś czasu',
		search: 'Szukaj',
		searchHint: 'Wyszukuje słowa w dowolnym polu.',
		filters: 'Filtry',
		behaviour: 'Zachowanie',
		anyBehaviour: 'Dowolne zachowanie',
		person: 'Osoba',
		anyPerson: 'Dowolna osoba',
		from: 'Od',
		to: 'Do',
		hasExhibits: 'Z dowodami',
		needsDetail: 'Do uzupełnienia',
		clearFilters: 'Wyczyść filtry',
		count: (shown: number, total: number) =>
			shown === total
				? entries(total)
				: `Wyświetlane: ${shown} z ${total} ${plural(total, { one: 'wpisu', other: 'wpisów' })}`,
		empty:
			'Nic jeszcze nie zostało zapisane. Gdy coś się wydarzy, „Szybki wpis” zapisze godzinę dwoma dotknięciami.',
		noMatches: 'Nic nie pasuje do tych filtrów.',
		showMore: 'Pokaż więcej',
		addDetail: 'Uzupełnij szczegóły, kiedy będzie to możliwe',
		withdrawn: 'Wycofany',
		amended: 'Poprawiony',
		approximate: 'ok.',
		quickLogged: 'Szybki wpis',
		exhibits: (n: number) =>
			`${n} ${plural(n, { one: 'dowód', few: 'dowody', many: 'dowodów', other: 'dowodu' })}`,
		open: 'Otwórz',
		noWords: '(Brak opisu)'
	},
	form: {
		newHeading: 'Dodaj wpis',
		editHeading: 'Edytuj wpis',
		draftRestored: 'Przywrócono tekst, który był wpisywany.',
		when: 'Kiedy to się stało',
		whenKind: 'Jak dokładnie',
		kindDatetime: 'Data i godzina',
		kindDate: 'Tylko data',
		kindRange: 'W pewnym okresie',
		date: 'Data',
		time: 'Godzina',
		endDate: 'Data końca',
		endTime: 'Godzina końca',
		approximate: 'Nie mam pewności co do dokładnej godziny',
		behaviours: 'Rodzaj zachowania',
		behavioursHint:
			'Wybierz wszystkie, które pasują. Litery pochodzą z sekcji 2A ustawy Protection from Harassment Act 1997 (angielskiej ustawy o ochronie przed nękaniem).',
		otherBehaviour: 'Coś innego, własnymi słowami',
		threatened: 'Padła groźba wobec mnie lub kogoś mi bliskiego',
		threatenedHint: 'Jeśli to możliwe, zapisz, co zostało powiedziane, w polu „Dokładne słowa” poniżej.',
		channels: 'Jak nawiązano kontakt',
		whatHappened: 'Co się stało',
		whatHappenedHint: 'Napisz to tak, jak opowiadasz to komuś zaufanemu.',
		exactWords: 'Dokładne słowa',
		exactWordsHint:
			'Jeśli coś zostało powiedziane lub napisane, przepisz to dokładnie, nawet jeśli jest to nieprzyjemne.',
		location: 'Gdzie',
		places: 'Czy było to w którymś z tych miejsc lub w pobliżu?',
		placeNames: {
			home: 'Mój dom',
			work: 'Moja praca lub miejsce nauki',
			children: 'Szkoła, przedszkole lub żłobek moich dzieci'
		},
		who: 'Kto',
		whoHint: 'Wybierz dodane osoby albo opisz kogoś nieznajomego.',
		unknownPerson: 'Opis nieznajomej osoby',
		vehicle: 'Pojazd (marka, model, kolor)',
		registration: 'Numer rejestracyjny',
		witnesses: 'Świadkowie',
		witnessName: 'Imię i nazwisko świadka',
		witnessContact: 'Dane kontaktowe',
		addWitness: 'Dodaj świadka',
		removeWitness: 'Usuń tego świadka',
		impact: 'Jak to na Ciebie wpłynęło',
		fearOfViolence: 'Wzbudziło to we mnie obawę, że zostanie wobec mnie użyta przemoc',
		alarmOrDistress: 'Wywołało to u mnie niepokój lub cierpienie',
		changedDailyLife: 'Zmieniło to moje codzienne życie (trasy, zwyczaje, pracę, sen)',
		impactWords: 'Własnymi słowami',
		rating: 'Jak bardzo to na Ciebie wpłynęło? (opcjonalnie)',
		ratingNames: {
			none: 'Wcale',
			some: 'Trochę',
			'a-lot': 'Mocno',
			severe: 'Bardzo poważnie'
		},
		ratingClear: 'Pomiń to',
		sighting: 'Jeśli ta osoba była widziana: o co może zapytać policja (opcjonalnie)',
		sightingHint:
			'Te odpowiedzi pomagają policji ocenić, jak pewne jest rozpoznanie. Odpowiedz tylko na to, na co możesz; przybliżona odpowiedź wystarczy, a „Nie mam pewności” też jest odpowiedzią.',
		sightingFields: {
			duration: 'Jak długo ta osoba była widoczna?',
			distance: 'Jak daleko była ta osoba?',
			obstruction: 'Czy coś zasłaniało widok, choćby na chwilę?',
			light: 'Jakie było oświetlenie?',
			knownBefore: 'Czy ta osoba była już wcześniej widziana? Kiedy?',
			whyRemembered: 'Czy jest powód, dla którego ta osoba zapadła w pamięć?',
			timeToRecord: 'Po jakim czasie zostało to zapisane?'
		},
		describePerson: 'Opisz widzianą osobę (opcjonalnie)',
		personFields: {
			ageRange: 'Wiek, w przybliżeniu',
			height: 'Wzrost',
			build: 'Budowa ciała',
			hair: 'Włosy',
			clothing: 'Ubranie',
			features: 'Cechy charakterystyczne (blizny, tatuaże, okulary, głos)'
		},
		vehicleFields: {
			colour: 'Kolor pojazdu',
			make: 'Marka',
			model: 'Model'
		},
		actions: 'Podjęte działania',
		reportedToPolice: 'Zgłoszono to na policję',
		crimeReference: 'Numer sprawy (crime reference number)',
		officer: 'Imię i nazwisko lub numer funkcjonariusza',
		reportedToPlatform: 'Zgłoszono to na stronie internetowej, w aplikacji lub na platformie',
		platformDetails: 'Gdzie, i ewentualny numer zgłoszenia',
		toldSomeone: 'Poinformowano o tym kogoś',
		toldWho: 'Kogo',
		privateNote: 'Notatka prywatna',
		privateNoteHint: 'Tylko dla Ciebie. Nie trafia do żadnego eksportu, chyba że zdecydujesz inaczej.',
		reason: 'Powód zmiany (opcjonalnie)',
		reasonHint:
			'Pierwotna wersja zostaje w historii, jak przekreślona linijka, którą wciąż da się przeczytać.',
		save: 'Zapisz',
		saveQuick: 'Zapisz jako szybki wpis',
		cancel: 'Anuluj',
		saved: 'Zapisano.',
		draftSaved: 'Szkic bezpiecznie zachowany'
	},
	incident: {
		heading: 'Wpis',
		recorded: 'Zapisano',
		occurred: 'Wydarzyło się',
		edit: 'Edytuj',
		withdraw: 'Wycofaj',
		withdrawHint:
			'Wycofanie zachowuje wpis i jego historię, z oznaczeniem „wycofany”. Służy do wpisów dodanych przez pomyłkę.',
		withdrawReason: 'Powód (opcjonalnie)',
		confirmWithdraw: 'Wycofaj ten wpis',
		delete: 'Usuń na stałe',
		deleteWarning:
			'To na zawsze usuwa z tego telefonu treść tego wpisu i wszystkie jego wcześniejsze wersje. W rejestrze zmian zostaje znacznik pokazujący, że coś zostało usunięte, i kiedy. Tego nie da się cofnąć.',
		confirmDelete: 'Tak, usuń na stałe',
		deleted: 'Ten wpis został trwale usunięty.',
		deletedOn: (when: string) =>
			`Usunięto ${when}. Treść wpisu została usunięta; rejestr zmian zachowuje jego miejsce.`,
		history: 'Historia',
		revisionCreate: 'Pierwszy zapis',
		revisionEdit: 'Poprawiono',
		revisionWithdraw: 'Wycofano',
		revisionDelete: 'Usunięto',
		changed: 'Zmieniono:',
		reason: 'Powód:',
		showVersion: 'Pokaż tę wersję',
		yes: 'Tak',
		none: 'Brak',
		back: 'Wróć do osi czasu',
		notFound: 'Nie udało się znaleźć tego wpisu.'
	},
	people: {
		heading: 'Osoby',
		intro: 'Osoby, których to dotyczy, aby można je było szybko wybrać przy dodawaniu wpisu.',
		add: 'Dodaj osobę',
		name: 'Imię lub określenie tej osoby',
		description: 'Opis',
		relationship: 'Skąd znasz tę osobę',
		vehicles: 'Pojazdy i numery rejestracyjne',
		vehiclesHint: 'Jeden w każdym wierszu.',
		save: 'Zapisz osobę',
		edit: 'Edytuj',
		empty: 'Nie dodano jeszcze żadnych osób.',
		nameMissing: 'Dodaj imię albo kilka słów, po których można tę osobę rozpoznać.'
	},
	facts: {
		heading: 'Fakty dla opiekuna sprawy',
		open: 'Fakty, o które może zapytać opiekun sprawy',
		intro:
			'To liczby z Twojego dziennika dotyczące spraw, o które często pytają opiekunowie spraw stalkingu lub policja. Nie są oceną ryzyka i nie dają żadnej punktacji: ryzyko ocenia opiekun sprawy razem z Tobą. Wpisy wycofane i usunięte nie są liczone.',
		ownWords: 'Jak to na Ciebie wpłynęło, Twoimi własnymi słowami',
		noOwnWords: 'Nie ma jeszcze opisu tego, jak to na Ciebie wpłynęło. Można go dodać do dowolnego wpisu.',
		showEntries: (count: number) => plural(count, { one: 'Pokaż wpis', other: `Pokaż wpisy (${count})` }),
		openEntry: (when: string) => (when ? `Otwórz wpis (${when})` : 'Otwórz wpis'),
		exported:
			'Te fakty są też drukowane w pliku PDF z osią czasu i pokazywane, gdy opiekun sprawy otworzy udostępniony plik. Są liczone w dniu utworzenia pliku.',
		none: 'Fakty pojawią się tutaj, gdy będą jakieś wpisy.'
	},
	patterns: {
		heading: 'Wzorce',
		byBehaviour: 'Wpisy według zachowania',
		perWeek: 'Wpisy w poszczególnych tygodniach',
		chartLabel: (weeks: number) =>
			`Wykres słupkowy liczby wpisów w poszczególnych tygodniach ${plural(weeks, {
				one: 'z ostatniego tygodnia',
				other: `z ostatnich ${weeks} tygodni`
			})}. Te same liczby są w tabeli poniżej.`,
		weekOf: 'Tydzień od',
		entries: 'Wpisy',
		unspecified: 'Jeszcze nie wybrano',
		escalation:
			'W ostatnich czterech tygodniach było więcej wpisów niż w czterech tygodniach wcześniej. Może warto udostępnić dziennik doradcy ds. stalkingu lub policji. Można to zrobić w sekcji „Eksport i udostępnianie”.',
		none: 'Wzorce pojawią się tutaj, gdy będą jakieś wpisy.'
	},
	chain: {
		checking: 'Sprawdzanie rejestru zmian…',
		ok: 'Rejestr zmian jest kompletny.',
		problem: (n: number) =>
			`${plural(n, {
				one: 'Jeden wpis nie zgadza się',
				few: `${n} wpisy nie zgadzają się`,
				many: `${n} wpisów nie zgadza się`,
				other: `${n} wpisu nie zgadza się`
			})} z rejestrem zmian. Może się tak zdarzyć, jeśli pamięć telefonu została uszkodzona. Wpisy są nadal widoczne; zostanie to odnotowane w eksportach.`,
		problemIn: 'Nie zgadza się z rejestrem zmian',
		checkFailed:
			'Tym razem nie udało się dokończyć sprawdzania, czy nic w dzienniku nie zostało zmienione. Twoje wpisy są bezpieczne i widoczne tutaj. Sprawdzanie zostanie powtórzone przy następnym otwarciu dziennika; jeśli to się powtarza, dobrze jest zrobić kopię zapasową.',
		clock: (n: number) =>
			`Zegar telefonu cofnął się ${plural(n, {
				one: 'między dwoma zapisami',
				other: `${n} razy między zapisami`
			})}. Jest to odnotowane w eksportach, aby nikt nie mógł powiedzieć, że zostało to ukryte.`,
		joined: (saves: number, changedInBoth: number, deletedInOne: number) =>
			[
				`Twój dziennik był otwarty w dwóch miejscach jednocześnie, a w drugim z nich ${plural(saves, {
					one: 'wykonano jeden zapis',
					few: `wykonano ${saves} zapisy`,
					many: `wykonano ${saves} zapisów`,
					other: `wykonano ${saves} zapisu`
				})}. Wszystko zostało teraz połączone w jeden rejestr zmian i żaden wpis nie zaginął. Połączenie jest odnotowane w rejestrze, więc widać je też w eksportach.`,
				...(changedInBoth > 0
					? [
							plural(changedInBoth, {
								one: 'Jeden wpis został zmieniony w obu miejscach. Obie wersje są zachowane, jedna po drugiej, w historii wpisu; jest on oznaczony poniżej, więc można sprawdzić, która wersja jest właściwa.',
								few: `${changedInBoth} wpisy zostały zmienione w obu miejscach. Obie wersje są zachowane, jedna po drugiej, w historii każdego z nich; są one oznaczone poniżej, więc można sprawdzić, która wersja jest właściwa.`,
								many: `${changedInBoth} wpisów zostało zmienionych w obu miejscach. Obie wersje są zachowane, jedna po drugiej, w historii każdego z nich; są one oznaczone poniżej, więc można sprawdzić, która wersja jest właściwa.`,
								other: `${changedInBoth} wpisu zostało zmienione w obu miejscach. Obie wersje są zachowane, jedna po drugiej, w historii każdego z nich; są one oznaczone poniżej, więc można sprawdzić, która wersja jest właściwa.`
							})
						]
					: []),
				...(deletedInOne > 0
					? [
							plural(deletedInOne, {
								one: 'Jeden wpis został trwale usunięty w jednym miejscu. Pozostaje usunięty, więc treść zapisana dla niego w drugim miejscu również została usunięta.',
								few: `${deletedInOne} wpisy zostały trwale usunięte w jednym miejscu. Pozostają usunięte, więc treść zapisana dla nich w drugim miejscu również została usunięta.`,
								many: `${deletedInOne} wpisów zostało trwale usuniętych w jednym miejscu. Pozostają usunięte, więc treść zapisana dla nich w drugim miejscu również została usunięta.`,
								other: `${deletedInOne} wpisu zostało trwale usunięte w jednym miejscu. Pozostają usunięte, więc treść zapisana dla nich w drugim miejscu również została usunięta.`
							})
						]
					: [])
			].join(' '),
		changedInBoth: 'Zmieniony w dwóch miejscach: zachowano obie wersje',
		checkpointMissing: (purpose: 'share' | 'backup' | 'export', when: string, noted: number, held: number) =>
			`Nie wszystkie wpisy zapisane przed ${
				{
					backup: 'utworzeniem kopii zapasowej',
					share: 'udostępnieniem pliku',
					export: 'wyeksportowaniem pliku'
				}[purpose]
			} (${when}) są tutaj. ${
				held < noted
					? `${purpose === 'backup' ? 'Ta kopia zapasowa zawierała' : 'Ten plik zawierał'} ${noted} ${plural(
							noted,
							{
								one: 'zapisaną wersję',
								few: 'zapisane wersje',
								many: 'zapisanych wersji',
								other: 'zapisanej wersji'
							}
						)} wpisów; na tym telefonie jest ich teraz: ${held}.`
					: 'Na tym telefonie brakuje zapisanej wersji sprzed tego czasu albo jest ona inna.'
			} Zawiera je kopia zapasowa zrobiona tego dnia lub później: „Przywróć kopię zapasową” w Ustawieniach doda to, czego brakuje.`
	},
	exhibits: {
		heading: 'Dowody',
		hint: 'Zdjęcia, zrzuty ekranu, nagrania i dokumenty są zabezpieczane w dzienniku od razu po dodaniu. Zachowywany jest ich odcisk cyfrowy, więc każdy może później sprawdzić, że nie zostały zmienione.',
		addFiles: 'Dodaj zdjęcia, zrzuty ekranu lub pliki',
		takePhoto: 'Zrób zdjęcie',
		recordAudio: 'Nagraj dźwięk',
		recording: 'Nagrywanie',
		stopRecording: 'Zatrzymaj nagrywanie',
		recordingName: (stamp: string, extension: string) => `nagranie-${stamp}.${extension}`,
		microphoneFailed:
			'Nie udało się użyć mikrofonu. Jeśli telefon pytał o pozwolenie, mogło ono zostać odrzucone; można je włączyć w ustawieniach przeglądarki i spróbować ponownie.',
		adding: (name: string) => `Dodawanie: ${name}`,
		waiting: 'Oczekiwanie…',
		cancel: 'Anuluj',
		cancelAdding: (name: string) => `Anuluj dodawanie: ${name}`,
		cancelled: (name: string) => `Anulowano dodawanie: ${name}.`,
		added: (name: string) => `Dodano: ${name}.`,
		percent: (value: number) => `${value}%`,
		remove: (name: string) => `Usuń: ${name}`,
		limit: (limit: string) => `Każdy plik może mieć najwyżej ${limit}.`,
		waitToSave: 'Zapisanie będzie możliwe, gdy dodawane pliki zostaną zabezpieczone.',
		removeHint:
			'Usunięcie pliku wyjmuje go z tego wpisu. Po zapisaniu usunięcie zostanie odnotowane w historii.',
		tooLarge: (name: string, limit: string) =>
			`Plik ${name} jest większy niż ${limit}, czyli największy rozmiar jednego pliku, jaki dziennik może przechować. Nic innego nie zostało naruszone. Zachowaj oryginał w bezpiecznym miejscu i zapisz we wpisie, gdzie się znajduje.`,
		damaged: (name: string) =>
			`Nie udało się otworzyć pliku ${name}, ponieważ został uszkodzony lub zmieniony na tym telefonie. Jego odcisk cyfrowy już się nie zgadza.`,
		list: 'Dowody',
		none: 'Brak dowodów.',
		type: 'Typ',
		sizeLabel: 'Rozmiar',
		addedAt: 'Dodano',
		fingerprint: 'Odcisk cyfrowy (SHA-256)',
		copyFingerprint: 'Kopiuj odcisk cyfrowy',
		ofExhibit: (name: string) => `pliku ${name}`,
		fingerprintCopied: 'Skopiowano odcisk cyfrowy.',
		fingerprintNotCopied:
			'Na tym urządzeniu nie udało się skopiować odcisku cyfrowego. Oto on w całości, aby można go było zaznaczyć i skopiować:',
		open: (name: string) => `Otwórz ${name}`,
		opening: (name: string) => `Otwieranie: ${name}…`,
		close: (name: string) => `Zamknij ${name}`,
		download: (name: string) => `Zapisz kopię pliku ${name}`,
		downloadHint:
			'Tego rodzaju pliku nie da się wyświetlić w dzienniku. Zapisana kopia nie jest już zabezpieczona i każdy, kto używa tego telefonu, może ją znaleźć.',
		kinds: {
			image: 'Obraz',
			audio: 'Nagranie dźwiękowe',
			video: 'Wideo',
			pdf: 'Dokument PDF',
			other: 'Plik'
		}
	},
	damaged: (count: number) =>
		plural(count, {
			one: 'Nie udało się otworzyć jednego zapisanego elementu. Mógł zostać uszkodzony na tym telefonie. Wszystko inne jest bezpieczne i widoczne tutaj.',
			few: `Nie udało się otworzyć ${count} zapisanych elementów. Mogły zostać uszkodzone na tym telefonie. Wszystko inne jest bezpieczne i widoczne tutaj.`,
			many: `Nie udało się otworzyć ${count} zapisanych elementów. Mogły zostać uszkodzone na tym telefonie. Wszystko inne jest bezpieczne i widoczne tutaj.`,
			other: `Nie udało się otworzyć ${count} zapisanego elementu. Mógł zostać uszkodzony na tym telefonie. Wszystko inne jest bezpieczne i widoczne tutaj.`
		})
} satisfies Translation<typeof en.diary>;
