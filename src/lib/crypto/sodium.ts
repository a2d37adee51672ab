// libsodium is large (about 1 MB of WebAssembly), so it is loaded only when a diary is about to be opened or
// created, never by the calculator screen. Every caller goes through loadSodium() so the module loads once.
import type sodiumModule from 'libsodium-wrappers-sumo';

export type Sodium = typeof sodiumModule;

let loading: Promise<Sodium> | undefined;

export function loadSodium(): Promise<Sodium> {
	loading ??= import('libsodium-wrappers-sumo').then(async (module) => {
		const sodium = module.default;
		await sodium.ready;
		return sodium;
	});
	return loading;
}
