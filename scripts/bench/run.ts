// `npm run bench`: measures every budget in DESIGN.md in one run and prints one table (and JSON).
// `npm run bench -- --smoke` runs the same code on small sizes, as CI does; it checks that the bench works and
// never fails on a slow machine, because a budget that is over is reported, not thrown.
import { benchCrypto } from './crypto.bench';
import { benchDiary } from './diary.bench';
import { benchExhibits } from './exhibits.bench';
import { benchExitDuring } from './exit-during.bench';
import { benchExport } from './export.bench';
import { benchPage } from './page.bench';
import { printTable, writeJson, type BenchRow } from './report';

const smoke = process.argv.includes('--smoke');

const rows: BenchRow[] = [];
for (const group of [benchCrypto, benchDiary, benchExhibits, benchExport, benchPage, benchExitDuring])
	rows.push(...(await group(smoke)));

printTable(rows);
console.log(
	`\nJSON: ${await writeJson(rows, smoke)}${smoke ? ' (smoke run: small sizes, figures are not the budgets)' : ''}`
);
