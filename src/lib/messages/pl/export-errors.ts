// Słowa o tym, co może pójść nie tak przy odczycie udostępnionego pliku, pakietu lub pliku osi czasu.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/export-errors';
import type { Translation } from '../translation';

export const exportErrors = {
	shareWrongPassphrase:
		'To hasło nie otworzyło tego pliku. Sprawdź je i spróbuj ponownie. Jeśli hasło na pewno jest prawidłowe, plik mógł zostać uszkodzony po drodze.',
	shareDamaged:
		'Ten plik został uszkodzony lub zmieniony od czasu jego utworzenia, więc nic nie zostało otwarte. Poproś o ponowne przesłanie pliku.',
	shareVersion:
		'Ten plik został utworzony w nowszej wersji aplikacji. Zaktualizuj aplikację i spróbuj ponownie. Nic nie zostało otwarte.',
	shareTooLarge:
		'Ten plik jest większy, niż to urządzenie może bezpiecznie otworzyć, więc nic nie zostało otwarte.',
	notAShareFile: 'Tego pliku aplikacja nie umie otworzyć. Nic nie zostało otwarte.',
	packUnsafePath: (name: string) =>
		`Plik zawiera element o niebezpiecznej nazwie („${name}”), więc nic nie zostało otwarte.`,
	packUnexpectedEntry: (name: string) =>
		`Plik zawiera coś, co do niego nie należy („${name}”), więc nic nie zostało otwarte.`,
	packTooLarge:
		'Po rozpakowaniu plik zająłby więcej miejsca, niż to urządzenie może bezpiecznie pomieścić, więc nic nie zostało otwarte.',
	packHashMismatch: (name: string) =>
		`„${name}” nie zgadza się z odciskiem cyfrowym, z którym został przesłany, więc mógł zostać zmieniony. Nic nie zostało otwarte.`,
	packMissingEntry: (name: string) => `W pliku brakuje „${name}”, więc nic nie zostało otwarte.`,
	packDamaged:
		'Nie udało się rozpakować pliku znajdującego się w środku. Może być uszkodzony. Nic nie zostało otwarte.',
	packExhibitChanged: (number: string) =>
		`Dowód ${number} nie zgadza się już z odciskiem cyfrowym zapisanym przy jego dodaniu, więc pakiet nie został utworzony. Dowód mógł zostać uszkodzony na tym urządzeniu.`,
	exportJsonInvalid: 'Ten plik osi czasu nie ma oczekiwanej postaci, więc nie został otwarty.',
	exportJsonVersion:
		'Ten plik osi czasu został utworzony w nowszej wersji aplikacji. Zaktualizuj aplikację i spróbuj ponownie.'
} satisfies Translation<typeof en.exportErrors>;
