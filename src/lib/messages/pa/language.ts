// The language setting, in Panjabi, in Settings and on the first-run steps (../en/language.ts).
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/language';
import type { Translation } from '../translation';

export const language = {
	heading: 'ਭਾਸ਼ਾ',
	label: 'ਐਪ ਦੀ ਭਾਸ਼ਾ',
	unreviewed:
		'ਇਸ ਅਨੁਵਾਦ ਨੂੰ ਹਾਲੇ ਕਿਸੇ ਅਜਿਹੇ ਵਿਅਕਤੀ ਨੇ ਨਹੀਂ ਜਾਂਚਿਆ ਜਿਸ ਦੀ ਮਾਂ-ਬੋਲੀ ਪੰਜਾਬੀ ਹੋਵੇ। ਜੇ ਕੋਈ ਗੱਲ ਗ਼ਲਤ ਜਾਂ ਅਸਪਸ਼ਟ ਲੱਗੇ, ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ ਆਪਣੇ ਕੇਸਵਰਕਰ ਨੂੰ ਦੱਸੋ, ਜੋ ਸੁਧਾਰ ਅੱਗੇ ਪਹੁੰਚਾ ਸਕਦੇ ਹਨ।',
	corrections:
		'ਅਨੁਵਾਦ ਵਿੱਚ ਸੁਧਾਰਾਂ ਦਾ ਸਵਾਗਤ ਹੈ: ਜੇ ਕੋਈ ਗੱਲ ਗ਼ਲਤ ਜਾਂ ਅਸਪਸ਼ਟ ਲੱਗੇ, ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ ਆਪਣੇ ਕੇਸਵਰਕਰ ਨੂੰ ਦੱਸੋ, ਜੋ ਇਹ ਅੱਗੇ ਪਹੁੰਚਾ ਸਕਦੇ ਹਨ।',
	change: 'ਭਾਸ਼ਾ ਬਦਲੋ',
	changed: (name: string) => `ਹੁਣ ਐਪ ${name} ਵਿੱਚ ਹੈ।`,
	ownWords: 'ਤੁਹਾਡੇ ਆਪਣੇ ਸ਼ਬਦ ਬਿਲਕੁਲ ਉਸੇ ਤਰ੍ਹਾਂ ਰੱਖੇ ਜਾਂਦੇ ਹਨ ਜਿਵੇਂ ਤੁਸੀਂ ਟਾਈਪ ਕੀਤੇ, ਭਾਵੇਂ ਉਹ ਕਿਸੇ ਵੀ ਭਾਸ਼ਾ ਵਿੱਚ ਹੋਣ।',
	pdfLabels: 'ਸਮਾਂ-ਰੇਖਾ PDF ਵਿੱਚ ਲੇਬਲ',
	pdfLabelsHint:
		'ਇੰਗਲੈਂਡ ਅਤੇ ਵੇਲਜ਼ ਵਿੱਚ ਪੁਲਿਸ ਅਤੇ ਅਦਾਲਤਾਂ ਜ਼ਿਆਦਾਤਰ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਕੰਮ ਕਰਦੀਆਂ ਹਨ, ਇਸ ਲਈ ਅੰਗਰੇਜ਼ੀ ਲੇਬਲ ਹਮੇਸ਼ਾ ਛਾਪੇ ਜਾਂਦੇ ਹਨ। ਤੁਹਾਡੇ ਆਪਣੇ ਸ਼ਬਦ ਬਿਲਕੁਲ ਉਸੇ ਤਰ੍ਹਾਂ ਛਾਪੇ ਜਾਂਦੇ ਹਨ ਜਿਵੇਂ ਲਿਖੇ ਗਏ ਸਨ, ਅਤੇ ਉਹਨਾਂ ਦਾ ਅਨੁਵਾਦ ਨਹੀਂ ਕੀਤਾ ਜਾਂਦਾ।',
	pdfLabelsEnglish: 'ਸਿਰਫ਼ ਅੰਗਰੇਜ਼ੀ',
	pdfLabelsBoth: (name: string) => `${name}, ਹਰ ਲੇਬਲ ਦੇ ਨਾਲ ਅੰਗਰੇਜ਼ੀ`,
	pdfLabelsNote:
		'ਇਸ ਦਸਤਾਵੇਜ਼ ਦੇ ਲੇਬਲ ਅੰਗਰੇਜ਼ੀ ਤੋਂ ਅਨੁਵਾਦ ਕੀਤੇ ਗਏ ਹਨ। ਵਿਅਕਤੀ ਦੇ ਆਪਣੇ ਸ਼ਬਦ ਬਿਲਕੁਲ ਉਸੇ ਤਰ੍ਹਾਂ ਛਾਪੇ ਗਏ ਹਨ ਜਿਵੇਂ ਲਿਖੇ ਗਏ ਸਨ, ਅਤੇ ਉਹਨਾਂ ਦਾ ਅਨੁਵਾਦ ਨਹੀਂ ਕੀਤਾ ਗਿਆ।',
	readAloud: 'ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹੋ',
	stopReading: 'ਪੜ੍ਹਨਾ ਬੰਦ ਕਰੋ'
} satisfies Translation<typeof en.language>;
