// The log form's queue of files, on a real vault in fake-indexeddb with real libsodium: each file is sealed in
// turn and handed to the form, and cancelling or leaving the form stores nothing of a file not handed over.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExhibitRef } from '$lib/domain/incident';
import { m } from '$lib/messages';
import { VaultDb } from '$lib/vault/db';
import { readExhibitBlob } from '$lib/vault/exhibits';
import { Vault } from '$lib/vault/vault';
import { ExhibitQueue, percentSealed } from './exhibit-queue.svelte';

const FAST = { ops: 1, mem: 8 * 1024 * 1024, skipStrengthCheck: true };

let db: VaultDb;
let vault: Vault;
let added: ExhibitRef[];
let queue: ExhibitQueue;
let counter = 0;

beforeEach(async () => {
	db = new VaultDb(`exhibit-queue-${Date.now()}-${counter++}`);
	vault = await Vault.create(db, 'pass', FAST);
	added = [];
	queue = new ExhibitQueue(vault, (exhibit) => added.push(exhibit));
});

afterEach(async () => {
	db.close();
	await db.delete();
});

const textFile = (name: string, text: string) => new File([text], name, { type: 'text/plain' });

/** A file that gives its first part, then waits until `release` is called: a seal caught half way. */
function heldFile(name: string): { file: File; reading: Promise<void>; release: () => void } {
	let release = () => {};
	let reading = () => {};
	const read = new Promise<void>((resolve) => (reading = resolve));
	const gate = new Promise<void>((resolve) => (release = resolve));
	const half = 2 * 1024 * 1024;
	const first = new Uint8Array(half).fill(7);
	class HeldFile extends File {
		override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
			let sent = false;
			return new ReadableStream({
				async pull(controller) {
					if (!sent) {
						sent = true;
						controller.enqueue(first);
						return;
					}
					reading();
					await gate;
					controller.enqueue(new Uint8Array(half).fill(8));
					controller.close();
				}
			});
		}
	}
	return { file: new HeldFile([first, first], name, { type: 'text/plain' }), reading: read, release };
}

describe('ExhibitQueue', () => {
	it('seals each file in turn, hands it to the form and says it was added', async () => {
		queue.add([textFile('one.txt', 'first'), textFile('two.txt', 'second')]);
		expect(queue.pending.map((p) => p.file.name)).toEqual(['one.txt', 'two.txt']);
		await queue.settled();
		expect(queue.pending).toEqual([]);
		expect(added.map((x) => x.name)).toEqual(['one.txt', 'two.txt']);
		expect(await (await readExhibitBlob(vault, added[1]!)).text()).toBe('second');
		expect(queue.status).toBe(m.diary.exhibits.added('two.txt'));
		expect(queue.messages).toEqual([]);
	});

	it('cancels a file still waiting without storing anything of it, and says so', async () => {
		queue.add([textFile('keep.txt', 'kept'), textFile('drop.txt', 'dropped')]);
		const waiting = queue.pending[1]!;
		expect(waiting.started).toBe(false);
		queue.cancel(waiting);
		expect(queue.pending.map((p) => p.file.name)).toEqual(['keep.txt']);
		await queue.settled();
		expect(added.map((x) => x.name)).toEqual(['keep.txt']);
		expect(queue.messages.map((x) => [x.text, x.problem])).toEqual([
			[m.diary.exhibits.cancelled('drop.txt'), false]
		]);
		expect(await db.chunks.where('exhibitId').equals(added[0]!.id).count()).toBe(await db.chunks.count());
	});

	it('shows progress while sealing, and a cancel part way leaves no chunk behind', async () => {
		const held = heldFile('video.txt');
		queue.add([held.file]);
		await held.reading;
		const item = queue.pending[0]!;
		expect(item.started).toBe(true);
		// Progress is told after each batch written, so it may lag the reading a little.
		await vi.waitFor(() => expect(item.done).toBeGreaterThan(0));
		expect(percentSealed(item)).toBeGreaterThan(0);
		expect(percentSealed(item)).toBeLessThanOrEqual(50);
		queue.cancel(item);
		held.release();
		await queue.settled();
		expect(queue.pending).toEqual([]);
		expect(added).toEqual([]);
		expect(queue.messages.map((x) => [x.text, x.problem])).toEqual([
			[m.diary.exhibits.cancelled('video.txt'), false]
		]);
		expect(await db.chunks.count()).toBe(0);
	});

	it('when the form goes mid-seal, stops, says nothing and leaves nothing stored', async () => {
		const held = heldFile('late.txt');
		queue.add([held.file, textFile('next.txt', 'never sealed')]);
		await held.reading;
		queue.destroy();
		held.release();
		await queue.settled();
		expect(added).toEqual([]);
		expect(queue.messages).toEqual([]);
		expect(await db.chunks.count()).toBe(0);
	});

	it('says what went wrong with a file that cannot be sealed, and carries on with the next', async () => {
		vault.lock();
		queue.add([textFile('locked.txt', 'x')]);
		await queue.settled();
		expect(added).toEqual([]);
		expect(queue.pending).toEqual([]);
		expect(queue.messages).toHaveLength(1);
		expect(queue.messages[0]!.problem).toBe(true);
	});
});

describe('percentSealed', () => {
	it('is whole percent, never over 100, and 0 for an empty file', () => {
		const file = new File(['x'.repeat(200)], 'a.txt');
		expect(percentSealed({ key: 0, file, started: true, done: 199 })).toBe(99);
		expect(percentSealed({ key: 0, file, started: true, done: 500 })).toBe(100);
		expect(percentSealed({ key: 0, file: new File([], 'e.txt'), started: true, done: 0 })).toBe(0);
	});
});
