// The disguise: an ordinary phone calculator that really calculates, drawn with the DOM alone, so the first load
// shows it before Svelte, SvelteKit or anything else of the app has loaded (first-screen.ts), and the app's locked
// screens show the very same one (Calculator.svelte). It knows nothing of what else the app is: it only reports the
// digits typed just before "=" through `onSubmit`, and its caller decides what they mean.
import { calculatorMessages as t } from '$lib/messages/calculator';
import {
	clearLabel,
	display,
	initialCalcState,
	parseKey,
	press,
	type CalcKey,
	type CalcState,
	type Digit,
	type Operator
} from '$lib/safety/calculator';
import '$lib/styles/base.css';
import './calculator.css';

export interface CalculatorOptions {
	/** Called with the digit keys typed just before "=" (leading zeros kept), every time there are some. */
	readonly onSubmit: (code: string) => void;
	/** A short line above the display, as a phone's calculator shows a notice; neutral words only. */
	readonly note?: string;
}

export interface CalculatorView {
	/** Leaves the calculator drawn, but no longer answering keys or taps, nor read by screen readers. */
	stop(): void;
	/** Stops listening to the keyboard and takes the calculator off the page. */
	destroy(): void;
}

const OPERATORS: Record<Operator, { readonly glyph: string; readonly name: string }> = {
	'/': { glyph: '÷', name: t.keys.divide },
	'*': { glyph: '×', name: t.keys.multiply },
	'-': { glyph: '−', name: t.keys.minus },
	'+': { glyph: '+', name: t.keys.plus }
};

/** The three middle rows: digits, then the operator at the row's end. */
const ROWS: readonly { readonly digits: readonly Digit[]; readonly operator: Operator }[] = [
	{ digits: ['7', '8', '9'], operator: '*' },
	{ digits: ['4', '5', '6'], operator: '-' },
	{ digits: ['1', '2', '3'], operator: '+' }
];

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className: string,
	attributes: Record<string, string> = {}
): HTMLElementTagNameMap[K] {
	const made = document.createElement(tag);
	if (className) made.className = className;
	for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
	return made;
}

function isEditable(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLElement &&
		(target.isContentEditable || target.closest('input, textarea, select, [contenteditable]') !== null)
	);
}

/** Draws the calculator at the end of `target` and makes it work. */
export function mountCalculator(target: Element, { onSubmit, note }: CalculatorOptions): CalculatorView {
	let calc: CalcState = initialCalcState;

	const root = element('main', 'calc');
	const body = element('div', 'calc-body');
	const heading = element('h1', 'visually-hidden');
	heading.textContent = t.title;
	body.append(heading);
	if (note) {
		const notice = element('p', 'calc-note', { role: 'status' });
		notice.textContent = note;
		body.append(notice);
	}
	const screen = element('div', 'calc-screen');
	const output = element('output', 'calc-display', { 'aria-label': t.result, 'aria-live': 'off' });
	screen.append(output);
	// What the hidden live region says: the result after "=", or an error. Not every digit, which would be noise.
	const live = element('div', 'visually-hidden', { 'aria-live': 'polite', 'aria-atomic': 'true' });
	live.append(element('span', ''));
	const keys = element('div', 'calc-keys');
	body.append(screen, live, keys);
	root.append(body);

	const key = (className: string, label: string, pressed: CalcKey, name?: string) => {
		const button = element('button', `calc-key ${className}`, { type: 'button' });
		button.textContent = label;
		if (name) button.setAttribute('aria-label', name);
		// Keys do not take focus from a tap or click, as on a phone, so that Enter typed afterwards means "=" rather
		// than pressing the last key clicked again. Keyboard users still reach every key with Tab.
		button.addEventListener('mousedown', (event) => event.preventDefault());
		button.addEventListener('click', () => pressKey(pressed));
		keys.append(button);
		return button;
	};
	const operatorButtons = new Map<Operator, HTMLButtonElement>();
	const operatorKey = (operator: Operator) => {
		const button = key('calc-operator', OPERATORS[operator].glyph, operator, OPERATORS[operator].name);
		operatorButtons.set(operator, button);
	};

	const clear = key('calc-function', 'AC', 'clear', t.keys.allClear);
	key('calc-function', '±', 'negate', t.keys.negate);
	key('calc-function', '%', '%', t.keys.percent);
	operatorKey('/');
	for (const row of ROWS) {
		for (const digit of row.digits) key('calc-digit', digit, digit);
		operatorKey(row.operator);
	}
	key('calc-digit calc-wide', '0', '0');
	key('calc-digit', '.', '.', t.keys.point);
	key('calc-operator', '=', '=', t.keys.equals);

	function draw(): void {
		const shown = calc.error === null ? display(calc) : t.errors[calc.error];
		output.textContent = shown;
		output.classList.toggle('calc-error', calc.error !== null);
		output.style.setProperty('--chars', String(Math.max(shown.length, 1)));
		const all = clearLabel(calc) === 'AC';
		clear.textContent = all ? 'AC' : 'C';
		clear.setAttribute('aria-label', all ? t.keys.allClear : t.keys.clear);
		// The operator waiting for its right operand, lit up as phones do until the next number is started.
		const active = calc.entry === null && calc.error === null ? calc.pending?.operator : undefined;
		for (const [operator, button] of operatorButtons)
			button.setAttribute('aria-pressed', String(active === operator));
	}

	/** A fresh element each time, so the same result said twice is read twice. */
	function announce(text: string): void {
		const said = element('span', '');
		said.textContent = text;
		live.replaceChildren(said);
	}

	function pressKey(pressed: CalcKey): void {
		const before = calc;
		const result = press(before, pressed);
		calc = result.state;
		draw();
		if (result.state.error !== null && before.error === null) announce(t.errors[result.state.error]);
		else if (pressed === '=') announce(display(result.state));
		if (result.submitted !== undefined) onSubmit(result.submitted);
	}

	function onKeydown(event: KeyboardEvent): void {
		if (event.defaultPrevented || event.isComposing) return;
		// Shift is allowed: it is how "+", "*" and "%" are typed on many keyboards.
		if (event.ctrlKey || event.metaKey || event.altKey) return;
		if (isEditable(event.target)) return;
		const pressed = parseKey(event.key);
		if (pressed === null) return;
		// Enter on a key that has focus (reached with Tab) presses that key, as it does on any button.
		if (event.key === 'Enter' && event.target instanceof HTMLButtonElement) return;
		event.preventDefault();
		pressKey(pressed);
	}

	draw();
	target.append(root);
	window.addEventListener('keydown', onKeydown);
	const stop = () => {
		window.removeEventListener('keydown', onKeydown);
		root.inert = true;
	};
	return {
		stop,
		destroy() {
			stop();
			root.remove();
		}
	};
}
