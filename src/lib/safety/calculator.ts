/**
 * The disguise: a calculator that really calculates. Someone who picks up the phone will try it, so it has to behave
 * like the one on their own phone, down to repeated `=` and the odd way `%` works.
 *
 * × and ÷ are worked out before + and −, as the calculators that come with iPhones and Android phones do:
 * `2 + 3 × 4 =` is 14. A calculator that gave 20 would give itself away to anyone who tries it against their own.
 *
 * Pure and immutable: `press(state, key)` returns a new state, so the page can keep it in one `$state` and tests
 * need no DOM. The calculator also notices the unlock code (digits then `=`): it never checks the code itself, it
 * only reports the digits typed just before `=` as `submitted`, and the page decides what they mean.
 */

export type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
export type Operator = '+' | '-' | '*' | '/';
/** The operators that wait while a × or ÷ after them is worked out first. */
type LowOperator = '+' | '-';
export type CalcKey =
	| Digit
	| '.'
	| Operator
	| '='
	| '%'
	| 'negate'
	| 'backspace'
	/** C, then AC: clears what is being typed, and everything when pressed again (as phones label it). */
	| 'clear'
	| 'all-clear';

/** A code, not a message, so the page can word it ("Cannot divide by zero") and a test can match it. */
export type CalcError = 'divide-by-zero' | 'overflow';

/** The number on screen when it is not the last result: typed digit by digit, or produced by `%` or `±`. */
type Entry =
	{ readonly kind: 'typed'; readonly text: string } | { readonly kind: 'computed'; readonly value: number };

export interface CalcState {
	/** The last result, or the left operand just fixed by an operator; shown when `entry` is null. */
	readonly value: number;
	readonly entry: Entry | null;
	/** An operator waiting for its right operand. */
	readonly pending: Waiting | null;
	/**
	 * A + or − set aside while the × or ÷ after it is worked out first: `2 + 3 ×` holds `2 +` here and waits with
	 * `3 ×`. Only ever set while `pending` is a × or ÷.
	 */
	readonly held: { readonly operator: LowOperator; readonly left: number } | null;
	/** What `=` does again when pressed again: `2 + 3 = =` is 8. */
	readonly repeat: { readonly operator: Operator; readonly right: number } | null;
	readonly error: CalcError | null;
	/**
	 * The digit keys that make up the current entry, exactly as pressed (leading zeros kept: `0042` is a valid
	 * code though the screen shows 42). Null once the entry is more than digits (a point, a sign, a percentage),
	 * because such an entry cannot be a code.
	 */
	readonly code: string | null;
}

interface Waiting {
	readonly operator: Operator;
	readonly left: number;
}

export interface PressResult {
	readonly state: CalcState;
	/** Set only on `=` right after one or more digit keys: the candidate unlock code. */
	readonly submitted?: string;
}

/** Phone calculators stop taking digits at their display width; 15 is what a double holds exactly. */
export const MAX_INPUT_DIGITS = 15;
/** Longer than any unlock code (12) by a margin; beyond it the entry cannot be a code, and memory stays bounded. */
const MAX_CODE_KEYS = 32;

export const initialCalcState: CalcState = Object.freeze({
	value: 0,
	entry: null,
	pending: null,
	held: null,
	repeat: null,
	error: null,
	code: ''
});

export function press(state: CalcState, key: CalcKey): PressResult {
	if (state.error !== null) {
		// The error stays on screen until the next key, which clears it; a digit or point also starts a new number,
		// so someone typing on after the error does not lose the first key.
		const cleared = initialCalcState;
		return { state: isDigit(key) || key === '.' ? press(cleared, key).state : cleared };
	}
	switch (key) {
		case '.':
			return { state: pressPoint(state) };
		case '+':
		case '-':
		case '*':
		case '/':
			return { state: pressOperator(state, key) };
		case '=':
			return pressEquals(state);
		case '%':
			return { state: pressPercent(state) };
		case 'negate':
			return { state: pressNegate(state) };
		case 'backspace':
			return { state: pressBackspace(state) };
		case 'clear':
			return {
				state: clearLabel(state) === 'C' ? { ...state, entry: typed('0'), code: '' } : initialCalcState
			};
		case 'all-clear':
			return { state: initialCalcState };
		default:
			return { state: pressDigit(state, key) };
	}
}

