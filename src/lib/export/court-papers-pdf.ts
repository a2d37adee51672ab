/**
 * The bodies of the papers for the courts (court-papers.ts says what each holds). The cover, the check note and
 * the method's appendix are the timeline's own (pdf-sections.ts), so every paper carries the same receipt code,
 * chain head and way to verify it.
 */
import { currentContent, type Incident } from '$lib/domain/incident';
import { formatCountedBehaviour } from '$lib/format/behaviour';
import { formatFileSize } from '$lib/format/file-size';
import { exportMessages } from '$lib/messages/export';
import { countRiskFacts } from '$lib/domain/risk-facts';
import {
	exhibitMarks,
	familyChronology,
	familyRows,
	groupByBehaviour,
	monthlyPattern,
	standingRows,
	type ExhibitMark,
	type PaperKind
} from './court-papers';
import type { OutlineEntry } from './pdf-outline';
import { numbersOf, writeExhibitHash, writeIncident, writeRiskFacts } from './pdf-sections';
import { CONTENT_WIDTH, MARGIN_X, MUTED, SMALL_SIZE, type TimelineWriter } from './pdf-writer';
import type { TimelinePdfInput } from './timeline-pdf';
import { listExhibits, type TimelineRow } from './timeline-rows';

const text = exportMessages;
const words = exportMessages.papers;

export interface PaperContext {
	input: TimelinePdfInput;
	rows: readonly TimelineRow[];
	/** The incidents the rows show, deleted ones left out. */
	included: Incident[];
	now: Date;
}

const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const formatMonth = (month: string) => monthName.format(new Date(`${month}-01T12:00:00Z`));

/** A row's exhibits as their marks and names: "JS/1 doorstep.jpg; JS/2 message.png". */
function markedExhibits(row: TimelineRow, marks: ReadonlyMap<string, ExhibitMark>): string {
	return row.exhibits.map((x) => `${marks.get(x.number)?.mark ?? x.number} ${x.ref.name}`).join('; ');
}

/** Every marked exhibit with its name, its pack number and its fingerprint, so each file checks against this alone. */
function writeMarkedExhibits(
	writer: TimelineWriter,
	ctx: PaperContext,
	marks: ReadonlyMap<string, ExhibitMark>
): number {
	writer.addPage();
	writer.heading(words.exhibitsHeading, 14);
	const page = writer.pageIndex;
	const listed = listExhibits(ctx.rows, ctx.input.disclosed).filter((x) => marks.has(x.number));
	if (listed.length === 0) writer.paragraph(words.noExhibits);
	// In the order of the marks, JS/1 first.
	const order = [...marks.keys()];
	listed.sort((a, b) => order.indexOf(a.number) - order.indexOf(b.number));
	for (const exhibit of listed) {
		writer.ensureSpace(writer.lineHeight(SMALL_SIZE) * 5);
		writer.paragraph(words.exhibitMark(marks.get(exhibit.number)?.mark ?? exhibit.number, exhibit.name));
		writer.paragraph(
			words.exhibitNumber(exhibit.number, exhibit.type, formatFileSize(exhibit.size), exhibit.incidentNumber),
			{ size: SMALL_SIZE, x: MARGIN_X + 16, colour: MUTED }
		);
		const kitName = ctx.input.kitNames?.get(exhibit.number);
		if (kitName)
			writer.paragraph(words.kitFile(kitName), { size: SMALL_SIZE, x: MARGIN_X + 16, colour: MUTED });
		writeExhibitHash(writer, exhibit);
		writer.space(6);
	}
	return page;
}

/** Numbered entries with exhibit marks, to sit beside a statement: every entry, as the timeline numbers them. */
function writePolice(writer: TimelineWriter, ctx: PaperContext): OutlineEntry[] {
	const marks = exhibitMarks(ctx.rows, ctx.input.personName);
	writer.addPage();
	const page = writer.pageIndex;
	writer.heading(words.chronology, 14);
	for (const row of ctx.rows) writeIncident(writer, row, { exhibits: markedExhibits(row, marks) });
	return [
		{ title: words.chronology, pageIndex: page },
		{ title: words.exhibitsHeading, pageIndex: writeMarkedExhibits(writer, ctx, marks) }
	];
}

