import { afterEach, describe, expect, it, vi } from 'vitest';
import { CodedError } from '$lib/domain/errors';
import { PackUnsafePathError } from '$lib/export/errors';
import { m } from '$lib/messages';
import { errorMessage } from '$lib/messages/errors';
import { SealCancelledError, WaitBeforeRetryError } from '$lib/vault/errors';
import { runAction } from './run-action';

afterEach(() => {
	vi.restoreAllMocks();
});

function watch() {
	const problems: string[] = [];
	const cancels: number[] = [];
	return {
		problems,
		cancels,
		options: { onProblem: (text: string) => problems.push(text), onCancel: () => cancels.push(1) }
	};
}

describe('runAction, the edge of every user action', () => {
	it('gives back what the action made, and says nothing', async () => {
		const seen = watch();
		expect(await runAction(async () => 42, seen.options)).toEqual({ ok: true, value: 42 });
		expect(seen.problems).toEqual([]);
	});

	it('turns a coded error into the words for its code, and keeps the error for screens that say more', async () => {
		const seen = watch();
		const error = new WaitBeforeRetryError(0, 3000);
		const outcome = await runAction(() => Promise.reject(error), seen.options);
		expect(outcome).toMatchObject({ ok: false, cancelled: false, error });
		expect(seen.problems).toEqual([m.unlock.wait(3)]);

		const hostile = await runAction(() => {
			throw new PackUnsafePathError('../evil');
		});
		expect(hostile.ok || hostile.message).toBe(errorMessage('pack-unsafe-path', { name: '../evil' }));
	});

	it('turns a storage failure that escaped unguarded into the calm words for it', async () => {
		const seen = watch();
		const closed = Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' });
		await runAction(() => Promise.reject(closed), seen.options);
		expect(seen.problems).toEqual([m.errors.storageUnavailable]);
	});

	it('says nothing for a cancellation: the browser’s AbortError, a stopped file, the cancelled code', async () => {
		for (const error of [
			new DOMException('Share canceled', 'AbortError'),
			new SealCancelledError(),
			new CodedError('cancelled')
		]) {
			const seen = watch();
			const outcome = await runAction(() => Promise.reject(error), seen.options);
			expect(outcome).toMatchObject({ ok: false, cancelled: true, message: '' });
			expect(seen.problems).toEqual([]);
			expect(seen.cancels).toEqual([1]);
		}
	});

	it('gives a bug the calm general words, logs it, and never puts its text or stack on the screen', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const seen = watch();
		const bug = new TypeError("Cannot read properties of undefined (reading 'seq')");
		const outcome = await runAction(() => {
			throw bug;
		}, seen.options);
		expect(outcome).toMatchObject({ ok: false, cancelled: false, error: undefined });
		expect(seen.problems).toEqual([m.common.somethingWentWrong]);
		expect(seen.problems[0]).not.toContain('seq');
		expect(log).toHaveBeenCalledWith(bug);
	});

	it('also catches a non-Error thrown value', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const seen = watch();
		await runAction(() => Promise.reject('a string'), seen.options);
		expect(seen.problems).toEqual([m.common.somethingWentWrong]);
	});
});
