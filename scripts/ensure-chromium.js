// Makes sure Debian's Chromium is there for the end-to-end tests, with the tools the PDF and zip checks use
// (poppler-utils, qpdf, unzip, bsdtar, 7z, exiftool) and Python 3 for the verify.py every pack carries, never
// downloading a browser of Playwright's own. As root it installs them with apt-get; otherwise it says how.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const needed = [];
if (!existsSync(chromium)) needed.push('chromium');
// pdftotext, pdfinfo, pdffonts and pdfdetach read the PDF back; qpdf checks its structure and attachments.
if (!existsSync('/usr/bin/pdftotext') || !existsSync('/usr/bin/pdfdetach')) needed.push('poppler-utils');
if (!existsSync('/usr/bin/qpdf')) needed.push('qpdf');
if (!existsSync('/usr/bin/unzip')) needed.push('unzip');
// Other tools an officer might unpack a pack with; the tests check each of them gives the same files.
if (!existsSync('/usr/bin/bsdtar')) needed.push('libarchive-tools');
if (!existsSync('/usr/bin/7z')) needed.push('p7zip-full');
// An EXIF reader nobody here wrote, to check the cleaned photos of a disclosure-safe copy (clean-image.spec.ts).
if (!existsSync('/usr/bin/exiftool')) needed.push('libimage-exiftool-perl');
// Python 3 from Debian, to run the verify.py every evidence pack carries on packs the app made (verify-py.spec.ts).
if (!existsSync('/usr/bin/python3')) needed.push('python3');

if (needed.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
	console.error(
		`The tests need Debian packages that are not installed: ${needed.join(' ')}.\n` +
			`Install them with: sudo apt-get update && sudo apt-get install -y ${needed.join(' ')}`
	);
	process.exit(1);
}
console.log(`Installing ${needed.join(' ')} with apt-get …`);
execSync('apt-get update -qq', { stdio: 'inherit' });
execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${needed.join(' ')}`, { stdio: 'inherit' });
