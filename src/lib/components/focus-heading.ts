// After each change of screen, focus moves to the new screen's heading, so a screen reader announces where the
// person now is and keyboard users start from the top. An attachment-style action: use:focusOnMount.
export function focusOnMount(node: HTMLElement): void {
	node.focus();
}
