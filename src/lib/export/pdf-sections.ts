/**
 * The sections every PDF of the export prints alike, the timeline and the papers for the courts: the cover, an
 * incident's block, the facts a caseworker asks about, an exhibit's fingerprint, the note on how to check the
 * document, and the method printed as its appendix.
 */
import type { IncidentId } from '$lib/domain/incident';
import { formatDay } from '$lib/domain/iso-time';
import { countRiskFacts } from '$lib/domain/risk-facts';
import { formatBehaviour } from '$lib/format/behaviour';
import { exportMessages } from '$lib/messages/export';
import { fieldLabel, type PdfLabels } from './pdf-labels';
import type { Incident } from '$lib/domain/incident';
import {
	BODY_SIZE,
	CODE_SIZE,
	CONTENT_WIDTH,
	LABEL_WIDTH,
	MARGIN_X,
	MUTED,
	RECEIPT_SIZE,
	SMALL_SIZE,
	type PageWriter,
	type TimelineWriter
} from './pdf-writer';
import { formatExportTime, shownTimeZone } from './row-times';
import type { TimelinePdfInput } from './timeline-pdf';
import { ROW_COLUMNS, type ExhibitListEntry, type RowColumn, type TimelineRow } from './timeline-rows';
import { countWithheld } from './withheld-count';

const text = exportMessages;
const pdfText = exportMessages.pdf;

/** Columns printed in each incident's block; the number and time are in the block's heading instead. */
const BLOCK_COLUMNS = ROW_COLUMNS.filter(
	(column): column is Exclude<RowColumn, 'number' | 'occurred'> =>
		column !== 'number' && column !== 'occurred'
);

function formatDateRange(input: TimelinePdfInput, rows: readonly TimelineRow[]): string {
	const { from, to } = input.options;
	if (from !== undefined && to !== undefined) return `${formatDay(from)} – ${formatDay(to)}`;
	if (from !== undefined) return pdfText.from(formatDay(from));
	if (to !== undefined) return pdfText.to(formatDay(to));
	const days = rows.map((r) => r.day).filter((d): d is string => d !== null);
	const [first, last] = [days[0], days.at(-1)];
	if (first === undefined || last === undefined) return pdfText.noIncidents;
	return first === last ? formatDay(first) : `${formatDay(first)} – ${formatDay(last)}`;
}

export function writeCover(writer: PageWriter, input: TimelinePdfInput, rows: readonly TimelineRow[]): void {
	const paper = input.paper ? text.papers[input.paper] : undefined;
	writer.paragraph(paper?.title ?? pdfText.title, { size: 22 });
	writer.space(4);
	writer.paragraph(pdfText.subtitle, { size: SMALL_SIZE + 1, colour: MUTED });
	writer.space(18);
	const head = input.chain.at(-1);
	const fields: [string, string][] = [
		[pdfText.personName, input.personName ?? ''],
		[pdfText.policeReference, input.policeReference ?? ''],
		[pdfText.dateRange, formatDateRange(input, rows)],
		[pdfText.incidentCount, String(rows.length)],
		[pdfText.generatedAt, formatExportTime(input.generatedAt, input.options.timeZone)],
		[pdfText.timeZone, pdfText.timeZoneNote(shownTimeZone(input.options.timeZone))],
		[pdfText.chainHead, head ? pdfText.chainHeadValue(head.seq, head.link) : pdfText.noChain]
	];
	if (input.options.behaviours?.length) {
		fields.push([
			pdfText.behaviourFilter,
			input.options.behaviours.map((id) => formatBehaviour(id, text.behaviours)).join('; ')
		]);
	}
	for (const [label, value] of fields) if (value !== '') writer.field(label, value);
	const receipt = input.receipt?.trim() ?? '';
	if (receipt !== '') {
		writer.space(4);
		writer.field(pdfText.receipt, receipt, RECEIPT_SIZE);
		writer.paragraph(pdfText.receiptNote, {
			size: SMALL_SIZE,
			x: MARGIN_X + LABEL_WIDTH,
			colour: MUTED
		});
	}
	writer.space(8);
	if (input.options.disclosureSafe) {
		writer.field(pdfText.disclosureSafe, pdfText.disclosureSafeNote);
	} else if (input.options.includePrivateNotes) {
		writer.paragraph(pdfText.privateNotesIncluded, { colour: MUTED });
	}
	const labels = input.options.labels;
	if (labels) {
		// Before anyone reads an entry: which words are translated, and which are the person's own, in both languages.
		writer.space(6);
		writer.paragraph(pdfText.labelsNote(labels.language));
		writer.paragraph(labels.note);
	}
	if (!paper) return;
	// What the paper is and is not, on its first page, before anyone reads on.
	writer.space(12);
	for (const paragraph of [...paper.about, text.papers.honest]) {
		writer.paragraph(paragraph);
		writer.space(6);
	}
}

