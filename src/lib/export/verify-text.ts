/**
 * VERIFY.txt: the verification method in plain English, with a worked example from the pack it is in (the first
 * revision that can be re-hashed from the file, and its link in the record of changes), so a police officer or a
 * defence expert can check every fingerprint without this app. verify.py in the same pack is a second,
 * separate implementation of the same method.
 *
 * The text is plain, wrapped to 78 columns, with CRLF line endings like README.txt. The PDF can print the same
 * lines as an appendix page (verifyTextLines).
 */
import { canonicalJson } from '$lib/domain/canonical-json';
import { GENESIS_LINK } from '$lib/domain/hash-chain';
import { verifyMessages as words, type VerifyBlock, type WorkedExample } from '$lib/messages/verify';
import type { ExportJson } from './json';

const WIDTH = 78;
/** How much of the example revision's canonical JSON is shown. */
const EXAMPLE_CHARACTERS = 160;

function wrap(text: string, first: string, rest: string): string[] {
	const lines: string[] = [];
	let line = first;
	let empty = true;
	for (const word of text.split(/ +/)) {
		if (!empty && [...line].length + 1 + [...word].length > WIDTH) {
			lines.push(line);
			line = rest + word;
		} else {
			line += (empty ? '' : ' ') + word;
		}
		empty = false;
	}
	lines.push(line);
	return lines;
}

function block(b: VerifyBlock): string[] {
	if (typeof b === 'string') return [...wrap(b, '', ''), ''];
	if ('items' in b) return [...b.items.flatMap((item) => wrap(item, '  - ', '    ')), ''];
	return [...b.code.map((line) => `    ${line}`), ''];
}

function section(heading: string, blocks: readonly VerifyBlock[]): string[] {
	return [heading, '-'.repeat([...heading].length), '', ...blocks.flatMap(block)];
}

/** The worked example's numbers: the first entry of the record of changes whose revision can be re-hashed here. */
export function workedExample(json: ExportJson): WorkedExample | null {
	for (const entry of json.chain) {
		if (entry.joined) continue;
		for (const [incidentIndex, incident] of json.incidents.entries()) {
			if (incident.id !== entry.incidentId) continue;
			const revisionIndex = incident.revisions.findIndex((r) => r.revision.seq === entry.revisionSeq);
			const record = incident.revisions[revisionIndex];
			if (!record || record.withheld.length > 0 || record.revision.content === null) continue;
			const canonical = canonicalJson(record.revision);
			const prev = entry.prev ?? (entry.seq === 1 ? GENESIS_LINK : null);
			if (prev === null) continue;
			return {
				incidentNumber: incident.number,
				revisionSeq: entry.revisionSeq,
				incidentIndex,
				revisionIndex,
				canonicalStart: [...canonical].slice(0, EXAMPLE_CHARACTERS).join(''),
				canonicalBytes: new TextEncoder().encode(canonical).length,
				revisionHash: record.hash,
				seq: entry.seq,
				prev,
				linkText: canonicalJson({ hash: entry.revisionHash, prev, seq: entry.seq }),
				link: entry.link
			};
		}
	}
	return null;
}

/** VERIFY.txt as lines, without line endings. */
export function verifyTextLines(json: ExportJson): string[] {
	const example = workedExample(json);
	const shown = example ? words.example(example) : null;
	const part = json.chain.some((e) => e.prev !== undefined);
	const head = json.chainHead;
	return [
		words.title,
		'='.repeat(words.title.length),
		'',
		...words.intro.flatMap(block),
		...section(words.termsHeading, [{ items: words.terms }]),
		...section(words.packHashHeading, [
			...words.packHash,
			{ code: words.packHashCommands('PACK.zip') },
			words.packHashNote
		]),
		...section(words.step1Heading, [
			...words.step1,
			{ code: words.step1Unix },
			words.step1UnixNote,
			words.step1Windows,
			{ code: words.step1WindowsCode },
			words.step1WindowsOne,
			{ code: words.step1WindowsOneCode },
			words.step1After
		]),
		...section(words.step2Heading, words.step2),
		...section(words.step3Heading, [...words.step3, { code: words.step3Layout }, ...words.step3After]),
		...section(words.step4Heading, words.step4),
		...section(words.receiptHeading, words.receipt),
		...section(
			words.exampleHeading,
			shown
				? [
						...shown.revision,
						{ code: shown.revisionStart },
						...shown.revisionHash,
						{ code: shown.revisionHashValue },
						...shown.link,
						{ code: shown.linkText },
						shown.linkIs,
						{ code: shown.linkValue },
						shown.commands,
						{ code: shown.commandLines },
						shown.python,
						{ code: shown.pythonCode }
					]
				: [words.noExample]
		),
		...section(
			words.headHeading,
			head ? [words.head(head.seq), { code: [head.link] }, ...(part ? [words.partCopy] : [])] : [words.noHead]
		),
		...section(words.verifyPyHeading, [...words.verifyPy, { code: words.verifyPyCode }, words.verifyPyAfter])
	];
}

/** VERIFY.txt: plain text with CRLF line endings, so Notepad on an old police PC shows it properly too. */
export function formatVerifyText(json: ExportJson): string {
	return verifyTextLines(json).join('\r\n');
}
