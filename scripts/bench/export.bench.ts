// Exports: the timeline PDF of 1,000 incidents against its budget, the CSV of 10,000 (information), and sealing a
// share file whose evidence pack holds 200 MB of exhibits, with the peak growth of resident memory while it runs.
//
// The share file's bytes are counted and dropped rather than kept: in the app they go into a Blob that the
// browser keeps out of the page's memory, and holding 200 MB here would measure the holding, not the pipeline.
import { randomBytes } from '../../src/lib/crypto';
import type {
	ExhibitId,
	ExhibitRef,
	Incident,
	IncidentContent,
	IncidentId
} from '../../src/lib/domain/incident';
import { formatIsoDateTime } from '../../src/lib/domain/iso-time';
import { createIncident, editIncident } from '../../src/lib/domain/revisions';
import { makeContent, testId } from '../../src/lib/domain/test-factories';
import {
	makeCsv,
	makeJson,
	makePdf,
	makeShareStream,
	prepareExport,
	type DiarySnapshot
} from '../../src/lib/export/diary-export';
import { CYRILLIC, GREEK, nodeFonts, POLISH, snapshotOf } from '../../src/lib/export/test-fixtures';
import { makeTimelinePdf } from '../../src/lib/export/timeline-pdf';
import { medianMs, type BenchRow } from './report';

const MiB = 1024 * 1024;
const WORDS = ['car', 'station', 'followed', 'message', 'flowers', 'window', 'gate', 'phone', 'work', 'bus'];
const SCRIPTS = [POLISH, GREEK, CYRILLIC, 'Hertford'];
/** What a diary in the UK's common languages holds: each script drawn with its own font, shaped and ordered. */
const MIXED = [
	...SCRIPTS,
	'He sent 😀👀🔪 at 2am',
	'رأيته عند المحطة مرة أخرى',
	'وہ میرے گھر کے باہر کھڑا تھا',
	'ਉਹ ਮੇਰੇ ਘਰ ਦੇ ਬਾਹਰ ਖੜ੍ਹਾ ਸੀ',
	'उसने स्टेशन से मेरा पीछा किया',
	'সে আমাকে অনুসরণ করেছে',
	'他一直在我家外面等着。',
	'Mężczyzna ＝ ten sam'
];

function sample(i: number, exhibits: ExhibitRef[] = [], scripts = SCRIPTS): IncidentContent {
	const when = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000 * 7);
	return makeContent({
		occurred: { kind: 'datetime', start: formatIsoDateTime(when), approximate: i % 5 === 0 },
		behaviours: [(['following', 'contacting', 'loitering', 'watching'] as const)[i % 4]!],
		channels: i % 4 === 1 ? ['text'] : [],
		whatHappened:
			`Entry ${i}: ${WORDS[i % 10]} ${WORDS[(i * 7) % 10]} near the ${WORDS[(i * 3) % 10]}. `.repeat(3) +
			(scripts === SCRIPTS ? '' : `${scripts[(i * 3) % scripts.length]} ${i}`),
		location: `${scripts[i % scripts.length]} ${i % 50}`,
		witnesses: i % 7 === 0 ? [{ name: 'Sam Witness', contact: '07700 900123' }] : [],
		exhibits
	});
}

/** Incidents with a real chain; every tenth one amended, as a real diary would have. */
async function diaryOf(
	count: number,
	exhibits: ExhibitRef[] = [],
	scripts = SCRIPTS
): Promise<DiarySnapshot> {
	const incidents: Incident[] = [];
	for (let i = 0; i < count; i++) {
		const at = new Date(Date.UTC(2025, 0, 1) + i * 60_000);
		let incident = createIncident(sample(i, i === 0 ? exhibits : [], scripts), at, testId<IncidentId>(i + 1));
		if (i % 10 === 0)
			incident = editIncident(incident, sample(i + 1, i === 0 ? exhibits : [], scripts), at, 'Amended');
		incidents.push(incident);
	}
	return snapshotOf(incidents);
}

const rssMb = () => process.memoryUsage.rss() / MiB;

