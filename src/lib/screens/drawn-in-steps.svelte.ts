// Long lists drawn a step at a time, a step a task: a thousand entries drawn in one go held the page's thread for
// most of a second, and the quick exit could not answer meanwhile. Each step is drawn after the one before has been
// painted, so input (the quick exit above all) runs in between.

/**
 * How many of a list's items to draw now: it rises by `step` a task until it reaches `target()`, and follows the
 * target down at once. Made in a component's script, whose effects it uses.
 */
export class DrawnInSteps {
	#count = $state(0);

	constructor(step: number, target: () => number) {
		$effect(() => {
			const want = target();
			if (this.#count >= want) {
				if (this.#count > want) this.#count = want;
				return;
			}
			let timer: ReturnType<typeof setTimeout> | undefined;
			const frame = requestAnimationFrame(() => {
				timer = setTimeout(() => (this.#count = Math.min(want, this.#count + step)), 0);
			});
			return () => {
				cancelAnimationFrame(frame);
				clearTimeout(timer);
			};
		});
	}

	get count(): number {
		return this.#count;
	}
}
