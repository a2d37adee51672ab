// What the screens read of exhibits: each opened only from the vault of the open diary, through state/, so no
// screen imports the vault itself.
export type { Vault } from '$lib/vault';
export { MAX_EXHIBIT_BYTES, deleteExhibit, readExhibitBlob, readThumbnail } from '$lib/vault/exhibits';
