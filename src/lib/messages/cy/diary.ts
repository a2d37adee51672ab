// Text for the diary screens in Welsh: the timeline, the log form, an entry's history, people and patterns.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/diary';
import { plurals } from '../translation';
import type { Translation } from '../translation';

const plural = plurals('cy');

/** "3 chofnod": the singular noun after a number, mutated as the number is said. */
const entries = (n: number) =>
	`${n} ${plural(n, { two: 'gofnod', few: 'chofnod', many: 'chofnod', other: 'cofnod' })}`;
/** "Arddangosyn", "eitem" and "fersiwn" do not change after a number. */
const exhibits = (n: number) => `${n} ${plural(n, { other: 'arddangosyn' })}`;
const items = (n: number) => `${n} ${plural(n, { other: 'eitem' })}`;
const versions = (n: number) => `${n} ${plural(n, { other: 'fersiwn' })}`;

export const behaviourNames = {
	following: 'Dilyn',
	contacting: 'Cysylltu neu geisio cysylltu',
	publishing: 'Cyhoeddi pethau amdanaf, neu esgus bod yn fi',
	monitoring: 'Monitro fy ffôn, fy e-bost neu fy nghyfrifon ar-lein',
	loitering: 'Loetran neu sefyllian o gwmpas',
	interfering: 'Ymyrryd â’m heiddo',
	watching: 'Gwylio neu ysbïo',
	other: 'Rhywbeth arall'
} satisfies Translation<typeof en.behaviourNames>;

export const channelNames = {
	call: 'Galwad ffôn',
	text: 'Neges destun',
	'messaging-app': 'Ap negeseua',
	'social-media': 'Cyfryngau cymdeithasol',
	email: 'E-bost',
	letter: 'Llythyr',
	gift: 'Anrheg neu eitem a adawyd',
	'in-person': 'Wyneb yn wyneb',
	'through-other-people': 'Drwy bobl eraill',
	other: 'Ffordd arall'
} satisfies Translation<typeof en.channelNames>;

export const fieldNames = {
	occurred: 'Pryd y digwyddodd',
	behaviours: 'Pa fath o ymddygiad',
	otherBehaviour: 'Rhywbeth arall, yn eich geiriau chi',
	threatened: 'Bygythiad wedi’i wneud',
	channels: 'Sut y gwnaethant gysylltu',
	whatHappened: 'Beth ddigwyddodd',
	exactWords: 'Yr union eiriau a ddefnyddiwyd',
	location: 'Ble',
	places: 'Yn y cartref, y gwaith neu’r ysgol, neu’n agos atynt',
	personIds: 'Pwy',
	unknownPersonDescription: 'Disgrifiad o’r person',
	personDescription: 'Sut olwg oedd ar y person',
	vehicle: 'Cerbyd',
	vehicleDetails: 'Lliw, gwneuthuriad a model y cerbyd',
	registration: 'Rhif cofrestru',
	sighting: 'Manylion gweld y person',
	witnesses: 'Tystion',
	'impact.fearOfViolence': 'Ofn trais',
	'impact.alarmOrDistress': 'Braw neu ofid',
	'impact.changedDailyLife': 'Newid i fywyd bob dydd',
	'impact.inOwnWords': 'Sut yr effeithiodd arnoch',
	'impact.rating': 'Faint yr effeithiodd arnoch',
	'actions.reportedToPolice': 'Wedi rhoi gwybod i’r heddlu',
	'actions.crimeReference': 'Cyfeirnod trosedd',
	'actions.officer': 'Swyddog',
	'actions.reportedToPlatform': 'Wedi rhoi gwybod i blatfform',
	'actions.platformDetails': 'Manylion yr adroddiad i’r platfform',
	'actions.toldSomeone': 'Wedi dweud wrth rywun',
	'actions.toldWho': 'Wrth bwy y dywedoch',
	exhibits: 'Arddangosion',
	privateNote: 'Nodyn preifat',
	quickLog: 'Cofnod cyflym'
} satisfies Translation<typeof en.fieldNames>;

