// Strony pomocy: czym jest stalking, gromadzenie dowodów, bezpieczeństwo telefonu i kto może pomóc. Działają bez internetu, więc są numery telefonów, ale nie adresy stron.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import { SETUP_CODE } from '$lib/safety/unlock-code';
import { spellDigits } from '../names';
import type { SupportContact, SupportMessages } from '../support-types';

/** The setup code as a caseworker says it and a person types it. */
const setupCode = spellDigits(SETUP_CODE);

const emergency: SupportContact = {
	label: 'Nagły wypadek',
	display: '999',
	tel: '999',
	callLabel: 'Zadzwoń pod 999 w nagłym wypadku',
	details: [
		'Zadzwoń pod 999, jeśli grozi Ci teraz niebezpieczeństwo albo jeśli ta osoba jest blisko Ciebie lub próbuje się do Ciebie dostać.',
		'Jeśli dzwonisz z komórki i nie możesz mówić: wybierz 999 i słuchaj. Potem naciśnij 55, gdy padnie taka prośba. Nazywa się to Silent Solution („ciche rozwiązanie”). Dzięki temu dyspozytor wie, że potrzebujesz policji.',
		'Naciśnięcie 55 nie przekazuje policji, gdzie jesteś. Jeśli możesz, kaszlnij, stuknij w telefon albo szepnij, aby odpowiadać na pytania.'
	]
};

const contacts: readonly SupportContact[] = [
	emergency,
	{
		label: 'Policja, gdy to nie jest nagły wypadek',
		display: '101',
		tel: '101',
		callLabel: 'Zadzwoń na policję pod 101, gdy to nie jest nagły wypadek',
		details: [
			'Zadzwoń pod 101, aby zgłosić coś, co już się wydarzyło, albo przekazać policji więcej informacji do wcześniejszego zgłoszenia.'
		]
	},
	{
		label: 'National Stalking Helpline (krajowa infolinia ds. stalkingu)',
		display: '0808 802 0300',
		tel: '08088020300',
		callLabel: 'Zadzwoń do National Stalking Helpline pod 0808 802 0300',
		details: [
			'Porady i wsparcie dla każdego, kto doświadcza stalkingu, oraz dla osób, które martwią się o kogoś innego. Połączenia są bezpłatne.'
		]
	},
	{
		label:
			'Paladin National Stalking Advocacy Service (krajowa służba wsparcia dla osób doświadczających stalkingu)',
		display: '020 3866 4107',
		tel: '02038664107',
		callLabel: 'Zadzwoń do Paladin pod 020 3866 4107',
		details: [
			'Doradcy ds. stalkingu, którzy mogą Cię wspierać, pomóc Ci zachować bezpieczeństwo i przeprowadzić Cię przez kontakty z policją i sądami.'
		]
	},
	{
		label: 'Służba ISAC w Hertfordshire (Safer Places)',
		display: '03301 025811',
		tel: '03301025811',
		callLabel: 'Zadzwoń do służby ISAC w Hertfordshire pod 03301 025811',
		details: [
			'ISAC (Independent Stalking Advocacy Caseworker) to niezależny opiekun sprawy dla osób doświadczających stalkingu. Służba jest dla osób z hrabstwa Hertfordshire, w tym osób nękanych przez obecnego lub byłego partnera albo partnerkę. Działa całą dobę, codziennie.',
			'Możesz zgłosić się samodzielnie. Skierować Cię może też specjalista, na przykład ktoś z policji, lekarz lub pracownik wsparcia.',
			'Oferują wsparcie i porady, planowanie bezpieczeństwa, pomoc w kontaktach z policją i sądem oraz poradnictwo psychologiczne.'
		]
	}
];

