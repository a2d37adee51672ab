// The labels of a timeline PDF in the person's own language with the English beside them, when they choose it
// (the export screen). Only the labels: what the person typed is printed exactly as typed, never translated, and
// the PDF says so in both languages. Plain data, so it travels to the PDF's worker with the other options.
import type { ExportMessages } from '$lib/messages/export';

export interface PdfLabels {
	/** The language's name in itself, as the PDF's note names it. */
	readonly language: string;
	/** The language's tag, for the text's direction and shaping. */
	readonly locale: string;
	/** Each field's label in that language (messages/<code>/records.ts). */
	readonly columns: Readonly<Record<keyof ExportMessages['columns'], string>>;
	/** In that language: the labels are translated, the person's words are not. */
	readonly note: string;
}

/** A field's label: the English alone, or the person's language with the English beside it. */
export function fieldLabel(
	labels: PdfLabels | undefined,
	column: keyof ExportMessages['columns'],
	english: string
): string {
	const own = labels?.columns[column]?.trim();
	return own && own !== english ? `${own} / ${english}` : english;
}
