// The Panjabi words for what a record holds: the safety plan's headings, the risk facts, the Act's behaviours and the column headings (../en/records.ts).
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/records';
import type { Translation } from '../translation';
import { plurals } from '../translation';

const plural = plurals('pa-Guru');
const entryWord = (count: number) => plural(count, { one: 'ਐਂਟਰੀ', other: 'ਐਂਟਰੀਆਂ' });

export const records = {
	safetyPlan: {
		heading: 'ਸੁਰੱਖਿਆ ਯੋਜਨਾ',
		fields: {
			people: 'ਉਹ ਲੋਕ ਜਿਨ੍ਹਾਂ ਨੂੰ ਮੈਂ ਫ਼ੋਨ ਕਰ ਸਕਾਂ',
			codeWord: 'ਇੱਕ ਗੁਪਤ ਕੋਡ ਸ਼ਬਦ',
			safePlaces: 'ਸੁਰੱਖਿਅਤ ਥਾਵਾਂ ਜਿੱਥੇ ਮੈਂ ਜਾ ਸਕਾਂ',
			routes: 'ਰਸਤੇ ਅਤੇ ਸਮੇਂ ਜਿਨ੍ਹਾਂ ਨੂੰ ਬਦਲ-ਬਦਲ ਕੇ ਵਰਤਣਾ ਹੈ',
			emergency: 'ਐਮਰਜੈਂਸੀ ਵਿੱਚ ਕੀ ਕਰਨਾ ਹੈ',
			keepReady: 'ਤਿਆਰ ਰੱਖਣ ਵਾਲੇ ਕਾਗ਼ਜ਼ ਅਤੇ ਚੀਜ਼ਾਂ',
			device: 'ਆਪਣੇ ਫ਼ੋਨ ਅਤੇ ਅਕਾਊਂਟਾਂ ਨੂੰ ਸੁਰੱਖਿਅਤ ਰੱਖਣਾ'
		},
		sharedNote:
			'ਇਸ ਵਿਅਕਤੀ ਨੇ ਆਪਣੀ ਸੁਰੱਖਿਆ ਯੋਜਨਾ ਇਸ ਫ਼ਾਈਲ ਵਿੱਚ ਸ਼ਾਮਲ ਕਰਨੀ ਚੁਣੀ। ਇਹ ਉਹਨਾਂ ਦੇ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਹੈ। ਇਹ ਤਬਦੀਲੀਆਂ ਦੇ ਰਿਕਾਰਡ ਦਾ ਹਿੱਸਾ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਇਸ ਨੂੰ ਐਂਟਰੀਆਂ ਵਾਂਗ ਜਾਂਚਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ।',
		updated: (when: string) => `ਆਖ਼ਰੀ ਵਾਰ ਸੇਵ ਕੀਤੀ ਗਈ: ${when}`,
		blank: 'ਭਰਿਆ ਨਹੀਂ ਗਿਆ।'
	},
	riskFacts: {
		heading: 'ਉਹ ਤੱਥ ਜਿਨ੍ਹਾਂ ਬਾਰੇ ਕੇਸਵਰਕਰ ਪੁੱਛ ਸਕਦੇ ਹਨ',
		facts: {
			lastWeek: 'ਪਿਛਲੇ 7 ਦਿਨਾਂ ਦੀਆਂ ਐਂਟਰੀਆਂ',
			lastMonth: 'ਪਿਛਲੇ 30 ਦਿਨਾਂ ਦੀਆਂ ਐਂਟਰੀਆਂ',
			home: 'ਘਰ ਵਿੱਚ ਜਾਂ ਘਰ ਦੇ ਨੇੜੇ',
			work: 'ਕੰਮ ਜਾਂ ਪੜ੍ਹਾਈ ਵਾਲੀ ਥਾਂ ਉੱਤੇ ਜਾਂ ਉਸ ਦੇ ਨੇੜੇ',
			children: 'ਬੱਚਿਆਂ ਦੇ ਸਕੂਲ ਜਾਂ ਨਰਸਰੀ ਉੱਤੇ ਜਾਂ ਉਸ ਦੇ ਨੇੜੇ',
			loitering: 'ਆਲੇ-ਦੁਆਲੇ ਮੰਡਰਾਉਣਾ',
			following: 'ਪਿੱਛਾ ਕਰਨਾ',
			throughOthers: 'ਹੋਰ ਲੋਕਾਂ ਰਾਹੀਂ ਸੰਪਰਕ',
			threats: 'ਧਮਕੀਆਂ ਦਿੱਤੀਆਂ ਗਈਆਂ',
			property: 'ਚੀਜ਼ਾਂ ਜਾਂ ਜਾਇਦਾਦ ਨਾਲ ਛੇੜਛਾੜ, ਜਾਂ ਉਹਨਾਂ ਦਾ ਨੁਕਸਾਨ',
			fearOfViolence: 'ਡਰ ਕਿ ਹਿੰਸਾ ਕੀਤੀ ਜਾਵੇਗੀ'
		},
		count: (count: number) => (count === 0 ? 'ਕੋਈ ਦਰਜ ਨਹੀਂ' : `${count} ${entryWord(count)}`),
		frequency: (recent: number, before: number) =>
			`ਪਿਛਲੇ ਚਾਰ ਹਫ਼ਤਿਆਂ (ਸੋਮਵਾਰ ਤੋਂ ਐਤਵਾਰ) ਦੀਆਂ ਐਂਟਰੀਆਂ: ${recent}। ਉਸ ਤੋਂ ਪਹਿਲਾਂ ਦੇ ਚਾਰ ਹਫ਼ਤਿਆਂ ਵਿੱਚ: ${before}।`,
		rising: 'ਇਹ ਉਸ ਤੋਂ ਪਹਿਲਾਂ ਦੇ ਚਾਰ ਹਫ਼ਤਿਆਂ ਨਾਲੋਂ ਸਾਫ਼ ਤੌਰ ਉੱਤੇ ਵੱਧ ਹੈ।',
		newKinds: 'ਵਤੀਰੇ ਦੀਆਂ ਕਿਸਮਾਂ ਜੋ ਪਿਛਲੇ ਚਾਰ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਪਹਿਲੀ ਵਾਰ ਦਰਜ ਹੋਈਆਂ',
		noNewKinds: 'ਪਿਛਲੇ ਚਾਰ ਹਫ਼ਤਿਆਂ ਵਿੱਚ ਵਤੀਰੇ ਦੀ ਕੋਈ ਕਿਸਮ ਪਹਿਲੀ ਵਾਰ ਦਰਜ ਨਹੀਂ ਹੋਈ।',
		ownWords: 'ਇਸ ਦਾ ਉਹਨਾਂ ਉੱਤੇ ਕੀ ਅਸਰ ਪਿਆ ਹੈ, ਉਹਨਾਂ ਦੇ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ',
		noOwnWords: 'ਇਸ ਦਾ ਉਹਨਾਂ ਉੱਤੇ ਕੀ ਅਸਰ ਪਿਆ ਹੈ, ਇਸ ਬਾਰੇ ਹਾਲੇ ਕੁਝ ਨਹੀਂ ਲਿਖਿਆ ਗਿਆ।',
		entries: (numbers: string, count: number) => `${entryWord(count)} ${numbers}`,
		entry: (number: number) => `ਐਂਟਰੀ ${number}`,
		asOf: (when: string) => `ਇਸ ਕਾਪੀ ਵਿਚਲੀਆਂ ਐਂਟਰੀਆਂ ਤੋਂ ${when} ਨੂੰ ਗਿਣਿਆ ਗਿਆ।`,
		note: 'ਇਹ ਡਾਇਰੀ ਵਿੱਚੋਂ ਕੀਤੀਆਂ ਗਿਣਤੀਆਂ ਹਨ, ਹਰ ਇੱਕ ਨਾਲ ਉਹ ਐਂਟਰੀਆਂ ਜੋ ਉਸ ਵਿੱਚ ਗਿਣੀਆਂ ਗਈਆਂ। ਇਹ ਖ਼ਤਰੇ ਦਾ ਮੁਲਾਂਕਣ ਨਹੀਂ ਹਨ ਅਤੇ ਕੋਈ ਸਕੋਰ ਨਹੀਂ ਦਿੰਦੀਆਂ: ਖ਼ਤਰੇ ਦਾ ਮੁਲਾਂਕਣ ਕੇਸਵਰਕਰ ਕਰਦੇ ਹਨ, ਉਸ ਵਿਅਕਤੀ ਨਾਲ ਮਿਲ ਕੇ। ਵਾਪਸ ਲਈਆਂ ਗਈਆਂ ਅਤੇ ਮਿਟਾਈਆਂ ਗਈਆਂ ਐਂਟਰੀਆਂ ਨਹੀਂ ਗਿਣੀਆਂ ਜਾਂਦੀਆਂ।'
	},
	behaviours: {
		following: 'ਪਿੱਛਾ ਕਰਨਾ',
		contacting: 'ਕਿਸੇ ਵੀ ਤਰੀਕੇ ਨਾਲ ਸੰਪਰਕ ਕਰਨਾ, ਜਾਂ ਕਰਨ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰਨਾ',
		publishing: 'ਉਸ ਵਿਅਕਤੀ ਬਾਰੇ ਸਮੱਗਰੀ ਛਾਪਣਾ ਜਾਂ ਪੋਸਟ ਕਰਨਾ, ਜਾਂ ਉਹ ਵਿਅਕਤੀ ਹੋਣ ਦਾ ਦਿਖਾਵਾ ਕਰਨਾ',
		monitoring: 'ਇੰਟਰਨੈੱਟ, ਈਮੇਲ ਜਾਂ ਹੋਰ ਇਲੈਕਟ੍ਰਾਨਿਕ ਸੁਨੇਹਿਆਂ ਉੱਤੇ ਨਜ਼ਰ ਰੱਖਣਾ',
		loitering: 'ਆਲੇ-ਦੁਆਲੇ ਮੰਡਰਾਉਣਾ',
		interfering: 'ਚੀਜ਼ਾਂ ਜਾਂ ਜਾਇਦਾਦ ਨਾਲ ਛੇੜਛਾੜ',
		watching: 'ਤੱਕਦੇ ਰਹਿਣਾ ਜਾਂ ਜਾਸੂਸੀ ਕਰਨਾ',
		other: 'ਹੋਰ',
		unspecified: 'ਹਾਲੇ ਦੱਸਿਆ ਨਹੀਂ ਗਿਆ'
	},
	columns: {
		number: 'ਨੰ.',
		occurred: 'ਕਦੋਂ ਹੋਇਆ',
		recorded: 'ਕਦੋਂ ਦਰਜ ਕੀਤਾ ਗਿਆ',
		behaviours: 'ਵਤੀਰਾ (s.2A(3))',
		channels: 'ਸੰਪਰਕ ਕਿਵੇਂ ਕੀਤਾ ਗਿਆ',
		where: 'ਕਿੱਥੇ',
		whatHappened: 'ਕੀ ਹੋਇਆ',
		who: 'ਕੌਣ',
		witnesses: 'ਗਵਾਹ',
		impact: 'ਮੇਰੇ ਉੱਤੇ ਅਸਰ',
		police: 'ਪੁਲਿਸ',
		otherActions: 'ਹੋਰ ਕਾਰਵਾਈਆਂ',
		exhibits: 'ਸਬੂਤ',
		status: 'ਸਥਿਤੀ',
		privateNote: 'ਨਿੱਜੀ ਨੋਟ',
		amendments: 'ਸੋਧਾਂ',
		revisionHashes: 'ਹਰ ਰੂਪ ਦਾ ਹੈਸ਼ (SHA-256)'
	}
} satisfies Translation<typeof en.records>;