export const problemMessages = {
	'occurred-missing':
		'Ychwanegwch pryd y digwyddodd. Mae amser bras yn iawn; ticiwch ‘Nid wyf yn siŵr o’r union amser’.',
	'occurred-invalid': 'Nid oedd modd darllen y dyddiad neu’r amser hwnnw. Gwiriwch ef.',
	'occurred-in-future': 'Mae’r amser hwnnw yn y dyfodol. Gwiriwch y dyddiad a’r amser.',
	'range-end-missing': 'Ychwanegwch pryd y daeth i ben, neu dewiswch un amser yn lle hynny.',
	'range-end-invalid': 'Nid oedd modd darllen y dyddiad neu’r amser gorffen. Gwiriwch ef.',
	'range-end-before-start': 'Mae’r diwedd cyn y dechrau. Gwiriwch y ddau.',
	'behaviour-missing':
		'Dewiswch o leiaf un math o ymddygiad, neu cadwch hwn fel cofnod cyflym ac ychwanegwch hyn yn nes ymlaen.',
	'behaviour-unknown': 'Nid oedd modd adnabod un o’r ymddygiadau. Dewiswch eto.',
	'other-behaviour-empty': 'Dewisoch ‘Rhywbeth arall’. Dywedwch mewn ychydig eiriau beth oedd hynny.',
	'channel-unknown': 'Nid oedd modd adnabod un o’r ffyrdd o gysylltu. Dewiswch eto.',
	'channel-without-contacting':
		'Dewisoch sut y gwnaethant gysylltu. Efallai yr hoffech dicio ‘Cysylltu neu geisio cysylltu’ hefyd.',
	'what-happened-empty': 'Mae’n help ysgrifennu ychydig eiriau am yr hyn a ddigwyddodd, pan allwch chi.',
	'text-too-long': 'Mae hwn yn rhy hir i’r dyddiadur ei gadw mewn un maes. Rhannwch ef rhwng dau gofnod.',
	'text-invalid-characters':
		'Nid oedd modd cadw rhai nodau yma. Gall hyn ddigwydd pan fydd rhan o emoji wedi’i thorri i ffwrdd. Teipiwch yr ychydig nodau olaf eto.',
	'list-too-long': 'Mae’r rhestr hon yn rhy hir i’r dyddiadur ei chadw.',
	'person-id-invalid': 'Nid oedd modd dod o hyd i un o’r bobl a ddewiswyd. Dewiswch eto.',
	'exhibit-invalid': 'Nid oedd modd darllen un o’r arddangosion.'
} satisfies Translation<typeof en.problemMessages>;