/** The acts by behaviour, the risk, and the person's own words: the order of the Stalking Protection Act 2019 s.1. */
function writeSpo(writer: TimelineWriter, ctx: PaperContext): OutlineEntry[] {
	const spo = words.spo;
	const marks = exhibitMarks(standingRows(ctx.rows), ctx.input.personName);
	writer.addPage();
	const actsPage = writer.pageIndex;
	writer.heading(spo.acts, 14);
	for (const group of groupByBehaviour(ctx.rows, ctx.included)) {
		const label = formatCountedBehaviour(group.id, text.behaviours, text.behaviours.unspecified);
		writer.space(6);
		writer.heading(spo.group(label, group.rows.length), 11);
		for (const row of group.rows) {
			const value = [row.cells.whatHappened, row.cells.where, markedExhibits(row, marks)]
				.filter((part) => part.trim() !== '')
				.join('\n');
			writer.field(spo.act(row.number, row.cells.occurred), value);
		}
	}

	const riskPage = writeRiskFacts(writer, ctx.input, ctx.rows, ctx.included, ctx.now, {
		title: spo.risk,
		note: spo.riskNote,
		ownWords: false
	});

	writer.addPage();
	const protectionPage = writer.pageIndex;
	writer.heading(spo.protection, 14);
	const standing = new Set(standingRows(ctx.rows).map((r) => r.incidentId));
	const contents = ctx.included.flatMap((i) => {
		const content = standing.has(i.id) ? currentContent(i) : null;
		return content ? [content] : [];
	});
	writer.paragraph(spo.effects, { size: 11 });
	for (const effect of ['fearOfViolence', 'alarmOrDistress', 'changedDailyLife'] as const) {
		const count = contents.filter((c) => c.impact[effect]).length;
		writer.tableLine(text.row[effect], text.riskFacts.count(count));
	}
	writer.space(8);
	const { ownWords } = countRiskFacts(ctx.included, ctx.now, ctx.input.options.timeZone);
	const numbers = numbersOf(ctx.rows);
	if (ownWords.length === 0) writer.paragraph(spo.noWords);
	for (const said of ownWords.filter((w) => standing.has(w.incidentId))) {
		writer.space(4);
		writer.paragraph(said.words, { x: MARGIN_X + 16 });
		writer.paragraph(text.riskFacts.entries(numbers([said.incidentId]), 1), {
			size: SMALL_SIZE,
			x: MARGIN_X + 16,
			colour: MUTED
		});
	}
	return [
		{ title: spo.acts, pageIndex: actsPage },
		{ title: spo.risk, pageIndex: riskPage },
		{ title: spo.protection, pageIndex: protectionPage },
		{ title: words.exhibitsHeading, pageIndex: writeMarkedExhibits(writer, ctx, marks) }
	];
}

/** The pattern over time first, then date, event and exhibit reference: a family court's usual chronology. */
function writeFamily(writer: TimelineWriter, ctx: PaperContext): OutlineEntry[] {
	const family = words.family;
	const marks = exhibitMarks(familyRows(ctx.rows), ctx.input.personName);
	writer.space(18);
	writer.heading(family.pattern, 14);
	const patternPage = writer.pageIndex;
	for (const month of monthlyPattern(ctx.rows, ctx.included)) {
		writer.paragraph(family.month(formatMonth(month.month), month.entries));
		const kinds = month.behaviours
			.map((b) => `${formatCountedBehaviour(b.id, text.behaviours, text.behaviours.unspecified)} ${b.count}`)
			.join('; ');
		if (kinds) writer.paragraph(kinds, { size: SMALL_SIZE, x: MARGIN_X + 16, colour: MUTED });
	}
	const { frequency } = countRiskFacts(ctx.included, ctx.now, ctx.input.options.timeZone);
	writer.space(6);
	writer.paragraph(
		`${text.riskFacts.frequency(frequency.recent, frequency.before)}${frequency.rising ? ` ${text.riskFacts.rising}` : ''}`
	);

	// Number, date, event, exhibit: the event column takes what is left.
	const widths = [34, 112, CONTENT_WIDTH - 34 - 112 - 70, 70];
	const xs = widths.map((_, i) => MARGIN_X + widths.slice(0, i).reduce((a, b) => a + b, 0));
	const cells = (values: readonly string[]) =>
		values.map((value, i) => ({ value, x: xs[i] ?? MARGIN_X, width: widths[i] ?? 0 }));
	const columns = family.columns;
	const header = [columns.number, columns.date, columns.event, columns.refs];
	writer.addPage();
	const chronologyPage = writer.pageIndex;
	writer.heading(words.chronology, 14);
	writer.tableRow(cells(header));
	writer.rule();
	writer.continuation = `${family.continued}    ${header.join('  |  ')}`;
	for (const row of familyChronology(ctx.rows, marks)) {
		writer.tableRow(cells([String(row.number), row.when, row.event, row.refs.join(', ')]));
		writer.rule();
	}
	writer.continuation = undefined;
	return [
		{ title: family.pattern, pageIndex: patternPage },
		{ title: words.chronology, pageIndex: chronologyPage },
		{ title: words.exhibitsHeading, pageIndex: writeMarkedExhibits(writer, ctx, marks) }
	];
}

/** Writes the paper's body after the cover; returns its bookmarks. */
export function writePaperBody(kind: PaperKind, writer: TimelineWriter, ctx: PaperContext): OutlineEntry[] {
	switch (kind) {
		case 'police':
			return writePolice(writer, ctx);
		case 'spo':
			return writeSpo(writer, ctx);
		case 'family':
			return writeFamily(writer, ctx);
	}
}
