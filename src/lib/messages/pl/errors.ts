// Słowa dla każdego kodu błędu (domain/errors.ts): jedna tabela, tak aby każdy błąd mówił spokojnie, co się stało i co zrobić dalej.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/errors';
import type { Translation } from '../translation';

export const errorWords = {
	timeInvalid: 'Nie udało się odczytać tej daty lub godziny. Wybierz ją ponownie.',
	entryUnserialisable:
		'Części tego wpisu nie udało się przygotować do bezpiecznego przechowania, więc nic jeszcze nie zostało zapisane. Wpisany tekst nadal tu jest; sprawdź go i spróbuj ponownie.',
	chainOrder:
		'Nie udało się dodać tej zmiany do rejestru zmian we właściwej kolejności, więc jeszcze nie została zapisana. Spróbuj ponownie.',
	idInvalid: 'Oznaczenie tego zapisu nie ma oczekiwanej postaci, więc nie został on otwarty.',
	incidentDeleted: 'Ten wpis został trwale usunięty, więc nie można go zmienić.',
	nothingSavedYet: 'Nic jeszcze nie zostało zapisane, a wpisany tekst nadal tu jest.',
	brokenRecord:
		'Nie udało się odczytać czegoś, co jest przechowywane na tym telefonie, więc nic nie zostało zmienione. Nie ma to wpływu na resztę dziennika. Jeśli to się powtarza, może pomóc przywrócenie kopii zapasowej.'
} satisfies Translation<typeof en.errorWords>;
