// The Urdu words for every error code (domain/errors.ts), built from this folder's own sections.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/errors';
import type { Translation } from '../translation';

export const errorWords = {
	timeInvalid: 'یہ تاریخ یا وقت پڑھا نہیں جا سکا۔ براہ کرم اسے دوبارہ منتخب کریں۔',
	entryUnserialisable:
		'اس اندراج کا ایک حصہ محفوظ رکھنے کے لیے تیار نہیں ہو سکا، اس لیے ابھی کچھ محفوظ نہیں ہوا۔ آپ کا ٹائپ کیا ہوا متن ابھی یہیں ہے؛ براہ کرم اسے چیک کریں اور دوبارہ کوشش کریں۔',
	chainOrder:
		'یہ تبدیلی تبدیلیوں کے ریکارڈ میں صحیح ترتیب سے شامل نہیں ہو سکی، اس لیے ابھی محفوظ نہیں ہوئی۔ براہ کرم دوبارہ کوشش کریں۔',
	idInvalid: 'اس ریکارڈ کا حوالہ متوقع شکل میں نہیں ہے، اس لیے اسے نہیں کھولا گیا۔',
	incidentDeleted: 'یہ اندراج ہمیشہ کے لیے مٹا دیا گیا تھا، اس لیے اسے تبدیل نہیں کیا جا سکتا۔',
	nothingSavedYet: 'ابھی کچھ محفوظ نہیں ہوا، اور آپ کا ٹائپ کیا ہوا متن ابھی یہیں ہے۔',
	brokenRecord:
		'اس فون پر رکھی ہوئی کوئی چیز پڑھی نہیں جا سکی، اس لیے کچھ بھی تبدیل نہیں ہوا۔ ڈائری کا باقی حصہ متاثر نہیں ہوا۔ اگر ایسا بار بار ہو تو بیک اپ بحال کرنے سے مدد مل سکتی ہے۔'
} satisfies Translation<typeof en.errorWords>;
