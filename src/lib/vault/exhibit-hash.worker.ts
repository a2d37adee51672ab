// Takes an exhibit's SHA-256 off the page's thread, at the same time as the seal worker seals it (issue 16). A thin
// wrapper: runHash (exhibit-seal-work.ts) does the work and is tested in Node.
import { loadSodium } from '$lib/crypto/sodium';
import { serveTask } from '$lib/workers/serve';
import type { HashRequest, HashResult } from './exhibit-seal-protocol';
import { runHash } from './exhibit-seal-work';

serveTask<HashRequest, HashResult>((request) => runHash(request));
// Loaded at once, so a worker started ahead of need (warmExhibitWorkers) is ready when its request comes.
// A failure here is the request's to report, when it loads libsodium itself.
loadSodium().catch(() => undefined);