export async function benchExport(smoke: boolean): Promise<BenchRow[]> {
	const font = nodeFonts();
	const rows: BenchRow[] = [];
	const options = { disclosureSafe: false, includePrivateNotes: false };

	const pdfCount = smoke ? 50 : 1000;
	const pdfDiary = await diaryOf(pdfCount);
	let pdfBytes = 0;
	const pdfMs = await medianMs(smoke ? 1 : 3, async () => {
		const prepared = await prepareExport(pdfDiary, options);
		pdfBytes = (await makePdf(prepared, font)).length;
	});
	rows.push({
		name: `timeline PDF of ${pdfCount.toLocaleString('en-GB')} incidents`,
		value: pdfMs,
		unit: 'ms',
		...(smoke ? {} : { budget: 3000 }),
		better: 'lower',
		detail: `rows, hashes and PDF; ${(pdfBytes / MiB).toFixed(1)} MB, font subset`
	});

	// The same PDF as an evidence pack's, carrying its proof: timeline.json, SHA256SUMS and VERIFY.txt attached,
	// the receipt code on the cover and the method printed as an appendix (VERIFY.txt's size is a stand-in).
	const proofInput = await prepareExport(pdfDiary, options);
	const encode = (text: string) => new TextEncoder().encode(text);
	const json = encode(await makeJson(proofInput));
	const verifyText = 'Step 1: sha256sum -c SHA256SUMS\r\n'.repeat(400);
	const sums = encode(`${'0'.repeat(64)}  timeline.csv\n`.repeat(20));
	const attachments = [
		{ name: 'timeline.json', bytes: json, mimeType: 'application/json', description: '' },
		{ name: 'SHA256SUMS', bytes: sums, mimeType: 'text/plain', description: '' },
		{ name: 'VERIFY.txt', bytes: encode(verifyText), mimeType: 'text/plain', description: '' }
	].map((a) => ({ ...a, relationship: 'Supplement' as const }));
	let proofBytes = 0;
	const proofMs = await medianMs(smoke ? 1 : 3, async () => {
		const prepared = await prepareExport(pdfDiary, options);
		const input = { ...prepared.input, attachments, receipt: '1-0000-0000-0000-0000-0', verifyText };
		proofBytes = (await makeTimelinePdf(input, font)).length;
	});
	rows.push({
		name: `timeline PDF of ${pdfCount.toLocaleString('en-GB')} incidents, with its proof`,
		value: proofMs,
		unit: 'ms',
		...(smoke ? {} : { budget: 3000 }),
		better: 'lower',
		detail: `as above, with timeline.json (${(json.length / MiB).toFixed(1)} MB) and two more files attached and the method appended; ${(proofBytes / MiB).toFixed(1)} MB`
	});

	const mixedDiary = await diaryOf(pdfCount, [], MIXED);
	let mixedBytes = 0;
	const mixedMs = await medianMs(smoke ? 1 : 3, async () => {
		const prepared = await prepareExport(mixedDiary, options);
		mixedBytes = (await makePdf(prepared, font)).length;
	});
	rows.push({
		name: `PDF of ${pdfCount.toLocaleString('en-GB')} incidents in mixed scripts`,
		value: mixedMs,
		unit: 'ms',
		...(smoke ? {} : { budget: 3000 }),
		better: 'lower',
		detail:
			'Latin, Greek, Cyrillic, Arabic, Urdu, Gurmukhi, Devanagari, Bengali, Chinese, emoji: seven fonts, subset'
	});
	rows.push({
		name: `PDF of ${pdfCount.toLocaleString('en-GB')} incidents in mixed scripts, size`,
		value: mixedBytes,
		unit: 'bytes',
		better: 'lower',
		detail: `information: ${(mixedBytes / MiB).toFixed(1)} MB with every font it uses embedded as a subset`
	});

	const csvCount = smoke ? 300 : 10_000;
	const csvDiary = await diaryOf(csvCount);
	const csvMs = await medianMs(smoke ? 1 : 3, async () => {
		makeCsv(await prepareExport(csvDiary, options));
	});
	rows.push({
		name: `CSV of ${csvCount.toLocaleString('en-GB')} incidents`,
		value: csvMs,
		unit: 'ms',
		better: 'lower',
		detail: 'information: rows (with every revision hashed) and CSV'
	});

	// Five exhibits, each read as fresh 1 MiB pieces made on demand from one random buffer, as a file is read.
	const pattern = await randomBytes(MiB);
	const exhibitMb = smoke ? 8 : 200;
	const perExhibit = (exhibitMb / 5) * MiB;
	const hasher = await import('node:crypto');
	const hash = hasher.createHash('sha256');
	for (let sent = 0; sent < perExhibit; sent += MiB)
		hash.update(pattern.subarray(0, Math.min(MiB, perExhibit - sent)));
	const sha256 = hash.digest('hex');
	const refs: ExhibitRef[] = Array.from({ length: 5 }, (_, i) => ({
		id: testId<ExhibitId>(700 + i),
		name: `video-${i + 1}.mp4`,
		type: 'video/mp4',
		size: perExhibit,
		sha256,
		addedAt: '2025-01-01T00:00:00.000+00:00'
	}));
	async function* openExhibit(): AsyncGenerator<Uint8Array> {
		for (let sent = 0; sent < perExhibit; sent += MiB)
			yield pattern.slice(0, Math.min(MiB, perExhibit - sent));
	}
	const shareDiary = await diaryOf(smoke ? 20 : 200, refs);
	const prepared = await prepareExport(shareDiary, options);
	const baseline = rssMb();
	let peak = baseline;
	let sealedBytes = 0;
	const start = performance.now();
	const stream = makeShareStream(
		prepared,
		{ fonts: font, openExhibit, onProgress: () => (peak = Math.max(peak, rssMb())) },
		'bench passphrase, not a real one'
	);
	for await (const piece of stream) sealedBytes += piece.length;
	const shareMs = performance.now() - start;
	rows.push({
		name: `seal a share file with ${exhibitMb} MB of exhibits`,
		value: shareMs,
		unit: 'ms',
		better: 'lower',
		detail: `${(exhibitMb / (shareMs / 1000)).toFixed(0)} MB/s with Argon2id at the diary's cost; ${(sealedBytes / MiB).toFixed(0)} MB out`
	});
	rows.push({
		name: `seal a share file with ${exhibitMb} MB of exhibits, peak memory growth`,
		value: Math.max(0, peak - baseline),
		unit: 'MB',
		better: 'lower',
		detail: 'resident memory; flat means the pack streams, not growing with the exhibits'
	});
	return rows;
}
