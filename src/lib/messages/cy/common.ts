// Every piece of text the app shows, in plain, calm Welsh, in one place (the English source is ../en/common.ts).
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/common';
import { plurals } from '../translation';
import type { Translation } from '../translation';

const plural = plurals('cy');

/** "3 chofnod": the singular noun after a number, mutated as the number is said. */
const entries = (n: number) =>
	`${n} ${plural(n, { two: 'gofnod', few: 'chofnod', many: 'chofnod', other: 'cofnod' })}`;

export const messages = {
	app: {
		/** The tab title is always the disguise's, whatever screen shows. */
		title: 'Cyfrifiannell',
		name: 'Waymark'
	},
	common: {
		continue: 'Parhau',
		cancel: 'Canslo',
		back: 'Yn ôl',
		save: 'Cadw',
		close: 'Cau',
		show: 'Dangos',
		hide: 'Cuddio',
		working: 'Wrthi’n gweithio…',
		somethingWentWrong:
			'Aeth rhywbeth o’i le, ac ni chafodd dim ei newid. Rhowch gynnig arall arni. Os yw hyn yn dal i ddigwydd, ailgychwynnwch yr ap.'
	},
	passphrase: {
		label: 'Cyfrinymadrodd',
		showPassphrase: 'Dangos y cyfrinymadrodd',
		hidePassphrase: 'Cuddio’r cyfrinymadrodd',
		strength: [
			'Hawdd iawn ei ddyfalu',
			'Hawdd ei ddyfalu',
			'Gallai gael ei ddyfalu',
			'Anodd ei ddyfalu',
			'Anodd iawn ei ddyfalu'
		],
		strengthLabel: 'Pa mor anodd yw ei ddyfalu',
		tooWeak:
			'Byddai’r cyfrinymadrodd hwn yn rhy hawdd ei ddyfalu. Rhowch gynnig ar yr un a awgrymir, neu ar chwe gair cyffredin nad ydynt yn perthyn i’w gilydd.',
		dontSave:
			'Os yw’r porwr neu’r bysellfwrdd yn cynnig cadw neu gofio’r cyfrinymadrodd hwn, dewiswch ‘Byth’ (‘Never’). Gall unrhyw un sy’n gallu agor y porwr weld cyfrinymadrodd sydd wedi’i gadw yno.',
		suggestion: {
			heading: 'Cyfrinymadrodd a awgrymir',
			intro:
				'Chwe gair wedi’u dewis ar hap i chi. Byddai’n cymryd blynyddoedd lawer i gyfrifiadur ddyfalu cyfrinymadrodd fel hwn.',
			writeDown:
				'Ysgrifennwch ef ar bapur a’i gadw mewn lle diogel na all neb ond chi ei gyrraedd, i ffwrdd o’r ffôn hwn, nes eich bod wedi’i ddysgu ar eich cof.',
			label: 'Cyfrinymadrodd a awgrymir',
			use: 'Defnyddio’r cyfrinymadrodd hwn',
			another: 'Awgrymu un arall',
			used: 'Mae’r cyfrinymadrodd a awgrymwyd wedi’i roi yn y ddau flwch i chi.'
		},
		tooShort: (min: number) => `Defnyddiwch o leiaf ${min} nod.`,
		mismatch: 'Nid yw’r ddau gyfrinymadrodd yr un fath. Teipiwch nhw eto.'
	},
	create: {
		heading: 'Sefydlu eich dyddiadur',
		intro:
			'Mae eich dyddiadur yn cael ei gadw ar y ffôn hwn yn unig, wedi’i gloi â chyfrinymadrodd mai dim ond chi sy’n ei wybod. Nid oes dim yn cael ei anfon i unman oni bai eich bod yn dewis ei rannu.',
		passphraseHint:
			'Dewiswch rywbeth hir y byddwch yn ei gofio, fel chwe gair nad ydynt yn perthyn i’w gilydd, neu defnyddiwch yr un a awgrymir. Nid oes modd ei adfer os caiff ei anghofio, gan nad oes gan neb arall gopi ohono, nid hyd yn oed ni.',
		confirmLabel: 'Teipiwch y cyfrinymadrodd eto',
		submit: 'Creu fy nyddiadur',
		creating:
			'Wrthi’n sefydlu eich dyddiadur. Mae’n mesur pa mor gryf yw’r clo y gall y ffôn hwn ei agor yn gyflym, a gall hynny gymryd ychydig eiliadau…',
		created: 'Mae eich dyddiadur yn barod.'
	},
	unlock: {
		heading: 'Agor eich dyddiadur',
		submit: 'Agor',
		opening: 'Wrthi’n agor eich dyddiadur…',
		wrong: 'Ni wnaeth y cyfrinymadrodd hwnnw agor y dyddiadur. Gwiriwch ef a rhowch gynnig arall arni.',
		// "Eiliad" begins with a vowel, so it reads the same after every number.
		wait: (seconds: number) =>
			`Er diogelwch, arhoswch ${plural(seconds, { other: `${seconds} eiliad` })} cyn rhoi cynnig arall arni.`,
		/** The visible countdown, once a second; not announced each time (it is a timer, not a live region). */
		waitLeft: (seconds: number) =>
			`Gallwch roi cynnig arall arni ymhen ${plural(seconds, { other: `${seconds} eiliad` })}. Mae’r hyn rydych wedi’i deipio yn cael ei gadw.`,
		waitOver: 'Gallwch roi cynnig arall arni nawr.',
		empty: 'Teipiwch eich cyfrinymadrodd.',
		tooNew:
			'Cafodd y dyddiadur hwn ei gadw gan fersiwn fwy newydd o’r ap. Ail-lwythwch y dudalen, neu gosodwch yr ap eto, i gael y fersiwn ddiweddaraf; nid oes dim wedi’i newid.',
		headerDamaged:
			'Nid oes modd agor y dyddiadur ar y ffôn hwn, oherwydd bod yr wybodaeth sydd ei hangen i’w ddatgloi wedi’i difrodi neu ei newid. Ni chafodd dim ei newid wrth geisio. Os oes gennych ffeil copi wrth gefn wedi’i hamgryptio, gallwch sefydlu dyddiadur newydd a’i hadfer.'
	},
	home: {
		heading: 'Eich dyddiadur',
		lock: 'Cloi',
		locked: 'Mae eich dyddiadur wedi’i gloi.',
		damaged: (count: number) =>
			plural(count, {
				one: 'Nid oedd modd agor un cofnod a gadwyd. Efallai ei fod wedi’i ddifrodi ar y ffôn hwn. Mae popeth arall yn ddiogel ac i’w weld yma.',
				other: `Nid oedd modd agor ${entries(count)} a gadwyd. Efallai eu bod wedi’u difrodi ar y ffôn hwn. Mae popeth arall yn ddiogel ac i’w weld yma.`
			}),
		empty: 'Nid oes dim wedi’i gofnodi eto.'
	},
	errors: {
		storageFull:
			'Mae’r ffôn wedi rhedeg allan o le, felly nid oedd modd cadw hyn. Nid oes dim a gadwyd eisoes wedi’i golli. Dylai weithio os byddwch yn rhyddhau rhywfaint o le ac yn rhoi cynnig arall arni.',
		noDiary: 'Nid oes dyddiadur ar y ffôn hwn eto.',
		diaryExists: 'Mae dyddiadur ar y ffôn hwn yn barod.',
		cancelled: 'Cafodd hynny ei atal. Ni chafodd dim ei newid.',
		locked:
			'Cafodd y dyddiadur ei gloi cyn i hyn allu gorffen, felly ni chafodd dim ei newid. Agorwch ef eto i barhau.',
		storageUnavailable:
			'Nid yw’r porwr yn gadael i’r ap gadw dim ar y ffôn hwn ar hyn o bryd, felly ni chafodd dim ei newid. Gallai helpu i gau tabiau eraill yr ap a’i agor eto. Gall pori preifat atal hyn hefyd.',
		incidentMissing:
			'Nid oedd modd dod o hyd i’r cofnod hwn. Efallai ei fod wedi’i ddileu mewn tab arall. Ni chafodd dim ei newid.',
		codeInvalid: 'Rhaid i god y gyfrifiannell fod rhwng 4 a 12 digid. Dewiswch un arall.',
		codeRecordDamaged:
			'Nid oedd modd darllen cod y gyfrifiannell a gadwyd, felly ni fydd unrhyw god yn gweithio. Gosodwch y cod eto yn y Gosodiadau.'
	}
} satisfies Translation<typeof en.messages>;
