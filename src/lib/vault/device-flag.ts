// The one thing the app keeps in web storage: a neutral flag that a diary has existed on this device. It holds
// nothing readable. If the flag is there but the database has no header row, the browser has cleared the
// database (storage pressure, cleared site data, or a browser's own expiry), and the app can say so calmly
// instead of greeting the person as if they were new.
const FLAG = 'calc:v';

function storage(): Storage | undefined {
	// Reading `localStorage` itself throws where site data is blocked, and it does not exist in Node (unit tests).
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined;
	}
}

export function markDiaryOnDevice(): void {
	try {
		storage()?.setItem(FLAG, '1');
	} catch (error) {
		// Only the wiped-store notice depends on this flag; the diary works without it.
		console.error(error);
	}
}

export function diaryWasOnDevice(): boolean {
	try {
		return storage()?.getItem(FLAG) === '1';
	} catch (error) {
		console.error(error);
		return false;
	}
}
