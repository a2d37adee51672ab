// Lets the bench load the modules the app imports with Vite's `?raw` suffix
// (the verifiers packed into an evidence pack), as Vite does: the file's text
// as the default export. Used only by `npm run bench`; the app is built by Vite.
import { register } from 'node:module';

register('./raw-hooks.mjs', import.meta.url);
