// Text in Welsh for first run, the calculator code, practising the exit, settings and auto-lock.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import { SETUP_CODE } from '$lib/safety/unlock-code';
import type * as en from '../en/safety';
import { spellDigits } from '../names';
import type { Translation } from '../translation';

export const safety = {
	welcome: {
		steps: [
			{
				heading: 'Dyddiadur preifat sy’n edrych fel cyfrifiannell',
				body: [
					'Mae’r ap hwn yn cadw hanes o’r hyn y mae rhywun yn ei wneud i chi, fel y gallwch ei ddangos i’r heddlu, i lys neu i’ch eiriolwr stelcio.',
					'Ar eich sgrin gartref a phan fydd yn agor, mae’n edrych ac yn gweithio fel cyfrifiannell gyffredin. I agor eich dyddiadur, rydych yn teipio cod o’ch dewis ac yna’n pwyso =.',
					`Daethoch yma drwy deipio ${spellDigits(SETUP_CODE)} ac = ar y gyfrifiannell. Unwaith y bydd eich dyddiadur wedi’i sefydlu, ni fydd hynny’n gwneud dim ar y ffôn hwn: dim ond eich cod eich hun fydd yn ei agor.`
				]
			},
			{
				heading: 'Mae eich cyfrinymadrodd yn ei gadw ar glo',
				body: [
					'Mae popeth rydych yn ei gofnodi wedi’i gloi â chyfrinymadrodd ac yn aros ar y ffôn hwn. Nid oes dim yn cael ei anfon i unman oni bai eich bod yn dewis ei rannu.',
					'Ni all neb adfer y cyfrinymadrodd os caiff ei anghofio, nid hyd yn oed ni. Dewiswch un y byddwch yn ei gofio, a chadwch gopi wrth gefn unwaith y bydd gennych gofnodion.'
				]
			},
			{
				heading: 'Gadael yn gyflym',
				body: [
					'Mae botwm ‘Gadael yn gyflym’ ar bob sgrin. Mae ei bwyso, neu bwyso Shift dair gwaith ar fysellfwrdd, yn cuddio’r dyddiadur ar unwaith, yn ei gloi ac yn agor tudalen tywydd yn ei le. Mae pwyso’r botwm Yn ôl (Back) yn dangos y gyfrifiannell, wedi’i chloi.',
					'Nid yw’n gallu tynnu gwefannau eraill o hanes y porwr, ac nid yw’n gallu eich diogelu rhag meddalwedd ysbïo sydd eisoes ar y ffôn, nac os bydd rhywun yn eich gorfodi i’w ddatgloi.'
				]
			}
		],
		stepOf: (n: number, total: number) => `Cam ${n} o ${total}`,
		next: 'Nesaf',
		start: 'Sefydlu fy nyddiadur',
		help: 'Help a chymorth'
	},
	code: {
		label: 'Cod y gyfrifiannell',
		hint: 'Rhwng 4 a 12 digid. Yn y gyfrifiannell, teipiwch y digidau hyn ac yna = i agor eich dyddiadur. Nid eich cyfrinymadrodd yw hwn. Peidiwch â defnyddio PIN eich cerdyn banc na PIN eich ffôn: gallai rhywun sydd â chopi o storfa’r ffôn hwn ddarganfod cod byr, ac yna byddent yn gwybod y PIN hwnnw hefyd.',
		problems: {
			'too-short': 'Defnyddiwch o leiaf 4 digid.',
			'too-long': 'Defnyddiwch ddim mwy na 12 digid.',
			'not-digits': 'Defnyddiwch y digidau 0 i 9 yn unig.',
			'setup-code': `Dewiswch ddigidau eraill. ${spellDigits(SETUP_CODE)} yw’r cod sefydlu y mae pawb yn ei gael, felly ni fyddai’n cadw eich dyddiadur yn gudd.`
		},
		disguise: 'Agor fel cyfrifiannell',
		disguiseHint: 'Argymhellir. Diffoddwch hyn dim ond os na fydd neb arall yn edrych ar y ffôn hwn.'
	},
	practice: {
		heading: 'Ymarfer gadael yn gyflym',
		body: 'Rhowch gynnig arni unwaith nawr, fel eich bod yn gwybod beth sy’n digwydd. Pwyswch ‘Gadael yn gyflym’, neu pwyswch Shift dair gwaith. Wrth ymarfer, ni fydd yn gadael yr ap.',
		covered:
			'Dyna beth sy’n digwydd: mae’r sgrin yn cael ei chuddio ar unwaith, mae’r dyddiadur yn cloi ac mae tudalen tywydd yn agor. Pan fyddwch yn dod yn ôl, mae’r gyfrifiannell i’w gweld. Teipiwch eich cod ac = i agor eich dyddiadur eto.',
		done: 'Mynd i’m dyddiadur',
		skip: 'Hepgor am nawr'
	},
	settings: {
		heading: 'Gosodiadau',
		disguise: 'Agor fel cyfrifiannell',
		code: 'Cod newydd i’r gyfrifiannell',
		codeSaved: 'Mae’r cod newydd wedi’i gadw.',
		saveCode: 'Cadw’r cod',
		exitUrl: 'Mae ‘Gadael yn gyflym’ yn mynd i',
		exitUrlHint: 'Cyfeiriad gwe sy’n dechrau â https://. Y rhagosodiad yw tudalen tywydd.',
		exitUrlInvalid: 'Rhowch gyfeiriad gwe sy’n dechrau â https://',
		autoLockMinutes: 'Cloi ar ôl y nifer hwn o funudau heb ddefnydd',
		hiddenLockSeconds: 'Cloi y nifer hwn o eiliadau ar ôl i’r ap gael ei roi o’r neilltu',
		save: 'Cadw’r gosodiadau',
		saved: 'Wedi cadw’r gosodiadau.',
		passphraseHeading: 'Newid y cyfrinymadrodd',
		currentPassphrase: 'Cyfrinymadrodd presennol',
		newPassphrase: 'Cyfrinymadrodd newydd',
		confirmPassphrase: 'Teipiwch y cyfrinymadrodd newydd eto',
		changePassphrase: 'Newid y cyfrinymadrodd',
		passphraseChanged: 'Mae eich cyfrinymadrodd wedi’i newid.',
		numberInvalid: 'Rhowch rif cyfan, 1 neu fwy.',
		secondsInvalid: 'Rhowch rif cyfan, 0 neu fwy.'
	}
} satisfies Translation<typeof en.safety>;
