// Text in Welsh for making exports, the caseworker's viewer of a shared file, and restoring a backup.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/sharing';
import { plurals } from '../translation';
import type { Translation } from '../translation';

const plural = plurals('cy');

// After a number Welsh keeps the singular noun, mutated as the number is said: "2 gofnod", "3 chofnod", "6 pherson".
// "Arddangosyn", "fersiwn", "ffeil", "fideo" and "recordiad" do not change.
const entries = (n: number) =>
	`${n} ${plural(n, { two: 'gofnod', few: 'chofnod', many: 'chofnod', other: 'cofnod' })}`;
const exhibits = (n: number) => `${n} ${plural(n, { other: 'arddangosyn' })}`;
const versions = (n: number) => `${n} ${plural(n, { other: 'fersiwn' })}`;
const people = (n: number) =>
	`${n} ${plural(n, { two: 'berson', few: 'pherson', many: 'pherson', other: 'person' })}`;
const photos = (n: number) => `${n} ${plural(n, { two: 'lun', other: 'llun' })}`;
/** "Once" or "3 o weithiau". */
const times = (n: number) => plural(n, { one: 'unwaith', other: `${n} o weithiau` });

export const sharing = {
	exportView: {
		heading: 'Allforio a rhannu',
		intro:
			'Gwnewch gopi o’ch dyddiadur ar gyfer yr heddlu, llys neu eich eiriolwr stelcio. Nid oes dim yn gadael y ffôn hwn nes i chi ddewis ble i anfon y ffeil.',
		options: 'Beth i’w gynnwys',
		dates: 'Dyddiadau',
		from: 'O',
		to: 'I',
		datesHint: 'Gadewch y ddau’n wag i gynnwys popeth.',
		behaviours: 'Ymddygiadau',
		behavioursHint: 'Peidiwch â dewis dim i gynnwys pob ymddygiad.',
		disclosureSafe: 'Copi diogel i’w ddatgelu',
		disclosureSafeHint:
			'Yn gadael manylion cyswllt tystion a’ch nodiadau preifat allan. Defnyddiwch hwn ar gyfer unrhyw beth a allai gael ei ddangos i’r ochr arall.',
		includePrivateNotes: 'Cynnwys fy nodiadau preifat',
		includePrivateNotesHint:
			'I ffwrdd oni bai eich bod yn ei ddewis. Nid yw’n bosibl mewn copi diogel i’w ddatgelu.',
		cover: 'Ar gyfer y dudalen flaen (dewisol)',
		coverHint:
			'Dim ond os ydych am iddynt gael eu hargraffu. Maen nhw’n cael eu cadw, wedi’u cloi, yn y dyddiadur hwn ar gyfer y tro nesaf.',
		name: 'Eich enw',
		policeReference: 'Cyfeirnod yr heddlu',
		make: 'Gwneud ffeil',
		pdf: 'PDF o’r llinell amser',
		pdfHint: 'I’w ddarllen a’i argraffu. Colofnau arferol dyddiadur stelcio, gyda chlawr a phatrymau.',
		papers: {
			heading: 'Papurau ar gyfer yr heddlu a’r llysoedd',
			hint: 'PDF yw pob un, wedi’i wneud o’r un cofnodion, gyda’r un cod derbynneb a’r un ffordd o’i wirio. Nid yw’r un ohonynt yn gyngor cyfreithiol, ac ni all neb addo y bydd llys yn eu derbyn. Mae marciau’r arddangosion yn defnyddio blaenlythrennau’r enw uchod.',
			police: {
				label: 'Cronoleg ar gyfer datganiad i’r heddlu',
				hint: 'Cofnodion wedi’u rhifo gyda marciau arddangosion fel JS/1, i fynd gyda’r datganiad y mae swyddog yn ei gymryd gennych. Nid datganiad wedi’i lofnodi ydyw.'
			},
			spo: {
				label: 'Taflen ffeithiau ar gyfer Stalking Protection Order (Gorchymyn Diogelu rhag Stelcio)',
				hint: 'Beth ddigwyddodd, wedi’i grwpio yn ôl y math o ymddygiad, yna’r ffeithiau am risg, yna sut mae wedi effeithio arnoch, yn eich geiriau eich hun.'
			},
			kit: {
				label: 'Pecyn uwchlwytho ar gyfer porth tystiolaeth yr heddlu (zip)',
				hint: 'Ar gyfer pyrth sy’n derbyn ffeiliau un ar y tro: mynegai, yna pob llun, sgrinlun neu recordiad wedi’i enwi yn ôl ei farc (JS-1 ac ati), fel bod modd gwirio pob ffeil yn erbyn y mynegai.'
			},
			family: {
				label: 'Cronoleg ar gyfer y llys teulu',
				hint: 'Dyddiad, digwyddiad ac arddangosyn yn y colofnau arferol, gyda chrynodeb o’r patrwm dros amser.'
			}
		},
		csv: 'Taenlen (CSV)',
		json: 'Ffeil ddata (JSON)',
		pack: 'Pecyn tystiolaeth (zip)',
		packHint:
			'Y PDF, y daenlen, y ffeil ddata a phob arddangosyn, gydag olion bysedd fel y gall unrhyw un wirio nad oes dim wedi’i newid.',
		unlockedWarning:
			'Nid yw’r ffeiliau hyn wedi’u cloi. Gallai unrhyw un sy’n defnyddio’r ffôn neu’r cyfrifiadur hwn eu hagor ar ôl iddynt gael eu cadw. Mae’r ffeil wedi’i hamgryptio isod wedi’i chloi â’i chyfrinymadrodd ei hun.',
		encrypted: 'Ffeil wedi’i hamgryptio i’ch gweithiwr achos neu gopi wrth gefn',
		encryptedHint:
			'Y pecyn tystiolaeth, wedi’i gloi â chyfrinymadrodd ar wahân. Rhowch y cyfrinymadrodd i’ch gweithiwr achos mewn ffordd wahanol, er enghraifft dros y ffôn, byth yn yr un neges â’r ffeil.',
		purpose: 'I bwy mae’r ffeil?',
		purposeShare: 'Fy ngweithiwr achos neu’r heddlu (yn defnyddio’r dewisiadau uchod)',
		includeSafetyPlan: 'Cynnwys fy nghynllun diogelwch',
		includeSafetyPlanHint:
			'I ffwrdd oni bai eich bod yn ei ddewis. Ticiwch hwn dim ond os ydych am i bwy bynnag sy’n cael y ffeil, fel eich gweithiwr achos, weld eich cynllun. Mae copi wrth gefn bob amser yn ei gynnwys.',
		purposeBackup: 'Copi wrth gefn i mi (popeth, gan gynnwys nodiadau preifat)',
		sharePassphrase: 'Cyfrinymadrodd ar gyfer y ffeil hon',
		sharePassphraseHint:
			'Nid cyfrinymadrodd eich dyddiadur. Dewiswch rywbeth hir, fel chwe gair nad ydynt yn perthyn i’w gilydd, neu defnyddiwch yr un a awgrymir. Dywedwch ef wrth y sawl a fydd yn agor y ffeil wyneb yn wyneb neu dros y ffôn, byth yn yr un neges â’r ffeil.',
		confirmSharePassphrase: 'Teipiwch gyfrinymadrodd y ffeil eto',
		makeEncrypted: 'Gwneud y ffeil wedi’i hamgryptio',
		making: (what: string) => `Wrthi’n gwneud: ${what}…`,
		progress: 'Cynnydd',
		percent: (n: number) => `${n}%`,
		ready: 'Mae eich ffeil yn barod.',
		sendOrSave: 'Anfon neu gadw’r ffeil',
		shared: 'Cafodd y ffeil ei rhoi i’r ap a ddewisoch.',
		downloaded: 'Cafodd y ffeil ei chadw yn ffolder lawrlwythiadau’r ddyfais hon.',
		checkpoint:
			'Cafodd cyflwr presennol eich dyddiadur ei nodi, fel bod modd gwirio copi diweddarach yn erbyn yr un hwn.',
		receipt: 'Cod derbynneb ar gyfer y ffeil hon',
		receiptHint:
			'Gall eich gweithiwr achos neu’r heddlu ysgrifennu’r cod hwn yn eu nodiadau eu hunain. Mae’n gadael iddynt wirio yn nes ymlaen fod copi o’ch dyddiadur yn dal i gynnwys popeth a oedd yn y ffeil hon. Yr unig bethau yn y cod yw sawl gwaith y mae eich dyddiadur wedi’i gadw ac ôl bys ohono. Nid oes dim o’ch geiriau ynddo.',
		receiptsHeading: 'Derbynebau rydych wedi’u rhoi',
		receiptsIntro:
			'Mae cod derbynneb yn cael ei gadw ar gyfer pob ffeil rydych wedi’i gwneud, fel y gallwch ddarllen un eto os gofynnir i chi.',
		receiptsNone: 'Nid oes ffeiliau wedi’u gwneud eto.',
		receiptKinds: { share: 'Ffeil i’w rhannu', backup: 'Copi wrth gefn', export: 'Allforiad' },
		receiptItem: (kind: string, when: string) => `${kind}, ${when}`,
		lastBackup: (when: string) => `Copi wrth gefn diwethaf: ${when}.`,
		noBackup: 'Nid oes copi wrth gefn wedi’i wneud eto.',
		nothingToExport: 'Nid oes dim yn y dyddiadur i’w allforio eto.',
		datesInvalid: 'Mae’r dyddiad ‘O’ ar ôl y dyddiad ‘I’. Gwiriwch y ddau.',
		// What the evidence pack and the encrypted file will hold of the exhibits, said before anything is made.
		previewHeading: 'Lluniau a ffeiliau yn y copi hwn',
		previewWhere:
			'Dyma beth fydd yn y pecyn tystiolaeth ac yn y ffeil wedi’i hamgryptio. Dim ond eu rhestru y mae’r PDF, y daenlen a’r ffeil ddata.',
		previewNone: 'Nid oes lluniau na ffeiliau yn mynd i mewn i’r copi hwn.',
		previewFull: (n: number) =>
			`Bydd ${photos(n)} neu ffeil yn mynd i mewn yn union fel ${plural(n, { one: 'y mae', other: 'y maent' })}. Gall lluniau ddangos ble a phryd y cawsant eu tynnu, ac ar ba ffôn. Dewiswch gopi diogel i’w ddatgelu i dynnu hynny.`,
		previewCleaned: (n: number) => `Bydd manylion lleoliad a chamera yn cael eu tynnu o ${photos(n)}.`,
		previewConverted: (n: number) =>
			plural(n, {
				one: `Bydd ${photos(n)} HEIC yn cael ei newid i JPEG heb ei fanylion lleoliad a chamera, os gall y ddyfais hon ei agor. Os na all, bydd yn cael ei adael allan.`,
				other: `Bydd ${photos(n)} HEIC yn cael eu newid i JPEG heb eu manylion lleoliad a chamera, os gall y ddyfais hon eu hagor. Os na all, byddant yn cael eu gadael allan.`
			}),
		previewVideos: (n: number) =>
			`Bydd ${n} ${plural(n, { one: 'fideo yn cael ei adael', other: 'fideo yn cael eu gadael' })} allan o’r copi hwn.`,
		previewRecordings: (n: number) =>
			`Bydd ${n} ${plural(n, { one: 'recordiad yn cael ei adael', other: 'recordiad yn cael eu gadael' })} allan o’r copi hwn.`,
		previewOthers: (n: number) =>
			plural(n, {
				one: `Bydd ${n} ffeil arall (fel dogfen) yn cael ei gadael allan o’r copi hwn.`,
				other: `Bydd ${n} ffeil arall (fel dogfennau) yn cael eu gadael allan o’r copi hwn.`
			}),
		previewLeftOut:
			'Mae unrhyw beth sy’n cael ei adael allan yn aros yn ddiogel yn eich dyddiadur, ac yn dal i gael ei restru gyda’i ôl bys. Mae’r copi llawn yn ei gynnwys.',
		fontMissing:
			'Nid oedd modd gwneud y PDF oherwydd bod rhan o’r ap ar goll ar y ddyfais hon. Dylai ail-lwytho’r ap tra byddwch ar-lein ddatrys hyn.',
		fontNotAvailable:
			'Mae angen ffurfiau llythrennau ar rywfaint o’r ysgrifen yn eich dyddiadur nad yw’r ddyfais hon wedi’u cadw eto, felly nid oedd modd gwneud y PDF. Rhowch gynnig arall arni pan fyddwch ar-lein. Nid oes dim yn eich dyddiadur wedi newid, ac mae modd gwneud y ffeiliau CSV a JSON nawr.'
	},
	openShared: {
		open: 'Agor ffeil a rannwyd',
		openHint:
			'Ar gyfer gweithwyr achos: darllen ffeil y mae rhywun wedi’i rhannu â chi. Nid oes dim yn cael ei gadw ar y ddyfais hon.',
		heading: 'Agor ffeil a rannwyd',
		intro:
			'Yn agor ffeil wedi’i hamgryptio a wnaed gyda’r ap hwn, neu becyn tystiolaeth (.zip) a wnaed gydag ef, i’w darllen a’i gwirio. Nid oes dim o’r ffeil yn cael ei gadw ar y ddyfais hon, ac nid yw’n cael ei hychwanegu at unrhyw ddyddiadur. Caiff ei hanghofio pan fyddwch yn ei chau, yn cloi neu’n gadael.',
		file: 'Ffeil i’w hagor',
		passphrase: 'Cyfrinymadrodd y ffeil',
		passphrasePlainPack: 'Nid oes angen cyfrinymadrodd ar becyn tystiolaeth (.zip).',
		submit: 'Agor y ffeil',
		opening: 'Wrthi’n agor ac yn gwirio’r ffeil. Gall hyn gymryd ychydig eiliadau…',
		noFile: 'Dewiswch y ffeil.',
		noPassphrase: 'Teipiwch gyfrinymadrodd y ffeil.',
		close: 'Cau’r ffeil',
		back: 'Yn ôl'
	},
	viewer: {
		heading: 'Dyddiadur a rannwyd',
		readOnly: 'Darllen yn unig. Nid oes dim o’r ffeil hon yn cael ei gadw ar y ddyfais hon.',
		print: 'Argraffu',
		made: (when: string) => `Gwnaed ar ${when}.`,
		chainHead: 'Pen y gadwyn',
		chainHeadValue: (seq: number, link: string) => `${link} (eitem ${seq} yn y gofrestr newidiadau)`,
		disclosureSafe:
			'Copi diogel i’w ddatgelu yw hwn: mae manylion cyswllt tystion a nodiadau preifat wedi’u gadael allan.',
		privateNotes: 'Mae’r copi hwn yn cynnwys nodiadau preifat.',
		checkHeading: 'Gwiriadau',
		allMatch: (n: number, m: number) =>
			`${n === 1 && m <= 1 ? 'Mae’r' : 'Mae pob un o’r'} ${entries(n)} a’r ${exhibits(m)} yn cyfateb i’w holion bysedd, ac mae’r gofrestr newidiadau yn gyflawn.`,
		allMatchPartial: (n: number, m: number) =>
			`${n === 1 && m <= 1 ? 'Mae’r' : 'Mae pob un o’r'} ${entries(n)} a’r ${exhibits(m)} yn cyfateb i’w holion bysedd, ac mae gan bob fersiwn a gadwyd ei lle yn y gofrestr newidiadau.`,
		partial: (shown: number, total: number) =>
			`Copi o ran o’r dyddiadur yw hwn: mae’n cynnwys ${shown} o’r ${versions(total)} a gadwyd yn ei gofrestr newidiadau. Nid yw’r gweddill yn y ffeil hon, felly dim ond yn erbyn y dyddiadur llawn neu gopi diweddarach y mae modd gwirio pen y gadwyn isod.`,
		withheld: (n: number) =>
			`Mae manylion wedi’u gadael allan o ${versions(n)} a gadwyd yn y copi hwn, felly dim ond yn erbyn y copi llawn y mae modd ${plural(n, { one: 'ei gwirio', other: 'eu gwirio' })}.`,
		problemsIntro: 'Nid yw rhai pethau yn y ffeil hon yn cyfateb i’w holion bysedd:',
		// One a kind of problem the checks report, each given that problem, so the viewer needs no switch of its own.
		problems: {
			revision: ({ entry, version }: { entry: number; version: number }) =>
				`Nid yw cofnod ${entry}, fersiwn ${version}, yn cyfateb i’w ôl bys. Efallai ei fod wedi’i newid ar ôl iddo gael ei gadw.`,
			chain: ({ seq }: { seq: number }) =>
				`Nid yw’r gofrestr newidiadau yn dilyn ymlaen yng ngham ${seq}. Efallai fod rhywbeth wedi’i newid, ei ychwanegu neu ei ddileu.`,
			missing: ({ entry, version }: { entry: number; version: number }) =>
				`Nid yw cofnod ${entry}, fersiwn ${version}, yn y gofrestr newidiadau.`,
			head: 'Nid yw pen y gadwyn yn cyfateb i’r gofrestr newidiadau.',
			exhibit: ({ number }: { number: string }) =>
				`Nid yw arddangosyn ${number} yn cyfateb i’r ôl bys a gadwyd yn ei gofnod.`,
			withheld: ({ entry, version }: { entry: number; version: number }) =>
				`Mae cofnod ${entry}, fersiwn ${version}, yn dweud bod manylion wedi’u gadael allan nad yw’r math hwn o gopi yn eu gadael allan. Efallai fod ei eiriau wedi’u newid.`,
			versions: ({ entry }: { entry: number }) =>
				`Nid yw pob fersiwn a gadwyd o gofnod ${entry} yn y ffeil hon. Efallai fod un wedi’i dileu.`,
			part: 'Mae’r ffeil hon yn dweud ei bod yn gopi o ran o’r dyddiadur, ond ni ddewiswyd unrhyw ran. Efallai fod fersiynau a gadwyd wedi’u tynnu ohoni.'
		},
		clockWentBack: (n: number) =>
			`Aeth cloc y ffôn yn ôl ${times(n)} rhwng un tro cadw a’r nesaf. Nid nam yn y gofrestr yw hyn; mae’n cael ei ddangos fel nad oes dim wedi’i guddio.`,
		plainPack:
			'Pecyn tystiolaeth na chafodd ei gloi â chyfrinymadrodd yw hwn, felly gallai unrhyw un fod wedi’i wneud neu ei newid. Mae ei wiriadau’n dangos a yw’n gyson ag ef ei hun; i wybod mai dyma’r copi a wnaeth y person, cymharwch ei god derbynneb â’r un a roddwyd i chi gan y person.',
		receipt: 'Cod derbynneb y ffeil hon',
		receiptHint:
			'Dangoswyd yr un cod i’r person a wnaeth y ffeil hon. Os bydd y person yn darllen cod i chi, dylai fod yr un hwn. Ysgrifennwch ef yn eich nodiadau eich hun: bydd modd gwirio copi diweddarach o ddyddiadur y person yn ei erbyn.',
		receiptCheckHeading: 'Gwirio cod derbynneb',
		receiptCheckIntro:
			'Os gwnaethoch nodi cod derbynneb o ffeil gynharach, teipiwch ef yma i wirio bod y ffeil hon yn dal i gynnwys popeth a oedd yn honno, heb ei newid.',
		receiptField: 'Cod derbynneb',
		receiptFieldHint:
			'Er enghraifft 214-7KQ2-M9XD-4HF3-R2B8-Q. Nid oes ots am fylchau, cysylltnodau na phriflythrennau.',
		receiptCheck: 'Gwirio’r cod',
		receiptPartial:
			'Copi o ran o’r dyddiadur yw hwn, felly dim ond yr hyn y mae’r ffeil yn ei ddweud yw’r cod hwn: ni all y ffeil ddangos ei fod yn ddilys. Mae modd gwirio copi llawn neu gopi wrth gefn gan yr un person yn ei erbyn.',
		receiptResult: {
			empty: 'Teipiwch y cod derbynneb.',
			shape:
				'Nid yw hynny’n edrych fel cod derbynneb. Rhif ydyw, yna 16 o lythrennau a digidau, yna un nod arall, er enghraifft 214-7KQ2-M9XD-4HF3-R2B8-Q.',
			check:
				'Mae camgymeriad yn y cod hwnnw: efallai fod un nod wedi’i deipio’n anghywir neu fod dau wedi’u cyfnewid. Gwiriwch ef yn erbyn eich nodiadau.',
			confirmed: (seq: number) =>
				plural(seq, {
					one: `Wedi’i gadarnhau. Mae’r ffeil hon yn cynnwys ${versions(seq)} a gadwyd, sef yr un a oedd yn y ffeil gynharach, heb ei newid, ac mae unrhyw beth a gadwyd ers hynny yn dod ar ei hôl.`,
					other: `Wedi’i gadarnhau. Mae’r ffeil hon yn cynnwys ${versions(seq)} a gadwyd, sef y rhai a oedd yn y ffeil gynharach, heb eu newid, ac mae unrhyw beth a gadwyd ers hynny yn dod ar eu hôl.`
				}),
			confirmedWithheld: (seq: number, withheld: number) =>
				`Mae’r gofrestr newidiadau yn y ffeil hon yn cynnwys ${versions(seq)} a gadwyd, sef ${plural(seq, { one: 'yr un', other: 'y rhai' })} a oedd yn y ffeil gynharach. Mae manylion wedi’u gadael allan o ${versions(withheld)} a gadwyd yn y copi hwn, felly dim ond yn erbyn copi llawn neu gopi wrth gefn y mae modd gwirio ${plural(withheld, { one: 'ei geiriau', other: 'eu geiriau' })}.`,
			fewer: (seq: number, held: number) =>
				`Mae’r ffeil hon yn cynnwys ${versions(held)} a gadwyd, llai na’r ${seq} yn y ffeil y gwnaed y cod hwnnw ar ei chyfer. Efallai ei bod yn gopi hŷn, neu fod fersiynau a gadwyd ar goll ohoni.`,
			notHeld: (seq: number) =>
				`Heb ei gadarnhau. Nid yw’r ffeil hon yn cynnwys y gofrestr y gwnaed y cod hwnnw ohoni: o’r ${versions(seq)} gyntaf a gadwyd, mae rhywbeth ar goll neu’n wahanol.`,
			partial:
				'Copi o ran o’r dyddiadur yw hwn, felly ni all gadarnhau cod derbynneb. Gall copi llawn neu gopi wrth gefn wneud hynny.',
			damaged:
				'Nid yw rhai pethau yn y ffeil hon yn cyfateb i’w holion bysedd (gweler ‘Gwiriadau’ uchod), felly ni all gadarnhau cod derbynneb.',
			noEntries: 'Nid oes cofnodion yn y ffeil hon, felly ni all gadarnhau cod derbynneb.'
		},
		chronology: 'Cronoleg, yr hynaf yn gyntaf',
		entry: (n: number) => `Cofnod ${n}`,
		noEntries: 'Nid oes cofnodion yn y ffeil hon.',
		patterns: 'Patrymau',
		byBehaviour: 'Cofnodion yn ôl ymddygiad',
		behaviour: 'Ymddygiad',
		count: 'Cofnodion',
		perWeek: 'Cofnodion bob wythnos',
		weekOf: 'Wythnos yn dechrau',
		exhibits: 'Arddangosion',
		noExhibits: 'Nid oes arddangosion yn y ffeil hon.',
		exhibitDetails: (type: string, size: string, entry: number) => `${type}, ${size}, cofnod ${entry}`,
		fingerprint: 'SHA-256',
		open: (name: string) => `Agor ${name}`,
		close: (name: string) => `Cau ${name}`,
		save: (name: string) => `Cadw copi o ${name}`,
		saveHint:
			'Nid oes modd dangos y math hwn o ffeil yma. Nid yw copi sydd wedi’i gadw wedi’i gloi, a gallai unrhyw un sy’n defnyddio’r ddyfais hon ddod o hyd iddo.'
	},
	restore: {
		open: 'Adfer copi wrth gefn',
		openHint:
			'Yn ychwanegu’r cofnodion, y bobl a’r arddangosion o ffeil copi wrth gefn at y dyddiadur hwn. Byddwch yn gweld beth fydd yn cael ei ychwanegu cyn i ddim gael ei ychwanegu.',
		heading: 'Adfer copi wrth gefn',
		intro:
			'Dewiswch gopi wrth gefn a wnaed gyda ‘Ffeil wedi’i hamgryptio i’ch gweithiwr achos neu gopi wrth gefn’. Mae popeth ynddo’n cael ei wirio yn gyntaf; os nad yw rhywbeth yn cyfateb, nid oes dim yn cael ei ychwanegu.',
		submit: 'Adfer',
		restoring: 'Wrthi’n gwirio ac yn adfer. Gall hyn gymryd ychydig o amser…',
		// A list rather than "a/ac", whose form would depend on how the number is said.
		done: (versionCount: number, peopleCount: number, exhibitCount: number) =>
			`Wedi adfer: ${versions(versionCount)} a gadwyd o gofnodion; ${people(peopleCount)}; ${exhibits(exhibitCount)}.`,
		nothingNew: 'Mae popeth yn y copi wrth gefn hwn eisoes yn eich dyddiadur. Ni chafodd dim ei ychwanegu.',
		nothingNewKept:
			'Nid oes cofnodion newydd yn y ffeil hon. Mae’r cofnodion sydd ynddi eisoes yn eich dyddiadur, a chawsant eu gadael yn union fel y maent. Ni chafodd dim ei ychwanegu.',
		planHeading: 'Cyn i ddim gael ei ychwanegu',
		planNew: (entryCount: number, exhibitCount: number) =>
			`Bydd y ffeil hon yn ychwanegu ${entries(entryCount)}, gyda ${exhibits(exhibitCount)}. Ni fydd yn newid unrhyw gofnod sydd eisoes yn eich dyddiadur.`,
		planKept: (n: number) =>
			plural(n, {
				one: `Mae ${entries(n)} yn y ffeil eisoes yn eich dyddiadur, a bydd yn cael ei adael yn union fel y mae.`,
				other: `Mae ${entries(n)} yn y ffeil eisoes yn eich dyddiadur, a byddant yn cael eu gadael yn union fel y maent.`
			}),
		planOwn: (entryCount: number, updated: number, exhibitCount: number) =>
			`Copi wrth gefn o’r dyddiadur hwn yw hwn. Bydd yn ychwanegu ${entries(entryCount)}, gyda ${exhibits(exhibitCount)}, ac yn diweddaru ${entries(updated)} sydd yma eisoes gyda’r fersiynau a gadwyd ${plural(updated, { one: 'ar ei ôl', other: 'ar eu hôl' })} (golygiadau, tynnu’n ôl a dileu’n barhaol).`,
		planSafetyPlan: 'Bydd hefyd yn dod â’r cynllun diogelwch a gadwyd yn y copi wrth gefn i mewn.',
		donePlan: 'Mae’r cynllun diogelwch o’r copi wrth gefn bellach yn eich dyddiadur.',
		planPeople: (n: number) => `Bydd hefyd yn ychwanegu ${people(n)} at eich rhestr.`,
		confirm: 'Ychwanegu at fy nyddiadur',
		cancel: 'Canslo',
		cancelled: 'Ni chafodd dim ei ychwanegu.',
		planOutdated:
			'Newidiodd eich dyddiadur ar ôl i’r ffeil gael ei gwirio, felly ni chafodd dim ei ychwanegu. Agorwch y ffeil eto.',
		exhibitMissing: (name: string) =>
			`Mae cofnod yn y ffeil hon yn cyfeirio at ${name}, ond nid yw’r ffeil yn ei gynnwys, felly ni chafodd dim ei ychwanegu.`,
		exhibitMismatch: (name: string) =>
			`Mae cofnod yn y ffeil hon yn cyfeirio at ${name}, ond mae gan y ffeil neu eich dyddiadur ffeil wahanol o dan yr enw hwnnw, felly ni chafodd dim ei ychwanegu.`,
		notABackup:
			'Copi a wnaed i’w rannu yw’r ffeil hon, gyda rhai manylion wedi’u gadael allan, felly nid oes modd ei hadfer fel copi wrth gefn. Ni chafodd dim ei ychwanegu.',
		checkFailed:
			'Nid yw rhai pethau yn y ffeil hon yn cyfateb i’w holion bysedd, felly ni chafodd dim ei ychwanegu. Agorwch hi gydag ‘Agor ffeil a rannwyd’ i weld beth.',
		exhibitChanged: (name: string) =>
			`Ni ddaeth ${name} allan o’r copi wrth gefn fel yr aeth i mewn, felly ni chafodd dim mwy ei ychwanegu. Rhowch gynnig arall arni.`
	}
} satisfies Translation<typeof en.sharing>;
