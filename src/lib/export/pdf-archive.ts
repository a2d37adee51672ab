/**
 * What makes the timeline PDF carry its own proof and aim at PDF/A-3b (ISO 19005-3, level B): files attached as
 * associated files, an XMP metadata stream that says which part and level it claims, an sRGB output intent, and a
 * document ID in the trailer. The fonts are embedded already (pdf-font-embed.ts), and nothing is transparent.
 *
 * PDF/A-3's rules for an associated file (6.8): a file specification with /F, /UF and /AFRelationship, reached from
 * the catalog's /AF array; an embedded file stream with its MIME type as /Subtype and /Params /ModDate.
 */
import { AFRelationship, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { bytesToHex } from '$lib/domain/hex';
import { srgbIccProfile } from './srgb-icc';

/** Why the file is attached, in PDF/A-3's words: the data the document shows, its source, or something beside it. */
export type AttachmentRelationship = 'Data' | 'Source' | 'Supplement';

export interface PdfAttachment {
	/** The file's name, as `pdfdetach -list` and a reader's attachments panel show it. */
	name: string;
	bytes: Uint8Array;
	/** The MIME type, written as the embedded file's /Subtype: "application/json", "text/plain". */
	mimeType: string;
	/** A line on what the file is, shown beside its name in a reader's attachments panel. */
	description: string;
	relationship: AttachmentRelationship;
}

/** The names in the order a PDF name tree keeps its keys (pdf-lib writes them as UTF-16BE, so code-unit order). */
function byName(attachments: readonly PdfAttachment[]): PdfAttachment[] {
	const sorted = [...attachments].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	sorted.forEach((attachment, i) => {
		if (i > 0 && sorted[i - 1]?.name === attachment.name) {
			throw new Error(`Two PDF attachments are both called ${attachment.name}`);
		}
	});
	return sorted;
}

/**
 * Embeds each file in the /EmbeddedFiles name tree; pdf-lib's `attach()` writes the file specification with /F,
 * /UF, /Desc and /AFRelationship, the stream's /Subtype and /Params (/Size, /CreationDate, /ModDate), and lists
 * each file specification in the catalog's /AF array. The files are written when the document is saved.
 */
export async function attachFiles(
	doc: PDFDocument,
	attachments: readonly PdfAttachment[],
	modified: Date
): Promise<void> {
	for (const attachment of byName(attachments)) {
		await doc.attach(attachment.bytes, attachment.name, {
			mimeType: attachment.mimeType,
			description: attachment.description,
			creationDate: modified,
			modificationDate: modified,
			afRelationship: AFRelationship[attachment.relationship]
		});
	}
}

export interface ArchiveDetails {
	/** The same values as the document information dictionary holds, which PDF/A requires the XMP to repeat. */
	title: string;
	language: string;
	creator: string;
	producer: string;
	created: Date;
	/** 16 bytes that name this document, written twice as the trailer's /ID. */
	documentId: Uint8Array;
}

const SRGB = 'sRGB IEC61966-2.1';

function escapeXml(value: string): string {
	return value.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An XMP date: ISO 8601 to the second in UTC, the same instant as the information dictionary's D:…Z date. */
export function xmpDate(date: Date): string {
	return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The XMP packet (UTF-8) with the PDF/A identification and the values the information dictionary holds. */
export function archiveXmp(details: ArchiveDetails): string {
	const when = xmpDate(details.created);
	return [
		'<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
		'<x:xmpmeta xmlns:x="adobe:ns:meta/">',
		'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
		'<rdf:Description rdf:about=""',
		' xmlns:dc="http://purl.org/dc/elements/1.1/"',
		' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
		' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
		' xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">',
		'<dc:format>application/pdf</dc:format>',
		`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(details.title)}</rdf:li></rdf:Alt></dc:title>`,
		`<dc:language><rdf:Bag><rdf:li>${escapeXml(details.language)}</rdf:li></rdf:Bag></dc:language>`,
		`<xmp:CreateDate>${when}</xmp:CreateDate>`,
		`<xmp:ModifyDate>${when}</xmp:ModifyDate>`,
		`<xmp:MetadataDate>${when}</xmp:MetadataDate>`,
		`<xmp:CreatorTool>${escapeXml(details.creator)}</xmp:CreatorTool>`,
		`<pdf:Producer>${escapeXml(details.producer)}</pdf:Producer>`,
		'<pdfaid:part>3</pdfaid:part>',
		'<pdfaid:conformance>B</pdfaid:conformance>',
		'</rdf:Description>',
		'</rdf:RDF>',
		'</x:xmpmeta>',
		'<?xpacket end="r"?>'
	].join('\n');
}

/**
 * Sets the document information dictionary from `details`, then adds what PDF/A-3b asks of the catalog and the
 * trailer: the XMP metadata stream (left uncompressed, as PDF/A asks), an output intent with the sRGB profile for
 * the DeviceRGB the pages are drawn in, and the document ID.
 */
export function makeArchival(doc: PDFDocument, details: ArchiveDetails): void {
	if (details.documentId.length !== 16) throw new Error('A PDF document ID here is 16 bytes');
	doc.setTitle(details.title, { showInWindowTitleBar: true });
	doc.setLanguage(details.language);
	doc.setCreator(details.creator);
	doc.setProducer(details.producer);
	doc.setCreationDate(details.created);
	doc.setModificationDate(details.created);

	const { context, catalog } = doc;
	const xmp = new TextEncoder().encode(archiveXmp(details));
	const metadata = context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' });
	catalog.set(PDFName.of('Metadata'), context.register(metadata));

	const profile = context.flateStream(srgbIccProfile(), { N: 3 });
	const intent = context.obj({
		Type: 'OutputIntent',
		S: 'GTS_PDFA1',
		OutputConditionIdentifier: PDFString.of(SRGB),
		Info: PDFString.of(SRGB),
		RegistryName: PDFString.of('http://www.color.org'),
		DestOutputProfile: context.register(profile)
	});
	catalog.set(PDFName.of('OutputIntents'), context.obj([intent]));

	const id = PDFHexString.of(bytesToHex(details.documentId));
	context.trailerInfo.ID = context.obj([id, id]);
}

async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
	// The files here are made by the export, never views of shared memory.
	const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
	return new Uint8Array(digest);
}

/**
 * The document ID, made from what the document is made from so that the same export gives the same ID: the first
 * 16 bytes of the SHA-256 of a line per part, each attached file's line being its name and its SHA-256.
 */
export async function documentIdOf(
	parts: readonly string[],
	attachments: readonly PdfAttachment[]
): Promise<Uint8Array> {
	const lines = [...parts];
	for (const attachment of byName(attachments)) {
		lines.push(`${attachment.name}\n${bytesToHex(await sha256(attachment.bytes))}`);
	}
	return (await sha256(new TextEncoder().encode(lines.join('\n')))).slice(0, 16);
}
