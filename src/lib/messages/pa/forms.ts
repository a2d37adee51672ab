// Text shared by every form, in Panjabi: the problem summary, the question before typed words are discarded, and text problems (../en/forms.ts).
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/forms';
import type { Translation } from '../translation';

export const forms = {
	summary: {
		heading: 'ਕੋਈ ਸਮੱਸਿਆ ਹੈ'
	},
	discard: {
		heading: 'ਜੋ ਟਾਈਪ ਕੀਤਾ ਹੈ, ਕੀ ਉਹ ਰੱਖਣਾ ਹੈ?',
		body: 'ਜੋ ਤੁਸੀਂ ਇੱਥੇ ਟਾਈਪ ਕੀਤਾ ਹੈ, ਉਹ ਹਾਲੇ ਸੇਵ ਨਹੀਂ ਹੋਇਆ। ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਇਸ ਨੂੰ ਸੇਵ ਨਾ ਕਰੋ ਜਾਂ ਮਿਟਾ ਨਾ ਦਿਓ, ਇਹ ਇਸ ਫ਼ੋਨ ਉੱਤੇ ਲਾਕ ਕਰਕੇ ਰੱਖਿਆ ਰਹਿੰਦਾ ਹੈ।',
		keep: 'ਮੇਰੇ ਸ਼ਬਦ ਰੱਖੋ',
		discard: 'ਇਹਨਾਂ ਨੂੰ ਮਿਟਾ ਦਿਓ'
	},
	textProblems: {
		'text-too-long': 'ਇਹ ਲਿਖਤ ਡਾਇਰੀ ਵਿੱਚ ਰੱਖਣ ਲਈ ਬਹੁਤ ਲੰਮੀ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਨੂੰ ਛੋਟੀ ਕਰੋ।',
		'text-invalid-characters': 'ਇੱਥੇ ਕੁਝ ਅੱਖਰ ਸੇਵ ਨਹੀਂ ਹੋ ਸਕੇ। ਕਿਰਪਾ ਕਰਕੇ ਇਹਨਾਂ ਨੂੰ ਦੁਬਾਰਾ ਟਾਈਪ ਕਰੋ।'
	},
	currentPassphraseMissing: 'ਕਿਰਪਾ ਕਰਕੇ ਆਪਣਾ ਮੌਜੂਦਾ ਪਾਸਫ਼ਰੇਜ਼ ਟਾਈਪ ਕਰੋ।',
	currentPassphraseWrong: 'ਇਹ ਉਹ ਪਾਸਫ਼ਰੇਜ਼ ਨਹੀਂ ਹੈ ਜਿਸ ਨਾਲ ਹੁਣ ਡਾਇਰੀ ਖੁੱਲ੍ਹਦੀ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਨੂੰ ਜਾਂਚੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।'
} satisfies Translation<typeof en.forms>;
