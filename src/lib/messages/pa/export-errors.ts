// The Panjabi words for what can go wrong reading a shared file, a pack or a timeline file (../en/export-errors.ts).
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/export-errors';
import type { Translation } from '../translation';

export const exportErrors = {
	shareWrongPassphrase:
		'ਇਸ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਇਹ ਫ਼ਾਈਲ ਨਹੀਂ ਖੁੱਲ੍ਹੀ। ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਨੂੰ ਜਾਂਚੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ। ਜੇ ਤੁਹਾਨੂੰ ਪੱਕਾ ਪਤਾ ਹੈ ਕਿ ਇਹ ਠੀਕ ਹੈ, ਤਾਂ ਹੋ ਸਕਦਾ ਹੈ ਫ਼ਾਈਲ ਰਸਤੇ ਵਿੱਚ ਖ਼ਰਾਬ ਹੋ ਗਈ ਹੋਵੇ।',
	shareDamaged:
		'ਇਹ ਫ਼ਾਈਲ ਬਣਨ ਤੋਂ ਬਾਅਦ ਖ਼ਰਾਬ ਹੋ ਗਈ ਹੈ ਜਾਂ ਬਦਲ ਦਿੱਤੀ ਗਈ ਹੈ, ਇਸ ਲਈ ਕੁਝ ਵੀ ਨਹੀਂ ਖੋਲ੍ਹਿਆ ਗਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਦੁਬਾਰਾ ਭੇਜਣ ਲਈ ਕਹੋ।',
	shareVersion:
		'ਇਹ ਫ਼ਾਈਲ ਐਪ ਦੇ ਕਿਸੇ ਨਵੇਂ ਵਰਜਨ ਨਾਲ ਬਣਾਈ ਗਈ ਸੀ। ਕਿਰਪਾ ਕਰਕੇ ਐਪ ਅੱਪਡੇਟ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ। ਕੁਝ ਵੀ ਨਹੀਂ ਖੋਲ੍ਹਿਆ ਗਿਆ।',
	shareTooLarge: 'ਇਹ ਫ਼ਾਈਲ ਇੰਨੀ ਵੱਡੀ ਹੈ ਕਿ ਇਹ ਡਿਵਾਈਸ ਇਸ ਨੂੰ ਸੁਰੱਖਿਅਤ ਢੰਗ ਨਾਲ ਨਹੀਂ ਖੋਲ੍ਹ ਸਕਦੀ, ਇਸ ਲਈ ਕੁਝ ਵੀ ਨਹੀਂ ਖੋਲ੍ਹਿਆ ਗਿਆ।',
	notAShareFile: 'ਇਹ ਅਜਿਹੀ ਫ਼ਾਈਲ ਨਹੀਂ ਜੋ ਐਪ ਖੋਲ੍ਹ ਸਕੇ। ਕੁਝ ਵੀ ਨਹੀਂ ਖੋਲ੍ਹਿਆ ਗਿਆ।',
	packUnsafePath: (name: string) =>
		`ਫ਼ਾਈਲ ਵਿੱਚ ਇੱਕ ਅਜਿਹੀ ਚੀਜ਼ ਹੈ ਜਿਸ ਦਾ ਨਾਂ ਸੁਰੱਖਿਅਤ ਨਹੀਂ (“${name}”), ਇਸ ਲਈ ਕੁਝ ਵੀ ਨਹੀਂ ਖੋਲ੍ਹਿਆ ਗਿਆ।`,
	packUnexpectedEntry: (name: string) =>
		`ਫ਼ਾਈਲ ਵਿੱਚ ਕੁਝ ਅਜਿਹਾ ਹੈ ਜੋ ਉਸ ਵਿੱਚ ਨਹੀਂ ਹੋਣਾ ਚਾਹੀਦਾ (“${name}”), ਇਸ ਲਈ ਕੁਝ ਵੀ ਨਹੀਂ ਖੋਲ੍ਹਿਆ ਗਿਆ।`,
	packTooLarge:
		'ਖੋਲ੍ਹਣ ਉੱਤੇ ਇਹ ਫ਼ਾਈਲ ਇੰਨੀ ਵੱਡੀ ਹੋ ਜਾਂਦੀ ਹੈ ਕਿ ਇਹ ਡਿਵਾਈਸ ਇਸ ਨੂੰ ਸੁਰੱਖਿਅਤ ਢੰਗ ਨਾਲ ਨਹੀਂ ਸੰਭਾਲ ਸਕਦੀ, ਇਸ ਲਈ ਕੁਝ ਵੀ ਨਹੀਂ ਖੋਲ੍ਹਿਆ ਗਿਆ।',
	packHashMismatch: (name: string) =>
		`ਫ਼ਾਈਲ “${name}” ਉਸ ਫ਼ਿੰਗਰਪ੍ਰਿੰਟ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦੀ ਜਿਸ ਨਾਲ ਇਹ ਭੇਜੀ ਗਈ ਸੀ, ਇਸ ਲਈ ਹੋ ਸਕਦਾ ਹੈ ਇਸ ਨੂੰ ਬਦਲਿਆ ਗਿਆ ਹੋਵੇ। ਕੁਝ ਵੀ ਨਹੀਂ ਖੋਲ੍ਹਿਆ ਗਿਆ।`,
	packMissingEntry: (name: string) => `“${name}” ਇਸ ਫ਼ਾਈਲ ਵਿੱਚ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਕੁਝ ਵੀ ਨਹੀਂ ਖੋਲ੍ਹਿਆ ਗਿਆ।`,
	packDamaged: 'ਅੰਦਰਲੀ ਫ਼ਾਈਲ ਖੋਲ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕੀ। ਹੋ ਸਕਦਾ ਹੈ ਇਹ ਖ਼ਰਾਬ ਹੋਵੇ। ਕੁਝ ਵੀ ਨਹੀਂ ਖੋਲ੍ਹਿਆ ਗਿਆ।',
	packExhibitChanged: (number: string) =>
		`ਸਬੂਤ ${number} ਹੁਣ ਉਸ ਫ਼ਿੰਗਰਪ੍ਰਿੰਟ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦਾ ਜੋ ਇਸ ਨੂੰ ਜੋੜਨ ਵੇਲੇ ਲਿਆ ਗਿਆ ਸੀ, ਇਸ ਲਈ ਪੈਕ ਨਹੀਂ ਬਣਾਇਆ ਗਿਆ। ਹੋ ਸਕਦਾ ਹੈ ਇਹ ਸਬੂਤ ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਖ਼ਰਾਬ ਹੋ ਗਿਆ ਹੋਵੇ।`,
	exportJsonInvalid: 'ਸਮਾਂ-ਰੇਖਾ ਦੀ ਇਹ ਫ਼ਾਈਲ ਉਸ ਢਾਂਚੇ ਵਿੱਚ ਨਹੀਂ ਜਿਸ ਦੀ ਉਮੀਦ ਸੀ, ਇਸ ਲਈ ਇਹ ਨਹੀਂ ਖੋਲ੍ਹੀ ਗਈ।',
	exportJsonVersion:
		'ਸਮਾਂ-ਰੇਖਾ ਦੀ ਇਹ ਫ਼ਾਈਲ ਐਪ ਦੇ ਕਿਸੇ ਨਵੇਂ ਵਰਜਨ ਨਾਲ ਬਣਾਈ ਗਈ ਸੀ। ਕਿਰਪਾ ਕਰਕੇ ਐਪ ਅੱਪਡੇਟ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।'
} satisfies Translation<typeof en.exportErrors>;
