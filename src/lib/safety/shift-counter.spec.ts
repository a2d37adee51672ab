import { describe, expect, it } from 'vitest';
import { ShiftCounter } from './shift-counter';

/** Presses and releases a key at `time`, returning whether the exit fired. */
function tap(counter: ShiftCounter, key: string, time: number): boolean {
	counter.keyDown(key, time);
	return counter.keyUp(key, time + 50);
}

/** Taps Shift at each time and returns what each release reported. */
function shifts(counter: ShiftCounter, ...times: number[]): boolean[] {
	return times.map((time) => tap(counter, 'Shift', time));
}

describe('ShiftCounter', () => {
	it('exits on the third Shift press', () => {
		expect(shifts(new ShiftCounter(), 0, 300, 600)).toEqual([false, false, true]);
	});

	it('counts on release, not on press', () => {
		const counter = new ShiftCounter();
		shifts(counter, 0, 300);
		counter.keyDown('Shift', 600);
		expect(counter.pressesAt(600)).toBe(2);
		expect(counter.keyUp('Shift', 700)).toBe(true);
	});

	it('does not count Shift used for a capital letter', () => {
		const counter = new ShiftCounter();
		const fired: boolean[] = [];
		for (let i = 0; i < 3; i++) {
			const t = i * 400;
			counter.keyDown('Shift', t);
			counter.keyDown('A', t + 50);
			fired.push(counter.keyUp('A', t + 100));
			fired.push(counter.keyUp('Shift', t + 150));
		}
		expect(fired).not.toContain(true);
		expect(counter.pressesAt(1000)).toBe(0);
	});

	it('resets when a capitalised letter comes between presses', () => {
		const counter = new ShiftCounter();
		shifts(counter, 0, 300);
		counter.keyDown('Shift', 600);
		counter.keyDown('A', 650);
		counter.keyUp('A', 700);
		expect(counter.keyUp('Shift', 750)).toBe(false);
		expect(counter.pressesAt(800)).toBe(0);
		expect(shifts(counter, 1000, 1300, 1600)).toEqual([false, false, true]);
	});

	it('counts a Shift released after the letter was released, if no key went down while it was held', () => {
		const counter = new ShiftCounter();
		counter.keyDown('A', 0);
		counter.keyDown('Shift', 50);
		counter.keyUp('A', 100);
		expect(counter.keyUp('Shift', 150)).toBe(false);
		expect(counter.pressesAt(150)).toBe(1);
	});

	it('does not exit when presses are more than 5 seconds apart', () => {
		expect(shifts(new ShiftCounter(), 0, 5_100, 10_200, 15_300)).toEqual([false, false, false, false]);
	});

	it('allows up to 5 seconds between each press, even if the whole takes longer', () => {
		// tap() releases 50 ms after the press, so these releases are exactly 5 s apart.
		expect(shifts(new ShiftCounter(), 0, 5_000, 10_000)).toEqual([false, false, true]);
	});

	it('starts a new count with a press that came too late', () => {
		expect(shifts(new ShiftCounter(), 0, 300, 6_000, 6_300, 6_600)).toEqual([
			false,
			false,
			false,
			false,
			true
		]);
	});

	it('exits only at the end of 2 Shifts, a letter, then 3 Shifts', () => {
		const counter = new ShiftCounter();
		expect(shifts(counter, 0, 200)).toEqual([false, false]);
		expect(tap(counter, 'a', 400)).toBe(false);
		expect(shifts(counter, 600, 800, 1000)).toEqual([false, false, true]);
	});

	it('fires once on four presses, then starts again', () => {
		const counter = new ShiftCounter();
		expect(shifts(counter, 0, 200, 400, 600)).toEqual([false, false, true, false]);
		expect(counter.pressesAt(700)).toBe(1);
		expect(shifts(counter, 800, 1000)).toEqual([false, true]);
	});

	it('ignores the keydown repeats of a held Shift', () => {
		const counter = new ShiftCounter();
		shifts(counter, 0, 200);
		counter.keyDown('Shift', 400);
		counter.keyDown('Shift', 450);
		counter.keyDown('Shift', 500);
		expect(counter.keyUp('Shift', 550)).toBe(true);
	});

	it('does not count Shift used with another modifier', () => {
		const counter = new ShiftCounter();
		const fired: boolean[] = [];
		for (let i = 0; i < 3; i++) {
			const t = i * 400;
			counter.keyDown('Control', t);
			counter.keyDown('Shift', t + 50);
			fired.push(counter.keyUp('Shift', t + 100));
			fired.push(counter.keyUp('Control', t + 150));
		}
		expect(fired).not.toContain(true);
	});

	it('reports the presses still in play for a hint, and none once the window has passed', () => {
		const counter = new ShiftCounter();
		expect(counter.pressesAt(0)).toBe(0);
		shifts(counter, 0, 300);
		expect(counter.pressesAt(1000)).toBe(2);
		expect(counter.pressesAt(5_350)).toBe(2);
		expect(counter.pressesAt(5_351)).toBe(0);
	});

	it('forgets presses and a held Shift on reset', () => {
		const counter = new ShiftCounter();
		shifts(counter, 0, 300);
		counter.keyDown('Shift', 500);
		counter.keyDown('A', 550);
		counter.reset();
		expect(counter.pressesAt(600)).toBe(0);
		expect(shifts(counter, 700, 900, 1100)).toEqual([false, false, true]);
	});

	it('takes a custom window', () => {
		expect(shifts(new ShiftCounter(1_000), 0, 1_500, 3_000)).toEqual([false, false, false]);
	});
});
