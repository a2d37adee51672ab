// The Panjabi words for every error code (domain/errors.ts), built from the Panjabi sections, as en/errors.ts is.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/errors';
import type { Translation } from '../translation';

export const errorWords = {
	timeInvalid: 'ਇਹ ਤਾਰੀਖ਼ ਜਾਂ ਸਮਾਂ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਨੂੰ ਦੁਬਾਰਾ ਚੁਣੋ।',
	entryUnserialisable:
		'ਇਸ ਐਂਟਰੀ ਦਾ ਇੱਕ ਹਿੱਸਾ ਸੁਰੱਖਿਅਤ ਰੱਖਣ ਲਈ ਤਿਆਰ ਨਹੀਂ ਹੋ ਸਕਿਆ, ਇਸ ਲਈ ਹਾਲੇ ਕੁਝ ਵੀ ਸੇਵ ਨਹੀਂ ਹੋਇਆ। ਜੋ ਤੁਸੀਂ ਟਾਈਪ ਕੀਤਾ ਸੀ, ਉਹ ਹਾਲੇ ਵੀ ਇੱਥੇ ਹੈ; ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਨੂੰ ਜਾਂਚੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
	chainOrder:
		'ਇਹ ਤਬਦੀਲੀ ਤਬਦੀਲੀਆਂ ਦੇ ਰਿਕਾਰਡ ਵਿੱਚ ਸਹੀ ਤਰਤੀਬ ਨਾਲ ਨਹੀਂ ਜੋੜੀ ਜਾ ਸਕੀ, ਇਸ ਲਈ ਇਹ ਹਾਲੇ ਸੇਵ ਨਹੀਂ ਹੋਈ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
	idInvalid: 'ਇਸ ਰਿਕਾਰਡ ਦਾ ਹਵਾਲਾ ਉਸ ਢਾਂਚੇ ਵਿੱਚ ਨਹੀਂ ਜਿਸ ਦੀ ਉਮੀਦ ਸੀ, ਇਸ ਲਈ ਇਹ ਨਹੀਂ ਖੋਲ੍ਹਿਆ ਗਿਆ।',
	incidentDeleted: 'ਇਹ ਐਂਟਰੀ ਪੱਕੇ ਤੌਰ ਉੱਤੇ ਮਿਟਾ ਦਿੱਤੀ ਗਈ ਸੀ, ਇਸ ਲਈ ਇਸ ਨੂੰ ਬਦਲਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ।',
	nothingSavedYet: 'ਹਾਲੇ ਕੁਝ ਵੀ ਸੇਵ ਨਹੀਂ ਹੋਇਆ, ਅਤੇ ਜੋ ਤੁਸੀਂ ਟਾਈਪ ਕੀਤਾ ਸੀ ਉਹ ਹਾਲੇ ਵੀ ਇੱਥੇ ਹੈ।',
	brokenRecord:
		'ਇਸ ਫ਼ੋਨ ਉੱਤੇ ਰੱਖੀ ਕੋਈ ਚੀਜ਼ ਪੜ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕੀ, ਇਸ ਲਈ ਕੁਝ ਵੀ ਬਦਲਿਆ ਨਹੀਂ ਗਿਆ। ਬਾਕੀ ਡਾਇਰੀ ਉੱਤੇ ਇਸ ਦਾ ਕੋਈ ਅਸਰ ਨਹੀਂ। ਜੇ ਇਹ ਵਾਰ-ਵਾਰ ਹੋਵੇ, ਤਾਂ ਬੈਕਅੱਪ ਵਾਪਸ ਲਿਆਉਣ ਨਾਲ ਮਦਦ ਮਿਲ ਸਕਦੀ ਹੈ।'
} satisfies Translation<typeof en.errorWords>;
