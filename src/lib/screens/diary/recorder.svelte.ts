// Recording sound for an exhibit with MediaRecorder, where the browser has it (not every phone browser does).
// The finished recording is handed on as a file, named from the local time it began.
import { formatElapsed, recordingName } from './recording-name';

/** The browser's parts this needs; a spec gives its own. */
export interface Media {
	getUserMedia(constraints: MediaStreamConstraints): Promise<MediaStream>;
	createRecorder(stream: MediaStream): MediaRecorder;
	now(): number;
}

const browserMedia: Media = {
	getUserMedia: (constraints) => navigator.mediaDevices.getUserMedia(constraints),
	createRecorder: (stream) => new MediaRecorder(stream),
	now: () => Date.now()
};

/** Whether this browser can record sound at all; the button is shown only then. */
export function canRecordAudio(): boolean {
	return typeof MediaRecorder !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;
}

export interface RecorderEvents {
	/** A recording stopped with sound in it. */
	readonly recorded: (file: File) => void;
	/** The microphone could not be opened, or failed while recording. */
	readonly failed: () => void;
}

export class AudioRecorder {
	readonly #events: RecorderEvents;
	readonly #media: Media;
	#recorder: MediaRecorder | undefined;
	#stream: MediaStream | undefined;
	#start = $state(0);
	#now = $state(0);
	#tick: ReturnType<typeof setInterval> | undefined;
	#destroyed = false;

	constructor(events: RecorderEvents, media: Media = browserMedia) {
		this.#events = events;
		this.#media = media;
	}

	get recording(): boolean {
		return this.#start > 0;
	}

	/** Minutes and seconds since the recording began, as 02:05. */
	readonly elapsed: string = $derived(formatElapsed(this.#now - this.#start));

	async start(): Promise<void> {
		try {
			this.#stream = await this.#media.getUserMedia({ audio: true });
		} catch (error) {
			console.error(error);
			this.#events.failed();
			return;
		}
		if (this.#destroyed) {
			this.#stopTracks();
			return;
		}
		const parts: Blob[] = [];
		const started = this.#media.now();
		const active = this.#media.createRecorder(this.#stream);
		this.#recorder = active;
		active.ondataavailable = (event) => {
			if (event.data.size > 0) parts.push(event.data);
		};
		active.onstop = () => {
			this.#stopTracks();
			if (this.#destroyed || parts.length === 0) return;
			const type = active.mimeType || parts[0]?.type || 'audio/webm';
			this.#events.recorded(new File(parts, recordingName(started, type), { type, lastModified: started }));
		};
		active.onerror = (event) => {
			console.error(event);
			this.#stopTracks();
			this.#events.failed();
		};
		// A slice every second, so a long recording is not one growing buffer inside the recorder.
		active.start(1000);
		this.#start = started;
		this.#now = this.#start;
		this.#tick = setInterval(() => (this.#now = this.#media.now()), 250);
	}

	stop(): void {
		if (this.#recorder && this.#recorder.state !== 'inactive') this.#recorder.stop();
		this.#recorder = undefined;
	}

	/** The form is going: the microphone is let go, and nothing recorded is handed on. */
	destroy(): void {
		this.#destroyed = true;
		this.stop();
		this.#stopTracks();
	}

	#stopTracks() {
		this.#stream?.getTracks().forEach((track) => track.stop());
		this.#stream = undefined;
		clearInterval(this.#tick);
		this.#start = 0;
	}
}
