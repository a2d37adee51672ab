// The diary's budgets, measured in Node on the real code: saving one incident with 10,000 stored, unlocking to a
// built timeline with 10,000 incidents, and searching and filtering them. IndexedDB is fake-indexeddb here, so the
// storage part is indicative only; the page-level measurement in Chromium is still to come (see the README).
import 'fake-indexeddb/auto';
import { newId, type IncidentContent } from '../../src/lib/domain/incident';
import { buildTimeline, indexIncidents } from '../../src/lib/domain/timeline';
import { makeContent } from '../../src/lib/domain/test-factories';
import { formatIsoDateTime } from '../../src/lib/domain/iso-time';
import { createIncident } from '../../src/lib/domain/revisions';
import { appendToChain, type ChainEntry } from '../../src/lib/domain/hash-chain';
import { VaultDb } from '../../src/lib/vault/db';
import { DiaryStore } from '../../src/lib/vault/diary-store';
import { Vault } from '../../src/lib/vault/vault';
import { medianMs, type BenchRow } from './report';

const WORDS = ['car', 'station', 'followed', 'message', 'flowers', 'window', 'gate', 'phone', 'work', 'bus'];

export function sample(i: number): IncidentContent {
	const when = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000 * 7);
	return makeContent({
		occurred: { kind: 'datetime', start: formatIsoDateTime(when), approximate: false },
		behaviours: [(['following', 'contacting', 'loitering', 'watching'] as const)[i % 4]!],
		whatHappened:
			`Entry ${i}: ${WORDS[i % 10]} ${WORDS[(i * 7) % 10]} near the ${WORDS[(i * 3) % 10]}. `.repeat(3),
		location: `Place ${i % 50}`
	});
}

/** Fills a diary directly (one bulk write) with `count` real incidents and a real chain. */
export async function fillDiary(vault: Vault, count: number): Promise<void> {
	const rows: { id: string; value: unknown }[] = [];
	let previous: ChainEntry | null = null;
	for (let i = 0; i < count; i++) {
		const incident = createIncident(sample(i), new Date(Date.UTC(2025, 0, 1) + i * 60_000));
		const revision = incident.revisions[0]!;
		const chain: ChainEntry = await appendToChain(previous, revision, i + 1);
		previous = chain;
		rows.push({ id: newId(), value: { t: 'rev', v: 1, revision, chain } });
	}
	await vault.putMany(rows);
}

export async function benchDiary(smoke: boolean): Promise<BenchRow[]> {
	const count = smoke ? 300 : 10_000;
	const passphrase = 'bench passphrase, not a real one';
	const db = new VaultDb(`bench-${Date.now()}`);
	// The real default Argon2id cost, because unlocking includes it.
	const vault = await Vault.create(db, passphrase, { skipStrengthCheck: true });

	await fillDiary(vault, count);
	vault.lock();

	let store: DiaryStore | undefined;
	let days = 0;
	const unlockMs = await medianMs(smoke ? 1 : 3, async () => {
		const opened = await Vault.unlock(db, passphrase);
		// As locking does: an earlier store would otherwise go on hearing of every save.
		store?.close();
		store = await DiaryStore.open(opened);
		days = buildTimeline(indexIncidents(store.incidents)).length;
	});
	const out: BenchRow[] = [
		{
			name: `unlock to timeline built, ${count.toLocaleString('en-GB')} incidents`,
			value: unlockMs,
			unit: 'ms',
			budget: 1500,
			better: 'lower',
			detail: `Node + fake-indexeddb, Argon2id included, ${days} days; drawing not included`
		}
	];

	const index = indexIncidents(store!.incidents);
	const queries = ['s', 'st', 'sta', 'stat', 'stati', 'station', 'station car'];
	const searchMs = await medianMs(smoke ? 3 : 15, () => {
		for (const search of queries) buildTimeline(index, { search });
	});
	out.push({
		name: `search ${count.toLocaleString('en-GB')} incidents, per keystroke`,
		value: searchMs / queries.length,
		unit: 'ms',
		budget: 30,
		better: 'lower'
	});
	const filterMs = await medianMs(smoke ? 3 : 15, () =>
		buildTimeline(index, { behaviours: ['loitering'], from: '2025-03-01', to: '2025-09-30', search: 'gate' })
	);
	out.push({
		name: `filter ${count.toLocaleString('en-GB')} incidents (behaviour, dates, words)`,
		value: filterMs,
		unit: 'ms',
		budget: 30,
		better: 'lower'
	});

	const saveTimes: number[] = [];
	for (let i = 0; i < (smoke ? 3 : 15); i++) {
		const start = performance.now();
		await store!.saveIncident(sample(count + i));
		saveTimes.push(performance.now() - start);
	}
	saveTimes.sort((a, b) => a - b);
	out.push({
		name: `save one incident with ${count.toLocaleString('en-GB')} stored`,
		value: saveTimes[Math.floor(saveTimes.length / 2)]!,
		unit: 'ms',
		budget: 30,
		better: 'lower',
		detail: 'seal, hash, chain link and write; nothing grows with the diary'
	});
	store?.close();
	db.close();
	await db.delete();
	return out;
}
