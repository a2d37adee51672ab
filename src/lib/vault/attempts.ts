// The running-down of the wait after wrong passphrases, on this page's monotonic clock. The stored attempts row
// says how long was owed when it was written; this remembers when, by performance.now(), this page first saw that
// row, so what has passed is measured without the device clock. A new page (a reload) starts again from the stored
// wait, which is persisted as it runs down whenever an attempt is refused.
import { owedWait, waitLeft, type AttemptRecord } from '$lib/domain/lockout';

export interface AttemptClock {
	/** Milliseconds since the epoch: only written down beside the record, never used to measure the wait. */
	wall(): number;
	/** Milliseconds on a clock that only moves forward, within this page. */
	monotonic(): number;
}

export const systemClock: AttemptClock = {
	wall: () => Date.now(),
	monotonic: () => performance.now()
};

interface Anchor {
	readonly failures: number;
	readonly waitMs: number;
	readonly at: number;
}

export class AttemptTracker {
	readonly clock: AttemptClock;
	#anchors = new Map<string, Anchor>();

	constructor(clock: AttemptClock = systemClock) {
		this.clock = clock;
	}

	/** The wait left for the stored `record` of database `name`, measured from when this page first saw it. */
	waitFor(name: string, record: AttemptRecord | undefined): number {
		const owed = owedWait(record);
		if (!record || owed === 0) {
			this.#anchors.delete(name);
			return 0;
		}
		const now = this.clock.monotonic();
		const anchor = this.#anchors.get(name);
		if (anchor && anchor.failures === record.failures && anchor.waitMs === record.waitMs) {
			return waitLeft(owed, now - anchor.at);
		}
		this.#anchors.set(name, { failures: record.failures, waitMs: record.waitMs, at: now });
		return owed;
	}

	/** Marks `record` as just written by this page: its wait starts now. */
	start(name: string, record: AttemptRecord): void {
		this.#anchors.set(name, { failures: record.failures, waitMs: record.waitMs, at: this.clock.monotonic() });
	}

	clear(name: string): void {
		this.#anchors.delete(name);
	}
}

/** The page's one tracker: a reload makes a new one, as it makes a new monotonic clock. */
export const attemptTracker = new AttemptTracker();
