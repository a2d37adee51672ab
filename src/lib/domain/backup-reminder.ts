// When to suggest an encrypted backup: after a few new entries, not after every one, so the reminder stays gentle.
export const BACKUP_REMINDER_AFTER = 5;

export interface BackupState {
	readonly lastBackupAt?: string;
	readonly incidentsAtLastBackup?: number;
}

/** How many incidents were added since the last backup (all of them if there has never been one). */
export function incidentsSinceBackup(total: number, backup: BackupState): number {
	const atBackup = backup.lastBackupAt ? (backup.incidentsAtLastBackup ?? 0) : 0;
	// A backup restored onto a diary, or entries deleted since, can leave the count above the total.
	return Math.max(0, total - atBackup);
}

export function shouldRemindBackup(total: number, backup: BackupState): boolean {
	return incidentsSinceBackup(total, backup) >= BACKUP_REMINDER_AFTER;
}
