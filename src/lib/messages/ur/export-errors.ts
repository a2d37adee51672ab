// The Urdu words for what can go wrong reading a share file, an evidence pack or a timeline file.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/export-errors';
import type { Translation } from '../translation';

export const exportErrors = {
	shareWrongPassphrase:
		'اس پاس فریز سے یہ فائل نہیں کھلی۔ براہ کرم اسے چیک کریں اور دوبارہ کوشش کریں۔ اگر آپ کو یقین ہے کہ پاس فریز درست ہے تو ہو سکتا ہے فائل راستے میں خراب ہو گئی ہو۔',
	shareDamaged:
		'یہ فائل بننے کے بعد خراب یا تبدیل ہو گئی ہے، اس لیے کچھ نہیں کھولا گیا۔ براہ کرم اسے دوبارہ بھیجنے کو کہیں۔',
	shareVersion:
		'یہ فائل ایپ کے نئے ورژن سے بنائی گئی تھی۔ براہ کرم ایپ اپ ڈیٹ کریں اور دوبارہ کوشش کریں۔ کچھ نہیں کھولا گیا۔',
	shareTooLarge:
		'یہ فائل اتنی بڑی ہے کہ یہ ڈیوائس اسے محفوظ طریقے سے نہیں کھول سکتی، اس لیے کچھ نہیں کھولا گیا۔',
	notAShareFile: 'یہ ایسی فائل نہیں جسے یہ ایپ کھول سکے۔ کچھ نہیں کھولا گیا۔',
	packUnsafePath: (name: string) =>
		`اس فائل میں ایک غیر محفوظ نام والی چیز ہے («${name}»)، اس لیے کچھ نہیں کھولا گیا۔`,
	packUnexpectedEntry: (name: string) =>
		`اس فائل میں کوئی ایسی چیز ہے جو اس میں نہیں ہونی چاہیے («${name}»)، اس لیے کچھ نہیں کھولا گیا۔`,
	packTooLarge:
		'یہ فائل کھلنے پر اتنی بڑی ہو جاتی ہے کہ یہ ڈیوائس اسے محفوظ طریقے سے نہیں رکھ سکتی، اس لیے کچھ نہیں کھولا گیا۔',
	packHashMismatch: (name: string) =>
		`«${name}» اس فنگر پرنٹ سے میل نہیں کھاتا جس کے ساتھ اسے بھیجا گیا تھا، اس لیے ہو سکتا ہے اسے تبدیل کیا گیا ہو۔ کچھ نہیں کھولا گیا۔`,
	packMissingEntry: (name: string) => `«${name}» اس فائل میں موجود نہیں ہے، اس لیے کچھ نہیں کھولا گیا۔`,
	packDamaged: 'اندر والی فائل کھولی نہیں جا سکی۔ ہو سکتا ہے یہ خراب ہو۔ کچھ نہیں کھولا گیا۔',
	packExhibitChanged: (number: string) =>
		`ثبوت ${number} اب اس فنگر پرنٹ سے میل نہیں کھاتا جو اسے شامل کرتے وقت لیا گیا تھا، اس لیے پیک نہیں بنایا گیا۔ ہو سکتا ہے یہ ثبوت اس ڈیوائس پر خراب ہو گیا ہو۔`,
	exportJsonInvalid: 'یہ ٹائم لائن فائل متوقع شکل میں نہیں ہے، اس لیے اسے نہیں کھولا گیا۔',
	exportJsonVersion:
		'یہ ٹائم لائن فائل ایپ کے نئے ورژن سے بنائی گئی تھی۔ براہ کرم ایپ اپ ڈیٹ کریں اور دوبارہ کوشش کریں۔'
} satisfies Translation<typeof en.exportErrors>;
