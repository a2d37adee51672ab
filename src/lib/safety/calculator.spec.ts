import { describe, expect, it } from 'vitest';
import {
	clearLabel,
	display,
	entered,
	formatNumber,
	initialCalcState,
	parseKey,
	press,
	type CalcKey,
	type CalcState,
	type PressResult
} from './calculator';

/** Reads a key sequence the way a person would write it: `12.5 + 3 =`, with ± for negate, C, AC and ⌫. */
function keysOf(sequence: string): CalcKey[] {
	const named: Record<string, CalcKey> = { '±': 'negate', '⌫': 'backspace', C: 'clear', AC: 'all-clear' };
	const symbols: Record<string, CalcKey> = { '×': '*', '÷': '/', '−': '-' };
	return sequence
		.split(' ')
		.filter((token) => token !== '')
		.flatMap((token) => {
			const name = named[token];
			if (name !== undefined) return [name];
			return [...token].map((char) => {
				const key = symbols[char] ?? parseKey(char);
				if (key === null) throw new Error(`No calculator key for ${char}`);
				return key;
			});
		});
}

function run(sequence: string, from: CalcState = initialCalcState): PressResult {
	let result: PressResult = { state: from };
	for (const key of keysOf(sequence)) result = press(result.state, key);
	return result;
}

function screen(sequence: string): string {
	return display(run(sequence).state);
}

describe('arithmetic', () => {
	it.each([
		['', '0'],
		['7', '7'],
		['12 + 30 =', '42'],
		['9 − 12 =', '-3'],
		['6 × 7 =', '42'],
		['1 ÷ 4 =', '0.25'],
		['2 ÷ 3 =', '0.666666666666667'],
		['1 ÷ 3 × 3 =', '1'],
		['1.5 + 1.5 =', '3'],
		['0.1 + 0.2 =', '0.3'],
		['0.1 + 0.2 − 0.3 =', '0'],
		['0.3 − 0.1 =', '0.2'],
		['1.1 × 1.1 =', '1.21'],
		['0.1 × 3 =', '0.3']
	])('%s shows %s', (sequence, expected) => {
		expect(screen(sequence)).toBe(expected);
	});

	it('works out × and ÷ before + and −, as the phones’ own calculators do', () => {
		expect(screen('2 + 3 × 4 =')).toBe('14');
		expect(screen('2 + 3 × 4 − 6 ÷ 2 =')).toBe('11');
		expect(screen('10 − 6 ÷ 2 =')).toBe('7');
		expect(screen('2 × 3 + 4 × 5 =')).toBe('26');
		expect(screen('1 + 2 × 3 × 4 =')).toBe('25');
		expect(screen('20 − 12 ÷ 3 ÷ 2 =')).toBe('18');
		expect(screen('10 − 2 − 3 =')).toBe('5');
		expect(screen('24 ÷ 4 × 3 =')).toBe('18');
	});

	it('shows each running result as far as it can be worked out yet', () => {
		// The 3 cannot be added to the 2 yet: it may still be multiplied.
		expect(screen('2 + 3 ×')).toBe('3');
		expect(screen('2 + 3 × 4')).toBe('4');
		expect(screen('2 + 3 × 4 −')).toBe('14');
		expect(screen('2 + 3 × 4 ÷')).toBe('12');
		expect(screen('2 × 3 +')).toBe('6');
		expect(screen('2 + 3 −')).toBe('5');
	});

	it('lets a second operator replace the first', () => {
		expect(screen('2 + × 5 =')).toBe('10');
		expect(screen('8 × − 3 =')).toBe('5');
		// Replacing × with + after 2 + 3 leaves 2 + 3 +, which can be added up at once.
		expect(screen('2 + 3 × +')).toBe('5');
		expect(screen('2 + 3 × + 4 =')).toBe('9');
		expect(screen('2 + 3 × − 1 =')).toBe('4');
	});

	it('repeats the last operation on repeated =', () => {
		expect(screen('2 + 3 = =')).toBe('8');
		expect(screen('2 + 3 = = =')).toBe('11');
		expect(screen('100 ÷ 2 = =')).toBe('25');
		// A new number typed after = takes the repeated operation too, as on a phone.
		expect(screen('2 + 3 = 10 =')).toBe('13');
	});

	it('repeats only the last operation after a mixed sum', () => {
		// 2 + 3 × 4 is 14; = again multiplies by 4 again, as on an iPhone.
		expect(screen('2 + 3 × 4 = =')).toBe('56');
		expect(screen('2 × 3 + 4 = =')).toBe('14');
		expect(screen('2 + 3 × 4 = 1 =')).toBe('4');
	});

	it('uses the left operand when = follows an operator', () => {
		expect(screen('5 + =')).toBe('10');
		expect(screen('5 × = =')).toBe('125');
		// 2 + 3 × = is 2 + 3 × 3.
		expect(screen('2 + 3 × =')).toBe('11');
	});

	it('continues from a result with a new operator', () => {
		expect(screen('2 + 3 = × 4 =')).toBe('20');
	});

	it('starts a new calculation when a digit follows =', () => {
		expect(screen('2 + 3 = 7')).toBe('7');
		expect(screen('2 × 3 = 7 + 1 =')).toBe('8');
	});

	it('leaves a lone number as it is on =', () => {
		expect(screen('5. =')).toBe('5');
		expect(screen('=')).toBe('0');
	});
});