export const supportMessages: SupportMessages = {
	heading: 'Pomoc i wsparcie',
	intro:
		'Informacje, które pomogą Ci zrozumieć, co się dzieje, prowadzić zapiski i zachować bezpieczeństwo. Te strony działają bez internetu.',
	backToTopics: 'Wróć do tematów pomocy',
	emergency: { text: 'Jeśli grozi Ci teraz niebezpieczeństwo, zadzwoń pod 999.', contact: emergency },
	pages: [
		{
			id: 'stalking',
			title: 'Co jest stalkingiem',
			summary: 'Sygnały ostrzegawcze i co mówi prawo.',
			intro: [
				'Stalking (uporczywe nękanie) to sytuacja, w której ktoś wciąż okazuje Ci uwagę, której nie chcesz, a to wywołuje u Ciebie strach, przygnębienie lub poczucie zagrożenia.',
				'Stalking jest przestępstwem. To nie jest Twoja wina i masz prawo do bezpieczeństwa.'
			],
			contacts: [],
			sections: [
				{
					heading: 'Jak go rozpoznać: FOUR',
					body: [
						'Policja i służby wsparcia używają angielskiego słowa FOUR. Stalking to zachowanie, które jest:',
						{
							list: [
								'Fixated (skupione na Tobie): ta osoba nie potrafi się od Ciebie oderwać.',
								'Obsessive (obsesyjne): trwa dalej, cokolwiek powiesz lub zrobisz.',
								'Unwanted (niechciane): nie prosisz o to i tego nie chcesz.',
								'Repeated (powtarzające się): dzieje się raz za razem.'
							]
						}
					]
				},
				{
					heading: 'Co mówi prawo',
					body: [
						'W Anglii i Walii ustawa Protection from Harassment Act 1997 (ustawa o ochronie przed nękaniem) podaje przykłady tego, co może robić osoba dopuszczająca się stalkingu. Należą do nich:',
						{
							lettered: [
								{ letter: 'a', text: 'Chodzenie za Tobą lub śledzenie Cię.' },
								{
									letter: 'b',
									text: 'Kontaktowanie się z Tobą lub próby kontaktu w jakikolwiek sposób. Na przykład telefony, SMS-y, wiadomości, listy, prezenty albo kontakt przez inne osoby.'
								},
								{
									letter: 'c',
									text: 'Publikowanie lub udostępnianie informacji o Tobie albo podszywanie się pod Ciebie.'
								},
								{
									letter: 'd',
									text: 'Obserwowanie tego, co robisz w internecie, w poczcie e-mail lub w innych wiadomościach.'
								},
								{
									letter: 'e',
									text: 'Kręcenie się w miejscu, w którym jesteś lub możesz być. Może to być miejsce publiczne albo prywatne.'
								},
								{
									letter: 'f',
									text: 'Ingerowanie w Twoje rzeczy, na przykład samochód, pocztę lub dom.'
								},
								{ letter: 'g', text: 'Obserwowanie Cię lub szpiegowanie.' }
							]
						},
						'To tylko przykłady. Stalkingiem mogą być też inne zachowania.'
					]
				},
				{
					heading: 'Ile razy musi się to zdarzyć?',
					body: [
						'Prawo mówi o „course of conduct”, czyli powtarzającym się postępowaniu. Wystarczą już dwa zdarzenia.',
						'Jedno zdarzenie samo w sobie może wydawać się drobne. Zapisane razem, zdarzenia mogą pokazać pewien wzorzec. Dlatego dziennik pomaga.'
					]
				},
				{
					heading: 'To nie jest Twoja wina',
					body: [
						'Nie ponosisz winy za to, co się dzieje, bez względu na to, kim jest ta osoba i co było między wami.',
						'Nie musisz czekać, aż będzie gorzej, żeby poprosić o pomoc. Jeśli czujesz strach, zaufaj temu uczuciu.',
						'Masz prawo do bezpieczeństwa.'
					]
				}
			]
		},
		{
			id: 'evidence',
			title: 'Gromadzenie dowodów',
			summary: 'Co zapisywać i co zachować.',
			intro: [
				'Jasne zapiski pomagają policji i służbom wsparcia zrozumieć, co się dzieje. Nie muszą być idealne.'
			],
			contacts: [],
			sections: [
				{
					heading: 'Co zapisywać',
					body: [
						'Za każdym razem, gdy coś się wydarzy, zapisz:',
						{
							list: [
								'Datę i godzinę. Jeśli nie masz pewności, zaznacz to.',
								'Gdzie to się stało.',
								'Co się stało i jakich dokładnie słów użyła ta osoba, jeśli je pamiętasz.',
								'Kto to zrobił albo jak wyglądała ta osoba. Dodaj samochód i jego numer rejestracyjny, jeśli był.',
								'Osoby, które to widziały lub słyszały, i jak się z nimi skontaktować.',
								'Jakie uczucia to w Tobie wywołało.',
								'Wszystko, co zmieniasz z tego powodu, na przykład trasę, codzienne zwyczaje lub numer telefonu.'
							]
						},
						'Zapisz to jak najszybciej, póki wszystko jest świeże w pamięci. Na razie wystarczy kilka słów. Więcej możesz dodać później.'
					]
				},
				{
					heading: 'Zrzuty ekranu, wiadomości i poczta głosowa',
					body: [
						{
							list: [
								'Rób zrzuty ekranu, na których widać datę, godzinę i nazwę lub numer nadawcy.',
								'Zachowuj też oryginalne wiadomości, e-maile i nagrania poczty głosowej. Staraj się ich nie usuwać.',
								'Jeśli wiadomość ma po pewnym czasie zniknąć, jak najszybciej zrób zrzut ekranu.',
								'W mediach społecznościowych zapisz nazwę konta, a nie tylko to, co zostało opublikowane.'
							]
						}
					]
				},
				{
					heading: 'Listy, prezenty i inne rzeczy',
					body: [
						{
							list: [
								'Zachowaj je. Nie wyrzucaj ich, nawet jeśli ich nie chcesz.',
								'Dotykaj ich jak najmniej i włóż je do czystej torebki.',
								'Napisz na torebce, kiedy i gdzie znaleziono tę rzecz.',
								'Jeśli coś wygląda niebezpiecznie, nie dotykaj tego. Zadzwoń pod 999.'
							]
						}
					]
				},
				{
					heading: 'Staraj się nie odpowiadać',
					body: [
						'Staraj się nie odpowiadać tej osobie ani nie nawiązywać z nią kontaktu, nawet po to, by poprosić, żeby przestała. Odpowiedź może ją zachęcić do dalszego działania.',
						'Jeśli wcześniej zdarzyło się odpowiedzieć, nic się nie stało. To nie zmienia faktu, że to jest stalking.',
						'Twoje bezpieczeństwo jest najważniejsze. Jeśli zablokowanie tej osoby daje Ci większe poczucie bezpieczeństwa, zrób to. Jeśli możesz, najpierw zrób zrzuty ekranu.'
					]
				},
				{
					heading: 'Zgłaszanie na policję',
					body: [
						'Stalking możesz zgłosić, dzwoniąc pod 101, albo pod 999, jeśli grozi Ci niebezpieczeństwo. Możesz to zgłosić, nawet jeśli nie masz pewności, czy to się kwalifikuje.',
						'Przy każdym zgłoszeniu poproś o numer sprawy (crime reference number). Zapisz go w dzienniku razem z imieniem i nazwiskiem funkcjonariusza, który przyjął zgłoszenie.'
					]
				}
			]
		},
		{
			id: 'phone',
			title: 'Bezpieczeństwo telefonu',
			summary: 'Co sprawdzić w telefonie i jak działa szybkie wyjście.',
			intro: [
				'Ktoś, kto chce wiedzieć, co robisz, może próbować korzystać z Twojego telefonu lub kont. Te kroki mogą pomóc.',
				'Wprowadzaj tylko takie zmiany, które wydają się bezpieczne. Jeśli ta osoba je zauważy, sytuacja może się pogorszyć. Infolinia może pomóc zaplanować, co zrobić.'
			],
			contacts: [],
			sections: [
				{
					heading: 'Wspólne konta i plany rodzinne',
					body: [
						'Jeśli masz z tą osobą wspólne konto, umowę na telefon lub plan rodzinny, może ona widzieć Twoją lokalizację, zdjęcia, wiadomości lub kalendarz.',
						'Sprawdź, kto należy do grup rodzinnych w Twoim telefonie i co im udostępniasz.'
					]
				},
				{
					heading: 'Udostępnianie lokalizacji',
					body: [
						'Twoja lokalizacja może być udostępniana bez Twojej wiedzy. Sprawdź ustawienia w:',
						{
							list: [
								'aplikacjach z mapami',
								'aplikacjach do znajdowania telefonu',
								'mediach społecznościowych i komunikatorach'
							]
						},
						'Wyłącz udostępnianie każdemu, kto nie powinien wiedzieć, gdzie jesteś, jeśli jest to bezpieczne.'
					]
				},
				{
					heading: 'Urządzenia zalogowane na Twoich kontach',
					body: [
						'Konta e-mail, w chmurze i w mediach społecznościowych mogą pokazać listę zalogowanych urządzeń. Poszukaj takich, których nie rozpoznajesz, i wyloguj je, jeśli jest to bezpieczne.',
						'Sprawdź też zapasowy adres e-mail i numer telefonu na każdym koncie. Powinny należeć do Ciebie.'
					]
				},
				{
					heading: 'Zmiana haseł',
					body: [
						'Zmieniaj hasła na urządzeniu, do którego ta osoba nigdy nie miała dostępu. Na przykład na nowym telefonie albo na telefonie zaufanej osoby.',
						'Używaj innego hasła do każdego konta i, jeśli to możliwe, włącz weryfikację dwuetapową (kod wysyłany na telefon).'
					]
				},
				{
					heading: 'Oprogramowanie szpiegujące',
					body: [
						'Oprogramowanie szpiegujące (spyware) to ukryta aplikacja, która przekazuje komuś innemu, co robisz w telefonie. Sygnały mogą być takie:',
						{
							list: [
								'ta osoba wie rzeczy, których mogła się dowiedzieć tylko z Twojego telefonu',
								'bateria rozładowuje się dużo szybciej niż wcześniej',
								'telefon nagrzewa się lub zużywa więcej danych, gdy go nie używasz'
							]
						},
						'Jeśli podejrzewasz, że w Twoim telefonie jest oprogramowanie szpiegujące, może ono widzieć także to, co tutaj wpisujesz.',
						'Usunięcie go może zaalarmować tę osobę, a samo oprogramowanie może być dowodem. Pomóc może specjalista. National Stalking Helpline (krajowa infolinia ds. stalkingu) lub Twój opiekun sprawy pomoże go znaleźć.'
					]
				},
				{
					heading: 'Ukryte lokalizatory',
					body: [
						'Małe lokalizatory, takie jak te, których używa się do szukania kluczy, mogą zostać ukryte w torbach, płaszczach, samochodach lub rzeczach dzieci.',
						'Telefon może ostrzec, że porusza się z Tobą nieznany lokalizator. Jeśli go znajdziesz, zachowaj go jako dowód i powiadom policję.'
					]
				},
				{
					heading: 'Twój kod kalkulatora',
					body: [
						'Wybierz cyfry, które dla nikogo innego nic nie znaczą. Nie używaj PIN-u karty bankowej, PIN-u telefonu ani daty, którą ktoś mógłby odgadnąć, na przykład daty urodzin.',
						'Kod tylko ukrywa dziennik, a zabezpiecza go hasło. Jednak ktoś, kto skopiuje dane przechowywane w tym telefonie, mógłby odgadnąć krótki kod, próbując wszystkich liczb po kolei. Gdyby był to też Twój PIN, poznałby i jego.'
					]
				},
				{
					heading: 'Jak działa szybkie wyjście',
					body: [
						{
							list: [
								'Od razu zakrywa ekran.',
								'Blokuje dziennik.',
								'Otwiera inną stronę internetową.',
								'Jeśli ktoś naciśnie Wstecz, zobaczy kalkulator.'
							]
						},
						'Na klawiaturze to samo daje trzykrotne naciśnięcie Shift.'
					]
				},
				{
					heading: 'Czego szybkie wyjście nie potrafi',
					body: [
						{
							list: [
								'Nie usuwa innych stron z historii przeglądarki. Możesz usunąć je samodzielnie, jeśli jest to bezpieczne.',
								'Nie chroni przed oprogramowaniem szpiegującym, które już jest w telefonie.',
								'Nie pomoże, jeśli ktoś zmusi Cię do odblokowania telefonu lub dziennika. Jeśli tak się stanie, Twoje bezpieczeństwo jest najważniejsze.'
							]
						}
					]
				}
			]
		},
		{
			id: 'help',
			title: 'Kto może pomóc',
			summary: 'Numery telefonów policji i służb wsparcia.',
			intro: [
				'Nie musisz mierzyć się z tym w pojedynkę. Te służby rozumieją, czym jest stalking. Możesz do nich zadzwonić, nawet jeśli nie masz pewności, czy to stalking.'
			],
			contacts,
			sections: [
				{
					heading: 'Poza hrabstwem Hertfordshire',
					body: [
						'Jeśli mieszkasz gdzie indziej, National Stalking Helpline powie Ci, jakie wsparcie jest dostępne w pobliżu.'
					]
				},
				{
					heading: 'Historia połączeń',
					body: [
						'Połączenia, które wykonujesz, widać na liście ostatnich połączeń w telefonie. Jeśli ktoś sprawdza Twój telefon, możesz potem usunąć połączenie z tej listy.'
					]
				}
			]
		},
		{
			id: 'caseworkers',
			title: 'Dla opiekunów spraw',
			summary: 'Jak osoba zakłada aplikację i jak otworzyć plik, który Ci udostępni.',
			intro: [
				'Adres internetowy aplikacji otwiera się jako zwykły, działający kalkulator, nawet za pierwszym razem. Nic na nim nie zdradza, do czego służy aplikacja, więc ktoś, kto znajdzie ten adres w historii przeglądarki, niczego się nie dowie.'
			],
			contacts: [],
			sections: [
				{
					heading: 'Jak osoba zakłada aplikację',
					body: [
						`Co jej powiedzieć, w jednym zdaniu: „Otwórz adres, wpisz w kalkulatorze ${setupCode}, a potem naciśnij znak równości”.`,
						{
							list: [
								'Otwórz adres internetowy w przeglądarce telefonu. Pojawi się kalkulator.',
								`Wpisz ${setupCode}, a potem =. To dwa razy prosto w dół środkowej kolumny klawiszy.`,
								'Trzy krótkie kroki wyjaśniają działanie aplikacji. Potem osoba wybiera „Załóż mój dziennik”, hasło i własny kod kalkulatora.',
								'Aby mieć aplikację na ekranie głównym, można w menu przeglądarki wybrać „Dodaj do ekranu głównego” lub „Zainstaluj”. Pojawi się tam jako kalkulator.'
							]
						},
						`Gdy dziennik zostanie założony na telefonie, ${setupCode} nie będzie na nim niczego otwierać: dziennik otwiera tylko własny kod tej osoby. Kodu startowego nie można wybrać jako własnego kodu, ponieważ zna go każdy, kto ma te instrukcje.`
					]
				},
				{
					heading: 'Otwieranie udostępnionego pliku',
					body: [
						`Na własnym urządzeniu otwórz ten sam adres, wpisz ${setupCode} i =, a potem wybierz „Otwórz udostępniony plik”. Potrzebny jest plik i hasło, które ta osoba dla niego ustaliła. Nic z pliku nie zostaje zapisane na Twoim urządzeniu.`
					]
				},
				{
					heading: 'Gdy kod tej osoby przestaje otwierać dziennik',
					body: [
						`Przeglądarki czasem usuwają dane przechowywane przez aplikację, na przykład gdy w telefonie brakuje miejsca. Kod nic wtedy nie otwiera, ponieważ dziennika już nie ma. Po wpisaniu ${setupCode} i = pojawi się wyjaśnienie, co się stało i jak przywrócić kopię zapasową.`
					]
				}
			]
		}
	]
};
