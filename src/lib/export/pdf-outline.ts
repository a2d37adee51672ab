/**
 * Bookmarks (the PDF "outline", ISO 32000-1 12.3.3) for a long chronology: a reader, a screen reader's list of
 * landmarks or a court bundle's index jumps straight to a section or to the month an incident is in. pdf-lib has no
 * outline API, so the dictionaries are built with its low-level objects.
 */
import { PDFHexString, PDFName, PDFNumber, type PDFDict, type PDFDocument, type PDFRef } from 'pdf-lib';

export interface OutlineEntry {
	title: string;
	/** 0-based index of the page the entry opens. */
	pageIndex: number;
	/** Shown open beneath the entry. */
	children?: readonly OutlineEntry[];
}

interface Written {
	first: PDFRef;
	last: PDFRef;
	/** Entries visible when every level is open: what /Count holds for an open parent. */
	visible: number;
}

function writeEntries(doc: PDFDocument, parent: PDFRef, entries: readonly OutlineEntry[]): Written {
	const { context } = doc;
	const pages = doc.getPages();
	const refs = entries.map(() => context.nextRef());
	let visible = 0;
	entries.forEach((entry, i) => {
		const page = pages[Math.min(Math.max(0, entry.pageIndex), pages.length - 1)];
		if (!page) throw new RangeError('An outline needs at least one page.');
		const item = context.obj({}) as PDFDict;
		// A hex string with a byte order mark holds any text, in any script (ISO 32000-1 7.9.2.2).
		item.set(PDFName.of('Title'), PDFHexString.fromText(entry.title));
		item.set(PDFName.of('Parent'), parent);
		const [previous, next] = [refs[i - 1], refs[i + 1]];
		if (previous) item.set(PDFName.of('Prev'), previous);
		if (next) item.set(PDFName.of('Next'), next);
		// The top of that page, at the reader's zoom.
		item.set(PDFName.of('Dest'), context.obj([page.ref, PDFName.of('XYZ'), null, page.getHeight(), null]));
		const ref = refs[i] as PDFRef;
		if (entry.children && entry.children.length > 0) {
			const children = writeEntries(doc, ref, entry.children);
			item.set(PDFName.of('First'), children.first);
			item.set(PDFName.of('Last'), children.last);
			item.set(PDFName.of('Count'), PDFNumber.of(children.visible));
			visible += children.visible;
		}
		visible += 1;
		context.assign(ref, item);
	});
	return { first: refs[0] as PDFRef, last: refs.at(-1) as PDFRef, visible };
}

/** Adds the bookmarks to `doc`, all open, and asks readers to show them beside the pages. */
export function addOutline(doc: PDFDocument, entries: readonly OutlineEntry[]): void {
	if (entries.length === 0) return;
	const root = doc.context.nextRef();
	const written = writeEntries(doc, root, entries);
	doc.context.assign(
		root,
		doc.context.obj({
			Type: 'Outlines',
			First: written.first,
			Last: written.last,
			Count: written.visible
		})
	);
	doc.catalog.set(PDFName.of('Outlines'), root);
	doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
