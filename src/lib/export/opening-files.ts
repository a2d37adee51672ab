// The files being opened in workers right now, so a lock or quick exit can end them all at once. Apart from the
// worker's client, with nothing imported, so the screens that lock can hold it without loading the rest.
const running = new Set<() => void>();

/** Registers a way to stop one file being opened; returns a function that unregisters it. */
export function trackOpening(stop: () => void): () => void {
	running.add(stop);
	return () => running.delete(stop);
}

/** Ends every file being opened, now: on lock and on quick exit. */
export function stopOpeningFiles(): void {
	for (const stop of [...running]) stop();
}