/** The facts a caseworker asks about, each with the numbers of the incidents it counts; never a score. */
export function writeRiskFacts(
	writer: TimelineWriter,
	input: TimelinePdfInput,
	rows: readonly TimelineRow[],
	included: Incident[],
	now: Date,
	heading: { title: string; note: string; ownWords?: boolean } = {
		title: text.riskFacts.heading,
		note: text.riskFacts.note
	}
): number {
	const words = text.riskFacts;
	writer.space(18);
	writer.heading(heading.title, 14);
	const page = writer.pageIndex;
	writer.paragraph(heading.note, { size: SMALL_SIZE, colour: MUTED });
	writer.paragraph(words.asOf(formatExportTime(now.toISOString(), input.options.timeZone)), {
		size: SMALL_SIZE,
		colour: MUTED
	});
	writer.space(6);
	const facts = countRiskFacts(included, now, input.options.timeZone);
	const numbers = numbersOf(rows);
	const which = { size: SMALL_SIZE, x: MARGIN_X + 16, colour: MUTED };
	const counted = (label: string, ids: readonly IncidentId[]) => {
		// A fact and the numbers it counts stay on one page.
		writer.ensureSpace(writer.lineHeight(BODY_SIZE) + (ids.length > 0 ? writer.lineHeight(SMALL_SIZE) : 0));
		writer.tableLine(label, words.count(ids.length));
		if (ids.length > 0) writer.paragraph(words.entries(numbers(ids), ids.length), which);
	};
	for (const fact of facts.facts) counted(words.facts[fact.id], fact.incidents);
	writer.space(6);
	writer.paragraph(words.frequency(facts.frequency.recent, facts.frequency.before));
	if (facts.frequency.rising) writer.paragraph(words.rising);
	writer.space(8);
	writer.paragraph(words.newKinds, { size: 11 });
	if (facts.newKinds.length === 0) writer.paragraph(words.noNewKinds);
	for (const kind of facts.newKinds) counted(formatBehaviour(kind.id, text.behaviours), kind.incidents);
	// A paper that gives the person's words a part of their own (the fact sheet's part 3) leaves them out here.
	if (heading.ownWords === false) return page;
	writer.space(8);
	writer.paragraph(words.ownWords, { size: 11 });
	if (facts.ownWords.length === 0) writer.paragraph(words.noOwnWords);
	for (const said of facts.ownWords) {
		writer.space(4);
		// Not in quotation marks: around words that end in a right-to-left script, a closing mark lands on the wrong side.
		writer.paragraph(said.words, { x: MARGIN_X + 16 });
		writer.paragraph(words.entries(numbers([said.incidentId]), 1), which);
	}
	return page;
}

/** Incident ids as the printed numbers, runs shortened: "1–3, 5". */
export function numbersOf(rows: readonly TimelineRow[]): (ids: readonly IncidentId[]) => string {
	const byId = new Map(rows.map((row) => [row.incidentId, row.number]));
	return (ids) => formatNumberRuns(ids.flatMap((id) => byId.get(id) ?? []));
}

/** 1, 2, 3, 5, 7, 8 as "1–3, 5, 7, 8": a run of three or more is shortened, a pair is not. */
export function formatNumberRuns(numbers: readonly number[]): string {
	const sorted = [...new Set(numbers)].sort((a, b) => a - b);
	const parts: string[] = [];
	for (let i = 0; i < sorted.length;) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
		if (j - i >= 2) parts.push(`${sorted[i]}–${sorted[j]}`);
		else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
		i = j + 1;
	}
	return parts.join(', ');
}

/** Writes one incident's block; returns the index of the page its heading is on. */
export function writeIncident(
	writer: TimelineWriter,
	row: TimelineRow,
	cells: Partial<Record<(typeof BLOCK_COLUMNS)[number], string>> = {},
	labels?: PdfLabels
): number {
	const when = row.deleted ? row.cells.recorded : row.cells.occurred;
	const status =
		row.deleted || row.withdrawn ? ` (${row.deleted ? text.row.deleted : text.row.withdrawn})` : '';
	// Keep a heading with a few lines of its block, rather than alone at the foot of a page.
	writer.ensureSpace(writer.lineHeight(11) + 6 * writer.lineHeight(BODY_SIZE));
	const page = writer.pageIndex;
	writer.heading(pdfText.incidentHeading(row.number, `${writer.printable(when)}${status}`), 11);
	writer.continuation =
		row.day === null
			? pdfText.continuedUndated(row.number)
			: pdfText.continuedHeading(row.number, formatDay(row.day));
	for (const column of BLOCK_COLUMNS) {
		const value = cells[column] ?? row.cells[column];
		if (value.trim() === '' || column === 'revisionHashes') continue;
		writer.field(fieldLabel(labels, column, text.columns[column]), value);
	}
	// Hashes last and small: they are for checking, not reading.
	writer.field(
		fieldLabel(labels, 'revisionHashes', text.columns.revisionHashes),
		row.cells.revisionHashes,
		SMALL_SIZE
	);
	writer.continuation = undefined;
	writer.rule();
	return page;
}

