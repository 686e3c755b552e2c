/**
 * Native DuckDB results as the dashboard's plain rows, with exactly the conventions the browser
 * engine's Arrow conversion follows (arrowRows.ts): whole numbers and doubles become numbers
 * (refusing integers too large to show exactly), DATE becomes an ISO date, TIMESTAMP an ISO
 * instant, DECIMAL is refused. One convention for both engines is what lets the same page model
 * give the same figures on the server and in the browser.
 */
import { DuckDBTypeId, type DuckDBResultReader, type DuckDBValue } from '@duckdb/node-api';
import type { Cell, PlainRow } from '$lib/data/arrowRows';

type Converter = (value: DuckDBValue) => Cell;

function safeNumber(value: DuckDBValue): number {
	if (typeof value === 'bigint') {
		if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
			throw new RangeError(`Integer ${value} is too large to show exactly`);
		}
	}
	return Number(value);
}

const NUMERIC = new Set([
	DuckDBTypeId.TINYINT,
	DuckDBTypeId.SMALLINT,
	DuckDBTypeId.INTEGER,
	DuckDBTypeId.BIGINT,
	DuckDBTypeId.UTINYINT,
	DuckDBTypeId.USMALLINT,
	DuckDBTypeId.UINTEGER,
	DuckDBTypeId.UBIGINT,
	DuckDBTypeId.HUGEINT,
	DuckDBTypeId.FLOAT,
	DuckDBTypeId.DOUBLE
]);

function converterFor(typeId: DuckDBTypeId, column: string): Converter {
	if (NUMERIC.has(typeId)) return safeNumber;
	if (typeId === DuckDBTypeId.DATE) return (v) => String(v);
	if (typeId === DuckDBTypeId.TIMESTAMP) {
		// DuckDB's text form is "YYYY-MM-DD HH:MM:SS[.ffffff]" in UTC; Arrow's path gives toISOString().
		return (v) => new Date(`${String(v).replace(' ', 'T')}Z`).toISOString();
	}
	if (typeId === DuckDBTypeId.BOOLEAN) return (v) => Boolean(v);
	if (typeId === DuckDBTypeId.VARCHAR) return (v) => String(v);
	if (typeId === DuckDBTypeId.DECIMAL) {
		throw new TypeError(`DECIMAL result in column ${column}: cast to DOUBLE in the SQL`);
	}
	throw new TypeError(`Unsupported DuckDB type ${DuckDBTypeId[typeId]} in column ${column}`);
}

/** Every row of a fully read result; nulls stay null. */
export function nativeResultRows(reader: DuckDBResultReader): PlainRow[] {
	const names = reader.columnNames();
	const converters = names.map((name, i) => converterFor(reader.columnTypeId(i), name));
	return reader.getRows().map((values) => {
		const row: PlainRow = {};
		values.forEach((value, i) => {
			row[names[i]] = value === null ? null : converters[i](value);
		});
		return row;
	});
}
