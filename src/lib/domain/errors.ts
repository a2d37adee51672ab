/**
 * Base class for every error the domain layer throws, so the edge of a user action can tell "something we
 * expected and can explain" apart from a bug with one `instanceof` check.
 */
export class DomainError extends Error {
	constructor(message: string) {
		super(message);
		// Subclass names survive minification only if set explicitly; logs and tests rely on them.
		this.name = new.target.name;
	}
}
