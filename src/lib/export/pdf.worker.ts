// Makes the timeline PDF on its own off the page's thread, from the diary's snapshot: building the rows, the JSON
// and VERIFY text it carries, shaping every line with HarfBuzz, embedding the fonts and writing the PDF/A-3 file
// can take seconds for a long diary, and the quick exit must answer meanwhile. A thin wrapper: runPdfExport
// (export-work.ts) does the work and is tested in Node. The PDF inside a pack or share file is made in the export
// worker (export.worker.ts), with the rest of the pack.
//
// The PDF code is imported when the PDF is made, not at the top (diary-export.ts): HarfBuzz starts with a top-level
// await, and a module worker still awaiting its imports has no listener yet, so the page's request would be dropped.
import { serveTask } from '$lib/workers/serve';
import { fetchAppFont } from './app-fonts';
import type { PdfRequest, PdfResult } from './export-protocol';
import { runPdfExport } from './export-work';
import { serialiseError } from './open-file-protocol';

serveTask<PdfRequest, PdfResult>(
	(request) => runPdfExport(request, { load: (spec) => fetchAppFont(spec, request.base) }),
	{ transferOf: ({ pdf }) => [pdf.buffer as ArrayBuffer], serialise: serialiseError }
);
