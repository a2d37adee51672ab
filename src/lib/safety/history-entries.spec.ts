import { describe, expect, it } from 'vitest';
import { entryNumber, installHistory, scrubHistoryState, type HistoryLike } from './history-entries';

function fakeHistory(entries: unknown[]): HistoryLike & { entries: unknown[] } {
	let index = entries.length - 1;
	return {
		entries,
		get state() {
			return this.entries[index];
		},
		pushState(state: unknown) {
			this.entries = [...this.entries.slice(0, index + 1), state];
			index += 1;
		},
		replaceState(state: unknown) {
			this.entries[index] = state;
		},
		go() {}
	};
}

const ROUTER = {
	'sveltekit:history': 1796165948187,
	'sveltekit:navigation': 1796165948187,
	'sveltekit:states': {}
};

describe('history entries', () => {
	it('the calculator replaces the router’s keys and time by a number, and adds no entry', () => {
		const history = fakeHistory([ROUTER]);
		scrubHistoryState(history);
		expect(history.entries).toEqual([{ n: 0 }]);
	});

	it('the app puts its own entry over the spare one, once', () => {
		const history = fakeHistory([ROUTER]);
		installHistory(history);
		expect(history.entries).toEqual([{ n: 0 }, { n: 1 }]);
		installHistory(history);
		expect(history.entries).toEqual([{ n: 0 }, { n: 1 }]);
		const later = fakeHistory([{ n: 0 }, { n: 1 }, { ...ROUTER, n: 2 }]);
		installHistory(later);
		expect(later.entries).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
	});

	it('reads only whole numbers from a state', () => {
		expect(entryNumber({ n: 3 })).toBe(3);
		for (const state of [null, undefined, 'n', { n: '3' }, { n: -1 }, { n: 1.5 }, { calc: 'top' }])
			expect(entryNumber(state)).toBeUndefined();
	});
});
