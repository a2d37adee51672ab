// The support pages in Welsh: what stalking is, keeping evidence, phone safety and who can help. Works offline.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import { SETUP_CODE } from '$lib/safety/unlock-code';
import type { SupportContact, SupportMessages } from '../support-types';
import { spellDigits } from '../names';

/** The setup code as a caseworker says it and a person types it. */
const setupCode = spellDigits(SETUP_CODE);

const emergency: SupportContact = {
	label: 'Argyfwng',
	display: '999',
	tel: '999',
	callLabel: 'Ffonio 999 mewn argyfwng',
	details: [
		'Ffoniwch 999 os ydych mewn perygl nawr, neu os yw’r person yn agos atoch neu’n ceisio dod atoch.',
		'Os na allwch siarad ar ffôn symudol: deialwch 999 a gwrandewch. Yna pwyswch 55 pan ofynnir i chi. Silent Solution (yr ‘ateb tawel’) yw’r enw ar hyn. Mae’n dweud wrth y sawl sy’n ateb yr alwad fod angen yr heddlu arnoch.',
		'Nid yw pwyso 55 yn dweud wrth yr heddlu ble rydych chi. Os gallwch, pesychwch, tapiwch y ffôn neu sibrydwch i ateb eu cwestiynau.'
	]
};

const contacts: readonly SupportContact[] = [
	emergency,
	{
		label: 'Yr heddlu, pan nad yw’n argyfwng',
		display: '101',
		tel: '101',
		callLabel: 'Ffonio’r heddlu ar 101 pan nad yw’n argyfwng',
		details: [
			'Ffoniwch 101 i roi gwybod am rywbeth sydd eisoes wedi digwydd, neu i roi rhagor o wybodaeth i’r heddlu am adroddiad.'
		]
	},
	{
		label: 'National Stalking Helpline (llinell gymorth genedlaethol ar stelcio)',
		display: '0808 802 0300',
		tel: '08088020300',
		callLabel: 'Ffonio’r National Stalking Helpline ar 0808 802 0300',
		details: [
			'Cyngor a chymorth i unrhyw un sy’n cael ei stelcio, ac i bobl sy’n poeni am rywun arall. Mae galwadau am ddim.'
		]
	},
	{
		label:
			'Paladin National Stalking Advocacy Service (gwasanaeth cenedlaethol eirioli ar ran pobl sy’n cael eu stelcio)',
		display: '020 3866 4107',
		tel: '02038664107',
		callLabel: 'Ffonio Paladin ar 020 3866 4107',
		details: [
			'Eiriolwyr stelcio sy’n gallu eich cefnogi, eich helpu i gadw’n ddiogel a’ch helpu drwy’r heddlu a’r llysoedd.'
		]
	},
	{
		label: 'Gwasanaeth ISAC Hertfordshire (Safer Places)',
		display: '03301 025811',
		tel: '03301025811',
		callLabel: 'Ffonio gwasanaeth ISAC Hertfordshire ar 03301 025811',
		details: [
			'Gweithwyr achos eiriolaeth stelcio annibynnol (ISAC, Independent Stalking Advocacy Caseworker) i bobl yn Hertfordshire, sir yn Lloegr, gan gynnwys pobl sy’n cael eu stelcio gan bartner neu gyn-bartner. Ar agor 24 awr y dydd, bob dydd.',
			'Gallwch eich cyfeirio eich hun. Gall gweithiwr proffesiynol, fel swyddog heddlu, meddyg neu weithiwr cymorth, eich cyfeirio hefyd.',
			'Maen nhw’n cynnig cymorth a chyngor, cynllunio diogelwch, help gyda’r heddlu a’r llys, a chwnsela.'
		]
	}
];

