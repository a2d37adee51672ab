// The two passphrase failures a screen treats apart from the rest (a wait before the next try, and what to clear),
// so screens learn them from state/ and never import the vault.
export { WaitBeforeRetryError, WrongPassphraseError } from '$lib/vault/errors';