/** The fingerprint; in a disclosure-safe pack, the cleaned copy's beside the original's, or why it is left out. */
export function writeExhibitHash(writer: PageWriter, exhibit: ExhibitListEntry): void {
	const small = { size: SMALL_SIZE, x: MARGIN_X + 16 };
	const { disclosure } = exhibit;
	if (disclosure?.kind === 'cleaned') {
		writer.paragraph(pdfText.exhibitCleaned(disclosure.sha256), small);
		writer.paragraph(pdfText.exhibitCleanedFrom(exhibit.sha256, disclosure.converted), small);
		return;
	}
	if (disclosure?.kind === 'withheld') writer.paragraph(pdfText.exhibitWithheld(disclosure.reason), small);
	writer.paragraph(pdfText.exhibitHash(exhibit.sha256), small);
}

/** Writes how to check the document; returns the index of the page it starts on. */
export function writeCheckNote(
	writer: TimelineWriter,
	input: TimelinePdfInput,
	rows: readonly TimelineRow[]
): number {
	writer.space(18);
	writer.heading(pdfText.checkHeading, 14);
	const page = writer.pageIndex;
	const withheld = countWithheld(input.incidents, rows, input.options);
	const paragraphs = [
		...(input.inPack ? pdfText.checkInPack : pdfText.checkStandalone),
		...pdfText.checkCommon,
		...(withheld.revisions > 0
			? [pdfText.withheldNote(withheld.revisions, input.options.disclosureSafe)]
			: []),
		...(input.attachments?.length
			? [pdfText.attachedFiles(input.attachments.map((a) => writer.printable(a.name)))]
			: [])
	];
	for (const paragraph of paragraphs) {
		writer.paragraph(paragraph);
		writer.space(6);
	}
	return page;
}

/** A line of the method that is a command, a hash or a file listing rather than prose. */
function isCodeLine(line: string): boolean {
	return /^ {4}/.test(line) || /[0-9a-f]{32}/i.test(line) || /^\s*(\$|>|PS>) /.test(line);
}

/**
 * Breaks a command or a line of JSON into lines: after a space, a comma, a slash, a backslash, a bar or a
 * semicolon where it can, so that a hash or a file name stays whole; inside a piece only if the piece alone is
 * wider than the line. `width(i)` is the width of the i-th line.
 */
function wrapCode(
	writer: PageWriter,
	value: string,
	size: number,
	width: (line: number) => number
): string[] {
	const lines: string[] = [];
	let line = '';
	for (const piece of value.split(/(?<=[ ,/\\|;])/)) {
		if (writer.measure((line + piece).trimEnd(), size) <= width(lines.length)) {
			line += piece;
			continue;
		}
		if (line.trim() !== '') lines.push(line.trimEnd());
		line = piece;
		if (writer.measure(piece.trimEnd(), size) <= width(lines.length)) continue;
		const parts = writer.wrap(piece.trimEnd(), size, width(Math.max(1, lines.length)));
		lines.push(...parts.slice(0, -1));
		line = parts.at(-1) ?? '';
	}
	if (line.trim() !== '') lines.push(line.trimEnd());
	return lines;
}

/**
 * The method (VERIFY.txt) as given, line for line, on pages of its own: indented lines keep their indent, a line
 * too long for the page wraps at spaces, and a wrapped command or hash line goes on a little further in, so that
 * it reads as one line; a hash is broken only if it is wider than the page, which at A4 it is not.
 */
export function writeVerifyText(writer: TimelineWriter, verifyText: string): number {
	writer.addPage();
	writer.heading(pdfText.verifyHeading, 14);
	const page = writer.pageIndex;
	writer.continuation = pdfText.verifyContinued;
	const lines = verifyText.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
	for (const raw of lines) {
		const line = writer.printable(raw.replace(/\t/g, '    ')).trimEnd();
		if (line === '') {
			writer.space(writer.lineHeight(BODY_SIZE) * 0.6);
			continue;
		}
		const code = isCodeLine(line);
		const size = code ? CODE_SIZE : BODY_SIZE;
		const body = line.trimStart();
		const indent = Math.min(CONTENT_WIDTH / 3, writer.measure(' ', size) * (line.length - body.length));
		const x = MARGIN_X + indent;
		const width = CONTENT_WIDTH - indent;
		if (!code) {
			writer.paragraph(body, { size, x, width });
			continue;
		}
		const hang = Math.min(16, width / 4);
		wrapCode(writer, body, size, (i) => (i === 0 ? width : width - hang)).forEach((part, i) => {
			writer.line(part, { size, x: i === 0 ? x : x + hang });
		});
	}
	writer.continuation = undefined;
	return page;
}
