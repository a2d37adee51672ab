// The language setting in Urdu, in Settings and on the first-run steps.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/language';
import type { Translation } from '../translation';

export const language = {
	heading: 'زبان',
	label: 'ایپ کی زبان',
	unreviewed:
		'اس ترجمے کو ابھی کسی ایسے شخص نے نہیں جانچا جس کی مادری زبان اردو ہو۔ اگر کوئی بات غلط یا غیر واضح لگے تو براہ کرم اپنے کیس ورکر کو بتائیں، تاکہ درستی آگے پہنچائی جا سکے۔',
	corrections:
		'ترجمے میں درستی کا خیرمقدم ہے: اگر کوئی بات غلط یا غیر واضح لگے تو براہ کرم اپنے کیس ورکر کو بتائیں، تاکہ اسے آگے پہنچایا جا سکے۔',
	change: 'زبان تبدیل کریں',
	changed: (name: string) => `ایپ اب ${name} میں ہے۔`,
	ownWords: 'آپ کے اپنے الفاظ بالکل ویسے ہی رکھے جاتے ہیں جیسے آپ نے ٹائپ کیے، کسی بھی زبان میں۔',
	pdfLabels: 'ٹائم لائن PDF میں لیبل',
	pdfLabelsHint:
		'انگلینڈ اور ویلز میں پولیس اور عدالتیں زیادہ تر انگریزی میں کام کرتی ہیں، اس لیے انگریزی لیبل ہمیشہ چھاپے جاتے ہیں۔ آپ کے اپنے الفاظ بالکل ویسے ہی چھاپے جاتے ہیں جیسے آپ نے ٹائپ کیے، اور ان کا ترجمہ نہیں کیا جاتا۔',
	pdfLabelsEnglish: 'صرف انگریزی',
	pdfLabelsBoth: (name: string) => `${name}، ہر لیبل کے ساتھ انگریزی بھی`,
	pdfLabelsNote:
		'اس دستاویز کے لیبل انگریزی سے ترجمہ کیے گئے ہیں۔ اس شخص کے اپنے الفاظ بالکل ویسے ہی چھاپے گئے ہیں جیسے انہوں نے ٹائپ کیے، اور ان کا ترجمہ نہیں کیا گیا۔',
	readAloud: 'پڑھ کر سنائیں',
	stopReading: 'پڑھنا روکیں'
} satisfies Translation<typeof en.language>;
