// The Romanian words for what a record holds: the safety plan's headings, the risk facts, the Act's behaviours and
// the column headings, as shown on screen (the documents take the English ones, with these beside them if chosen).
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/records';
import type { Translation } from '../translation';
import { plurals } from '../translation';

const plural = plurals('ro');

export const records = {
	/** The safety plan (domain/safety-plan.ts): the same headings in the diary's form and in the viewer. */
	safetyPlan: {
		heading: 'Plan de siguranță',
		fields: {
			people: 'Persoane pe care le pot suna',
			codeWord: 'Un cuvânt-cod',
			safePlaces: 'Locuri sigure unde pot merge',
			routes: 'Trasee și ore pe care le pot schimba',
			emergency: 'Ce voi face în caz de urgență',
			keepReady: 'Acte și lucruri de ținut pregătite',
			device: 'Siguranța telefonului și a conturilor mele'
		},
		sharedNote:
			'Persoana a ales să includă planul de siguranță în acest fișier. Este scris în propriile cuvinte. Nu face parte din registrul modificărilor, așa că nu poate fi verificat la fel ca înregistrările.',
		updated: (when: string) => `Salvat ultima dată: ${when}`,
		blank: 'Necompletat.'
	},
	/** The risk facts (domain/risk-facts.ts): the same words in the diary, the viewer and the PDF. */
	riskFacts: {
		heading: 'Informații despre care un consilier de caz ar putea întreba',
		facts: {
			lastWeek: 'Înregistrări în ultimele 7 zile',
			lastMonth: 'Înregistrări în ultimele 30 de zile',
			home: 'La sau lângă casă',
			work: 'La sau lângă locul de muncă sau de studiu',
			children: 'La sau lângă școala sau grădinița copiilor',
			loitering: 'Pândă prin preajmă',
			following: 'Urmărire',
			throughOthers: 'Contact prin alte persoane',
			threats: 'Amenințări',
			property: 'Intervenție asupra bunurilor sau deteriorarea lor',
			fearOfViolence: 'Teama că se va folosi violență'
		},
		count: (count: number) =>
			count === 0
				? 'Nimic consemnat'
				: plural(count, {
						one: `${count} înregistrare`,
						few: `${count} înregistrări`,
						other: `${count} de înregistrări`
					}),
		frequency: (recent: number, before: number) =>
			`Înregistrări în ultimele patru săptămâni (de luni până duminică): ${recent}. În cele patru săptămâni dinainte: ${before}.`,
		rising: 'Sunt clar mai multe decât în cele patru săptămâni dinainte.',
		newKinds: 'Tipuri de comportament consemnate pentru prima dată în ultimele patru săptămâni',
		noNewKinds:
			'Niciun tip de comportament nu a fost consemnat pentru prima dată în ultimele patru săptămâni.',
		ownWords: 'Cum a fost afectată persoana, în propriile cuvinte',
		noOwnWords: 'Nu s-a scris încă nimic despre cum a fost afectată persoana.',
		entries: (numbers: string, count: number) =>
			plural(count, { one: `Înregistrarea ${numbers}`, other: `Înregistrările ${numbers}` }),
		entry: (number: number) => `Înregistrarea ${number}`,
		asOf: (when: string) => `Numărătoare făcută la ${when}, pe baza înregistrărilor din această copie.`,
		note: 'Acestea sunt numărători din jurnal, fiecare cu înregistrările pe care le numără. Nu sunt o evaluare a riscului și nu dau niciun punctaj: consilierul de caz evaluează riscul, împreună cu persoana. Înregistrările retrase și cele șterse nu sunt numărate.'
	},
	behaviours: {
		following: 'Urmărire',
		contacting: 'Contactarea sau încercarea de contactare, prin orice mijloace',
		publishing: 'Publicarea de materiale despre persoană sau uzurparea identității ei',
		monitoring: 'Monitorizarea internetului, a e-mailului sau a altor comunicații electronice',
		loitering: 'Pândă prin preajmă',
		interfering: 'Intervenție asupra bunurilor',
		watching: 'Supraveghere sau spionare',
		other: 'Altele',
		unspecified: 'Încă nedescris'
	},
	/** Column headings, shared by the CSV header row and the labels in each PDF block. */
	columns: {
		number: 'Nr.',
		occurred: 'Când s-a întâmplat',
		recorded: 'Când a fost consemnată',
		behaviours: 'Comportament (s.2A(3))',
		channels: 'Cum s-a luat legătura',
		where: 'Unde',
		whatHappened: 'Ce s-a întâmplat',
		who: 'Cine',
		witnesses: 'Martori',
		impact: 'Efectul asupra mea',
		police: 'Poliție',
		otherActions: 'Alte acțiuni',
		exhibits: 'Probe',
		status: 'Stare',
		privateNote: 'Notă privată',
		amendments: 'Modificări',
		revisionHashes: 'Amprentele versiunilor (SHA-256)'
	}
} satisfies Translation<typeof en.records>;
