// "Read aloud": the browser's own speech, with a voice that runs on this device only. A voice whose `localService`
// is false may send the words to a server to be spoken, so it is never used; where the device has no local voice
// for the language on screen, nothing is offered. Nothing is recorded or sent. Locking and the quick exit stop it.
import { stopReadingAloud } from '$lib/safety/quick-exit';

type Speech = Pick<SpeechSynthesis, 'getVoices' | 'speak' | 'cancel' | 'addEventListener'>;

class ReadAloud {
	#voices = $state.raw<readonly SpeechSynthesisVoice[]>([]);
	/** The text being read, so its button can offer to stop. */
	#reading = $state<string | undefined>();
	#speech: Speech | undefined;

	constructor(speech: Speech | undefined = globalThis.speechSynthesis) {
		this.#speech = speech;
		if (!speech) return;
		const load = () => (this.#voices = speech.getVoices());
		load();
		// Voices are often listed only a moment after the page loads.
		speech.addEventListener('voiceschanged', load);
	}

	/** A voice on this device for `locale` ("pl", "pa-Guru", "en-GB"), or none. */
	voiceFor(locale: string): SpeechSynthesisVoice | undefined {
		const base = locale.toLowerCase().split('-')[0];
		const local = this.#voices.filter((voice) => voice.localService);
		return (
			local.find((voice) => voice.lang.toLowerCase() === locale.toLowerCase()) ??
			local.find((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === base)
		);
	}

	get reading(): string | undefined {
		return this.#reading;
	}

	/** Reads `text` in `locale`'s local voice; false when there is none, and nothing is read. */
	read(text: string, locale: string): boolean {
		const voice = this.voiceFor(locale);
		if (!this.#speech || !voice || !voice.localService) return false;
		this.#speech.cancel();
		const utterance = new SpeechSynthesisUtterance(text);
		utterance.voice = voice;
		utterance.lang = voice.lang;
		const done = () => {
			if (this.#reading === text) this.#reading = undefined;
		};
		utterance.addEventListener('end', done);
		utterance.addEventListener('error', done);
		this.#reading = text;
		this.#speech.speak(utterance);
		return true;
	}

	stop(): void {
		this.#reading = undefined;
		stopReadingAloud();
	}
}

export const readAloud = new ReadAloud();
