/**
 * The timeline PDF for police and court (DESIGN.md, "Sharing and export"): a cover with the chain head and dates,
 * a summary of behaviours with a weekly chart, one block per incident oldest first, the exhibit list with hashes,
 * and a note on how to check it all without trusting this app.
 *
 * Text is set by pdf-text.ts with the fonts of pdf-fonts.ts (Noto Sans and the Noto fonts for other scripts),
 * so every character the person typed is printed: a character no font has is printed as its code point.
 */
import { PDFDocument, rgb, type Color, type PDFPage } from 'pdf-lib';
import type { Incident, IncidentId } from '$lib/domain/incident';
import { formatDay } from '$lib/domain/iso-time';
import {
	countByBehaviour,
	incidentsPerWeekBetween,
	listCountedBehaviours,
	type WeekCount
} from '$lib/domain/patterns';
import { countRiskFacts } from '$lib/domain/risk-facts';
import { exportMessages } from '$lib/messages/export';
import { formatBehaviour, formatCountedBehaviour } from '$lib/format/behaviour';
import { formatFileSize } from '$lib/format/file-size';
import type { ExportInput } from './json';
import { attachFiles, documentIdOf, makeArchival, type PdfAttachment } from './pdf-archive';
import type { FontSource } from './pdf-fonts';
import { addOutline, type OutlineEntry } from './pdf-outline';
import { graphemesOf, loadFaces, TextSetter } from './pdf-text';
import { listNamedPeople, personFields, type NamedPerson } from './people-details';
import { formatExportTime, shownTimeZone } from './row-times';
import { countWithheld } from './withheld-count';
import {
	buildTimelineRows,
	listExhibits,
	ROW_COLUMNS,
	type ExhibitListEntry,
	type RowColumn,
	type TimelineRow
} from './timeline-rows';

const text = exportMessages;
const pdfText = exportMessages.pdf;

export interface TimelinePdfInput extends ExportInput {
	/** The person the record is about, for the cover. */
	personName?: string;
	policeReference?: string;
	/** Rows already built for the CSV and JSON of the same export, so all three agree; built here if left out. */
	rows?: readonly TimelineRow[];
	/** The copy inside an evidence pack, which has SHA256SUMS beside it; a PDF saved on its own says how else to check. */
	inPack?: boolean;
	/**
	 * Files the PDF carries as PDF/A-3 associated files (timeline.json, SHA256SUMS, VERIFY.txt), so that a PDF
	 * sent on its own can still be checked: `pdfdetach -list` shows them, and they come back byte for byte.
	 */
	attachments?: readonly PdfAttachment[];
	/** The receipt code for the chain head this PDF was made from, printed on the cover for the reader's notes. */
	receipt?: string;
	/** The method for checking the record (VERIFY.txt), printed as given in an appendix; lines may end in CRLF. */
	verifyText?: string;
}

// A4 in points, with margins wide enough for a hole punch and a court bundle's page stamp.
const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN_X = 56;
const MARGIN_TOP = 56;
const MARGIN_BOTTOM = 64;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
const LABEL_WIDTH = 118;
const BODY_SIZE = 9.5;
const SMALL_SIZE = 8;
const LINE_GAP = 1.4;
/** The receipt code on the cover, large enough to copy by hand or read aloud. */
const RECEIPT_SIZE = 14;
/** Lines of the appendix that are commands, hashes or file lists: a little smaller, so more of each fits a line. */
const CODE_SIZE = 8.5;

const INK = rgb(0.1, 0.1, 0.1);
const MUTED = rgb(0.35, 0.35, 0.35);
const RULE = rgb(0.75, 0.75, 0.75);
const BAR = rgb(0.2, 0.36, 0.55);

/** Columns printed in each incident's block; the number and time are in the block's heading instead. */
const BLOCK_COLUMNS = ROW_COLUMNS.filter(
	(column): column is Exclude<RowColumn, 'number' | 'occurred'> =>
		column !== 'number' && column !== 'occurred'
);

