// The language setting in Welsh, in Settings and on the first-run steps.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/language';
import type { Translation } from '../translation';

export const language = {
	heading: 'Iaith',
	label: 'Iaith yr ap',
	/** Shown in every language but English, whose words are the source of the others. */
	unreviewed:
		'Nid yw siaradwr Cymraeg iaith gyntaf wedi gwirio’r cyfieithiad hwn eto. Os oes unrhyw beth yn darllen yn anghywir neu’n aneglur, dywedwch wrth eich gweithiwr achos, a all drosglwyddo cywiriadau.',
	corrections:
		'Mae croeso i gywiriadau i’r cyfieithiadau: os oes unrhyw beth yn darllen yn anghywir neu’n aneglur, dywedwch wrth eich gweithiwr achos, a all eu trosglwyddo.',
	change: 'Newid iaith',
	// The name comes without a mutation, so it stands after "yw" rather than after "yn".
	changed: (name: string) => `Iaith yr ap nawr yw ${name}.`,
	/** What the person typed is never translated: the documents say so. */
	ownWords:
		'Mae eich geiriau eich hun yn cael eu cadw yn union fel y gwnaethoch eu teipio, mewn unrhyw iaith.',
	/** The choice of labels for a timeline PDF, on the export screen (never shown in English). */
	pdfLabels: 'Labeli yn y PDF o’r llinell amser',
	pdfLabelsHint:
		'Mae’r heddlu a’r llysoedd yng Nghymru a Lloegr yn gweithio’n bennaf yn Saesneg, felly mae’r labeli Saesneg bob amser yn cael eu hargraffu. Mae eich geiriau eich hun yn cael eu hargraffu yn union fel y gwnaethoch eu teipio, ac nid ydynt yn cael eu cyfieithu.',
	pdfLabelsEnglish: 'Saesneg yn unig',
	pdfLabelsBoth: (name: string) => `${name}, gyda’r Saesneg wrth ymyl pob label`,
	pdfLabelsNote:
		'Mae’r labeli yn y ddogfen hon wedi’u cyfieithu o’r Saesneg. Mae geiriau’r person ei hun wedi’u hargraffu yn union fel y cawsant eu teipio, ac nid ydynt wedi’u cyfieithu.',
	/** Read aloud (components/ReadAloud.svelte), offered only with a voice on the device. */
	readAloud: 'Darllen yn uchel',
	stopReading: 'Stopio darllen'
} satisfies Translation<typeof en.language>;