describe('percent', () => {
	it.each([
		['50 + 10 % =', '55'],
		['50 − 10 % =', '45'],
		['200 × 10 % =', '20'],
		['200 ÷ 10 % =', '2,000'],
		['50 %', '0.5'],
		['50 + 10 %', '5'],
		['1.1 %', '0.011'],
		['2 + 3 = %', '0.05'],
		// 10 + 5 % is 10 plus 5 % of 10, as on an iPhone: the screen shows the 0.5 that will be added.
		['10 + 5 %', '0.5'],
		['10 + 5 % =', '10.5'],
		// After × or ÷, % is just a hundredth of the number, and the sum waiting underneath still follows.
		['2 + 3 × 10 %', '0.1'],
		['2 + 3 × 10 % =', '2.3'],
		['10 + 40 ÷ 50 % =', '90']
	])('%s shows %s', (sequence, expected) => {
		expect(screen(sequence)).toBe(expected);
	});

	it('starts a new number when a digit follows a percentage', () => {
		expect(screen('50 % 7')).toBe('7');
	});
});

describe('entry', () => {
	it('ignores a second decimal point and starts "." as "0."', () => {
		expect(screen('1.2.3')).toBe('1.23');
		expect(screen('.')).toBe('0.');
		expect(screen('. 5 + 1 =')).toBe('1.5');
	});

	it('does not stack leading zeros', () => {
		expect(screen('0 0 0')).toBe('0');
		expect(screen('0 0 7')).toBe('7');
		expect(screen('0.0 0 5')).toBe('0.005');
	});

	it('stops taking digits after 15 significant digits', () => {
		expect(screen('1234567890123456789')).toBe('123,456,789,012,345');
		expect(screen('0.1234567890123456789')).toBe('0.123456789012345');
	});

	it('groups thousands while typing and in results', () => {
		expect(screen('1234567.25')).toBe('1,234,567.25');
		expect(screen('1000 × 1000 =')).toBe('1,000,000');
	});

	it('toggles the sign of what is being typed, and starts a negative number with ±', () => {
		expect(screen('5 ±')).toBe('-5');
		expect(screen('5 ± ±')).toBe('5');
		expect(screen('±')).toBe('-0');
		expect(screen('± 5')).toBe('-5');
		expect(screen('3 × ± 2 =')).toBe('-6');
		expect(screen('2 + 3 = ±')).toBe('-5');
		expect(screen('2 + 3 = ± =')).toBe('-2');
	});

	it('deletes the last typed digit with backspace, down to 0', () => {
		expect(screen('123 ⌫')).toBe('12');
		expect(screen('1.5 ⌫')).toBe('1.');
		expect(screen('5 ⌫ ⌫')).toBe('0');
		expect(screen('5 ± ⌫')).toBe('0');
		expect(screen('12 + 30 ⌫ =')).toBe('15');
	});

	it('never deletes digits of a result', () => {
		expect(screen('12 + 30 = ⌫')).toBe('42');
		expect(screen('50 % ⌫')).toBe('0.5');
	});
});

describe('clear', () => {
	it('clears the entry first (C), then everything (AC)', () => {
		const typed = run('5 + 3').state;
		expect(clearLabel(typed)).toBe('C');
		const cleared = press(typed, 'clear').state;
		expect(display(cleared)).toBe('0');
		expect(clearLabel(cleared)).toBe('AC');
		expect(display(run('9 =', cleared).state)).toBe('14');
		expect(press(cleared, 'clear').state).toEqual(initialCalcState);
	});

	it('clears everything at once with all-clear', () => {
		expect(run('5 + 3 AC').state).toEqual(initialCalcState);
		expect(screen('2 + 3 = AC =')).toBe('0');
	});

	it('clears a result with one press', () => {
		expect(clearLabel(run('2 + 3 =').state)).toBe('AC');
		expect(run('2 + 3 = C').state).toEqual(initialCalcState);
	});
});

