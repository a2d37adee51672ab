// One table for every budget: each row has the figure measured, its budget and whether it holds. The same rows are
// written as JSON to bench-results/bench.json.
import { mkdir, writeFile } from 'node:fs/promises';

export interface BenchRow {
	readonly name: string;
	/** The measured figure, in `unit`. */
	readonly value: number;
	readonly unit: 'ms' | 'x' | 'MB' | 'KB' | 'MB/s' | 'bytes';
	/** The budget, in the same unit; undefined where the row is information only. */
	readonly budget?: number;
	/** Whether smaller is better (times, ratios to a baseline) or larger (speeds, speed ratios). */
	readonly better: 'lower' | 'higher';
	readonly detail?: string;
}

export function holds(row: BenchRow): boolean | undefined {
	if (row.budget === undefined) return undefined;
	return row.better === 'lower' ? row.value <= row.budget : row.value >= row.budget;
}

function format(value: number, unit: BenchRow['unit']): string {
	const digits = unit === 'bytes' ? 0 : unit === 'x' ? 2 : value < 10 ? 2 : value < 100 ? 1 : 0;
	return `${value.toFixed(digits)} ${unit}`;
}

export function printTable(rows: readonly BenchRow[]): void {
	const lines = rows.map((row) => {
		const ok = holds(row);
		const budget =
			row.budget === undefined ? '' : `${row.better === 'lower' ? '≤' : '≥'} ${format(row.budget, row.unit)}`;
		return [
			row.name,
			format(row.value, row.unit),
			budget,
			ok === undefined ? '' : ok ? 'holds' : 'OVER',
			row.detail ?? ''
		];
	});
	const header = ['what', 'measured', 'budget', 'verdict', 'detail'];
	const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
	const render = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
	console.log(render(header));
	console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
	for (const line of lines) console.log(render(line));
}

export async function writeJson(rows: readonly BenchRow[], smoke: boolean): Promise<string> {
	await mkdir('bench-results', { recursive: true });
	const path = 'bench-results/bench.json';
	const out = { smoke, at: new Date().toISOString(), rows: rows.map((r) => ({ ...r, holds: holds(r) })) };
	await writeFile(path, JSON.stringify(out, null, 2));
	return path;
}

/** Median of several timed runs, so one slow run (garbage collection, the other core busy) does not decide. */
export async function medianMs(runs: number, work: () => unknown): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		await work();
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)]!;
}

/**
 * Times `app` and `bare` in alternation after a warm-up of each, and returns both medians. Alternating keeps a
 * change in machine load, or the JIT warming up, from favouring whichever runs second.
 */
export async function compareMs(
	runs: number,
	app: () => unknown,
	bare: () => unknown
): Promise<{ app: number; bare: number }> {
	await app();
	await bare();
	const appTimes: number[] = [];
	const bareTimes: number[] = [];
	for (let i = 0; i < runs; i++) {
		appTimes.push(await medianMs(1, app));
		bareTimes.push(await medianMs(1, bare));
	}
	const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
	return { app: median(appTimes), bare: median(bareTimes) };
}
