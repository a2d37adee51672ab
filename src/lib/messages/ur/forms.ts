// Urdu text shared by every form: the problem summary, keeping or discarding typed words, and text problems.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/forms';
import type { Translation } from '../translation';

export const forms = {
	summary: {
		heading: 'ایک مسئلہ ہے'
	},
	discard: {
		heading: 'آپ کا ٹائپ کیا ہوا متن رکھیں؟',
		body: 'آپ نے یہاں جو ٹائپ کیا ہے وہ ابھی محفوظ نہیں ہوا۔ جب تک آپ اسے محفوظ نہ کریں یا ختم نہ کریں، یہ اس فون پر لاک حالت میں رکھا رہتا ہے۔',
		keep: 'میرا لکھا ہوا رکھیں',
		discard: 'اسے ختم کر دیں'
	},
	textProblems: {
		'text-too-long': 'یہ اس سے لمبا ہے جتنا ڈائری رکھ سکتی ہے۔ براہ کرم اسے مختصر کریں۔',
		'text-invalid-characters': 'یہاں کچھ حروف محفوظ نہیں ہو سکے۔ براہ کرم انہیں دوبارہ ٹائپ کریں۔'
	},
	currentPassphraseMissing: 'براہ کرم اپنا موجودہ پاس فریز ٹائپ کریں۔',
	currentPassphraseWrong:
		'یہ وہ پاس فریز نہیں ہے جس سے اب ڈائری کھلتی ہے۔ براہ کرم اسے چیک کریں اور دوبارہ کوشش کریں۔'
} satisfies Translation<typeof en.forms>;
