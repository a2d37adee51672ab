// How the browser keeps the diary: whether its storage is persistent (not cleared under storage pressure), and how
// much is used and free. Settings shows it; the first save asks for persistence once.
export interface StorageFigures {
	/** Undefined where the browser does not say. */
	readonly persisted?: boolean;
	readonly usage?: number;
	readonly quota?: number;
}

function storageManager(): StorageManager | undefined {
	return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

export class DeviceStorage {
	#figures = $state.raw<StorageFigures>({});
	#asked = false;

	get figures(): StorageFigures {
		return this.#figures;
	}

	/** Bytes the app may still use, where the browser says. */
	get free(): number | undefined {
		const { usage, quota } = this.#figures;
		return usage === undefined || quota === undefined ? undefined : Math.max(0, quota - usage);
	}

	async refresh(): Promise<void> {
		const manager = storageManager();
		if (!manager) return;
		const [persisted, estimate] = await Promise.all([manager.persisted(), manager.estimate()]);
		this.#figures = { persisted, usage: estimate.usage, quota: estimate.quota };
	}

	/** Asks the browser to keep the diary's storage. Returns whether it now does. */
	async persist(): Promise<boolean> {
		const manager = storageManager();
		if (!manager) return false;
		const persisted = (await manager.persisted()) || (await manager.persist());
		this.#figures = { ...this.#figures, persisted };
		return persisted;
	}

	/** Called after every save; only the first in this page asks, so the browser is not asked again and again. */
	persistAfterFirstSave(): void {
		if (this.#asked) return;
		this.#asked = true;
		// A refusal is not a failure the person can act on here; Settings shows the result and can ask again.
		this.persist().catch((error: unknown) => console.error(error));
	}
}

export const deviceStorage = new DeviceStorage();
