// The safety plan form's words in Welsh (screens/diary/SafetyPlan.svelte), loaded only with that screen.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/plan';
import type { Translation } from '../translation';

export const planMessages = {
	heading: 'Eich cynllun diogelwch',
	intro:
		'Cynllun ar gyfer cadw’n ddiogel, yn eich geiriau eich hun. Mae wedi’i gloi yn y dyddiadur hwn fel eich cofnodion. Llenwch gymaint neu gyn lleied ag sy’n help, a newidiwch ef pryd bynnag y dymunwch. Gall eiriolwr stelcio fynd drwyddo gyda chi.',
	hints: {
		people:
			'Pobl rydych yn ymddiried ynddynt i’w ffonio am help, a’u rhifau: ffrind, cymydog, aelod o’r teulu, eich gweithiwr achos.',
		codeWord:
			'Gair neu ymadrodd wedi’i gytuno â’r bobl rydych yn ymddiried ynddynt sy’n golygu ‘Mae angen help arnaf, ffoniwch yr heddlu’.',
		safePlaces:
			'Lleoedd lle mae pobl o gwmpas y gallech fynd iddynt os oes rhywun yn eich dilyn: siop, gorsaf heddlu, cartref ffrind.',
		routes:
			'Teithiau rydych yn eu gwneud yn aml, er enghraifft i’r gwaith, i’r ysgol neu i’r siopau, a ffyrdd ac amseroedd eraill y gallech eu defnyddio.',
		emergency:
			'Er enghraifft, pwy y byddech yn ei ffonio, ble y byddech yn mynd a sut y byddech yn mynd allan.',
		keepReady:
			'Pethau y gallai fod eu hangen arnoch ar frys, wedi’u cadw gyda’i gilydd mewn lle diogel: pasbort neu ddogfen adnabod, cardiau banc, meddyginiaethau, allweddi, gwefrydd ffôn, rhywfaint o arian, copïau o bapurau llys.',
		device:
			'Camau fel gwirio rhannu lleoliad, newid cyfrineiriau, troi mewngofnodi dau gam ymlaen a gwirio pa ddyfeisiau sydd wedi mewngofnodi i’ch cyfrifon.'
	},
	emergencyHeading: 'Mewn argyfwng',
	emergencyGuide: [
		'Os ydych mewn perygl nawr, ffoniwch 999.',
		'Os byddwch yn ffonio 999 o ffôn symudol ac yn methu siarad, gwrandewch ar y cwestiynau, yna pwyswch 55 pan ofynnir i chi. Mae hyn yn dweud wrth y gweithredwr ei fod yn argyfwng go iawn, a byddwch yn cael eich trosglwyddo i’r heddlu.',
		'O linell dir, arhoswch ar y lein os na allwch siarad. Os mai dim ond sŵn cefndir y gall y gweithredwr ei glywed, bydd yn eich trosglwyddo i’r heddlu.'
	],
	save: 'Cadw’r cynllun',
	saved: 'Mae eich cynllun diogelwch wedi’i gadw.',
	lastSaved: (when: string) => `Cadwyd ddiwethaf: ${when}.`,
	sharing:
		'Dim ond os byddwch yn ticio ‘Cynnwys fy nghynllun diogelwch’ ar y sgrin ‘Allforio a rhannu’ y bydd eich cynllun yn mynd i mewn i ffeil i’w rhannu. Mae copi wrth gefn bob amser yn ei gynnwys, fel bod modd ei adfer.'
} satisfies Translation<typeof en.planMessages>;