export const diary = {
	nav: {
		label: 'Dyddiadur',
		/** The button that shows and hides the list of screens on a small screen. */
		menu: 'Dewislen',
		timeline: 'Llinell amser',
		log: 'Cofnodi rhywbeth',
		people: 'Pobl',
		plan: 'Cynllun diogelwch',
		patterns: 'Patrymau',
		exportShare: 'Allforio a rhannu',
		help: 'Help',
		settings: 'Gosodiadau'
	},
	quickExit: 'Gadael yn gyflym',
	quickExitHint: 'Yn gadael ar unwaith. Gallwch hefyd bwyso Shift dair gwaith.',
	lock: 'Cloi',
	quickLog: {
		open: 'Cofnod cyflym',
		heading: 'Cofnod cyflym',
		hint: 'Yn cadw’r amser nawr ac ychydig eiriau. Gallwch ychwanegu’r manylion yn nes ymlaen.',
		label: 'Ychydig eiriau (dewisol)',
		save: 'Cadw nawr',
		saved: 'Wedi’i gadw. Gallwch ychwanegu manylion pan allwch chi.'
	},
	timeline: {
		heading: 'Llinell amser',
		search: 'Chwilio',
		searchHint: 'Yn dod o hyd i eiriau mewn unrhyw faes.',
		filters: 'Hidlyddion',
		behaviour: 'Ymddygiad',
		anyBehaviour: 'Unrhyw ymddygiad',
		person: 'Person',
		anyPerson: 'Unrhyw un',
		from: 'O',
		to: 'I',
		hasExhibits: 'Ag arddangosion',
		needsDetail: 'Angen manylion',
		clearFilters: 'Clirio’r hidlyddion',
		count: (shown: number, total: number) =>
			shown === total ? entries(total) : `Yn dangos ${shown} o ${entries(total)}`,
		empty:
			'Nid oes dim wedi’i gofnodi eto. Pan fydd rhywbeth yn digwydd, mae ‘Cofnod cyflym’ yn cadw’r amser gyda dau dap.',
		noMatches: 'Nid oes dim yn cyfateb i’r hidlyddion hyn.',
		showMore: 'Dangos mwy',
		addDetail: 'Ychwanegwch fanylion pan allwch chi',
		withdrawn: 'Wedi’i dynnu’n ôl',
		amended: 'Wedi’i ddiwygio',
		approximate: 'bras',
		quickLogged: 'Cofnod cyflym',
		exhibits: (n: number) => exhibits(n),
		open: 'Agor',
		noWords: '(Dim geiriau eto)'
	},
	form: {
		newHeading: 'Cofnodi rhywbeth',
		editHeading: 'Golygu’r cofnod',
		draftRestored: 'Mae’r hyn roeddech yn ei deipio wedi’i adfer.',
		when: 'Pryd y digwyddodd',
		whenKind: 'Pa mor fanwl',
		kindDatetime: 'Dyddiad ac amser',
		kindDate: 'Dyddiad yn unig',
		kindRange: 'Dros gyfnod',
		date: 'Dyddiad',
		time: 'Amser',
		endDate: 'Dyddiad gorffen',
		endTime: 'Amser gorffen',
		approximate: 'Nid wyf yn siŵr o’r union amser',
		behaviours: 'Pa fath o ymddygiad',
		behavioursHint:
			'Dewiswch unrhyw rai sy’n berthnasol. Daw’r llythrennau o adran 2A o’r Protection from Harassment Act 1997 (Deddf Diogelu rhag Aflonyddu 1997).',
		otherBehaviour: 'Rhywbeth arall, yn eich geiriau chi',
		threatened: 'Gwnaethant fy mygwth i, neu rywun agos ataf',
		threatenedHint: 'Os gallwch, ysgrifennwch yr hyn a ddywedwyd yn ‘Yr union eiriau a ddefnyddiwyd’ isod.',
		channels: 'Sut y gwnaethant gysylltu',
		whatHappened: 'Beth ddigwyddodd',
		whatHappenedHint: 'Ysgrifennwch ef fel y byddech yn ei ddweud wrth rywun rydych yn ymddiried ynddo.',
		exactWords: 'Yr union eiriau a ddefnyddiwyd',
		exactWordsHint:
			'Os gwnaethant ddweud neu ysgrifennu rhywbeth, copïwch ef yn union, hyd yn oed os yw’n annymunol.',
		location: 'Ble',
		places: 'A oedd yn un o’r lleoedd hyn, neu’n agos ato?',
		placeNames: {
			home: 'Fy nghartref',
			work: 'Fy ngwaith neu fy lle astudio',
			children: 'Ysgol neu feithrinfa fy mhlant'
		},
		who: 'Pwy',
		whoHint: 'Dewiswch bobl rydych wedi’u hychwanegu, neu disgrifiwch rywun nad ydych yn ei adnabod.',
		unknownPerson: 'Disgrifiad o rywun nad ydych yn ei adnabod',
		vehicle: 'Cerbyd (gwneuthuriad, model, lliw)',
		registration: 'Rhif cofrestru',
		witnesses: 'Tystion',
		witnessName: 'Enw’r tyst',
		witnessContact: 'Sut i gysylltu â nhw',
		addWitness: 'Ychwanegu tyst',
		removeWitness: 'Dileu’r tyst hwn',
		impact: 'Sut yr effeithiodd arnoch',
		fearOfViolence: 'Roeddwn yn ofni y byddai trais yn cael ei ddefnyddio yn fy erbyn',
		alarmOrDistress: 'Achosodd fraw neu ofid i mi',
		changedDailyLife: 'Newidiodd fy mywyd bob dydd (llwybrau, arferion, gwaith, cwsg)',
		impactWords: 'Yn eich geiriau eich hun',
		rating: 'Faint yr effeithiodd arnoch? (dewisol)',
		ratingNames: {
			none: 'Dim o gwbl',
			some: 'Rhywfaint',
			'a-lot': 'Llawer',
			severe: 'Yn ddifrifol'
		},
		ratingClear: 'Gadael hyn allan',
		sighting: 'Os gwelsoch nhw: yr hyn y gallai swyddog ei ofyn (dewisol)',
		sightingHint:
			'Mae’r rhain yn helpu’r heddlu i bwyso a mesur yr hyn a welsoch. Atebwch yr hyn y gallwch yn unig; mae ateb bras yn iawn, ac mae ‘Nid wyf yn siŵr’ yn ateb hefyd.',
		sightingFields: {
			duration: 'Am faint o amser y gwelsoch nhw?',
			distance: 'Pa mor bell i ffwrdd oedden nhw?',
			obstruction: 'A oedd unrhyw beth yn y ffordd, hyd yn oed am eiliad?',
			light: 'Sut oedd y golau?',
			knownBefore: 'A oeddech wedi’u gweld o’r blaen? Pryd?',
			whyRemembered: 'A oes rheswm pam rydych yn eu cofio?',
			timeToRecord: 'Faint yn ddiweddarach y cafodd ei ysgrifennu?'
		},
		describePerson: 'Disgrifiwch y person a welsoch (dewisol)',
		personFields: {
			ageRange: 'Oed, yn fras',
			height: 'Taldra',
			build: 'Corffolaeth',
			hair: 'Gwallt',
			clothing: 'Dillad',
			features: 'Unrhyw beth nodedig (creithiau, tatŵs, sbectol, llais)'
		},
		vehicleFields: {
			colour: 'Lliw’r cerbyd',
			make: 'Gwneuthuriad',
			model: 'Model'
		},
		actions: 'Beth wnaethoch chi',
		reportedToPolice: 'Rhoddais wybod i’r heddlu',
		crimeReference: 'Cyfeirnod trosedd',
		officer: 'Enw neu rif y swyddog',
		reportedToPlatform: 'Rhoddais wybod i wefan, ap neu blatfform',
		platformDetails: 'Pa un, ac unrhyw gyfeirnod',
		toldSomeone: 'Dywedais wrth rywun',
		toldWho: 'Pwy',
		privateNote: 'Nodyn preifat',
		privateNoteHint:
			'I chi yn unig. Mae’n cael ei adael allan o bob allforiad oni bai eich bod yn dewis ei gynnwys.',
		reason: 'Rheswm dros y newid (dewisol)',
		reasonHint:
			'Mae’r gwreiddiol yn aros yn yr hanes, fel llinell wedi’i chroesi allan y gellir ei darllen o hyd.',
		save: 'Cadw',
		saveQuick: 'Cadw fel cofnod cyflym',
		cancel: 'Canslo',
		saved: 'Wedi’i gadw.',
		draftSaved: 'Drafft wedi’i gadw’n ddiogel'
	},
	incident: {
		heading: 'Cofnod',
		recorded: 'Cofnodwyd',
		occurred: 'Digwyddodd',
		edit: 'Golygu',
		withdraw: 'Tynnu’n ôl',
		withdrawHint:
			'Mae tynnu’n ôl yn cadw’r cofnod a’i hanes, wedi’i farcio fel un a dynnwyd yn ôl. Defnyddiwch hyn ar gyfer rhywbeth a gofnodwyd drwy gamgymeriad.',
		withdrawReason: 'Rheswm (dewisol)',
		confirmWithdraw: 'Tynnu’r cofnod hwn yn ôl',
		delete: 'Dileu’n barhaol',
		deleteWarning:
			'Mae hyn yn dileu geiriau’r cofnod hwn a’i holl fersiynau cynharach o’r ffôn hwn am byth. Mae marc yn aros yn y gofrestr newidiadau i ddangos bod rhywbeth wedi’i ddileu, a phryd. Nid oes modd dadwneud hyn.',
		confirmDelete: 'Ie, dileu’n barhaol',
		deleted: 'Cafodd y cofnod hwn ei ddileu’n barhaol.',
		deletedOn: (when: string) =>
			`Dilëwyd ar ${when}. Cafodd ei eiriau eu dileu; mae’r gofrestr newidiadau yn cadw ei le.`,
		history: 'Hanes',
		revisionCreate: 'Cadwyd gyntaf',
		revisionEdit: 'Diwygiwyd',
		revisionWithdraw: 'Tynnwyd yn ôl',
		revisionDelete: 'Dilëwyd',
		changed: 'Newidiwyd:',
		reason: 'Rheswm:',
		showVersion: 'Dangos y fersiwn hon',
		yes: 'Ie',
		none: 'Dim',
		back: 'Yn ôl i’r llinell amser',
		notFound: 'Nid oedd modd dod o hyd i’r cofnod hwn.'
	},
	people: {
		heading: 'Pobl',
		intro: 'Y bobl sy’n gysylltiedig, fel y gallwch eu dewis yn gyflym pan fyddwch yn cofnodi rhywbeth.',
		add: 'Ychwanegu person',
		name: 'Enw, neu’r hyn rydych yn eu galw',
		description: 'Disgrifiad',
		relationship: 'Sut rydych yn eu hadnabod',
		vehicles: 'Cerbydau a rhifau cofrestru',
		vehiclesHint: 'Un ar bob llinell.',
		save: 'Cadw’r person',
		edit: 'Golygu',
		empty: 'Dim pobl wedi’u hychwanegu eto.',
		nameMissing: 'Ychwanegwch enw, neu ychydig eiriau i’w hadnabod.'
	},
	facts: {
		heading: 'Ffeithiau i’ch gweithiwr achos',
		open: 'Ffeithiau y gallai eich gweithiwr achos ofyn amdanynt',
		intro:
			'Niferoedd o’ch dyddiadur yw’r rhain, am y pethau y mae gweithiwr achos stelcio neu’r heddlu yn aml yn gofyn amdanynt. Nid asesiad risg ydynt, ac nid ydynt yn rhoi sgôr: mae eich gweithiwr achos yn asesu’r risg gyda chi. Nid yw cofnodion a dynnwyd yn ôl neu a ddilëwyd yn cael eu cyfrif.',
		ownWords: 'Sut mae wedi effeithio arnoch, yn eich geiriau eich hun',
		noOwnWords:
			'Nid ydych wedi ysgrifennu eto am sut mae wedi effeithio arnoch. Gallwch ychwanegu hyn at unrhyw gofnod.',
		showEntries: (count: number) =>
			plural(count, { one: 'Dangos y cofnod', other: `Dangos y cofnodion (${count})` }),
		openEntry: (when: string) => (when ? `Agor y cofnod (${when})` : 'Agor y cofnod'),
		exported:
			'Mae’r ffeithiau hyn hefyd yn cael eu hargraffu yn y PDF o’r llinell amser, ac yn cael eu dangos pan fydd eich gweithiwr achos yn agor ffeil i’w rhannu gennych, wedi’u cyfrif ar y diwrnod y caiff y ffeil ei gwneud.',
		none: 'Bydd y ffeithiau’n ymddangos yma pan fydd rhai cofnodion.'
	},
	patterns: {
		heading: 'Patrymau',
		byBehaviour: 'Cofnodion yn ôl ymddygiad',
		perWeek: 'Cofnodion bob wythnos',
		chartLabel: (weeks: number) =>
			`Siart bar o gofnodion bob wythnos, am y cyfnod diweddaraf o ${plural(weeks, { other: `${weeks} wythnos` })}. Mae’r un ffigurau yn y tabl isod.`,
		weekOf: 'Wythnos yn dechrau',
		entries: 'Cofnodion',
		unspecified: 'Heb ei ddewis eto',
		escalation:
			'Bu mwy o gofnodion yn y pedair wythnos diwethaf nag yn y pedair wythnos cyn hynny. Gallai helpu i rannu eich dyddiadur â’ch eiriolwr stelcio neu â’r heddlu. Gallwch wneud hyn o ‘Allforio a rhannu’.',
		none: 'Bydd patrymau’n ymddangos yma pan fydd rhai cofnodion.'
	},
	chain: {
		checking: 'Wrthi’n gwirio’r gofrestr newidiadau…',
		ok: 'Mae’r gofrestr newidiadau yn gyflawn.',
		problem: (n: number) =>
			`Nid yw ${plural(n, { one: 'un cofnod', other: entries(n) })} yn cyfateb i’r gofrestr newidiadau. Gall hyn ddigwydd os cafodd storfa’r ffôn ei difrodi. Mae’r cofnodion yn dal i’w gweld; bydd hyn yn cael ei nodi mewn allforion.`,
		problemIn: 'Nid yw’n cyfateb i’r gofrestr newidiadau',
		checkFailed:
			'Y tro hwn, nid oedd modd gorffen y gwiriad sy’n dangos nad oes dim yn y dyddiadur wedi’i newid. Mae eich cofnodion yn ddiogel ac i’w gweld yma. Mae’n rhedeg eto y tro nesaf y caiff y dyddiadur ei agor; os yw hyn yn dal i ddigwydd, mae’n syniad da gwneud copi wrth gefn.',
		clock: (n: number) =>
			`Aeth cloc y ffôn yn ôl ${plural(n, { one: 'unwaith', other: `${n} o weithiau` })} rhwng un tro cadw a’r nesaf. Mae hyn wedi’i nodi mewn allforion fel na all neb ddweud ei fod wedi’i guddio.`,
		joined: (saves: number, changedInBoth: number, deletedInOne: number) =>
			[
				`Roedd eich dyddiadur wedi bod ar agor mewn dau le ar yr un pryd, a chadwyd ${plural(saves, { one: 'un fersiwn', other: versions(saves) })} yn yr ail le. Bellach mae’r cyfan wedi’i uno’n un gofrestr newidiadau, ac ni chollwyd yr un cofnod. Mae’r uno wedi’i nodi yn y gofrestr, felly mae allforion yn ei ddangos hefyd.`,
				...(changedInBoth > 0
					? [
							plural(changedInBoth, {
								one: 'Cafodd un cofnod ei newid yn y ddau le. Mae’r ddwy fersiwn yn cael eu cadw, y naill ar ôl y llall, yn hanes y cofnod; mae wedi’i farcio isod, fel y gallwch wirio pa un sy’n gywir.',
								other: `Cafodd ${entries(changedInBoth)} eu newid yn y ddau le. Mae’r ddwy fersiwn yn cael eu cadw, y naill ar ôl y llall, yn hanes pob cofnod; maen nhw wedi’u marcio isod, fel y gallwch wirio pa un sy’n gywir.`
							})
						]
					: []),
				...(deletedInOne > 0
					? [
							plural(deletedInOne, {
								one: 'Cafodd un cofnod ei ddileu’n barhaol mewn un lle. Mae’n aros wedi’i ddileu, felly cafodd y geiriau a gadwyd ar ei gyfer yn y lle arall eu dileu hefyd.',
								other: `Cafodd ${entries(deletedInOne)} eu dileu’n barhaol mewn un lle. Maen nhw’n aros wedi’u dileu, felly cafodd y geiriau a gadwyd ar eu cyfer yn y lle arall eu dileu hefyd.`
							})
						]
					: [])
			].join(' '),
		changedInBoth: 'Newidiwyd mewn dau le: cadwyd y ddwy fersiwn',
		/**
		 * The newest checkpoint this diary's chain no longer holds: `held` of the `noted` saved versions it
		 * counted are here now (fewer when the newest are gone; as many when one before it is different).
		 */
		checkpointMissing: (purpose: 'share' | 'backup' | 'export', when: string, noted: number, held: number) =>
			`Nid yw’r holl gofnodion a gadwyd cyn ${{ backup: 'y copi wrth gefn', share: 'y ffeil i’w rhannu a wnaethoch', export: 'y ffeil a allforiwyd gennych' }[purpose]} ar ${when} yma. ${
				held < noted
					? `Roedd ${purpose === 'backup' ? 'y copi wrth gefn hwnnw' : 'y ffeil honno'} yn cynnwys ${versions(noted)} o gofnodion a gadwyd; mae ${held} ohonynt ar y ffôn hwn nawr.`
					: 'Mae fersiwn a gadwyd cyn hynny ar goll neu’n wahanol ar y ffôn hwn.'
			} Mae copi wrth gefn a wnaed ar y diwrnod hwnnw neu wedyn yn eu cynnwys: mae ‘Adfer copi wrth gefn’ yn y Gosodiadau yn ychwanegu’r hyn sydd ar goll.`
	},
	exhibits: {
		heading: 'Arddangosion',
		hint: 'Mae lluniau, sgrinluniau, recordiadau a dogfennau yn cael eu cloi y tu mewn i’r dyddiadur cyn gynted ag y byddwch yn eu hychwanegu. Mae ôl bys yn cael ei gadw, fel y gall unrhyw un wirio yn nes ymlaen nad ydynt wedi cael eu newid.',
		addFiles: 'Ychwanegu lluniau, sgrinluniau neu ffeiliau',
		takePhoto: 'Tynnu llun',
		recordAudio: 'Recordio sain',
		recording: 'Wrthi’n recordio',
		stopRecording: 'Stopio recordio',
		/** The file name of a recording, from the local time it started. */
		recordingName: (stamp: string, extension: string) => `recordiad-${stamp}.${extension}`,
		microphoneFailed:
			'Nid oedd modd defnyddio’r meicroffon. Os gofynnodd y ffôn am ganiatâd, efallai ei fod wedi’i wrthod; gallwch ei ganiatáu yng ngosodiadau’r porwr a rhoi cynnig arall arni.',
		adding: (name: string) => `Wrthi’n ychwanegu ${name}`,
		waiting: 'Yn aros…',
		cancel: 'Canslo',
		cancelAdding: (name: string) => `Canslo ychwanegu ${name}`,
		cancelled: (name: string) => `Canslwyd ychwanegu ${name}.`,
		added: (name: string) => `Ychwanegwyd ${name}.`,
		percent: (value: number) => `${value}%`,
		remove: (name: string) => `Tynnu ${name} o’r cofnod`,
		limit: (limit: string) => `Gall pob ffeil fod hyd at ${limit}.`,
		waitToSave: 'Bydd modd cadw cyn gynted ag y bydd y ffeiliau sy’n cael eu hychwanegu wedi’u cloi i mewn.',
		removeHint: 'Mae tynnu ffeil yn ei thynnu allan o’r cofnod hwn. Mae cadw yn cofnodi hynny yn yr hanes.',
		tooLarge: (name: string, limit: string) =>
			`Mae ${name} yn fwy na ${limit}, sef y mwyaf y gall y dyddiadur ei gadw ar gyfer un ffeil. Ni effeithiwyd ar ddim arall. Cadwch y gwreiddiol mewn lle diogel, a nodwch yn y cofnod ble mae.`,
		damaged: (name: string) =>
			`Nid oedd modd agor ${name} gan fod y ffeil wedi’i difrodi neu ei newid ar y ffôn hwn. Nid yw ei hôl bys yn cyfateb mwyach.`,
		list: 'Arddangosion',
		none: 'Dim arddangosion.',
		type: 'Math',
		sizeLabel: 'Maint',
		addedAt: 'Ychwanegwyd',
		fingerprint: 'Ôl bys (SHA-256)',
		copyFingerprint: 'Copïo’r ôl bys',
		/** Heard after "Copy fingerprint", so each exhibit's button has a name of its own. */
		ofExhibit: (name: string) => `ar gyfer ${name}`,
		fingerprintCopied: 'Copïwyd yr ôl bys.',
		fingerprintNotCopied:
			'Nid oedd modd copïo’r ôl bys ar y ddyfais hon. Dyma fe yn llawn, fel y gellir ei ddewis a’i gopïo:',
		open: (name: string) => `Agor ${name}`,
		opening: (name: string) => `Wrthi’n agor ${name}…`,
		close: (name: string) => `Cau ${name}`,
		download: (name: string) => `Cadw copi o ${name}`,
		downloadHint:
			'Nid oes modd dangos y math hwn o ffeil y tu mewn i’r dyddiadur. Nid yw copi sydd wedi’i gadw wedi’i gloi mwyach, a gallai unrhyw un sy’n defnyddio’r ffôn hwn ddod o hyd iddo.',
		/** Plain names for the kinds of file; the MIME type is shown too. */
		kinds: {
			image: 'Llun',
			audio: 'Recordiad sain',
			video: 'Fideo',
			pdf: 'Dogfen PDF',
			other: 'Ffeil'
		}
	},
	damaged: (count: number) =>
		plural(count, {
			one: 'Nid oedd modd agor un eitem a gadwyd. Efallai ei bod wedi’i difrodi ar y ffôn hwn. Mae popeth arall yn ddiogel ac i’w weld yma.',
			other: `Nid oedd modd agor ${items(count)} a gadwyd. Efallai eu bod wedi’u difrodi ar y ffôn hwn. Mae popeth arall yn ddiogel ac i’w weld yma.`
		})
} satisfies Translation<typeof en.diary>;
