import { describe, expect, it } from 'vitest';
import { BACKUP_REMINDER_AFTER, incidentsSinceBackup, shouldRemindBackup } from './backup-reminder';

describe('backup reminder', () => {
	it('counts every incident when there has never been a backup', () => {
		expect(incidentsSinceBackup(7, {})).toBe(7);
		expect(shouldRemindBackup(BACKUP_REMINDER_AFTER - 1, {})).toBe(false);
		expect(shouldRemindBackup(BACKUP_REMINDER_AFTER, {})).toBe(true);
	});

	it('counts only the incidents added since the last backup', () => {
		const backup = { lastBackupAt: '2026-01-02T10:00:00+00:00', incidentsAtLastBackup: 20 };
		expect(incidentsSinceBackup(24, backup)).toBe(4);
		expect(shouldRemindBackup(24, backup)).toBe(false);
		expect(shouldRemindBackup(25, backup)).toBe(true);
	});

	it('never counts below zero when entries were deleted after a backup', () => {
		expect(
			incidentsSinceBackup(3, { lastBackupAt: '2026-01-02T10:00:00+00:00', incidentsAtLastBackup: 9 })
		).toBe(0);
	});

	it('ignores a count with no backup time, as a half-written setting', () => {
		expect(incidentsSinceBackup(6, { incidentsAtLastBackup: 6 })).toBe(6);
	});
});
