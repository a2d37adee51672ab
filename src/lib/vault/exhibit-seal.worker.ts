// Seals an exhibit off the page's thread (issue 16), so the quick exit answers while a long video is added. A thin
// wrapper: runSeal (exhibit-seal-work.ts) does the work and is tested in Node.
import { serveTask } from '$lib/workers/serve';
import type { SealCalls, SealRequest, SealResult } from './exhibit-seal-protocol';
import { runSeal } from './exhibit-seal-work';

serveTask<SealRequest, SealResult, never, SealCalls>((request, _onProgress, call) => runSeal(request, call));
