// `npm run bench`: measures every budget in DESIGN.md in one run and prints one table (and JSON).
// `npm run bench -- --smoke` runs the same code on small sizes, as CI does; it checks that the bench works and
// never fails on a slow machine, because a budget that is over is reported, not thrown.
// `npm run bench -- --only page,exit` runs only the named groups (crypto, diary, exhibits, seal, export, load,
// page, exit); `load` is the first load's rows, page the unlock, search and quick exit in the browser.
import { benchCrypto } from './crypto.bench';
import { benchDiary } from './diary.bench';
import { benchExhibits } from './exhibits.bench';
import { benchExitDuring } from './exit-during.bench';
import { benchExport } from './export.bench';
import { benchLoad, benchPage } from './page.bench';
import { benchSealPage } from './seal-page.bench';
import { printTable, writeJson, type BenchRow } from './report';

const smoke = process.argv.includes('--smoke');

const GROUPS = {
	crypto: benchCrypto,
	diary: benchDiary,
	exhibits: benchExhibits,
	seal: benchSealPage,
	export: benchExport,
	load: benchLoad,
	page: benchPage,
	exit: benchExitDuring
};
const only = process.argv[process.argv.indexOf('--only') + 1];
const chosen = process.argv.includes('--only') && only ? only.split(',') : Object.keys(GROUPS);
const unknown = chosen.filter((name) => !(name in GROUPS));
if (unknown.length > 0) throw new Error(`No bench group named ${unknown.join(', ')}`);

const rows: BenchRow[] = [];
for (const name of chosen) rows.push(...(await GROUPS[name as keyof typeof GROUPS](smoke)));

printTable(rows);
console.log(
	`\nJSON: ${await writeJson(rows, smoke)}${smoke ? ' (smoke run: small sizes, figures are not the budgets)' : ''}`
);
