/**
 * The evidence pack: one zip holding the PDF, CSV and JSON of the timeline, every exhibit under its exhibit number,
 * a README, VERIFY.txt (the verification method, with a worked example), verify.py (a checker written from that
 * method in Python's standard library) and a SHA256SUMS file that `sha256sum -c SHA256SUMS` checks, so an officer
 * can verify every file and the whole record of changes without trusting this app.
 *
 * The zip is made as a stream: exhibits are stored (photos and video are already compressed) and pass straight
 * through, chunk by chunk, so a pack with 500 MB of exhibits never sits whole in memory. The text files are
 * deflated. Zip64 is not written, so a pack must stay under 4 GB; phones cannot hold much more anyway.
 */
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { createSha256 } from '$lib/crypto/sha256';
import type { ChainCheckpoint } from '$lib/domain/hash-chain';
import type { Sha256Hex } from '$lib/domain/incident';
import { exportMessages } from '$lib/messages/export';
import { PackExhibitChangedError } from './errors';
import { exhibitPath, PACK_FILES } from './file-names';
import verifyPy from './verifiers/verify.py?raw';
import verifyHtml from './verifiers/verify.html?raw';

export interface PackExhibit {
	/** EXH-001 style. */
	number: string;
	/** The original file name; cleaned before it becomes a path. */
	name: string;
	/** The hash recorded when the exhibit was added (or of its cleaned copy); the bytes streamed must match it. */
	sha256: Sha256Hex;
	/** Where it goes in the pack, when not where the name puts it: a HEIC's cleaned copy is a `.jpg`. */
	path?: string;
	chunks: AsyncIterable<Uint8Array>;
}

export interface EvidencePackInput {
	pdf: Uint8Array;
	csv: string;
	json: string;
	/** For README.txt; the same head as on the PDF cover and in the JSON. */
	chainHead: ChainCheckpoint | null;
	/** Shown in README.txt, as people read it (e.g. "Sun, 29 Nov 2026, 07:30"). */
	generatedAt: string;
	disclosureSafe?: boolean;
	/** VERIFY.txt, made from the same JSON (formatVerifyText). */
	verifyText: string;
	exhibits: AsyncIterable<PackExhibit> | Iterable<PackExhibit>;
}

const encoder = new TextEncoder();

/**
 * Every entry says it was made on Unix (APPNOTE 4.4.2.2) with the ordinary file mode rw-r--r--, so `unzip` and
 * `bsdtar` take names as they are and give the files usual permissions, rather than guessing at MS-DOS code pages.
 */
const UNIX = 3;
const FILE_MODE = 0o100644;

function asUnixFile<T extends ZipDeflate | ZipPassThrough>(file: T): T {
	file.os = UNIX;
	file.attrs = FILE_MODE << 16;
	return file;
}

/** README.txt: plain text with CRLF endings, so Notepad on an old police PC shows it properly too. */
export function formatReadme(
	input: Pick<EvidencePackInput, 'chainHead' | 'generatedAt' | 'disclosureSafe'>
): string {
	const readme = exportMessages.readme;
	const head = input.chainHead ? readme.chainHead(input.chainHead.seq, input.chainHead.link) : readme.noChain;
	const lines = [
		readme.title,
		'',
		readme.intro(input.generatedAt),
		'',
		...readme.files.map((line) => `  ${line}`),
		'',
		readme.checkHeading,
		'',
		...readme.checkBody,
		'',
		readme.chainHeading,
		'',
		`  ${head}`,
		'',
		readme.chainBody,
		...(input.disclosureSafe ? ['', readme.disclosureSafe, '', readme.disclosureSafeExhibits] : []),
		''
	];
	return lines.join('\r\n');
}

/** One line per file in the form `sha256sum -c` reads: the hex digest, two spaces, the path. */
export function formatSha256Sums(entries: readonly { path: string; sha256: Sha256Hex }[]): string {
	return entries.map((entry) => `${entry.sha256}  ${entry.path}\n`).join('');
}

async function hashBytes(bytes: Uint8Array): Promise<Sha256Hex> {
	const hasher = await createSha256();
	hasher.update(bytes);
	return hasher.digestHex();
}

export interface PackTextFile {
	path: string;
	bytes: Uint8Array;
	sha256: Sha256Hex;
}

/**
 * The pack's text files, in the order they are packed: the CSV, the JSON, README.txt, VERIFY.txt and the two
 * verifiers. Made once before the PDF too, which carries their fingerprints (diary-export.ts).
 */
