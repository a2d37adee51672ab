// The Urdu words for what a record holds on screen: the safety plan's headings, the risk facts, the Act's behaviours, columns.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/records';
import type { Translation } from '../translation';
import { plurals } from '../translation';

const plural = plurals('ur');

export const records = {
	safetyPlan: {
		heading: 'حفاظتی منصوبہ',
		fields: {
			people: 'وہ لوگ جنہیں میں فون کر سکوں',
			codeWord: 'خفیہ لفظ (کوڈ ورڈ)',
			safePlaces: 'محفوظ جگہیں جہاں میں جا سکوں',
			routes: 'راستے اور اوقات جنہیں بدلنا ہے',
			emergency: 'ایمرجنسی میں کیا کرنا ہے',
			keepReady: 'دستاویزات اور چیزیں جو تیار رکھنی ہیں',
			device: 'اپنے فون اور اکاؤنٹس کو محفوظ رکھنا'
		},
		sharedNote:
			'اس شخص نے اپنا حفاظتی منصوبہ اس فائل میں شامل کرنا چنا۔ یہ ان کے اپنے الفاظ میں ہے۔ یہ تبدیلیوں کے ریکارڈ کا حصہ نہیں ہے، اس لیے اسے اندراجات کی طرح جانچا نہیں جا سکتا۔',
		updated: (when: string) => `آخری بار محفوظ کیا گیا: ${when}`,
		blank: 'نہیں بھرا گیا۔'
	},
	riskFacts: {
		heading: 'حقائق جن کے بارے میں کیس ورکر پوچھ سکتا ہے',
		facts: {
			lastWeek: 'پچھلے 7 دنوں کے اندراجات',
			lastMonth: 'پچھلے 30 دنوں کے اندراجات',
			home: 'گھر پر یا گھر کے قریب',
			work: 'کام یا تعلیم کی جگہ پر یا اس کے قریب',
			children: 'بچوں کے اسکول یا نرسری پر یا اس کے قریب',
			loitering: 'آس پاس منڈلانا',
			following: 'پیچھا کرنا',
			throughOthers: 'دوسرے لوگوں کے ذریعے رابطہ',
			threats: 'دھمکیاں دی گئیں',
			property: 'چیزوں یا املاک سے چھیڑ چھاڑ، یا انہیں نقصان پہنچانا',
			fearOfViolence: 'ڈر کہ تشدد کیا جائے گا'
		},
		count: (count: number) =>
			count === 0 ? 'کچھ درج نہیں' : `${count} ${plural(count, { one: 'اندراج', other: 'اندراجات' })}`,
		frequency: (recent: number, before: number) =>
			`پچھلے چار ہفتوں (پیر سے اتوار) کے اندراجات: ${recent}۔ اس سے پہلے کے چار ہفتوں میں: ${before}۔`,
		rising: 'یہ اس سے پہلے کے چار ہفتوں کے مقابلے میں واضح طور پر زیادہ ہے۔',
		newKinds: 'رویے کی وہ قسمیں جو پچھلے چار ہفتوں میں پہلی بار درج ہوئیں',
		noNewKinds: 'پچھلے چار ہفتوں میں رویے کی کوئی قسم پہلی بار درج نہیں ہوئی۔',
		ownWords: 'اس کا ان پر کیا اثر ہوا، ان کے اپنے الفاظ میں',
		noOwnWords: 'ابھی تک اس بارے میں کچھ نہیں لکھا گیا کہ اس کا ان پر کیا اثر ہوا۔',
		entries: (numbers: string, count: number) =>
			`${plural(count, { one: 'اندراج', other: 'اندراجات' })} ${numbers}`,
		entry: (number: number) => `اندراج ${number}`,
		asOf: (when: string) => `${when} کو گنا گیا، اس کاپی کے اندراجات سے۔`,
		note: 'یہ ڈائری سے لی گئی گنتیاں ہیں، ہر ایک کے ساتھ وہ اندراجات جو اس میں گنے گئے۔ یہ خطرے کا جائزہ نہیں ہیں اور کوئی اسکور نہیں دیتیں: خطرے کا جائزہ کیس ورکر اس شخص کے ساتھ مل کر لیتا ہے۔ واپس لیے گئے اور مٹائے گئے اندراجات شمار نہیں کیے جاتے۔'
	},
	behaviours: {
		following: 'پیچھا کرنا',
		contacting: 'کسی بھی طریقے سے رابطہ کرنا، یا رابطے کی کوشش کرنا',
		publishing: 'اس شخص کے بارے میں مواد شائع کرنا، یا اس کے نام سے خود کو پیش کرنا',
		monitoring: 'انٹرنیٹ، ای میل یا دوسرے الیکٹرانک رابطوں کی نگرانی کرنا',
		loitering: 'آس پاس منڈلانا',
		interfering: 'املاک سے چھیڑ چھاڑ کرنا',
		watching: 'نظر رکھنا یا جاسوسی کرنا',
		other: 'دیگر',
		unspecified: 'ابھی بیان نہیں کیا گیا'
	},
	columns: {
		number: 'نمبر',
		occurred: 'کب ہوا',
		recorded: 'کب درج کیا گیا',
		behaviours: 'رویہ (s.2A(3))',
		channels: 'رابطہ کیسے کیا گیا',
		where: 'کہاں',
		whatHappened: 'کیا ہوا',
		who: 'کون',
		witnesses: 'گواہ',
		impact: 'مجھ پر اثر',
		police: 'پولیس',
		otherActions: 'دیگر اقدامات',
		exhibits: 'ثبوت',
		status: 'صورتحال',
		privateNote: 'ذاتی نوٹ',
		amendments: 'ترامیم',
		revisionHashes: 'ورژن ہیش (SHA-256)'
	}
} satisfies Translation<typeof en.records>;
