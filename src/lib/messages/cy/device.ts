// Text about the app on this phone rather than what is in the diary: updates, storage, the backup reminder, a cleared diary.
// NOT YET REVIEWED by a native speaker: corrections are welcome, through the person's caseworker.
import type * as en from '../en/device';
import { plurals } from '../translation';
import type { Translation } from '../translation';

const plural = plurals('cy');

/** "3 chofnod": the singular noun after a number, mutated as the number is said. */
const entries = (n: number) =>
	`${n} ${plural(n, { two: 'gofnod', few: 'chofnod', many: 'chofnod', other: 'cofnod' })}`;

export const device = {
	/**
	 * A screen whose code could not be loaded (the phone went offline before the app had kept a copy of it). Said
	 * the same before and after unlocking, so it tells no one what the app is.
	 */
	notLoaded: {
		heading: 'Nid oedd modd agor hwn',
		body: 'Nid oedd modd llwytho rhan o’r ap, efallai am nad yw’r ffôn ar-lein. Nid oes dim a gadwoch wedi newid. Gwiriwch y cysylltiad, yna rhowch gynnig arall arni.',
		retry: 'Rhoi cynnig arall arni'
	},
	update: {
		/** Shown only inside the unlocked diary, never on the calculator or the lock screens. */
		ready: 'Mae fersiwn newydd yn barod. Bydd yn cael ei defnyddio y tro nesaf y byddwch yn agor yr ap.',
		useNow: 'Ei defnyddio nawr',
		applying: 'Wrthi’n cadw’r hyn a deipiwyd gennych, yna’n ailgychwyn…'
	},
	storage: {
		heading: 'Storfa ar y ffôn hwn',
		persistent: 'Yn cael ei gadw’n ddiogel: ni fydd y porwr yn clirio’r dyddiadur i ryddhau lle.',
		notPersistent:
			'Gall y porwr glirio’r dyddiadur os yw’r ffôn yn brin o le. Mae gosod yr ap ar eich sgrin gartref, neu ganiatáu iddo gadw ei storfa, yn gwneud hyn yn llai tebygol. Mae copi wrth gefn yn ei gadw’n ddiogel beth bynnag.',
		unknown:
			'Nid yw’r porwr hwn yn dweud sut mae’n cadw’r dyddiadur. Mae copi wrth gefn yn ei gadw’n ddiogel beth bynnag.',
		askPersist: 'Gofyn i’r porwr ei gadw',
		askRefused:
			'Ni chytunodd y porwr y tro hwn. Mae’n aml yn cytuno unwaith y bydd yr ap wedi’i osod ar y sgrin gartref neu’n cael ei ddefnyddio’n rheolaidd.',
		used: 'Wedi’i ddefnyddio gan yr ap',
		free: 'Ar gael i’r ap',
		notKnown: 'Anhysbys',
		lastBackup: 'Copi wrth gefn diwethaf',
		noBackup: 'Dim copi wrth gefn eto'
	},
	backupReminder: (since: number, hasBackup: boolean) => {
		const keeps = plural(since, { one: 'yn ei gadw’n ddiogel', other: 'yn eu cadw’n ddiogel' });
		return hasBackup
			? `Rydych wedi ychwanegu ${entries(since)} ers eich copi wrth gefn diwethaf. Mae ffeil copi wrth gefn wedi’i hamgryptio ${keeps} os bydd y ffôn hwn yn cael ei golli, ei dorri neu ei glirio. Gallwch wneud un o ‘Allforio a rhannu’.`
			: `Mae gennych ${entries(since)} a dim copi wrth gefn eto. Mae ffeil copi wrth gefn wedi’i hamgryptio ${keeps} os bydd y ffôn hwn yn cael ei golli, ei dorri neu ei glirio. Gallwch wneud un o ‘Allforio a rhannu’.`;
	},
	wiped: {
		heading: 'Nid oedd modd dod o hyd i’r dyddiadur a oedd ar y ffôn hwn',
		body: [
			'Mae’r porwr wedi clirio’r hyn roedd yr ap hwn yn ei gadw ar y ffôn hwn. Mae porwyr weithiau’n gwneud hyn pan fydd ffôn yn brin o le, pan fydd data pori’n cael ei glirio, neu pan nad yw ap wedi cael ei agor ers tro. Nid eich bai chi yw hyn.',
			'Os gwnaethoch ffeil copi wrth gefn wedi’i hamgryptio, mae modd dod â phopeth sydd ynddi yn ôl: sefydlwch ddyddiadur newydd, yna yn y Gosodiadau dewiswch ‘Adfer copi wrth gefn’, dewiswch y ffeil copi wrth gefn, a theipiwch y cyfrinymadrodd a ddewisoch ar gyfer y copi wrth gefn hwnnw. Bydd eich cofnodion, eich arddangosion a’u hanes yn dod yn ôl fel yr oeddent.',
			'Os nad oes copi wrth gefn, gallwch sefydlu dyddiadur newydd. Gallwch ychwanegu eto unrhyw beth rydych yn ei gofio, gyda dyddiad bras lle nad ydych yn siŵr.'
		]
	}
} satisfies Translation<typeof en.device>;
