// The passphrase rater's page side: answers in order with the real rating, ends its worker once idle, and a lock or
// quick exit ends it at once. Node has no Web Worker, so a stand-in runs the real ratePassphrase where the worker
// would; the worker itself is run in Chromium end to end (workers.e2e.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stopAllTasks } from '$lib/workers/tasks';
import { ratePassphrase } from './passphrase-strength';
import { RATER_IDLE_MS, ratePassphraseOffThread, type RateReply, type RateRequest } from './rate-off-thread';

class StandInWorker extends EventTarget {
	static made: StandInWorker[] = [];
	terminated = false;
	asked: string[] = [];
	constructor(readonly url: URL) {
		super();
		StandInWorker.made.push(this);
	}
	postMessage({ id, passphrase, userInputs }: RateRequest) {
		this.asked.push(passphrase);
		void ratePassphrase(passphrase, userInputs).then((strength) => {
			const data: RateReply = { id, strength };
			if (!this.terminated) this.dispatchEvent(new MessageEvent('message', { data }));
		});
	}
	terminate() {
		this.terminated = true;
	}
}

describe('ratePassphraseOffThread', () => {
	beforeEach(() => {
		StandInWorker.made = [];
		vi.stubGlobal('Worker', StandInWorker);
	});
	afterEach(() => {
		stopAllTasks();
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('gives the same ratings as ratePassphrase, from one worker for every passphrase asked about', async () => {
		const typed = ['Summer2024!!', 'correct horse battery staple', 'cargo security siren craft harvest top'];
		const ratings = await Promise.all(typed.map((passphrase) => ratePassphraseOffThread(passphrase)));
		expect(ratings).toEqual(await Promise.all(typed.map((passphrase) => ratePassphrase(passphrase))));
		expect(ratings.map((r) => r.acceptable)).toEqual([false, true, true]);
		expect(StandInWorker.made).toHaveLength(1);
		expect(StandInWorker.made[0]!.url.pathname).toMatch(/rate\.worker\.ts$/);
		expect(StandInWorker.made[0]!.asked).toEqual(typed);
	});

	it('ends its worker once idle, and starts another for the next passphrase', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		await ratePassphraseOffThread('correct horse battery staple');
		const [first] = StandInWorker.made;
		vi.advanceTimersByTime(RATER_IDLE_MS - 1);
		expect(first!.terminated).toBe(false);
		vi.advanceTimersByTime(1);
		expect(first!.terminated).toBe(true);
		vi.useRealTimers();
		await ratePassphraseOffThread('cargo security siren craft harvest top');
		expect(StandInWorker.made).toHaveLength(2);
	});

	it('is ended at once by a lock or quick exit, and what it was asked is refused as stopped', async () => {
		const asked = ratePassphraseOffThread('correct horse battery staple');
		stopAllTasks();
		await expect(asked).rejects.toMatchObject({ name: 'AbortError' });
		expect(StandInWorker.made[0]!.terminated).toBe(true);
	});

	it('starts no worker for an empty passphrase', async () => {
		expect(await ratePassphraseOffThread('')).toEqual({ score: 0, guessesLog10: 0, acceptable: false });
		expect(StandInWorker.made).toHaveLength(0);
	});
});
