/**
 * Old formats are brought forward by a table of steps, one per version, as Excalidraw's restore does: each step
 * takes a value of its version to the next, so reading an old row or file is data to add to, not a chain of ifs
 * to extend. The schema of the current version is checked afterwards, on what the steps made.
 */
export type Migration = (value: Readonly<Record<string, unknown>>) => Record<string, unknown>;
export type Migrations = Readonly<Partial<Record<number, Migration>>>;

export interface Versioning {
	/** The version this app writes and its schema describes. */
	readonly current: number;
	readonly migrations: Migrations;
	/** Where the version is kept in the value. */
	readonly key: string;
	/** The version of a value written before it carried one; without it, such a value is refused. */
	readonly unversioned?: number;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The value at the current version, or undefined when it is not an object, its version is not a whole number,
 * it is newer than this app, or no step leads from it. Never changes the value it is given.
 */
export function migrateToCurrent(
	value: unknown,
	{ current, migrations, key, unversioned }: Versioning
): Readonly<Record<string, unknown>> | undefined {
	if (!isRecord(value)) return undefined;
	// Own keys only: a hostile "__proto__" must not lend a version through the prototype.
	let version: unknown = Object.hasOwn(value, key) ? value[key] : unversioned;
	let migrated = value;
	while (Number.isSafeInteger(version) && (version as number) < current) {
		const step = migrations[version as number];
		if (!step) return undefined;
		migrated = step(migrated);
		const next = migrated[key];
		// A step that does not move the version on would loop for ever.
		if (!(typeof next === 'number' && next > (version as number))) return undefined;
		version = next;
	}
	return version === current ? migrated : undefined;
}