/**
 * The text on the calculator's screen, with thousands grouped as phones show them. On an error it is just "Error":
 * the page words `state.error` itself ("Cannot divide by zero").
 */
export function display(state: CalcState): string {
	if (state.error !== null) return 'Error';
	if (state.entry?.kind === 'typed') return groupThousands(state.entry.text);
	return formatNumber(state.entry === null ? state.value : state.entry.value);
}

/** The raw digit keys typed since the last clear, operator or `=`; empty when the entry is not just digits. */
export function entered(state: CalcState): string {
	return state.code ?? '';
}

/** Which label the clear key should wear: `C` clears the entry, `AC` everything. */
export function clearLabel(state: CalcState): 'C' | 'AC' {
	const entry = state.entry;
	if (state.error !== null || entry === null) return 'AC';
	return entry.kind === 'typed' && entry.text === '0' ? 'AC' : 'C';
}

const KEYBOARD: Readonly<Record<string, CalcKey>> = {
	'.': '.',
	// Keyboards in much of Europe put a comma on the number pad's decimal key.
	',': '.',
	'+': '+',
	'-': '-',
	'*': '*',
	x: '*',
	X: '*',
	'/': '/',
	'=': '=',
	Enter: '=',
	'%': '%',
	Backspace: 'backspace',
	Delete: 'clear',
	Escape: 'all-clear',
	// The number pad's Clear key on Apple keyboards.
	Clear: 'all-clear'
};

/** Maps `KeyboardEvent.key` to a calculator key, or null for keys the calculator ignores. */
export function parseKey(key: string): CalcKey | null {
	if (isDigit(key)) return key;
	return Object.hasOwn(KEYBOARD, key) ? (KEYBOARD[key] ?? null) : null;
}

/**
 * A number as a 15-digit calculator shows it: rounded to 15 significant digits (so 0.1 + 0.2 shows 0.3), in
 * exponent form when very large or very small (`1.5e20`, `2e-7`), grouped in thousands otherwise.
 */
export function formatNumber(x: number): string {
	const rounded = Number(x.toPrecision(MAX_INPUT_DIGITS));
	// Also turns -0 into 0: a phone shows "-0" only while the person is typing a negative number.
	if (rounded === 0) return '0';
	const size = Math.abs(rounded);
	if (size >= 10 ** MAX_INPUT_DIGITS || size < 1e-6) return rounded.toExponential().replace('e+', 'e');
	// Below 1e21 and above 1e-7, String() never uses exponent form, and with at most 15 significant digits it
	// prints no noise.
	return groupThousands(String(rounded));
}

function pressDigit(state: CalcState, digit: Digit): CalcState {
	const entry = state.entry;
	if (entry === null || entry.kind === 'computed') {
		// A new number: after an operator, after `=`, or replacing a percentage. The code starts here too.
		return { ...state, entry: typed(digit), code: digit };
	}
	const code = state.code === null || state.code.length >= MAX_CODE_KEYS ? null : state.code + digit;
	if (entry.text === '0') return { ...state, entry: typed(digit), code };
	if (entry.text === '-0') return { ...state, entry: typed('-' + digit), code };
	// Further digits are ignored, as on a phone; the entry can then no longer be trusted to match what was typed.
	if (countDigits(entry.text) >= MAX_INPUT_DIGITS) return { ...state, code: null };
	return { ...state, entry: typed(entry.text + digit), code };
}

