// Makes an evidence pack, a share or backup file, a CSV or a JSON off the page's thread (issue 16): building the
// rows, the JSON and VERIFY text, hashing, deflating, the PDF and the seal take seconds for a long diary, and the
// quick exit must answer meanwhile. A thin wrapper: runExport (export-work.ts) does the work and is tested in Node.
//
// The PDF code is imported only when the pack's PDF is made (diary-export.ts): HarfBuzz starts with a top-level
// await, and a module worker still awaiting its imports has no listener yet, so the page's request would be lost.
import { serveTask } from '$lib/workers/serve';
import { fetchAppFont } from './app-fonts';
import type { ExportCalls, ExportProgress, ExportRequest, ExportResult } from './export-protocol';
import { runExport } from './export-work';
import { serialiseError } from './open-file-protocol';

serveTask<ExportRequest, ExportResult, ExportProgress, ExportCalls>(
	(request, onProgress, call) =>
		runExport(request, onProgress, call, { load: (spec) => fetchAppFont(spec, request.base) }),
	{ serialise: serialiseError }
);
