/**
 * Named SQL parameters for every engine. Queries write `$locality`, `$to` and so on; this turns
 * them into positional `?` placeholders in order of appearance, so a value used twice is passed
 * once by name and can never be bound to the wrong slot. DuckDB-WASM's prepared statements only
 * bind by position, which is why the binding happens here rather than in the engine.
 */
import type { SqlParam } from './database';

export type SqlParams = Readonly<Record<string, SqlParam>>;

export interface BoundSql {
	sql: string;
	values: SqlParam[];
}

// `$name` outside quoted text. Single-quoted literals and double-quoted identifiers are skipped
// whole (so a `$` inside a string is never a parameter); `''` and `""` escapes are handled by
// matching each quoted run separately.
const TOKENS = /'(?:[^']|'')*'|"(?:[^"]|"")*"|\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** Throws when the SQL names a parameter not given, or a given parameter is never used. */
export function bindNamedParams(sql: string, params: SqlParams = {}): BoundSql {
	const values: SqlParam[] = [];
	const used = new Set<string>();
	const missing = new Set<string>();
	const positional = sql.replace(TOKENS, (token, name: string | undefined) => {
		if (name === undefined) return token;
		if (!Object.hasOwn(params, name)) {
			missing.add(name);
			return token;
		}
		used.add(name);
		values.push(params[name]);
		return '?';
	});
	if (missing.size > 0) {
		throw new Error(`SQL parameter(s) not given: ${[...missing].map((n) => `$${n}`).join(', ')}`);
	}
	const unused = Object.keys(params).filter((name) => !used.has(name));
	if (unused.length > 0) {
		throw new Error(`SQL parameter(s) given but not used: ${unused.join(', ')}`);
	}
	return { sql: positional, values };
}
