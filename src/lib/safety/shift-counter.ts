/**
 * Quick exit by pressing Shift three times, after GOV.UK's "Exit this page" component, which people fleeing abuse
 * may already know from government and charity sites.
 *
 * Like GOV.UK, presses are counted when Shift is released, and only when Shift was pressed on its own: Shift held
 * for a capital letter or a symbol must never count, or typing "I SAW HIM" in a note would throw the person out.
 * Any other key resets the count. Unlike GOV.UK, whose five seconds run from the first press, the window here is
 * between presses (no more than 5 s from one to the next): someone who is shaking or interrupted still gets out.
 *
 * Pure and clock-free: the page passes `KeyboardEvent.key` and `event.timeStamp`, and tests pass plain numbers.
 */

const SHIFT = 'Shift';
export const SHIFT_PRESSES_TO_EXIT = 3;
export const MAX_GAP_BETWEEN_SHIFTS_MS = 5_000;

export class ShiftCounter {
	#count = 0;
	#lastPressAt = 0;
	#shiftHeld = false;
	/** Another key went down while Shift was held, so this Shift is a modifier, not a press. */
	#shiftModified = false;

	readonly #maxGapMs: number;

	constructor(maxGapMs: number = MAX_GAP_BETWEEN_SHIFTS_MS) {
		this.#maxGapMs = maxGapMs;
	}

	keyDown(key: string, _time: number): void {
		if (key === SHIFT) {
			// Held Shift repeats keydown on some systems; only the first one starts a fresh press.
			if (!this.#shiftHeld) this.#shiftModified = false;
			this.#shiftHeld = true;
			return;
		}
		if (this.#shiftHeld) this.#shiftModified = true;
		this.#count = 0;
	}

	/** Returns true when this key-up completes the third Shift press and the page should exit now. */
	keyUp(key: string, time: number): boolean {
		if (key !== SHIFT) {
			// Also resets on key-up, in case the key went down before the page had focus and its keydown was missed.
			this.#count = 0;
			return false;
		}
		const wasModifier = this.#shiftModified;
		this.#shiftHeld = false;
		this.#shiftModified = false;
		if (wasModifier) {
			this.#count = 0;
			return false;
		}
		if (this.#count > 0 && time - this.#lastPressAt > this.#maxGapMs) this.#count = 0;
		this.#count += 1;
		this.#lastPressAt = time;
		if (this.#count < SHIFT_PRESSES_TO_EXIT) return false;
		// Start over, so a fourth press begins a new sequence rather than firing again.
		this.#count = 0;
		return true;
	}

	/** Shift presses still counting towards an exit at `time`, for a "press Shift 2 more times" hint. */
	pressesAt(time: number): number {
		return this.#count > 0 && time - this.#lastPressAt <= this.#maxGapMs ? this.#count : 0;
	}

	/** Forgets everything, e.g. when the window loses focus and key-ups may never arrive. */
	reset(): void {
		this.#count = 0;
		this.#shiftHeld = false;
		this.#shiftModified = false;
	}
}
