/**
 * The timeline PDF for police and court (DESIGN.md, "Sharing and export"): a cover with the chain head and dates,
 * a summary of behaviours with a weekly chart, one block per incident oldest first, the exhibit list with hashes,
 * and a note on how to check it all without trusting this app.
 *
 * Text is set by pdf-text.ts with the fonts of pdf-fonts.ts (Noto Sans and the Noto fonts for other scripts),
 * so every character the person typed is printed: a character no font has is printed as its code point.
 */
import { PDFDocument } from 'pdf-lib';
import type { Incident } from '$lib/domain/incident';
import {
	countByBehaviour,
	incidentsPerWeekBetween,
	listCountedBehaviours,
	type WeekCount
} from '$lib/domain/patterns';
import { exportMessages } from '$lib/messages/export';
import { formatCountedBehaviour } from '$lib/format/behaviour';
import { formatFileSize } from '$lib/format/file-size';
import type { PaperKind } from './court-papers';
import { writePaperBody } from './court-papers-pdf';
import type { ExportInput } from './json';
import { attachFiles, documentIdOf, makeArchival, type PdfAttachment } from './pdf-archive';
import type { FontSource } from './pdf-fonts';
import { addOutline, type OutlineEntry } from './pdf-outline';
import {
	writeCheckNote,
	writeCover,
	writeExhibitHash,
	writeIncident,
	writeRiskFacts,
	writeVerifyText
} from './pdf-sections';
import { BODY_SIZE, MARGIN_X, MUTED, SMALL_SIZE, TimelineWriter } from './pdf-writer';
import { loadFaces, TextSetter } from './pdf-text';
import { listNamedPeople, personFields, type NamedPerson } from './people-details';
import { buildTimelineRows, listExhibits, type ExhibitListEntry, type TimelineRow } from './timeline-rows';

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
	/** One of the papers for the courts (court-papers.ts) instead of the timeline itself. */
	paper?: PaperKind;
	/** For the index of an upload kit: each exhibit's file name in the kit, by exhibit number. */
	kitNames?: ReadonlyMap<string, string>;
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
	const paper = input.paper;
	const title = paper ? exportMessages.papers[paper].fileTitle : pdfText.title;
	makeArchival(doc, {
		title,
		language: 'en-GB',
		creator: '',
		producer: '',
		created,
		documentId: await documentIdOf(
			[
				paper ? `waymark-${paper}-pdf` : 'waymark-timeline-pdf',
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
	writer.runningTitle = paper ? exportMessages.papers[paper].title : pdfText.title;
	const outline: OutlineEntry[] = [{ title: pdfText.outline.cover, pageIndex: 0 }];
	writeCover(writer, input, rows);
	if (paper) outline.push(...writePaperBody(paper, writer, { input, rows, included, now: created }));
	else outline.push(...writeTimelineBody(writer, input, rows, included, created));
	outline.push({ title: pdfText.outline.check, pageIndex: writeCheckNote(writer, input, rows) });
	if (input.verifyText?.trim()) {
		outline.push({ title: pdfText.outline.verify, pageIndex: writeVerifyText(writer, input.verifyText) });
	}
	writer.numberPages();
	await text.embedFonts();
	addOutline(doc, outline);
	return doc.save();
}

/** The timeline itself: summary, chart, risk facts, people, every incident and the exhibit list. */
function writeTimelineBody(
	writer: TimelineWriter,
	input: TimelinePdfInput,
	rows: readonly TimelineRow[],
	included: Incident[],
	now: Date
): OutlineEntry[] {
	const outline: OutlineEntry[] = [];
	outline.push({ title: pdfText.outline.summary, pageIndex: writeSummary(writer, input, rows, included) });
	outline.push({
		title: exportMessages.riskFacts.heading,
		pageIndex: writeRiskFacts(writer, input, rows, included, now)
	});
	const people = listNamedPeople(rows);
	if (people.length > 0)
		outline.push({ title: pdfText.outline.people, pageIndex: writePeople(writer, people) });

	writer.addPage();
	const incidentsPage = writer.pageIndex;
	writer.heading(pdfText.incidentsHeading, 14);
	if (rows.length === 0) writer.paragraph(pdfText.noIncidents);
	const pages = rows.map((row) => writeIncident(writer, row, {}, input.options.labels));
	outline.push({
		title: pdfText.outline.incidents,
		pageIndex: incidentsPage,
		children: monthEntries(rows, pages)
	});
	outline.push({
		title: pdfText.outline.exhibits,
		pageIndex: writeExhibits(writer, listExhibits(rows, input.disclosed))
	});
	return outline;
}
