// What the session needs only once a diary is made or opened: Dexie, the vault and the diary's state. The session
// loads it with import() when it first needs the database, so the first screen and the first-run steps never load
// it (the first screen's prefs come from safety/boot.ts, read without Dexie).
export { DiaryStore } from '$lib/vault/diary-store';
export { hasDiary, Vault, vaultDb } from '$lib/vault';
export { DiaryState } from './diary.svelte';