export async function packTextFiles(
	input: Omit<EvidencePackInput, 'pdf' | 'exhibits'>
): Promise<PackTextFile[]> {
	const texts: [string, string][] = [
		[PACK_FILES.csv, input.csv],
		[PACK_FILES.json, input.json],
		[PACK_FILES.readme, formatReadme(input)],
		[PACK_FILES.verify, input.verifyText],
		[PACK_FILES.verifier, verifyPy],
		[PACK_FILES.verifyHtml, verifyHtml]
	];
	const files: PackTextFile[] = [];
	for (const [path, text] of texts) {
		const bytes = encoder.encode(text);
		files.push({ path, bytes, sha256: await hashBytes(bytes) });
	}
	return files;
}

/** Where an exhibit stands in the pack. */
export function packPathOf(exhibit: Pick<PackExhibit, 'number' | 'name' | 'path'>): string {
	return exhibit.path ?? exhibitPath(exhibit.number, exhibit.name);
}

/**
 * Streams the evidence pack as zip bytes. Pieces are yielded as soon as fflate produces them; nothing is buffered
 * beyond one exhibit chunk. Throws PackExhibitChangedError if an exhibit's bytes do not hash to its recorded
 * SHA-256, in which case the bytes already yielded must be thrown away.
 */
export async function* makeEvidencePack(input: EvidencePackInput): AsyncGenerator<Uint8Array> {
	// PDF streams are already compressed by pdf-lib, so deflating it again would only cost time.
	const whole = [
		{ path: PACK_FILES.pdf, bytes: input.pdf, compress: false, sha256: await hashBytes(input.pdf) },
		...(await packTextFiles(input)).map((file) => ({ ...file, compress: true }))
	];
	yield* zipFiles(whole, input.exhibits);
}

/**
 * The upload kit for a police evidence portal that takes files one at a time: the index PDF first, then every
 * exhibit under the name the index gives it (its mark), and SHA256SUMS, so each file checks against the index alone.
 */
export async function* makeUploadKit(input: {
	index: Uint8Array;
	indexPath: string;
	exhibits: AsyncIterable<PackExhibit> | Iterable<PackExhibit>;
}): AsyncGenerator<Uint8Array> {
	yield* zipFiles(
		[{ path: input.indexPath, bytes: input.index, compress: false, sha256: await hashBytes(input.index) }],
		input.exhibits
	);
}

/** A zip of whole files, then the exhibits streamed and checked against their recorded hashes, then SHA256SUMS. */
async function* zipFiles(
	whole: readonly { path: string; bytes: Uint8Array; compress: boolean; sha256: Sha256Hex }[],
	exhibits: AsyncIterable<PackExhibit> | Iterable<PackExhibit>
): AsyncGenerator<Uint8Array> {
	const ready: Uint8Array[] = [];
	let failure: Error | null = null;
	const zip = new Zip((error, data) => {
		if (error) failure = error;
		else ready.push(data);
	});
	// fflate calls back synchronously inside push(), so after every push everything it made can be handed on.
	function* drain(): Generator<Uint8Array> {
		if (failure) throw failure;
		while (ready.length > 0) yield ready.shift() as Uint8Array;
	}
	const sums: { path: string; sha256: Sha256Hex }[] = [];

	for (const { path, bytes, compress, sha256 } of whole) {
		const file: ZipDeflate | ZipPassThrough = asUnixFile(
			compress ? new ZipDeflate(path, { level: 6 }) : new ZipPassThrough(path)
		);
		zip.add(file);
		file.push(bytes, true);
		sums.push({ path, sha256 });
		yield* drain();
	}

	for await (const exhibit of exhibits) {
		const path = packPathOf(exhibit);
		const file = asUnixFile(new ZipPassThrough(path));
		zip.add(file);
		const hasher = await createSha256();
		for await (const chunk of exhibit.chunks) {
			hasher.update(chunk);
			file.push(chunk, false);
			yield* drain();
		}
		file.push(new Uint8Array(0), true);
		const sha256 = hasher.digestHex();
		if (sha256 !== exhibit.sha256.toLowerCase()) throw new PackExhibitChangedError(exhibit.number);
		sums.push({ path, sha256 });
		yield* drain();
	}

	const sumsBytes = encoder.encode(formatSha256Sums(sums));
	const sumsFile = asUnixFile(new ZipDeflate(PACK_FILES.sums, { level: 6 }));
	zip.add(sumsFile);
	sumsFile.push(sumsBytes, true);
	zip.end();
	yield* drain();
}
