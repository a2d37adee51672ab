// The PDF's fonts are part of the app, fetched from its own origin only when a PDF is made, by the page or by the
// worker that makes it. The service worker answers from its cache, so they work offline: precached with the app, or
// kept on first use (see vite.config.ts).
import { FontMissingError, FontNotAvailableError } from './errors';
import type { PdfFontSpec } from './pdf-fonts';

/** One font's bytes from `fonts/` under the app's base address (the page's document.baseURI). */
export async function fetchAppFont(spec: PdfFontSpec, base: string): Promise<Uint8Array> {
	let response: Response;
	try {
		response = await fetch(new URL(`fonts/${spec.file}`, base));
	} catch {
		// No network and not in the cache: only a font cached on first use can be missing like this.
		throw spec.cachedOnFirstUse ? new FontNotAvailableError() : new FontMissingError();
	}
	if (!response.ok) throw new FontMissingError();
	return new Uint8Array(await response.arrayBuffer());
}
