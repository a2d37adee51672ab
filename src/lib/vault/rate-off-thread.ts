// ratePassphrase, off the page's thread. zxcvbn takes tens of milliseconds to rate one passphrase on a phone, and
// longer the first time, while it builds its dictionaries: run on the page, every change to a passphrase field
// and every "Make the encrypted file" would hold up the quick exit that long. One worker rates every passphrase a
// screen asks about, in order, and is ended once idle for a moment, and at once on lock or quick exit, taking the
// passphrases it saw with it. Node, where the specs run, has no Web Worker: there it runs in-thread.
import { onStopAll, taskStopped } from '$lib/workers/tasks';
import { ratePassphrase, type Strength } from './passphrase-strength';

export interface RateRequest {
	id: number;
	passphrase: string;
	userInputs: string[];
}

export type RateReply = { id: number; strength: Strength } | { id: number; error: string };

/** How long the worker waits for the next request before it is ended. */
export const RATER_IDLE_MS = 2000;

interface Waiting {
	resolve: (strength: Strength) => void;
	reject: (error: Error) => void;
}

let rater: { worker: Worker; unlist: () => void } | undefined;
let idle: ReturnType<typeof setTimeout> | undefined;
let lastId = 0;
const waiting = new Map<number, Waiting>();

/** Ends the worker; what it had not answered is rejected with `reason`. */
function endRater(reason: Error): void {
	clearTimeout(idle);
	idle = undefined;
	if (!rater) return;
	rater.worker.terminate();
	rater.unlist();
	rater = undefined;
	const left = [...waiting.values()];
	waiting.clear();
	for (const { reject } of left) reject(reason);
}

function startRater(): Worker {
	const worker = new Worker(new URL('./rate.worker.ts', import.meta.url), { type: 'module' });
	worker.addEventListener('message', ({ data }: MessageEvent<RateReply>) => {
		const asked = waiting.get(data.id);
		waiting.delete(data.id);
		if ('strength' in data) asked?.resolve(data.strength);
		else asked?.reject(new Error(data.error));
		if (waiting.size === 0) idle = setTimeout(() => endRater(taskStopped()), RATER_IDLE_MS);
	});
	// A worker that fails to load or dies says nothing more: what it was asked fails, and the next ask starts anew.
	worker.addEventListener('error', (event) => endRater(new Error(`A worker failed: ${event.message}`)));
	rater = { worker, unlist: onStopAll(() => endRater(taskStopped())) };
	return worker;
}

/** The same rating as ratePassphrase; rejects with an AbortError if a lock or quick exit ends the worker first. */
export function ratePassphraseOffThread(passphrase: string, userInputs: string[] = []): Promise<Strength> {
	if (passphrase.length === 0 || typeof Worker === 'undefined') return ratePassphrase(passphrase, userInputs);
	clearTimeout(idle);
	idle = undefined;
	const worker = rater?.worker ?? startRater();
	const id = ++lastId;
	return new Promise<Strength>((resolve, reject) => {
		waiting.set(id, { resolve, reject });
		worker.postMessage({ id, passphrase, userInputs } satisfies RateRequest);
	});
}
