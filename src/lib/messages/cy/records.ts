// The Welsh words for what a record holds: the safety plan's headings, the risk facts, the behaviours, the columns.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/records';
import { plurals } from '../translation';
import type { Translation } from '../translation';

const plural = plurals('cy');

/** "3 chofnod": the singular noun after a number, mutated as the number is said. */
const entries = (n: number) =>
	`${n} ${plural(n, { two: 'gofnod', few: 'chofnod', many: 'chofnod', other: 'cofnod' })}`;

export const records = {
	/** The safety plan (domain/safety-plan.ts): the same headings in the diary's form and in the viewer. */
	safetyPlan: {
		heading: 'Cynllun diogelwch',
		fields: {
			people: 'Pobl y gallaf eu ffonio',
			codeWord: 'Gair cod',
			safePlaces: 'Lleoedd diogel y gallaf fynd iddynt',
			routes: 'Llwybrau ac amseroedd i’w newid',
			emergency: 'Beth fyddaf yn ei wneud mewn argyfwng',
			keepReady: 'Dogfennau a phethau i’w cadw’n barod',
			device: 'Cadw fy ffôn a’m cyfrifon yn ddiogel'
		},
		sharedNote:
			'Dewisodd y person gynnwys y cynllun diogelwch yn y ffeil hon. Mae wedi’i ysgrifennu yng ngeiriau’r person. Nid yw’n rhan o’r gofrestr newidiadau, felly nid oes modd ei wirio yn yr un ffordd â’r cofnodion.',
		updated: (when: string) => `Cadwyd ddiwethaf: ${when}`,
		blank: 'Heb ei lenwi.'
	},
	/** The risk facts (domain/risk-facts.ts): the same words in the diary, the viewer and the PDF. */
	riskFacts: {
		heading: 'Ffeithiau y gallai gweithiwr achos ofyn amdanynt',
		facts: {
			lastWeek: 'Cofnodion yn y 7 diwrnod diwethaf',
			lastMonth: 'Cofnodion yn y 30 diwrnod diwethaf',
			home: 'Yn y cartref, neu’n agos ato',
			work: 'Yn y gwaith neu’r lle astudio, neu’n agos ato',
			children: 'Yn ysgol neu feithrinfa’r plant, neu’n agos ati',
			loitering: 'Loetran',
			following: 'Dilyn',
			throughOthers: 'Cysylltu drwy bobl eraill',
			threats: 'Bygythiadau a wnaed',
			property: 'Ymyrryd ag eiddo, neu ei ddifrodi',
			fearOfViolence: 'Ofn y bydd trais yn cael ei ddefnyddio'
		},
		count: (count: number) => plural(count, { zero: 'Dim wedi’u cofnodi', other: entries(count) }),
		frequency: (recent: number, before: number) =>
			`Cofnodion yn y pedair wythnos diwethaf (dydd Llun i ddydd Sul): ${recent}. Yn y pedair wythnos cyn hynny: ${before}.`,
		rising: 'Mae hynny’n amlwg yn fwy nag yn y pedair wythnos cyn hynny.',
		newKinds: 'Mathau o ymddygiad a gofnodwyd am y tro cyntaf yn y pedair wythnos diwethaf',
		noNewKinds: 'Ni chafodd yr un math o ymddygiad ei gofnodi am y tro cyntaf yn y pedair wythnos diwethaf.',
		ownWords: 'Yr effaith, yng ngeiriau’r person ei hun',
		noOwnWords: 'Nid oes dim wedi’i ysgrifennu eto am yr effaith ar y person.',
		entries: (numbers: string, count: number) =>
			`${plural(count, { one: 'Cofnod', other: 'Cofnodion' })} ${numbers}`,
		entry: (number: number) => `Cofnod ${number}`,
		asOf: (when: string) => `Wedi’u cyfrif ar ${when}, o’r cofnodion yn y copi hwn.`,
		note: 'Niferoedd o’r dyddiadur yw’r rhain, pob un gyda’r cofnodion y mae’n eu cyfrif. Nid asesiad risg ydynt, ac nid ydynt yn rhoi sgôr: y gweithiwr achos sy’n asesu’r risg, gyda’r person. Nid yw cofnodion a dynnwyd yn ôl neu a ddilëwyd yn cael eu cyfrif.'
	},
	behaviours: {
		following: 'Dilyn',
		contacting: 'Cysylltu, neu geisio cysylltu, drwy unrhyw ddull',
		publishing: 'Cyhoeddi deunydd am y person, neu esgus bod yn y person',
		monitoring: 'Monitro defnydd o’r rhyngrwyd, e-bost neu unrhyw ffurf arall ar gyfathrebu electronig',
		loitering: 'Loetran',
		interfering: 'Ymyrryd ag eiddo',
		watching: 'Gwylio neu ysbïo',
		other: 'Arall',
		unspecified: 'Heb ei ddisgrifio eto'
	},
	/** Column headings, shared by the CSV header row and the labels in each PDF block. */
	columns: {
		number: 'Rhif',
		occurred: 'Pryd y digwyddodd',
		recorded: 'Pryd y cafodd ei gofnodi',
		behaviours: 'Ymddygiad (s.2A(3))',
		channels: 'Sut y cysylltwyd',
		where: 'Ble',
		whatHappened: 'Beth ddigwyddodd',
		who: 'Pwy',
		witnesses: 'Tystion',
		impact: 'Yr effaith arnaf',
		police: 'Yr heddlu',
		otherActions: 'Camau eraill',
		exhibits: 'Arddangosion',
		status: 'Statws',
		privateNote: 'Nodyn preifat',
		amendments: 'Diwygiadau',
		revisionHashes: 'Olion bysedd y fersiynau (SHA-256)'
	}
} satisfies Translation<typeof en.records>;
