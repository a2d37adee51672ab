// Opens a shared or backup file off the page's thread: key derivation, decrypting, unzipping and hashing can take
// seconds, and a hostile file is made to take as long as it can. Here they never hold up the page, so the quick
// exit always answers; the page ends this worker on exit, lock or cancel. A thin wrapper: openSharedFile does the
// work and is tested in Node.
import { openSharedFile, type OpenedShare, type OpenProgress } from './open-shared';
import { serialiseError, type OpenFileRequest, type OpenFileReply } from './open-file-protocol';

/** Progress is told at most this often: one message per inflated step would flood the page. */
const PROGRESS_EVERY_MS = 100;

function reply(message: OpenFileReply, transfer: Transferable[] = []): void {
	self.postMessage(message, { transfer });
}

/** The buffers behind the exhibits and the PDF, moved to the page rather than copied (they are most of a pack). */
function buffersOf(opened: OpenedShare): ArrayBuffer[] {
	const buffers = new Set<ArrayBuffer>();
	const add = (bytes: Uint8Array | null) => {
		if (bytes && bytes.buffer instanceof ArrayBuffer) buffers.add(bytes.buffer);
	};
	add(opened.pack.pdf);
	for (const { bytes } of opened.pack.exhibits.values()) add(bytes);
	return [...buffers];
}

self.addEventListener('message', (event: MessageEvent<OpenFileRequest>) => {
	const { file, passphrase, allowPlainPack } = event.data;
	let lastStage = '';
	let lastTime = 0;
	const onProgress = (progress: OpenProgress) => {
		const now = performance.now();
		if (progress.stage === lastStage && now - lastTime < PROGRESS_EVERY_MS) return;
		lastStage = progress.stage;
		lastTime = now;
		reply({ type: 'progress', progress });
	};
	openSharedFile(file, passphrase, { onProgress, allowPlainPack }).then(
		(opened) => reply({ type: 'opened', opened }, buffersOf(opened)),
		(error: unknown) => reply({ type: 'failed', error: serialiseError(error) })
	);
});