/** Lays text out on pages top to bottom, starting a new page whenever the next line would not fit. */
class PageWriter {
	private page: PDFPage;
	private y = 0;

	constructor(
		private readonly doc: PDFDocument,
		private readonly text: TextSetter
	) {
		this.page = this.addPage();
	}

	private drawString(
		page: PDFPage,
		value: string,
		options: { x: number; y: number; size: number; color: Color }
	): void {
		this.text.draw(page, value, options);
	}

	addPage(): PDFPage {
		this.page = this.doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
		this.y = PAGE_HEIGHT - MARGIN_TOP;
		return this.page;
	}

	get remaining(): number {
		return this.y - MARGIN_BOTTOM;
	}

	/** Starts a new page unless `height` points still fit on this one. */
	ensureSpace(height: number): void {
		if (this.remaining < height) this.addPage();
	}

	space(points: number): void {
		this.y -= points;
	}

	/** The text as given, normalised; every character of it is printed (pdf-text.ts). */
	printable(value: string): string {
		return value.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
	}

	/** The width of a line as drawString draws it. */
	measure(value: string, size: number): number {
		return this.text.measure(value, size);
	}

	/** Breaks text into lines no wider than `width`, at spaces where possible and inside over-long words if not. */
	wrap(value: string, size: number, width: number): string[] {
		const lines: string[] = [];
		const spaceWidth = this.measure(' ', size);
		for (const paragraph of value.split('\n')) {
			let line = '';
			let lineWidth = 0;
			for (const word of paragraph.split(' ')) {
				const wordWidth = this.measure(word, size);
				const extra = line === '' ? wordWidth : spaceWidth + wordWidth;
				if (lineWidth + extra <= width) {
					line = line === '' ? word : `${line} ${word}`;
					lineWidth += extra;
					continue;
				}
				if (line !== '') lines.push(line);
				if (wordWidth <= width) {
					[line, lineWidth] = [word, wordWidth];
					continue;
				}
				// A word wider than the column (a long link or hash): split it between letters, never inside one.
				line = '';
				lineWidth = 0;
				for (const character of graphemesOf(word)) {
					const characterWidth = this.measure(character, size);
					if (lineWidth + characterWidth > width && line !== '') {
						lines.push(line);
						[line, lineWidth] = ['', 0];
					}
					line += character;
					lineWidth += characterWidth;
				}
			}
			lines.push(line);
		}
		return lines;
	}

	lineHeight(size: number): number {
		return size * LINE_GAP;
	}

	/** Draws wrapped text at `x`, continuing onto new pages as needed. Returns the lines drawn. */
	paragraph(value: string, options: { size?: number; x?: number; width?: number; colour?: Color } = {}) {
		const size = options.size ?? BODY_SIZE;
		const x = options.x ?? MARGIN_X;
		const width = options.width ?? CONTENT_WIDTH - (x - MARGIN_X);
		const lines = this.wrap(this.printable(value), size, width);
		for (const line of lines) this.line(line, { size, x, colour: options.colour });
		return lines.length;
	}

	/** One line of text that is already known to fit and to be printable. */
	line(value: string, options: { size?: number; x?: number; colour?: Color } = {}): void {
		const size = options.size ?? BODY_SIZE;
		const height = this.lineHeight(size);
		this.ensureSpace(height);
		this.y -= height;
		if (value !== '') {
			this.drawString(this.page, value, {
				x: options.x ?? MARGIN_X,
				y: this.y + (height - size) / 2 + size * 0.22,
				size,
				color: options.colour ?? INK
			});
		}
	}

	heading(value: string, size: number): void {
		this.ensureSpace(this.lineHeight(size) + 3 * this.lineHeight(BODY_SIZE));
		this.paragraph(value, { size });
		this.space(size * 0.4);
	}

