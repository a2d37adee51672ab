// Seals an exhibit off the page's thread (issue 16), so the quick exit answers while a long video is added. A thin
// wrapper: runSeal (exhibit-seal-work.ts) does the work and is tested in Node.
import { loadSodium } from '$lib/crypto/sodium';
import { serveTask } from '$lib/workers/serve';
import type { SealCalls, SealRequest, SealResult } from './exhibit-seal-protocol';
import { runSeal } from './exhibit-seal-work';

serveTask<SealRequest, SealResult, never, SealCalls>((request, _onProgress, call) => runSeal(request, call));
// Loaded at once, so a worker started ahead of need (warmExhibitWorkers) is ready when its request comes.
// A failure here is the request's to report, when it loads libsodium itself.
loadSodium().catch(() => undefined);
