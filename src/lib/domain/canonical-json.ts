/**
 * RFC 8785 JSON Canonicalization Scheme: one exact text for one value, so a hash of a revision is the same on
 * every device and in every year, and anyone can recompute it with any JCS library.
 *
 * ECMAScript's own number and string serialisation is what RFC 8785 specifies, so JSON.stringify does the
 * leaf work; this module adds key order, strictness, and the I-JSON rules JSON.stringify is lax about.
 */
import { DomainError } from './errors';

export type CanonicalJsonProblem =
	'not-finite' | 'undefined-in-array' | 'unsupported-type' | 'lone-surrogate' | 'cycle';

export class CanonicalJsonError extends DomainError {
	readonly problem: CanonicalJsonProblem;
	/** Where in the value, e.g. `$.content.witnesses[0].name`, for whoever has to fix the cause. */
	readonly path: string;

	constructor(problem: CanonicalJsonProblem, path: string) {
		super('entry-unserialisable');
		this.problem = problem;
		this.path = path;
	}
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasLoneSurrogate(text: string): boolean {
	return LONE_SURROGATE.test(text);
}

function isPlainObject(value: object): boolean {
	const prototype: unknown = Object.getPrototypeOf(value);
	return prototype === Object.prototype || prototype === null;
}

function serialise(value: unknown, path: string, ancestors: Set<object>): string {
	switch (typeof value) {
		case 'boolean':
			return value ? 'true' : 'false';
		case 'number':
			if (!Number.isFinite(value)) throw new CanonicalJsonError('not-finite', path);
			// Number.prototype.toString, which RFC 8785 adopts; it already writes -0 as "0".
			return JSON.stringify(value);
		case 'string':
			// I-JSON forbids unpaired surrogates; JSON.stringify would escape them and hash text nobody typed.
			if (hasLoneSurrogate(value)) throw new CanonicalJsonError('lone-surrogate', path);
			return JSON.stringify(value);
		case 'object': {
			if (value === null) return 'null';
			if (ancestors.has(value)) throw new CanonicalJsonError('cycle', path);
			ancestors.add(value);
			try {
				if (Array.isArray(value)) {
					const items: string[] = [];
					for (let i = 0; i < value.length; i++) {
						const item: unknown = value[i];
						// JSON.stringify would write null here: hashing a value that differs from what was stored.
						if (item === undefined) throw new CanonicalJsonError('undefined-in-array', `${path}[${i}]`);
						items.push(serialise(item, `${path}[${i}]`, ancestors));
					}
					return `[${items.join(',')}]`;
				}
				// Dates, Maps and class instances have no single JSON form; callers convert them first.
				if (!isPlainObject(value)) throw new CanonicalJsonError('unsupported-type', path);
				const record = value as Record<string, unknown>;
				const members: string[] = [];
				// The default sort compares UTF-16 code units, exactly as RFC 8785 section 3.2.3 requires.
				for (const key of Object.keys(record).sort()) {
					const member = record[key];
					// An absent optional field and one set to undefined are the same record, so they hash the same.
					if (member === undefined) continue;
					if (hasLoneSurrogate(key)) throw new CanonicalJsonError('lone-surrogate', path);
					members.push(`${JSON.stringify(key)}:${serialise(member, `${path}.${key}`, ancestors)}`);
				}
				return `{${members.join(',')}}`;
			} finally {
				ancestors.delete(value);
			}
		}
		default:
			throw new CanonicalJsonError('unsupported-type', path);
	}
}

/** The RFC 8785 canonical form of a JSON-compatible value. Throws CanonicalJsonError for anything else. */
export function canonicalJson(value: unknown): string {
	return serialise(value, '$', new Set());
}
