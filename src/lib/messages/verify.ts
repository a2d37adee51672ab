// The words of VERIFY.txt, the note in every evidence pack that says exactly how its fingerprints are made, so a
// police officer or a defence expert can check them without trusting the app. Written from the verification
// method (the same one verify.py follows); every term is explained where it first appears.

/** A paragraph, a list of points, or lines to type exactly as shown (never wrapped). */
export type VerifyBlock = string | { items: readonly string[] } | { code: readonly string[] };

export interface VerifySection {
	heading: string;
	blocks: readonly VerifyBlock[];
}

const ZEROS = '0'.repeat(64);

/** What the worked example shows, all taken from the pack the note is in. */
export interface WorkedExample {
	incidentNumber: number;
	revisionSeq: number;
	/** Where the revision is in timeline.json: incidents[incidentIndex].revisions[revisionIndex]. */
	incidentIndex: number;
	revisionIndex: number;
	/** The revision's canonical JSON: its start, and its length in bytes. */
	canonicalStart: string;
	canonicalBytes: number;
	revisionHash: string;
	seq: number;
	prev: string;
	/** The exact text whose SHA-256 is the link. */
	linkText: string;
	link: string;
}

export const verifyMessages = {
	title: 'How to check this evidence pack yourself',
	intro: [
		'This note says exactly how the fingerprints in this evidence pack are made, so that anyone (a police officer, a defence expert, anyone with a computer) can check them without trusting the app that made the pack. The app is called Waymark; nothing in these checks needs it.',
		'There are two ways to check. The quick one is to run verify.py, a short program in this pack that uses only the Python language’s own standard library (see "Using verify.py" at the end). The other is to follow the steps below by hand, or with a program of your own: they are the whole method, and verify.py is only one way of carrying it out.'
	],
	termsHeading: 'Words used in this note',
	terms: [
		'SHA-256: a published standard (FIPS 180-4) that turns any file or any piece of text into a fingerprint of 64 characters. Changing a single letter or a single pixel gives a completely different fingerprint, and no one is known to be able to make two different files with the same fingerprint. In this note "hash" means the same as fingerprint.',
		'Hex (hexadecimal): the way a fingerprint is written, with the digits 0 to 9 and the letters a to f, in lower case. Two hex characters stand for one byte.',
		'Byte: the smallest unit a computer stores; a fingerprint is always worked out from bytes, so this note always says which bytes.',
		'UTF-8: the standard way of storing text as bytes, for every language and for emoji. All text in this pack is UTF-8.',
		'JSON: a plain-text format for structured information, made of "objects" (named values inside { }, each name called a "key") and lists (inside square brackets). timeline.json is a JSON file.',
		'Canonical JSON (RFC 8785, the JSON Canonicalization Scheme): one exact way of writing a JSON value, so the same information always gives the same bytes and so the same fingerprint. The keys of every object are sorted (by their UTF-16 code units, which for plain English letters is alphabetical order, capitals first); there are no spaces or line breaks between items; in text only the double quote, the backslash and the control characters are escaped (with \\b \\f \\n \\r \\t where they exist, the rest as \\u00xx in lower case); every other character, accented letters, right-to-left scripts and emoji included, is written as itself; numbers are written as the ECMAScript (JavaScript) language writes them (this file holds only whole numbers). The text is then stored as UTF-8.',
		'Incident: one event the person recorded. Each has a number in this export (incident 1, 2, …) and a permanent id (a long code) that never changes.',
		'Revision: one saved version of an incident. Each edit adds a new revision; nothing saved before is overwritten. Revisions of an incident are numbered from 1.',
		'Record of changes (the "chain"): the list of every save in the whole diary, in the order they were made. Each save is one entry, numbered 1, 2, 3 and so on with no gaps (its "seq", short for sequence number).',
		'Link: the fingerprint of one entry of the record of changes, worked out from that save’s revision hash, the link of the entry before it and the entry’s own number. Because each link includes the one before, changing, removing, adding or reordering any earlier save changes every later link.',
		'Chain head: the number and link of the last entry. It stands for the whole record of changes at the moment this pack was made.',
		'Exhibit: a photo, screenshot, recording or document the person added to an incident, kept in the exhibits folder under its exhibit number (EXH-001 and so on).',
		'Terminal: the window in which commands are typed: Terminal on a Mac or on Linux, PowerShell or Command Prompt on Windows. The commands in this note are typed there exactly as shown, in the folder that holds the pack’s files.',
		'Python: a widely used programming language, free from python.org; verify.py is a program written in it.',
		'Receipt code: a short code made from the chain head, for writing down or reading aloud (see "Receipt codes").'
	],
	packHashHeading: 'Before anything else: record the fingerprint of the pack itself',
	packHash: [
		'Write down in your own notes the SHA-256 of the pack file exactly as you received it (the .zip file, before unzipping it), with the date and time. Every other check in this note compares the pack with itself; your own note of this fingerprint is what later shows that the pack you check is the one you were given. In a terminal, in the folder that holds the file:'
	],
	packHashCommands: (zip: string) => [
		`Linux:                  sha256sum ${zip}`,
		`macOS:                  shasum -a 256 ${zip}`,
		`Windows (PowerShell):   Get-FileHash -Algorithm SHA256 ${zip}`,
		`Windows (Command Prompt): certutil -hashfile ${zip} SHA256`
	],
	packHashNote:
		'(Use the pack’s real file name. PowerShell and certutil print the fingerprint in capitals; it is the same fingerprint.)',
	step1Heading: 'Step 1: every file against SHA256SUMS',
	step1: [
		'SHA256SUMS lists every file in this pack, one per line: the file’s SHA-256 in hex, two spaces, then the file’s path inside the pack (with forward slashes, for example exhibits/EXH-001.jpg). Every listed file must be there with that fingerprint, and every file in the pack, apart from SHA256SUMS itself, must be listed. Unzip the pack, open a terminal in the unzipped folder and run:'
	],
	step1Unix: ['Linux:   sha256sum -c SHA256SUMS', 'macOS:   shasum -a 256 -c SHA256SUMS'],
	step1UnixNote: 'Every line should end in OK.',
	step1Windows:
		'On Windows, PowerShell (in the unzipped folder) checks every line of SHA256SUMS with this one command, printing OK or FAILED for each file:',
	step1WindowsCode: [
		'Get-Content SHA256SUMS | ForEach-Object { $h, $p = $_ -split \'  \', 2; if ((Get-FileHash -Algorithm SHA256 -LiteralPath $p).Hash -eq $h) { "OK      $p" } else { "FAILED  $p" } }'
	],
	step1WindowsOne:
		'or one file at a time, comparing the result with that file’s line in SHA256SUMS (capitals and small letters count as the same here):',
	step1WindowsOneCode: [
		'PowerShell:       Get-FileHash -Algorithm SHA256 timeline.json',
		'Command Prompt:   certutil -hashfile timeline.json SHA256'
	],
	step1After:
		'Then look at the folder and make sure nothing is there that SHA256SUMS does not list. Step 1 alone shows that no file changed after SHA256SUMS was written; steps 2 to 4 show that the contents agree with the record of changes the person’s diary keeps.',
	step2Heading: 'Step 2: every revision’s hash (in timeline.json)',
	step2: [
		'timeline.json holds "incidents", a list. Each incident has "number", "id" and "revisions", a list of every saved version, oldest first. Each item of "revisions" has: "revision" (the saved version itself), "hash" (its fingerprint), "chain" (its place in the record of changes: "seq" and "link") and "withheld" (a list, usually empty).',
		{
			items: [
				'Usually: "hash" must equal the SHA-256 of the canonical JSON of the "revision" object, exactly as it stands in the file (all its keys and values, nothing added).',
				'A withdrawn entry (the person said it should no longer be relied on) is an ordinary revision whose "kind" is "withdraw", with the reason; it is hashed in the same way, and it stays in the record.',
				'A permanently deleted entry: deleting adds a revision whose "kind" is "delete" (hashed in the usual way), and removes the words of every earlier revision of that incident. Those earlier revisions now have "content": null and keep "deletedHash", the fingerprint they had before the words were removed, which the record of changes committed to when they were saved. For such a revision "hash" must equal "deletedHash". The words cannot be checked, because they are gone, but the record of changes still shows that a revision existed there and when it was saved.',
				'A revision with anything in "withheld" had those values replaced in this copy (a disclosure-safe copy leaves out witnesses’ contact details, and a copy may leave out private notes). Its "hash" is still the fingerprint of the revision as saved, so it cannot be re-hashed from this file, only from the full copy: its words are NOT checked by this file, only its place in the record of changes (step 3). Only two kinds of value may be withheld, and only where the file says so: "content.privateNote" only when "privateNotesIncluded" is false, and "content.witnesses[N].contact" only when "disclosureSafe" is true; each withheld value must be exactly the marker [Withheld from this copy]. Anything else in "withheld" is a failure: a copy of everything, with private notes, withholds nothing.'
			]
		}
	],
	step3Heading: 'Step 3: the record of changes (the "chain" in timeline.json)',
	step3: [
		'"chain" is the record of changes: a list of entries, each with "seq", "incidentId", "revisionSeq" (which revision of that incident), "revisionHash" (that revision’s hash), "link" and "savedAt" (when it was saved). Each entry’s link is the SHA-256 of exactly these bytes, with no spaces and no line break at the end:'
	],
	step3Layout: [`{"hash":"<revisionHash, 64 hex>","prev":"<the link before, 64 hex>","seq":<seq>}`],
	step3After: [
		`This is the canonical JSON of an object with the three keys hash, prev and seq. The first entry has seq 1, and the link before it is 64 zeros: ${ZEROS}. Each entry after that has the next number, with no gaps, and "prev" is the link of the entry just before it.`,
		{
			items: [
				'In a copy of the whole diary (no entry has "prev"): work out every link in turn from the one before. The last entry’s seq and link must equal "chainHead". Every entry (apart from join entries, below) must have a revision in the file with the same incident id and revision number, whose "hash" equals the entry’s "revisionHash"; every revision in the file must have exactly one entry. An entry whose revision is missing from the file means a revision was removed.',
				'In a copy of part of the diary (for example some dates only), each entry also carries "prev", the link of the entry before it in the whole diary, which this copy does not hold. Work out each entry’s link from its own "prev"; where two entries have consecutive numbers, the later one’s "prev" must be the earlier one’s link. A part copy must say which part it is ("filter" names dates or behaviours; an empty filter with "prev" is a failure), and it holds every revision of each entry it shows, numbered 1, 2, 3 with no gap. What a part copy cannot show is what was left out, nor that its chain head is genuine: its head and its receipt code can only be checked against a full copy or a backup, never confirmed from the part copy itself.',
				'A join entry (it has "joined", and revision number 0) records a repair: an older version of the app, open in two browser tabs at once, could link two saves onto the same entry, so the record forked. The join entry’s "revisionHash" must equal the SHA-256 of the canonical JSON of its "joined" object. "joined" lists, under "saves", each save that was moved, as first written ("was") and with its revision number now. Each "was" entry’s link must work out from the link of some entry (in the chain, or in a join) numbered one less (or from the 64 zeros for number 1), and the saves listed follow the join entry in the chain, in that order, linked afresh. For each listed save, the entry that now stands in its place must have the same incident id and save time as "was", and the revision number listed. If that number is the one "was" had, its "revisionHash" must equal the "revisionHash" of "was"; if it was renumbered (both copies had saved that revision number of the same entry), the revision in the file, with its "seq" set back to the number in "was", must hash to the "revisionHash" of "was". Anything else is a failure.'
			]
		}
	],
	step4Heading: 'Step 4: exhibits',
	step4: [
		'"exhibits" in timeline.json lists every exhibit: its "number" (EXH-001 …), "name" (the original file name), "path" (where it is in this pack), "size", "sha256" (the fingerprint recorded when the exhibit was added to the diary) and "incidentNumber". The file at "path" must have the SHA-256 "sha256". The same fingerprint is also inside the revisions that refer to the exhibit (in "content", "exhibits", "sha256"), so it is covered by the record of changes: an exhibit cannot be swapped without changing a revision’s hash.',
		'In a disclosure-safe copy an exhibit may have "disclosure". If its "kind" is "cleaned", the file is a cleaned copy (hidden details such as the location and camera removed), and the file at "path" has the fingerprint "disclosure"."sha256"; "sha256" is still the original’s. Any other kind means the exhibit was left out of this copy; the full copy holds it.'
	],
	receiptHeading: 'Receipt codes',
	receipt: [
		'A receipt code stands for the chain head at the moment a file was shared, backed up or exported, for example 214-7KQ2-M9XD-4HF3-R2B8-Q. Whoever received the file can write it in their own notes; later, any copy of the whole diary can be checked to hold the record the code was made from. A code has the form N-AAAA-BBBB-CCCC-DDDD-K:',
		{
			items: [
				'N is the chain head’s number (how many entries the record of changes had then), in ordinary digits.',
				'AAAA-BBBB-CCCC-DDDD are the first 10 bytes (80 bits) of the chain head’s link, written in Crockford base32: the 32 characters 0123456789ABCDEFGHJKMNPQRSTVWXYZ (no I, L, O or U), each standing for 5 bits, most significant first. That is 16 characters, in four groups of four.',
				'K is a check character, which catches a mistake in copying: Luhn mod 32 over the characters of N followed by the 16 characters. Each character’s value is its place in that alphabet (a digit is its own value). Starting from the rightmost character and moving left, double every other value, starting with the rightmost; for each resulting value p add floor(p / 32) + (p mod 32); K is the character whose value is (32 − (the total mod 32)) mod 32.',
				'When reading a code back, ignore hyphens, spaces and the difference between capitals and small letters; read O as 0, and I and L as 1.'
			]
		},
		'A later copy still holds the record a receipt code was made from when, in its whole record of changes, checked as in step 3, the entry numbered N (or a save moved by a join entry, its "was", numbered N) has a link whose first 80 bits are those in the code. verify.py checks this with --receipt (see below).'
	],
	exampleHeading: 'Worked example, with the real numbers from this pack',
	noExample:
		'This pack holds no revision that can be re-hashed from this file (nothing was saved, or every revision shown had something withheld), so there is no worked example here; the method above still applies.',
	example: (e: WorkedExample) => ({
		revision: [
			`Incident ${e.incidentNumber}, revision ${e.revisionSeq}. Its "revision" object, written as canonical JSON, is ${e.canonicalBytes} bytes of UTF-8 and begins:`
		],
		revisionStart: [`${e.canonicalStart}…`],
		revisionHash: [
			`The SHA-256 of those ${e.canonicalBytes} bytes is its "hash", also its entry’s "revisionHash":`
		],
		revisionHashValue: [e.revisionHash],
		link: [
			e.prev === ZEROS
				? `Its entry in the record of changes is number ${e.seq}, the first, so the link before it is the 64 zeros. The link is the SHA-256 of exactly these ${new TextEncoder().encode(e.linkText).length} bytes:`
				: `Its entry in the record of changes is number ${e.seq}; the link before it is ${e.prev}. The link is the SHA-256 of exactly these ${new TextEncoder().encode(e.linkText).length} bytes:`
		],
		linkText: [e.linkText],
		linkIs: 'which is:',
		linkValue: [e.link],
		commands: 'To work out that link yourself:',
		commandLines: [
			`Linux:     printf '%s' '${e.linkText}' | sha256sum`,
			`macOS:     printf '%s' '${e.linkText}' | shasum -a 256`,
			`Windows (PowerShell):  -join ([Security.Cryptography.SHA256]::Create().ComputeHash([Text.Encoding]::UTF8.GetBytes('${e.linkText}')) | ForEach-Object { $_.ToString('x2') })`
		],
		python:
			'A revision’s hash can be worked out with Python like this (for this file Python’s own JSON writer gives the canonical form, because every key is plain English and every number whole; verify.py does it in full). It takes the revision above, counting from 0 as Python does:',
		pythonCode: [
			`python3 -c "import json,hashlib; r=json.load(open('timeline.json',encoding='utf-8'))['incidents'][${e.incidentIndex}]['revisions'][${e.revisionIndex}]['revision']; print(hashlib.sha256(json.dumps(r,sort_keys=True,separators=(',',':'),ensure_ascii=False).encode('utf-8')).hexdigest())"`
		]
	}),
	headHeading: 'The chain head of this pack',
	head: (seq: number) => `This pack’s record of changes ends at entry ${seq}, with the link:`,
	noHead: 'Nothing had been saved when this pack was made, so it has no chain head.',
	partCopy:
		'This is a copy of part of the diary, so the head above is the whole diary’s, which cannot be worked out from this copy alone.',
	verifyPyHeading: 'Using verify.py',
	verifyPy: [
		'verify.py carries out steps 1 to 4 and, if asked, checks a receipt code. It needs Python 3.8 or later (python.org; most Linux and Mac computers already have it) and nothing else: it only reads, never changes or unpacks anything to disk, and never connects to a network. It is a separate program written from this method, not the app’s own code, and it is short enough to read before running it. Since it sits inside the pack, someone who changed the pack could change it (and verify.html) too: your note of the pack’s fingerprint shows only that the pack is the one you were given. For evidence, read the program before trusting it, or use a copy of verify.py from a pack you know to be genuine, or carry out the steps above with your own tools.',
		'In a terminal, in the unzipped folder (on Windows type py or python instead of python3):'
	],
	verifyPyCode: [
		'python3 verify.py                       checks the folder verify.py is in',
		'python3 verify.py PACK.zip              checks the zip itself, without unzipping it',
		'python3 verify.py PACK.zip --receipt 214-7KQ2-M9XD-4HF3-R2B8-Q'
	],
	verifyPyAfter:
		'It prints OK for each check that holds, NOTE for what cannot be checked from this copy, and FAIL, naming the file, the incident and revision or the chain entry, for each that does not. Its exit code is 0 if nothing failed, 1 if anything did, and 2 if it could not check at all. When nothing failed, a whole copy ends "Everything holds"; a copy of part of the diary, or a copy with values left out, ends by saying what it could not check, since only the full copy can show that.'
} as const;
