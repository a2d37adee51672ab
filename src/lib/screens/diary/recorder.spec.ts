// The audio recorder with a stand-in microphone (Node has none): what it hands on, when, and under what name.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { m } from '$lib/messages';
import { AudioRecorder, type Media } from './recorder.svelte';
import { recordingName } from './recording-name';

class FakeRecorder {
	state: RecordingState = 'inactive';
	mimeType = 'audio/ogg;codecs=opus';
	ondataavailable: ((event: { data: Blob }) => void) | null = null;
	onstop: (() => void) | null = null;
	onerror: ((event: unknown) => void) | null = null;
	start() {
		this.state = 'recording';
	}
	stop() {
		this.state = 'inactive';
		this.onstop?.();
	}
}

function fakeMedia(options: { refuse?: boolean } = {}) {
	const stopped = vi.fn();
	const recorders: FakeRecorder[] = [];
	let now = new Date(2026, 10, 29, 8, 15, 30).getTime();
	const media: Media = {
		getUserMedia: () =>
			options.refuse
				? Promise.reject(new Error('NotAllowedError'))
				: Promise.resolve({ getTracks: () => [{ stop: stopped }] } as unknown as MediaStream),
		createRecorder: () => {
			const recorder = new FakeRecorder();
			recorders.push(recorder);
			return recorder as unknown as MediaRecorder;
		},
		now: () => now
	};
	return { media, recorders, stopped, advance: (ms: number) => (now += ms) };
}

afterEach(() => vi.useRealTimers());

describe('AudioRecorder', () => {
	it('hands on what was recorded as one file named from when it began, and lets the microphone go', async () => {
		vi.useFakeTimers();
		const fake = fakeMedia();
		const recorded: File[] = [];
		const recorder = new AudioRecorder({ recorded: (f) => recorded.push(f), failed: () => {} }, fake.media);
		await recorder.start();
		expect(recorder.recording).toBe(true);
		expect(recorder.elapsed).toBe('00:00');
		fake.advance(65_000);
		vi.advanceTimersByTime(250);
		expect(recorder.elapsed).toBe('01:05');
		fake.recorders[0]!.ondataavailable?.({ data: new Blob(['sound']) });
		recorder.stop();
		expect(recorder.recording).toBe(false);
		expect(fake.stopped).toHaveBeenCalled();
		expect(recorded).toHaveLength(1);
		expect(recorded[0]!.name).toBe(m.diary.exhibits.recordingName('2026-11-29-0815', 'ogg'));
		expect(recorded[0]!.type).toBe('audio/ogg;codecs=opus');
		expect(await recorded[0]!.text()).toBe('sound');
	});

	it('hands on nothing when nothing was recorded, or when the form went first', async () => {
		const fake = fakeMedia();
		const recorded = vi.fn();
		const recorder = new AudioRecorder({ recorded, failed: () => {} }, fake.media);
		await recorder.start();
		recorder.stop();
		await recorder.start();
		fake.recorders[1]!.ondataavailable?.({ data: new Blob(['sound']) });
		recorder.destroy();
		expect(recorded).not.toHaveBeenCalled();
		expect(fake.stopped).toHaveBeenCalledTimes(2);
	});

	it('says the microphone failed when it cannot be opened', async () => {
		const failed = vi.fn();
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		const recorder = new AudioRecorder({ recorded: () => {}, failed }, fakeMedia({ refuse: true }).media);
		await recorder.start();
		expect(failed).toHaveBeenCalledOnce();
		expect(recorder.recording).toBe(false);
		error.mockRestore();
	});
});

describe('recordingName', () => {
	it('takes the extension from the recorded type', () => {
		const start = new Date(2026, 0, 2, 3, 4).getTime();
		expect(recordingName(start, 'audio/mp4')).toBe(m.diary.exhibits.recordingName('2026-01-02-0304', 'm4a'));
		expect(recordingName(start, 'audio/webm;codecs=opus')).toBe(
			m.diary.exhibits.recordingName('2026-01-02-0304', 'webm')
		);
	});
});
