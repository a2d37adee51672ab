/** One problem in a form, for the error summary and the message beside the field: the field's id, and what to do. */
export interface FieldProblem {
	readonly id: string;
	readonly message: string;
}

/** The message for the field with this id, if it has a problem. */
export function problemAt(problems: readonly FieldProblem[], id: string): string | undefined {
	return problems.find((p) => p.id === id)?.message;
}

/**
 * The ids for a field's aria-describedby: its hints, and its problem's message (`<id>-problem`) while it has one.
 * Undefined when there are none, so no empty attribute is written.
 */
export function describedBy(
	problems: readonly FieldProblem[],
	id: string,
	...hints: string[]
): string | undefined {
	const ids = [...hints, ...(problemAt(problems, id) ? [`${id}-problem`] : [])];
	return ids.length > 0 ? ids.join(' ') : undefined;
}
