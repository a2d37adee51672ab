// The disguise's text. It reads as any phone calculator would and says nothing about what else the app is.
import type { CalcError } from '$lib/safety/calculator';

export const calculatorMessages = {
	/** The page's heading, read by screen readers only, as a stock calculator app names itself. */
	title: 'Calculator',
	/** The accessible name of the display. */
	result: 'Result',
	/** Accessible names of the keys whose visible label is a symbol; digit keys are named by their digit. */
	keys: {
		divide: 'divide',
		multiply: 'multiply',
		minus: 'minus',
		plus: 'plus',
		equals: 'equals',
		percent: 'percent',
		negate: 'plus or minus',
		delete: 'delete',
		clear: 'clear',
		allClear: 'all clear',
		point: 'decimal point'
	},
	/**
	 * Shown above the keys when the browser will not let the page store anything. Before any code is typed the page
	 * must still be only a calculator, so this says nothing of what else it is.
	 */
	unavailable:
		'This page cannot save on this device right now. Closing other tabs of it, freeing some space or leaving private browsing, then reloading, may help.',
	/** What the display shows instead of a number. */
	errors: {
		'divide-by-zero': 'Cannot divide by zero',
		overflow: 'Number too large'
	} satisfies Record<CalcError, string>
} as const;

export type CalculatorMessages = typeof calculatorMessages;
