// Teksty wspólne dla wszystkich formularzy: podsumowanie problemów, pytanie przed odrzuceniem wpisanego tekstu i problemy z tekstem poza polami wpisu.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/forms';
import type { Translation } from '../translation';

export const forms = {
	summary: {
		heading: 'Wystąpił problem'
	},
	discard: {
		heading: 'Zachować wpisany tekst?',
		body: 'Tekst wpisany tutaj nie jest jeszcze zapisany. Dopóki nie zostanie zapisany lub odrzucony, jest przechowywany na tym telefonie, zabezpieczony.',
		keep: 'Zachowaj mój tekst',
		discard: 'Odrzuć go'
	},
	textProblems: {
		'text-too-long': 'Ten tekst jest dłuższy, niż dziennik może zmieścić. Skróć go.',
		'text-invalid-characters': 'Niektórych znaków nie udało się zapisać. Wpisz je ponownie.'
	},
	currentPassphraseMissing: 'Wpisz swoje obecne hasło.',
	currentPassphraseWrong: 'To nie jest hasło, które teraz otwiera dziennik. Sprawdź je i spróbuj ponownie.'
} satisfies Translation<typeof en.forms>;
