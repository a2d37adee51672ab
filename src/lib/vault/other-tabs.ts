// How the tabs of one diary learn of each other's saves: after a write, the tab that made it says so on a
// BroadcastChannel, and every other tab reads the rows written since it last looked (diary-store.ts). The
// message carries only the write's number and row ids, which are random; the name is neutral, like every name.
// Where BroadcastChannel is missing, tabs still catch up whenever they write, and when they are shown again.

export interface RowsMessage {
	readonly type: 'rows';
	/** The write's number in the head row. */
	readonly n: number;
	readonly ids: readonly string[];
}

export interface RowsChannel {
	post(message: RowsMessage): void;
	close(): void;
}

function isRowsMessage(value: unknown): value is RowsMessage {
	const message = value as Partial<RowsMessage> | null;
	return message?.type === 'rows' && typeof message.n === 'number' && Array.isArray(message.ids);
}

/** Listens for other tabs' writes to the diary named `name`; `heard` runs for each. */
export function openRowsChannel(name: string, heard: (message: RowsMessage) => void): RowsChannel {
	if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
	const channel = new BroadcastChannel(name);
	// In Node (the unit tests) an open channel would keep the process alive; a page has no such notion.
	(channel as { unref?: () => void }).unref?.();
	channel.onmessage = (event: MessageEvent<unknown>) => {
		if (isRowsMessage(event.data)) heard(event.data);
	};
	return {
		post: (message) => channel.postMessage(message),
		close: () => channel.close()
	};
}
