// Opens a shared or backup file off the page's thread: key derivation, decrypting, unzipping and hashing can take
// seconds, and a hostile file is made to take as long as it can. Here they never hold up the page, so the quick
// exit always answers; the page ends this worker on exit, lock or cancel. A thin wrapper: openSharedFile does the
// work and is tested in Node.
import { serveTask } from '$lib/workers/serve';
import {
	progressKind,
	serialiseError,
	type OpenFileRequest,
	type OpenFileResult
} from './open-file-protocol';
import { describeShared, openSharedFile, type OpenProgress } from './open-shared';

/** The buffers behind the exhibits and the PDF, moved to the page rather than copied (they are most of a pack). */
function buffersOf({ opened }: OpenFileResult): ArrayBuffer[] {
	const buffers = new Set<ArrayBuffer>();
	const add = (bytes: Uint8Array | null) => {
		if (bytes && bytes.buffer instanceof ArrayBuffer) buffers.add(bytes.buffer);
	};
	add(opened.pack.pdf);
	for (const { bytes } of opened.pack.exhibits.values()) add(bytes);
	return [...buffers];
}

serveTask<OpenFileRequest, OpenFileResult, OpenProgress>(
	async ({ file, passphrase, allowPlainPack, describe }, onProgress) => {
		const opened = await openSharedFile(file, passphrase, { onProgress, allowPlainPack });
		// The viewer's rows take as long to build as the file takes to check, for a long diary.
		return describe ? { opened, view: await describeShared(opened.pack.timeline) } : { opened };
	},
	{ transferOf: buffersOf, kindOf: progressKind, serialise: serialiseError }
);
