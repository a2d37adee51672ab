// How a recording is named and its length shown: by the local clock, so both read naturally.
import { toDayKey } from '$lib/domain/iso-time';
import { m } from '$lib/messages';

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

/** recording-2026-11-29-0815, from the local time the recording began, so it sorts and reads naturally. */
export function recordingName(startedAt: number, type: string): string {
	const start = new Date(startedAt);
	const stamp = `${toDayKey(start)}-${pad(start.getHours())}${pad(start.getMinutes())}`;
	const extension = type.includes('ogg') ? 'ogg' : type.includes('mp4') ? 'm4a' : 'webm';
	return m.diary.exhibits.recordingName(stamp, extension);
}

/** Minutes and seconds, as 02:05. */
export function formatElapsed(ms: number): string {
	const seconds = Math.max(0, Math.floor(ms / 1000));
	return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
}