describe('errors', () => {
	it('reports division by zero as a code, and shows no number', () => {
		const { state } = run('5 ÷ 0 =');
		expect(state.error).toBe('divide-by-zero');
		expect(display(state)).toBe('Error');
		expect(run('0 ÷ 0 =').state.error).toBe('divide-by-zero');
		expect(run('5 ÷ 0 +').state.error).toBe('divide-by-zero');
	});

	it('reports a result too large for a number as overflow', () => {
		// Each = multiplies by about 1e15 again; the 20th passes the largest double, about 1.8e308.
		const { state } = run(`${'9'.repeat(15)} × ${'= '.repeat(20)}`);
		expect(state.error).toBe('overflow');
		expect(display(state)).toBe('Error');
	});

	it('clears the error on the next key, and a digit starts a new number', () => {
		const { state } = run('5 ÷ 0 =');
		expect(press(state, '+').state).toEqual(initialCalcState);
		expect(display(press(state, '7').state)).toBe('7');
		expect(display(run('7 + 1 =', state).state)).toBe('8');
	});
});

describe('formatNumber', () => {
	it.each([
		[0, '0'],
		[-0, '0'],
		[42, '42'],
		[-1234.5, '-1,234.5'],
		[0.1 + 0.2, '0.3'],
		[0.000001, '0.000001'],
		[0.0000002, '2e-7'],
		[1.5e20, '1.5e20'],
		[999_999_999_999_999, '999,999,999,999,999'],
		[1e15, '1e15'],
		[123_456_789_012_345_680, '1.23456789012346e17'],
		[-2.5e-12, '-2.5e-12']
	])('formats %d as %s', (value, expected) => {
		expect(formatNumber(value)).toBe(expected);
	});

	it('shows large results in exponent form', () => {
		expect(screen('100000000 × 100000000 =')).toBe('1e16');
		expect(screen('1 ÷ 100000000 =')).toBe('1e-8');
	});
});

describe('unlock code', () => {
	it('submits the digits typed just before =', () => {
		const result = run('1 9 7 3 =');
		expect(result.submitted).toBe('1973');
		// The calculator still calculates, so the screen looks normal whatever the page does next.
		expect(display(result.state)).toBe('1,973');
	});

	it('keeps leading zeros that the screen drops', () => {
		const state = run('0 0 4 2').state;
		expect(display(state)).toBe('42');
		expect(entered(state)).toBe('0042');
		expect(press(state, '=').submitted).toBe('0042');
	});

	it('submits only the digits since the last operator or =', () => {
		expect(run('5 + 1973 =').submitted).toBe('1973');
		expect(run('2 + 3 × 1973 =').submitted).toBe('1973');
		expect(run('2 + 3 × 4 = 1973 =').submitted).toBe('1973');
		expect(run('2 + 3 = 1973 =').submitted).toBe('1973');
		expect(run('12 = 1973 =').submitted).toBe('1973');
	});

	it('submits nothing when = does not follow digits', () => {
		expect(run('=').submitted).toBeUndefined();
		expect(run('1973 + =').submitted).toBeUndefined();
		expect(run('1973 = =').submitted).toBeUndefined();
		expect(run('1973 AC =').submitted).toBeUndefined();
	});

	it('does not treat an entry with a point, sign or percentage as a code', () => {
		expect(run('19.73 =').submitted).toBeUndefined();
		expect(run('1973 ± =').submitted).toBeUndefined();
		expect(run('± 1973 =').submitted).toBeUndefined();
		expect(run('1973 % =').submitted).toBeUndefined();
		expect(run('1973 % 1973 =').submitted).toBe('1973');
	});

	it('follows backspace and clear', () => {
		expect(run('1974 ⌫ 3 =').submitted).toBe('1973');
		expect(run('555 C 1973 =').submitted).toBe('1973');
		expect(entered(run('19 ⌫ ⌫ ⌫').state)).toBe('');
	});

	it('exposes what has been entered so far', () => {
		expect(entered(initialCalcState)).toBe('');
		expect(entered(run('1 9').state)).toBe('19');
		expect(entered(run('1 9 +').state)).toBe('');
		expect(entered(run('1.9').state)).toBe('');
	});

	it('stops tracking an entry longer than the display takes', () => {
		expect(run('1234567890123456 =').submitted).toBeUndefined();
	});

	it('starts fresh after an error', () => {
		expect(run('5 ÷ 0 = 1973 =').submitted).toBe('1973');
	});
});

describe('parseKey', () => {
	it.each([
		['0', '0'],
		['9', '9'],
		['.', '.'],
		[',', '.'],
		['+', '+'],
		['-', '-'],
		['*', '*'],
		['x', '*'],
		['X', '*'],
		['/', '/'],
		['=', '='],
		['Enter', '='],
		['%', '%'],
		['Backspace', 'backspace'],
		['Delete', 'clear'],
		['Escape', 'all-clear'],
		['Clear', 'all-clear']
	])('maps %s to %s', (key, expected) => {
		expect(parseKey(key)).toBe(expected);
	});

	it.each(['a', 'Shift', 'Tab', 'F5', '10', '', 'toString', '__proto__', '٣'])('ignores %s', (key) => {
		expect(parseKey(key)).toBeNull();
	});
});
