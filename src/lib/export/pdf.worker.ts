// Makes the timeline PDF off the page's thread, on its own or for an evidence pack or share file: shaping every
// line with HarfBuzz, embedding the fonts and writing the PDF/A-3 file can take seconds for a long diary, and the
// quick exit must answer meanwhile. A thin wrapper: makeTimelinePdf does the work and is tested in Node.
//
// The PDF code is imported when the request comes, not at the top: HarfBuzz starts with a top-level await, and a
// module worker still awaiting its imports has no listener yet, so the page's request would be dropped unheard.
import { serveTask } from '$lib/workers/serve';
import { fetchAppFont } from './app-fonts';
import { serialiseError } from './open-file-protocol';
import type { PdfRequest } from './pdf-in-worker';

serveTask<PdfRequest, Uint8Array>(
	async ({ input, base }) => {
		const { makeTimelinePdf } = await import('./timeline-pdf');
		return makeTimelinePdf(input, { load: (spec) => fetchAppFont(spec, base) });
	},
	{ transferOf: (pdf) => [pdf.buffer as ArrayBuffer], serialise: serialiseError }
);