function pressPoint(state: CalcState): CalcState {
	const entry = state.entry;
	if (entry === null || entry.kind === 'computed') return { ...state, entry: typed('0.'), code: null };
	if (entry.text.includes('.')) return state;
	return { ...state, entry: typed(entry.text + '.'), code: null };
}

function pressOperator(state: CalcState, operator: Operator): CalcState {
	const base = { ...state, entry: null, repeat: null, code: '' };
	let pending = state.pending;
	let held = state.held;
	let right: number;
	if (state.entry !== null) {
		right = entryValue(state.entry);
	} else if (pending !== null) {
		// Pressing a second operator replaces the first (`2 + ×` means times), as phones do: the number goes back
		// to being the right operand of whatever waited before it.
		right = pending.left;
		pending = held;
		held = null;
	} else {
		right = state.value;
	}
	if (pending === null) return { ...base, value: right, pending: { operator, left: right }, held: null };
	if (isLow(pending.operator) && !isLow(operator)) {
		// `2 + 3 ×`: the 3 may still be multiplied, so the 2 + waits and the screen shows the 3.
		const waiting = { operator: pending.operator, left: pending.left };
		return { ...base, value: right, pending: { operator, left: right }, held: waiting };
	}
	const outcome = calculate(pending.left, pending.operator, right);
	if ('error' in outcome) return failed(outcome.error);
	if (!isLow(operator)) {
		// `2 + 3 × 4 ÷`: 3 × 4 is done, and the 2 + still waits for what the ÷ gives.
		return { ...base, value: outcome.value, pending: { operator, left: outcome.value }, held };
	}
	// `2 + 3 × 4 −`: everything so far can be worked out now.
	const total = held === null ? outcome : calculate(held.left, held.operator, outcome.value);
	if ('error' in total) return failed(total.error);
	return { ...base, value: total.value, pending: { operator, left: total.value }, held: null };
}

function pressEquals(state: CalcState): PressResult {
	const submitted = state.code !== null && state.code.length > 0 ? state.code : undefined;
	const next = computeEquals(state);
	return submitted === undefined ? { state: next } : { state: next, submitted };
}

function computeEquals(state: CalcState): CalcState {
	const base = { ...state, entry: null, pending: null, held: null, code: '' };
	if (state.pending !== null) {
		// `5 + =` adds 5 to itself, as phones do.
		const right = state.entry === null ? state.pending.left : entryValue(state.entry);
		const outcome = calculate(state.pending.left, state.pending.operator, right);
		if ('error' in outcome) return failed(outcome.error);
		const held = state.held;
		const total = held === null ? outcome : calculate(held.left, held.operator, outcome.value);
		if ('error' in total) return failed(total.error);
		// Only the last operation repeats: `2 + 3 × 4 = =` multiplies 14 by 4 again, as an iPhone does.
		return { ...base, value: total.value, repeat: { operator: state.pending.operator, right } };
	}
	const left = state.entry === null ? state.value : entryValue(state.entry);
	if (state.repeat === null) return { ...base, value: left };
	// Repeated `=` applies the last operation again, to the result or to a newly typed number.
	const outcome = calculate(left, state.repeat.operator, state.repeat.right);
	if ('error' in outcome) return failed(outcome.error);
	return { ...base, value: outcome.value };
}

function pressPercent(state: CalcState): CalcState {
	const pending = state.pending;
	const operand = state.entry !== null ? entryValue(state.entry) : (pending?.left ?? state.value);
	// Phone calculators make `50 + 10 %` mean "50 plus 10 % of 50" (55), but `200 × 10 %` simply 200 × 0.1 (20).
	const percent =
		pending !== null && (pending.operator === '+' || pending.operator === '-')
			? (pending.left * operand) / 100
			: operand / 100;
	if (!Number.isFinite(percent)) return failed('overflow');
	return { ...state, entry: computed(roundNoise(percent)), code: null };
}