	/** A label in the left column and wrapped text beside it; the label stays with the first line of its text. */
	field(label: string, value: string, size = BODY_SIZE): void {
		const valueX = MARGIN_X + LABEL_WIDTH;
		const lines = this.wrap(this.printable(value), size, CONTENT_WIDTH - LABEL_WIDTH);
		const labelLines = this.wrap(this.printable(label), SMALL_SIZE, LABEL_WIDTH - 8);
		const lineHeight = this.lineHeight(size);
		this.ensureSpace(lineHeight * Math.min(lines.length, 2));
		const top = this.y;
		const startPage = this.page;
		labelLines.forEach((labelLine, i) => {
			this.drawString(startPage, labelLine, {
				x: MARGIN_X,
				y: top - (i + 1) * lineHeight + (lineHeight - size) / 2 + size * 0.22,
				size: SMALL_SIZE,
				color: MUTED
			});
		});
		for (const line of lines) this.line(line, { x: valueX, size });
		// A label longer than its text must not run into the next field.
		if (this.page === startPage) this.y = Math.min(this.y, top - labelLines.length * lineHeight);
		this.space(2);
	}

	rule(): void {
		this.ensureSpace(8);
		this.y -= 4;
		this.page.drawLine({
			start: { x: MARGIN_X, y: this.y },
			end: { x: PAGE_WIDTH - MARGIN_X, y: this.y },
			thickness: 0.5,
			color: RULE
		});
		this.y -= 4;
	}

	/** Text at the left and a right-aligned figure on the same line, for the summary table. */
	tableLine(label: string, figure: string): void {
		const height = this.lineHeight(BODY_SIZE);
		this.ensureSpace(height);
		this.line(this.printable(label));
		const width = this.measure(figure, BODY_SIZE);
		this.drawString(this.page, figure, {
			x: PAGE_WIDTH - MARGIN_X - width,
			y: this.y + (height - BODY_SIZE) / 2 + BODY_SIZE * 0.22,
			size: BODY_SIZE,
			color: INK
		});
	}

	/** A bar per week, drawn with rectangles, with the highest count and the first and last week labelled. */
	weeklyChart(weeks: readonly WeekCount[]): void {
		const chartHeight = 110;
		const axisLabels = this.lineHeight(SMALL_SIZE) * 2;
		this.ensureSpace(chartHeight + axisLabels + 6);
		const left = MARGIN_X + 24;
		const width = CONTENT_WIDTH - 24;
		const bottom = this.y - chartHeight;
		const highest = Math.max(1, ...weeks.map((w) => w.count));
		const slot = width / Math.max(1, weeks.length);
		const barWidth = Math.max(0.5, slot * 0.75);
		this.page.drawLine({
			start: { x: left, y: bottom },
			end: { x: left + width, y: bottom },
			thickness: 0.5,
			color: MUTED
		});
		const top = pdfText.chartAxis(highest);
		this.drawString(this.page, top, {
			x: left - 6 - this.measure(top, SMALL_SIZE),
			y: bottom + chartHeight - SMALL_SIZE,
			size: SMALL_SIZE,
			color: MUTED
		});
		this.drawString(this.page, '0', {
			x: left - 6 - this.measure('0', SMALL_SIZE),
			y: bottom,
			size: SMALL_SIZE,
			color: MUTED
		});
		weeks.forEach((week, i) => {
			if (week.count === 0) return;
			this.page.drawRectangle({
				x: left + i * slot + (slot - barWidth) / 2,
				y: bottom,
				width: barWidth,
				height: ((chartHeight - 4) * week.count) / highest,
				color: BAR
			});
		});
		this.y = bottom - 2;
		const first = weeks[0];
		const last = weeks.at(-1);
		if (first && last) {
			const start = pdfText.weekOf(formatDay(first.weekStart));
			const end = pdfText.weekOf(formatDay(last.weekStart));
			this.line(start, { size: SMALL_SIZE, x: left, colour: MUTED });
			if (weeks.length > 1) {
				const endWidth = this.measure(end, SMALL_SIZE);
				this.drawString(this.page, end, {
					x: left + width - endWidth,
					y: this.y + SMALL_SIZE * 0.4,
					size: SMALL_SIZE,
					color: MUTED
				});
			}
		}
	}

