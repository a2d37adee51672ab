/**
 * The page layout every PDF of the export shares (the timeline and the papers for the courts): A4 with margins for
 * a hole punch and a bundle's page stamp, wrapped text that continues onto new pages, labelled fields, the weekly
 * chart, and page numbers with the document's title at the foot of each page.
 */
import { rgb, type Color, type PDFDocument, type PDFPage } from 'pdf-lib';
import { formatDay } from '$lib/domain/iso-time';
import type { WeekCount } from '$lib/domain/patterns';
import { exportMessages } from '$lib/messages/export';
import { graphemesOf, type TextSetter } from './pdf-text';

const pdfText = exportMessages.pdf;

// A4 in points, with margins wide enough for a hole punch and a court bundle's page stamp.
export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;
export const MARGIN_X = 56;
export const MARGIN_TOP = 56;
export const MARGIN_BOTTOM = 64;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
export const LABEL_WIDTH = 118;
export const BODY_SIZE = 9.5;
export const SMALL_SIZE = 8;
export const LINE_GAP = 1.4;
/** The receipt code on the cover, large enough to copy by hand or read aloud. */
export const RECEIPT_SIZE = 14;
/** Lines of the appendix that are commands, hashes or file lists: a little smaller, so more of each fits a line. */
export const CODE_SIZE = 8.5;

export const INK = rgb(0.1, 0.1, 0.1);
export const MUTED = rgb(0.35, 0.35, 0.35);
export const RULE = rgb(0.75, 0.75, 0.75);
export const BAR = rgb(0.2, 0.36, 0.55);

/** Lays text out on pages top to bottom, starting a new page whenever the next line would not fit. */
export class PageWriter {
	private page: PDFPage;
	private y = 0;
	/** Printed at the foot of every page beside its number: the document's own title. */
	runningTitle: string = exportMessages.pdf.title;

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
		// The label's lines too: a label that wraps (a date range with its offsets) must not run into the page's foot.
		this.ensureSpace(lineHeight * Math.max(labelLines.length, Math.min(lines.length, 2)));
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

	/**
	 * One row of a table: each cell's text wrapped to its column, the lines side by side, so a row that runs onto
	 * the next page goes on line by line there.
	 */
	tableRow(cells: readonly { value: string; x: number; width: number }[], size = BODY_SIZE): void {
		const wrapped = cells.map((cell) => this.wrap(this.printable(cell.value), size, cell.width - 6));
		const height = this.lineHeight(size);
		const count = Math.max(1, ...wrapped.map((lines) => lines.length));
		// Two lines at least together, so a row never starts on the last line of a page.
		this.ensureSpace(height * Math.min(count, 2));
		for (let i = 0; i < count; i++) {
			this.ensureSpace(height);
			this.y -= height;
			cells.forEach((cell, c) => {
				const value = wrapped[c]?.[i] ?? '';
				if (value === '') return;
				this.drawString(this.page, value, {
					x: cell.x,
					y: this.y + (height - size) / 2 + size * 0.22,
					size,
					color: INK
				});
			});
		}
		this.space(3);
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
			this.drawString(page, this.runningTitle, {
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
export class TimelineWriter extends PageWriter {
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
