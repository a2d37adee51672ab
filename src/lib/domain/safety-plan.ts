// The person's own safety plan: what they will do to stay safe, in their own words, one answer to each of the
// questions a stalking advocate goes through when planning safety with someone. It is sealed like the entries
// but is not evidence: it is not in the record of changes, it is rewritten whenever the person changes it, and it
// goes into a share file only if the person ticks it (export/json.ts).
import * as v from 'valibot';
import { textProblems, validateTexts, type Validation } from './validate';

/** The plan's parts, in the order the form asks about them. */
export const PLAN_FIELDS = [
	'people',
	'codeWord',
	'safePlaces',
	'routes',
	'emergency',
	'keepReady',
	'device'
] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

export type SafetyPlanAnswers = { readonly [K in PlanField]: string };

export interface SafetyPlan extends SafetyPlanAnswers {
	/** When the person last saved it, as an ISO date and time. */
	readonly updatedAt: string;
}

/** Words the diary can keep: no longer than any other text, and no broken half of an emoji (validate.ts). */
const planText = v.pipe(
	v.string(),
	v.check((text) => textProblems(text).length === 0)
);

/** Strict, and every part checked as the form checks it: a file's plan is refused whole if any part is not. */
export const safetyPlanSchema = v.strictObject({
	people: planText,
	codeWord: planText,
	safePlaces: planText,
	routes: planText,
	emergency: planText,
	keepReady: planText,
	device: planText,
	updatedAt: v.pipe(v.string(), v.maxLength(64))
});

/** Exactly the plan's parts, whatever else the value carries (a draft's fields, a caller's extra keys). */
export function tidyPlan(plan: SafetyPlanAnswers, updatedAt: string): SafetyPlan {
	return { ...answersOf(plan), updatedAt };
}

export function emptyPlanAnswers(): { [K in PlanField]: string } {
	return { people: '', codeWord: '', safePlaces: '', routes: '', emergency: '', keepReady: '', device: '' };
}

/** The answers of a plan (or of nothing yet), without when it was saved. */
export function answersOf(plan: SafetyPlanAnswers | undefined): { [K in PlanField]: string } {
	const answers = emptyPlanAnswers();
	for (const field of PLAN_FIELDS) answers[field] = plan?.[field] ?? '';
	return answers;
}

/** True when any part of the plan has words in it; a plan of blanks is no plan. */
export function planHasWords(plan: SafetyPlanAnswers | undefined): boolean {
	return plan !== undefined && PLAN_FIELDS.some((field) => plan[field].trim() !== '');
}

export function validateSafetyPlan(plan: SafetyPlanAnswers): Validation {
	return validateTexts(answersOf(plan));
}