	/** "Page n of m" on every page, once the number of pages is known. */
	numberPages(): void {
		const pages = this.doc.getPages();
		pages.forEach((page, i) => {
			const label = pdfText.page(i + 1, pages.length);
			this.drawString(page, label, {
				x: PAGE_WIDTH - MARGIN_X - this.measure(label, SMALL_SIZE),
				y: MARGIN_BOTTOM / 2,
				size: SMALL_SIZE,
				color: MUTED
			});
			this.drawString(page, pdfText.title, {
				x: MARGIN_X,
				y: MARGIN_BOTTOM / 2,
				size: SMALL_SIZE,
				color: MUTED
			});
		});
	}
}

/**
 * The page layout this document needs on top of PageWriter's: a page that continues an incident starts by saying
 * which one, and the index of the page being written, for the bookmarks.
 */
class TimelineWriter extends PageWriter {
	/** Printed at the top of each new page while set: "Incident 12, Sunday 29 November 2026 (continued)". */
	continuation: string | undefined;
	private readonly pdf: PDFDocument;

	constructor(...args: ConstructorParameters<typeof PageWriter>) {
		super(...args);
		this.pdf = args[0];
	}

	override addPage(): PDFPage {
		const page = super.addPage();
		if (this.continuation !== undefined) {
			this.paragraph(this.continuation, { size: SMALL_SIZE + 1, colour: MUTED });
			this.space(4);
		}
		return page;
	}

	/** 0-based index of the page now being written. */
	get pageIndex(): number {
		return this.pdf.getPageCount() - 1;
	}
}

/** Weekly counts from the first to the last week the export covers, at most the latest MAX_CHART_WEEKS. */
function countWeeks(
	input: TimelinePdfInput,
	rows: readonly TimelineRow[],
	included: Incident[]
): WeekCount[] {
	const days = rows.filter((r) => !r.deleted && r.day !== null).map((r) => r.day as string);
	const first = input.options.from ?? days[0];
	const last = input.options.to ?? days.at(-1);
	if (first === undefined || last === undefined) return [];
	return incidentsPerWeekBetween(included, first, last, input.options.timeZone);
}

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

function writeCover(writer: PageWriter, input: TimelinePdfInput, rows: readonly TimelineRow[]): void {
	writer.paragraph(pdfText.title, { size: 22 });
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
}

/** Writes the summary and the chart; returns the index of the page the summary starts on. */
function writeSummary(
	writer: TimelineWriter,
	input: TimelinePdfInput,
	rows: readonly TimelineRow[],
	included: Incident[]
): number {
	writer.space(18);
	writer.heading(pdfText.summaryHeading, 14);
	const page = writer.pageIndex;
	for (const { id, count } of listCountedBehaviours(countByBehaviour(included))) {
		writer.tableLine(formatCountedBehaviour(id, text.behaviours, text.behaviours.unspecified), String(count));
	}
	writer.space(4);
	writer.paragraph(pdfText.summaryNote, { size: SMALL_SIZE, colour: MUTED });

	const weeks = countWeeks(input, rows, included);
	if (weeks.length === 0) return page;
	writer.space(18);
	writer.heading(pdfText.chartHeading, 14);
	writer.weeklyChart(weeks);
	writer.space(4);
	writer.paragraph(pdfText.chartNote(weeks.length), { size: SMALL_SIZE, colour: MUTED });
	return page;
}

/** The facts a caseworker asks about, each with the numbers of the incidents it counts; never a score. */
function writeRiskFacts(
	writer: TimelineWriter,
	input: TimelinePdfInput,
	rows: readonly TimelineRow[],
	included: Incident[],
	now: Date
): number {
	const words = text.riskFacts;
	writer.space(18);
	writer.heading(words.heading, 14);
	const page = writer.pageIndex;
	writer.paragraph(words.note, { size: SMALL_SIZE, colour: MUTED });
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
function numbersOf(rows: readonly TimelineRow[]): (ids: readonly IncidentId[]) => string {
	const byId = new Map(rows.map((row) => [row.incidentId, row.number]));
	return (ids) => formatNumberRuns(ids.flatMap((id) => byId.get(id) ?? []));
}

/** 1, 2, 3, 5, 7, 8 as "1–3, 5, 7, 8": a run of three or more is shortened, a pair is not. */
export function formatNumberRuns(numbers: readonly number[]): string {
	const sorted = [...new Set(numbers)].sort((a, b) => a - b);
	const parts: string[] = [];
	for (let i = 0; i < sorted.length; ) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
		if (j - i >= 2) parts.push(`${sorted[i]}–${sorted[j]}`);
		else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
		i = j + 1;
	}
	return parts.join(', ');
}