function pressNegate(state: CalcState): CalcState {
	const entry = state.entry;
	if (entry?.kind === 'typed') {
		const text = entry.text.startsWith('-') ? entry.text.slice(1) : '-' + entry.text;
		return { ...state, entry: typed(text), code: null };
	}
	if (entry?.kind === 'computed') return { ...state, entry: computed(-entry.value), code: null };
	// With nothing entered yet, ± starts a negative number ("-0", then the digits), as on a phone.
	if (state.pending !== null || state.value === 0) return { ...state, entry: typed('-0'), code: null };
	return { ...state, entry: computed(-state.value), code: null };
}

function pressBackspace(state: CalcState): CalcState {
	const entry = state.entry;
	// Phones only delete digits that are being typed, never a result.
	if (entry?.kind !== 'typed') return state;
	const removed = entry.text.slice(-1);
	const shorter = entry.text.slice(0, -1);
	const text = shorter === '' || shorter === '-' ? '0' : shorter;
	const code = state.code !== null && isDigit(removed) ? state.code.slice(0, -1) : state.code;
	return { ...state, entry: typed(text), code };
}

type Outcome = { readonly value: number } | { readonly error: CalcError };

function calculate(left: number, operator: Operator, right: number): Outcome {
	if (operator === '/' && right === 0) return { error: 'divide-by-zero' };
	const raw =
		operator === '+'
			? left + right
			: operator === '-'
				? left - right
				: operator === '*'
					? left * right
					: left / right;
	if (!Number.isFinite(raw)) return { error: 'overflow' };
	// Only sums and differences are snapped: they are where binary noise shows (0.1 + 0.2 - 0.3 would be 5.55e-17).
	// Products and quotients keep full precision so that 1 ÷ 3 × 3 comes back to 1, as on a phone.
	const value = operator === '+' || operator === '-' ? snapToOperands(raw, left, right) : raw;
	return { value: value === 0 ? 0 : value };
}

/**
 * Rounds a sum or difference to the 15th significant digit of its larger operand: the precision a 15-digit decimal
 * calculator has, so that the noise of binary fractions cancels to the exact decimal answer.
 */
function snapToOperands(raw: number, a: number, b: number): number {
	const scale = Math.max(Math.abs(a), Math.abs(b));
	if (raw === 0 || scale === 0) return raw;
	const lastPlace = Math.floor(Math.log10(scale)) - (MAX_INPUT_DIGITS - 1);
	const keep = Math.floor(Math.log10(Math.abs(raw))) - lastPlace + 1;
	if (keep >= 1) return Number(raw.toPrecision(Math.min(keep, MAX_INPUT_DIGITS + 2)));
	// Smaller than the last place: it rounds either to one unit of that place or to nothing.
	return Math.abs(raw) >= 0.5 * 10 ** lastPlace ? Math.sign(raw) * 10 ** lastPlace : 0;
}

function roundNoise(x: number): number {
	return Number(x.toPrecision(MAX_INPUT_DIGITS));
}

function failed(error: CalcError): CalcState {
	return { ...initialCalcState, error, code: null };
}

function typed(text: string): Entry {
	return { kind: 'typed', text };
}

function computed(value: number): Entry {
	return { kind: 'computed', value };
}

function entryValue(entry: Entry): number {
	// Number() reads "0." and "-0" as intended; typed text never holds anything else that it would misread.
	return entry.kind === 'typed' ? Number(entry.text) : entry.value;
}

function countDigits(text: string): number {
	// A lone leading zero ("0.5") is not a significant digit and does not count against the limit.
	return text.replace(/^-?0(?=\.|$)/, '').replace(/\D/g, '').length;
}

function groupThousands(text: string): string {
	const match = /^(-?)(\d+)(.*)$/.exec(text);
	if (match === null) return text;
	const [, sign = '', whole = '', rest = ''] = match;
	return sign + whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + rest;
}

function isLow(operator: Operator): operator is LowOperator {
	return operator === '+' || operator === '-';
}

function isDigit(key: string): key is Digit {
	return key.length === 1 && key >= '0' && key <= '9';
}