export const supportMessages: SupportMessages = {
	heading: 'Help a chymorth',
	intro:
		'Gwybodaeth i’ch helpu i ddeall beth sy’n digwydd, i gadw hanes ohono ac i gadw’n ddiogel. Mae’r tudalennau hyn yn gweithio heb y rhyngrwyd.',
	backToTopics: 'Yn ôl i’r pynciau help',
	emergency: { text: 'Os ydych mewn perygl nawr, ffoniwch 999.', contact: emergency },
	pages: [
		{
			id: 'stalking',
			title: 'Beth sy’n cyfrif fel stelcio',
			summary: 'Yr arwyddion, a’r hyn y mae’r gyfraith yn ei ddweud.',
			intro: [
				'Stelcio yw pan fydd rhywun yn dal i roi sylw i chi nad ydych ei eisiau, ac mae’n gwneud i chi deimlo’n ofnus, yn ofidus neu’n anniogel.',
				'Mae stelcio yn drosedd. Nid eich bai chi yw hyn, ac rydych yn haeddu bod yn ddiogel.'
			],
			contacts: [],
			sections: [
				{
					heading: 'Ffordd o’i adnabod: FOUR',
					body: [
						'Mae’r heddlu a gwasanaethau cymorth yn defnyddio’r gair Saesneg FOUR, o lythrennau cyntaf pedwar gair. Mae stelcio yn ymddygiad sydd yn:',
						{
							list: [
								'Fixated (wedi’i hoelio arnoch): mae’n ymddangos na allan nhw ollwng gafael arnoch.',
								'Obsessive (obsesiynol): maen nhw’n dal ati, beth bynnag rydych yn ei ddweud neu’n ei wneud.',
								'Unwanted (digroeso): ni wnaethoch ofyn amdano, ac nid ydych ei eisiau.',
								'Repeated (dro ar ôl tro): mae’n digwydd eto ac eto.'
							]
						}
					]
				},
				{
					heading: 'Beth mae’r gyfraith yn ei ddweud',
					body: [
						'Yng Nghymru a Lloegr, mae’r Protection from Harassment Act 1997 (Deddf Diogelu rhag Aflonyddu 1997) yn rhoi enghreifftiau o’r hyn y gallai stelciwr ei wneud. Maen nhw’n cynnwys:',
						{
							lettered: [
								{ letter: 'a', text: 'Eich dilyn.' },
								{
									letter: 'b',
									text: 'Cysylltu â chi, neu geisio gwneud hynny, mewn unrhyw ffordd. Er enghraifft galwadau, negeseuon testun, negeseuon eraill, llythyrau, anrhegion, neu drwy bobl eraill.'
								},
								{
									letter: 'c',
									text: 'Postio neu rannu pethau amdanoch, neu esgus bod yn chi.'
								},
								{
									letter: 'd',
									text: 'Gwylio’r hyn rydych yn ei wneud ar y rhyngrwyd, mewn e-bost neu mewn negeseuon eraill.'
								},
								{
									letter: 'e',
									text: 'Sefyllian o gwmpas lle rydych chi, neu lle gallech fod. Gall hwn fod yn lle cyhoeddus neu’n lle preifat.'
								},
								{
									letter: 'f',
									text: 'Ymyrryd â’ch pethau, fel eich car, eich post neu eich cartref.'
								},
								{ letter: 'g', text: 'Eich gwylio neu ysbïo arnoch.' }
							]
						},
						'Enghreifftiau yn unig yw’r rhain. Gall ymddygiad arall gyfrif fel stelcio hefyd.'
					]
				},
				{
					heading: 'Sawl gwaith y mae’n rhaid iddo ddigwydd?',
					body: [
						'Mae’r gyfraith yn sôn am ‘gwrs ymddygiad’ (‘course of conduct’). Gall hyn fod cyn lleied â dau ddigwyddiad.',
						'Gall un digwyddiad ar ei ben ei hun ymddangos yn fach. O’u hysgrifennu gyda’i gilydd, gallant ddangos patrwm. Dyna pam mae dyddiadur yn helpu.'
					]
				},
				{
					heading: 'Nid eich bai chi yw hyn',
					body: [
						'Nid oes dim a wnaethoch chi wedi achosi hyn, pwy bynnag yw’r person a beth bynnag a ddigwyddodd rhyngoch.',
						'Nid oes rhaid i chi aros iddo waethygu cyn gofyn am help. Os ydych yn teimlo’n ofnus, ymddiriedwch yn y teimlad hwnnw.',
						'Rydych yn haeddu bod yn ddiogel.'
					]
				}
			]
		},
		{
			id: 'evidence',
			title: 'Cadw tystiolaeth',
			summary: 'Beth i’w ysgrifennu a beth i’w gadw.',
			intro: [
				'Mae cadw hanes clir yn helpu’r heddlu a gwasanaethau cymorth i ddeall beth sy’n digwydd. Nid oes rhaid iddo fod yn berffaith.'
			],
			contacts: [],
			sections: [
				{
					heading: 'Beth i’w ysgrifennu',
					body: [
						'Bob tro y bydd rhywbeth yn digwydd, ysgrifennwch:',
						{
							list: [
								'Y dyddiad a’r amser. Os nad ydych yn siŵr, dywedwch hynny.',
								'Ble y digwyddodd.',
								'Beth ddigwyddodd, a’r union eiriau a ddefnyddiwyd, os gallwch eu cofio.',
								'Pwy a’i gwnaeth, neu sut olwg oedd arnynt. Ychwanegwch unrhyw gar a’i rif cofrestru.',
								'Unrhyw un a welodd neu a glywodd y peth, a sut i gysylltu â nhw.',
								'Sut y gwnaeth i chi deimlo.',
								'Unrhyw beth a newidioch o’i herwydd, fel eich llwybr, eich trefn ddyddiol neu eich rhif ffôn.'
							]
						},
						'Ysgrifennwch ef cyn gynted ag y gallwch, tra bydd yn ffres yn eich cof. Mae ychydig eiriau nawr yn iawn. Gallwch ychwanegu rhagor yn nes ymlaen.'
					]
				},
				{
					heading: 'Sgrinluniau, negeseuon a negeseuon llais',
					body: [
						{
							list: [
								'Tynnwch sgrinluniau sy’n dangos y dyddiad, yr amser ac enw neu rif yr anfonwr.',
								'Cadwch y negeseuon, yr e-byst a’r negeseuon llais gwreiddiol hefyd. Ceisiwch beidio â’u dileu.',
								'Os yw neges wedi’i gosod i ddiflannu, tynnwch sgrinlun cyn gynted ag y gallwch.',
								'Ar gyfer cyfryngau cymdeithasol, nodwch enw’r cyfrif yn ogystal â’r hyn a bostiwyd.'
							]
						}
					]
				},
				{
					heading: 'Llythyrau, anrhegion a phethau eraill',
					body: [
						{
							list: [
								'Cadwch nhw. Peidiwch â’u taflu, hyd yn oed os nad ydych eu heisiau.',
								'Cyffyrddwch â nhw cyn lleied ag y gallwch, a rhowch nhw mewn bag glân.',
								'Ysgrifennwch ar y bag pryd a ble y daethoch o hyd iddo.',
								'Os yw rhywbeth yn edrych yn beryglus, peidiwch â chyffwrdd ag ef. Ffoniwch 999.'
							]
						}
					]
				},
				{
					heading: 'Ceisiwch beidio ag ateb',
					body: [
						'Ceisiwch beidio ag ateb y person na chysylltu â nhw, hyd yn oed i ofyn iddynt stopio. Gall ateb eu hannog i ddal ati.',
						'Os ydych wedi ateb o’r blaen, mae hynny’n iawn. Nid yw’n golygu nad stelcio yw hyn.',
						'Eich diogelwch chi sy’n dod gyntaf. Os yw eu rhwystro yn eich helpu i deimlo’n fwy diogel, gwnewch hynny. Tynnwch sgrinluniau yn gyntaf os gallwch.'
					]
				},
				{
					heading: 'Rhoi gwybod i’r heddlu',
					body: [
						'Gallwch roi gwybod am stelcio drwy ffonio 101, neu 999 os ydych mewn perygl. Gallwch roi gwybod hyd yn oed os nad ydych yn siŵr ei fod yn cyfrif.',
						'Bob tro y byddwch yn rhoi gwybod, gofynnwch am y cyfeirnod trosedd. Ysgrifennwch ef yn eich dyddiadur, gydag enw’r swyddog a siaradodd â chi.'
					]
				}
			]
		},
		{
			id: 'phone',
			title: 'Cadw eich ffôn yn ddiogel',
			summary: 'Gwiriadau ar gyfer eich ffôn, a’r hyn y mae ‘Gadael yn gyflym’ yn ei wneud.',
			intro: [
				'Gall rhywun sydd eisiau gwybod beth rydych yn ei wneud geisio defnyddio eich ffôn neu eich cyfrifon. Gall y gwiriadau hyn helpu.',
				'Gwnewch newidiadau sy’n teimlo’n ddiogel yn unig. Os bydd y person yn sylwi, gallai wneud pethau’n waeth. Gall llinell gymorth eich helpu i gynllunio beth i’w wneud.'
			],
			contacts: [],
			sections: [
				{
					heading: 'Cyfrifon a rennir a chynlluniau teulu',
					body: [
						'Os ydych yn rhannu cyfrif, contract ffôn neu gynllun teulu â’r person, efallai y gallan nhw weld eich lleoliad, eich lluniau, eich negeseuon neu eich calendr.',
						'Gwiriwch pwy sydd mewn unrhyw grŵp teulu ar eich ffôn, a beth rydych yn ei rannu â nhw.'
					]
				},
				{
					heading: 'Rhannu lleoliad',
					body: [
						'Gall eich lleoliad gael ei rannu heb i chi sylwi. Edrychwch ar y gosodiadau yn:',
						{
							list: ['apiau mapiau', 'apiau dod o hyd i’ch ffôn', 'apiau cyfryngau cymdeithasol a negeseua']
						},
						'Diffoddwch rannu gydag unrhyw un nad ydych am iddynt wybod ble rydych chi, os yw’n ddiogel gwneud hynny.'
					]
				},
				{
					heading: 'Dyfeisiau sydd wedi mewngofnodi i’ch cyfrifon',
					body: [
						'Gall eich cyfrifon e-bost, cwmwl a chyfryngau cymdeithasol ddangos rhestr o’r dyfeisiau sydd wedi mewngofnodi. Chwiliwch am unrhyw rai nad ydych yn eu hadnabod, a’u hallgofnodi os yw’n ddiogel gwneud hynny.',
						'Gwiriwch hefyd y cyfeiriad e-bost a’r rhif ffôn adfer ar bob cyfrif. Dylen nhw fod yn eiddo i chi.'
					]
				},
				{
					heading: 'Newid cyfrineiriau',
					body: [
						'Newidiwch eich cyfrineiriau o ddyfais nad yw’r person erioed wedi cael mynediad ati. Er enghraifft, ffôn newydd, neu ffôn ffrind rydych yn ymddiried ynddo.',
						'Defnyddiwch gyfrinair newydd ar gyfer pob cyfrif, a throwch wiriadau dau gam ymlaen (cod sy’n cael ei anfon i’ch ffôn) os gallwch.'
					]
				},
				{
					heading: 'Meddalwedd ysbïo',
					body: [
						'Ap cudd yw meddalwedd ysbïo, sy’n anfon yr hyn rydych yn ei wneud ar eich ffôn at rywun arall. Gall yr arwyddion gynnwys:',
						{
							list: [
								'mae’r person yn gwybod pethau na allai eu gwybod ond o’ch ffôn',
								'mae’r batri’n rhedeg i lawr yn llawer cyflymach nag o’r blaen',
								'mae’r ffôn yn mynd yn boeth neu’n defnyddio mwy o ddata pan nad ydych yn ei ddefnyddio'
							]
						},
						'Os ydych yn meddwl bod meddalwedd ysbïo ar eich ffôn, efallai y gall weld beth rydych yn ei deipio yma hefyd.',
						'Gallai ei thynnu rybuddio’r person, a gallai fod yn dystiolaeth. Gall arbenigwr helpu. Gall y National Stalking Helpline (llinell gymorth genedlaethol ar stelcio) neu eich gweithiwr achos eich helpu i ddod o hyd i un.'
					]
				},
				{
					heading: 'Tracwyr cudd',
					body: [
						'Gall tagiau tracio bach, fel y rhai y mae pobl yn eu defnyddio i ddod o hyd i’w hallweddi, gael eu cuddio mewn bagiau, cotiau, ceir neu bethau plant.',
						'Efallai y bydd eich ffôn yn eich rhybuddio bod traciwr anhysbys yn symud gyda chi. Os dewch o hyd i un, cadwch ef fel tystiolaeth a dywedwch wrth yr heddlu.'
					]
				},
				{
					heading: 'Cod y gyfrifiannell',
					body: [
						'Dewiswch ddigidau nad ydynt yn golygu dim i unrhyw un arall. Peidiwch â defnyddio PIN eich cerdyn banc, PIN eich ffôn, na dyddiad y gallai rhywun ei ddyfalu, fel pen-blwydd.',
						'Dim ond cuddio’r dyddiadur y mae’r cod: eich cyfrinymadrodd sy’n ei gloi. Ond gallai rhywun sy’n copïo’r hyn sydd wedi’i storio ar y ffôn hwn ddarganfod cod byr drwy roi cynnig ar bob rhif. Pe bai’r cod hefyd yn PIN i chi, bydden nhw’n gwybod hwnnw hefyd.'
					]
				},
				{
					heading: 'Beth mae ‘Gadael yn gyflym’ yn ei wneud',
					body: [
						{
							list: [
								'Mae’n cuddio’r sgrin ar unwaith.',
								'Mae’n cloi eich dyddiadur.',
								'Mae’n agor gwefan wahanol.',
								'Os bydd rhywun yn pwyso Yn ôl (Back), bydd yn gweld y gyfrifiannell.'
							]
						},
						'Ar fysellfwrdd, mae pwyso Shift dair gwaith yn gwneud yr un peth.'
					]
				},
				{
					heading: 'Beth na all ‘Gadael yn gyflym’ ei wneud',
					body: [
						{
							list: [
								'Ni all dynnu gwefannau eraill o hanes eich porwr. Efallai yr hoffech ddileu’r rheini eich hun, os yw’n ddiogel gwneud hynny.',
								'Ni all eich diogelu rhag meddalwedd ysbïo sydd eisoes ar y ffôn.',
								'Ni all helpu os bydd rhywun yn eich gorfodi i ddatgloi eich ffôn neu eich dyddiadur. Os bydd hynny’n digwydd, eich diogelwch chi sy’n dod gyntaf.'
							]
						}
					]
				}
			]
		},
		{
			id: 'help',
			title: 'Pwy all helpu',
			summary: 'Rhifau ffôn yr heddlu a gwasanaethau cymorth.',
			intro: [
				'Nid oes rhaid i chi ddelio â hyn ar eich pen eich hun. Mae’r gwasanaethau hyn yn deall stelcio. Gallwch eu ffonio hyd yn oed os nad ydych yn siŵr mai stelcio yw hyn.'
			],
			contacts,
			sections: [
				{
					heading: 'Y tu allan i Hertfordshire',
					body: [
						'Os ydych yn byw yn rhywle arall, gall y National Stalking Helpline ddweud wrthych am gymorth yn agos atoch.'
					]
				},
				{
					heading: 'Hanes eich galwadau',
					body: [
						'Mae’r galwadau rydych yn eu gwneud yn ymddangos yn rhestr eich ffôn o alwadau diweddar. Os bydd rhywun yn gwirio eich ffôn, efallai yr hoffech dynnu galwad o’r rhestr wedyn.'
					]
				}
			]
		},
		{
			id: 'caseworkers',
			title: 'Ar gyfer gweithwyr achos',
			summary: 'Sut mae person yn sefydlu’r ap, a sut i agor ffeil y mae’n ei rhannu â chi.',
			intro: [
				'Mae cyfeiriad gwe’r ap yn agor fel cyfrifiannell gyffredin sy’n gweithio, hyd yn oed y tro cyntaf. Nid oes dim arno’n dweud beth yw pwrpas yr ap, felly nid yw rhywun sy’n dod o hyd i’r cyfeiriad yn hanes y porwr yn dysgu dim.'
			],
			contacts: [],
			sections: [
				{
					heading: 'Sut mae person yn ei sefydlu',
					body: [
						`Beth i’w ddweud wrthynt, mewn un frawddeg: ‘Agorwch y cyfeiriad, ac ar y gyfrifiannell teipiwch ${setupCode}, yna pwyswch yr hafalnod.’`,
						{
							list: [
								'Agor y cyfeiriad gwe ym mhorwr y ffôn. Bydd cyfrifiannell yn ymddangos.',
								`Teipio ${setupCode} ac yna =. Dyna’n syth i lawr colofn ganol yr allweddi, ddwywaith.`,
								'Mae tri cham byr yn esbonio’r ap. Yna maen nhw’n dewis ‘Sefydlu fy nyddiadur’, cyfrinymadrodd a’u cod cyfrifiannell eu hunain.',
								'I’w gadw ar y sgrin gartref, gallant ddewis ‘Ychwanegu at y sgrin gartref’ (‘Add to Home screen’) neu ‘Gosod’ (‘Install’) yn newislen y porwr. Mae’n ymddangos yno fel cyfrifiannell.'
							]
						},
						`Unwaith y bydd dyddiadur wedi’i sefydlu ar ffôn, nid yw ${setupCode} yn gwneud dim arno: dim ond cod y person ei hun sy’n agor y dyddiadur. Nid oes modd dewis y cod sefydlu fel eu cod eu hunain, gan fod pawb sydd â’r cyfarwyddiadau hyn yn ei wybod.`
					]
				},
				{
					heading: 'Agor ffeil y mae rhywun wedi’i rhannu â chi',
					body: [
						`Ar eich dyfais eich hun, agorwch yr un cyfeiriad, teipiwch ${setupCode} ac =, yna dewiswch ‘Agor ffeil a rannwyd’. Mae angen y ffeil arnoch, a’r cyfrinymadrodd a ddewiswyd ar ei chyfer. Nid oes dim o’r ffeil yn cael ei gadw ar eich dyfais.`
					]
				},
				{
					heading: 'Os nad yw eu cod yn agor y dyddiadur mwyach',
					body: [
						`Weithiau mae porwyr yn clirio’r hyn y mae ap yn ei gadw, er enghraifft pan fydd ffôn yn brin o le. Yna nid yw’r cod yn gwneud dim, gan nad yw’r dyddiadur yno mwyach. Mae teipio ${setupCode} ac = yn dangos beth ddigwyddodd a sut i ddod â chopi wrth gefn yn ôl.`
					]
				}
			]
		}
	]
};