/** Writes one incident's block; returns the index of the page its heading is on. */
function writeIncident(writer: TimelineWriter, row: TimelineRow): number {
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
		const value = row.cells[column];
		if (value.trim() === '' || column === 'revisionHashes') continue;
		writer.field(text.columns[column], value);
	}
	// Hashes last and small: they are for checking, not reading.
	writer.field(text.columns.revisionHashes, row.cells.revisionHashes, SMALL_SIZE);
	writer.continuation = undefined;
	writer.rule();
	return page;
}

/** The people from the diary's list that the incidents name, with their details: who "Known to me" refers to. */
function writePeople(writer: TimelineWriter, people: readonly NamedPerson[]): number {
	writer.space(18);
	writer.heading(text.people.heading, 14);
	const page = writer.pageIndex;
	writer.paragraph(text.people.intro, { size: SMALL_SIZE, colour: MUTED });
	writer.space(6);
	for (const { person, incidents } of people) {
		writer.ensureSpace(writer.lineHeight(11) + 3 * writer.lineHeight(BODY_SIZE));
		writer.paragraph(person.name, { size: 11 });
		writer.space(2);
		for (const [label, value] of personFields(person)) writer.field(label, value);
		writer.field(text.people.incidents, incidents.join(', '));
		writer.space(6);
	}
	return page;
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A bookmark per month, at the page its first incident starts on, in the order the incidents are printed. */
function monthEntries(rows: readonly TimelineRow[], pages: readonly number[]): OutlineEntry[] {
	const entries: (OutlineEntry & { month: string })[] = [];
	rows.forEach((row, i) => {
		const month = row.day?.slice(0, 7) ?? '';
		if (entries.at(-1)?.month === month) return;
		const title =
			row.day === null ? pdfText.outline.undated : monthFormat.format(new Date(`${month}-01T12:00:00Z`));
		entries.push({ month, title, pageIndex: pages[i] ?? 0 });
	});
	return entries.map(({ title, pageIndex }) => ({ title, pageIndex }));
}

/** The fingerprint; in a disclosure-safe pack, the cleaned copy's beside the original's, or why it is left out. */
function writeExhibitHash(writer: PageWriter, exhibit: ExhibitListEntry): void {
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

/** Writes the exhibit list; returns the index of the page it starts on. */
function writeExhibits(writer: TimelineWriter, exhibits: readonly ExhibitListEntry[]): number {
	writer.addPage();
	writer.heading(pdfText.exhibitsHeading, 14);
	const page = writer.pageIndex;
	if (exhibits.length === 0) {
		writer.paragraph(pdfText.noExhibits);
		return page;
	}
	for (const exhibit of exhibits) {
		writer.ensureSpace(writer.lineHeight(BODY_SIZE) * 4);
		writer.paragraph(pdfText.exhibitLine(exhibit.number, writer.printable(exhibit.name)));
		const details = pdfText.exhibitDetails(
			writer.printable(exhibit.type),
			formatFileSize(exhibit.size),
			exhibit.incidentNumber
		);
		writer.paragraph(details, { size: SMALL_SIZE, x: MARGIN_X + 16, colour: MUTED });
		if (exhibit.disclosure?.kind !== 'withheld') {
			writer.paragraph(pdfText.exhibitFile(writer.printable(exhibit.path)), {
				size: SMALL_SIZE,
				x: MARGIN_X + 16,
				colour: MUTED
			});
		}
		writeExhibitHash(writer, exhibit);
		writer.space(6);
	}
	return page;
}

/** Writes how to check the document; returns the index of the page it starts on. */
function writeCheckNote(
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
function writeVerifyText(writer: TimelineWriter, verifyText: string): number {
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

/** Everything the PDF may print from the diary, for choosing which fonts to load. */
function diaryTexts(input: TimelinePdfInput, rows: readonly TimelineRow[]): string[] {
	return [
		input.personName ?? '',
		input.policeReference ?? '',
		...rows.flatMap((row) => Object.values(row.cells)),
		// Everything else the PDF prints from the diary: the People section and the exhibit list.
		...listNamedPeople(rows).flatMap(({ person }) => [
			person.name,
			...personFields(person).map(([, value]) => value)
		]),
		...listExhibits(rows, input.disclosed).flatMap((e) => [e.name, e.type, e.path]),
		// And what the export adds: the receipt code, the method's text and the attached files' names.
		input.receipt ?? '',
		input.verifyText ?? '',
		...(input.attachments ?? []).map((a) => a.name)
	];
}

/** The timeline as an A4 PDF, with the fonts its text needs from `fonts`, each subset to the glyphs it uses. */
export async function makeTimelinePdf(input: TimelinePdfInput, fonts: FontSource): Promise<Uint8Array> {
	const rows = input.rows ?? (await buildTimelineRows(input.incidents, input.people, input.options));
	const byId = new Map(input.incidents.map((incident) => [incident.id, incident]));
	const included = rows.flatMap((row) => {
		const incident = byId.get(row.incidentId);
		return incident && !row.deleted ? [incident] : [];
	});

	const doc = await PDFDocument.create();
	const text = new TextSetter(doc, await loadFaces(fonts, diaryTexts(input, rows)));
	const generated = new Date(input.generatedAt);
	const created = Number.isNaN(generated.getTime()) ? new Date() : generated;
	const attachments = input.attachments ?? [];
	const head = input.chain.at(-1);
	// The title, not the file's neutral name, in the reader's title bar; the language for screen readers; no
	// creator or producer named; and what PDF/A-3b asks for besides (pdf-archive.ts).
	makeArchival(doc, {
		title: pdfText.title,
		language: 'en-GB',
		creator: '',
		producer: '',
		created,
		documentId: await documentIdOf(
			[
				'waymark-timeline-pdf',
				input.generatedAt,
				head ? `${head.seq} ${head.link}` : '',
				JSON.stringify(input.options),
				input.receipt ?? ''
			],
			attachments
		)
	});
	await attachFiles(doc, attachments, created);

	const writer = new TimelineWriter(doc, text);
	const outline: OutlineEntry[] = [{ title: pdfText.outline.cover, pageIndex: 0 }];
	writeCover(writer, input, rows);
	outline.push({ title: pdfText.outline.summary, pageIndex: writeSummary(writer, input, rows, included) });
	outline.push({
		title: exportMessages.riskFacts.heading,
		pageIndex: writeRiskFacts(writer, input, rows, included, created)
	});
	const people = listNamedPeople(rows);
	if (people.length > 0)
		outline.push({ title: pdfText.outline.people, pageIndex: writePeople(writer, people) });

	writer.addPage();
	const incidentsPage = writer.pageIndex;
	writer.heading(pdfText.incidentsHeading, 14);
	if (rows.length === 0) writer.paragraph(pdfText.noIncidents);
	const pages = rows.map((row) => writeIncident(writer, row));
	outline.push({
		title: pdfText.outline.incidents,
		pageIndex: incidentsPage,
		children: monthEntries(rows, pages)
	});

	outline.push({
		title: pdfText.outline.exhibits,
		pageIndex: writeExhibits(writer, listExhibits(rows, input.disclosed))
	});
	outline.push({ title: pdfText.outline.check, pageIndex: writeCheckNote(writer, input, rows) });
	if (input.verifyText?.trim()) {
		outline.push({ title: pdfText.outline.verify, pageIndex: writeVerifyText(writer, input.verifyText) });
	}
	writer.numberPages();
	await text.embedFonts();
	addOutline(doc, outline);
	return doc.save();
}
