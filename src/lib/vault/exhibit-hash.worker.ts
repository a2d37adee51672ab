// Takes an exhibit's SHA-256 off the page's thread, at the same time as the seal worker seals it (issue 16). A thin
// wrapper: runHash (exhibit-seal-work.ts) does the work and is tested in Node.
import { serveTask } from '$lib/workers/serve';
import type { HashRequest, HashResult } from './exhibit-seal-protocol';
import { runHash } from './exhibit-seal-work';

serveTask<HashRequest, HashResult>((request) => runHash(request));
