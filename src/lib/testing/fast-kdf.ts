// Small Argon2id settings keep the specs quick; the real defaults are measured by `npm run bench`. What a spec
// checks is that the stored parameters are used, not how slow they are.

/** For share files and the crypto layer: one pass over 8 MiB. */
export const FAST_KDF = { ops: 1, mem: 8 * 1024 * 1024 };

/** For `Vault.create`: the same, and no strength check, so a test passphrase need not be a strong one. */
export const FAST_VAULT = { ...FAST_KDF, skipStrengthCheck: true };
