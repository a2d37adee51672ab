// Text about the app on this phone rather than what is in the diary: a new version waiting, how safely the browser
// keeps the diary, the backup reminder, and what to do if the browser has cleared everything.

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

export const device = {
	/**
	 * A screen whose code could not be loaded (the phone went offline before the app had kept a copy of it). Said
	 * the same before and after unlocking, so it tells no one what the app is.
	 */
	notLoaded: {
		heading: 'This could not be opened',
		body: 'Part of the app could not be loaded, perhaps because the phone is offline. Nothing you kept has changed. Check the connection, then try again.',
		retry: 'Try again'
	},
	update: {
		/** Shown only inside the unlocked diary, never on the calculator or the lock screens. */
		ready: 'A new version is ready. It will be used next time you open the app.',
		useNow: 'Use it now',
		applying: 'Saving what you typed, then restarting…'
	},
	storage: {
		heading: 'Storage on this phone',
		persistent: 'Kept safely: the browser will not clear the diary to free up space.',
		notPersistent:
			'The browser may clear the diary if the phone runs low on space. Installing the app on your home screen, or allowing it to keep its storage, makes this less likely. A backup keeps it safe either way.',
		unknown: 'This browser does not say how it keeps the diary. A backup keeps it safe either way.',
		askPersist: 'Ask the browser to keep it',
		askRefused:
			'The browser did not agree this time. It often agrees once the app is installed on the home screen or used regularly.',
		used: 'Used by the app',
		free: 'Free for the app',
		notKnown: 'Not known',
		lastBackup: 'Last backup',
		noBackup: 'No backup yet'
	},
	backupReminder: (since: number, hasBackup: boolean) =>
		hasBackup
			? `You have logged ${since} ${plural(since, 'entry', 'entries')} since your last backup. An encrypted backup file keeps them safe if this phone is lost, broken or cleared. You can make one from "Export and share".`
			: `You have ${since} ${plural(since, 'entry', 'entries')} and no backup yet. An encrypted backup file keeps them safe if this phone is lost, broken or cleared. You can make one from "Export and share".`,
	wiped: {
		heading: 'The diary that was on this phone could not be found',
		body: [
			'The browser has cleared what this app kept on this phone. Browsers sometimes do this when a phone runs low on space, when browsing data is cleared, or when an app has not been opened for a while. It is not something you did wrong.',
			'If you made an encrypted backup file, everything in it can be brought back: set up a new diary, then in Settings choose "Restore a backup", pick the backup file, and type the passphrase you chose for that backup. Your entries, exhibits and their history come back as they were.',
			'If there is no backup, you can set up a new diary. Anything you remember can be added again, with an approximate date where you are not sure.'
		]
	}
} as const;
