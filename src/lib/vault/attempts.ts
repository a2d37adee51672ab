// The running-down of the wait after wrong passphrases, on this page's monotonic clock. The stored attempts row
// says how long was owed when it was written; this remembers when, by performance.now(), this page first saw that
// row, so what has passed is measured without the device clock. A new page (a reload) starts again from the stored
// wait, which is persisted as it runs down whenever an attempt is refused.
import { owedWait, waitLeft, type AttemptRecord } from '$lib/domain/lockout';
import type { AttemptsRow } from './db';

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
	/** Counts this page could not store (a full phone): kept here, so the wait still applies on this page. */
	#unsaved = new Map<string, AttemptsRow>();

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
		this.#unsaved.delete(name);
	}

	/**
	 * Remembers a count that could not be stored. A full phone must not lock the person out of their diary, so the
	 * attempt goes ahead; the count then lasts only as long as this page.
	 */
	keepUnsaved(name: string, row: AttemptsRow): void {
		this.#unsaved.set(name, row);
	}

	/** The count to go on: the stored one, or a later one this page could not store. */
	latest(name: string, stored: AttemptsRow | undefined): AttemptsRow | undefined {
		const unsaved = this.#unsaved.get(name);
		if (!unsaved) return stored;
		if (stored && stored.failures >= unsaved.failures) {
			this.#unsaved.delete(name);
			return stored;
		}
		return unsaved;
	}
}

/** The page's one tracker: a reload makes a new one, as it makes a new monotonic clock. */
export const attemptTracker = new AttemptTracker();
