/**
 * Turns an Arrow result into plain rows of JavaScript values.
 * DuckDB hands back BIGINT as bigint and DATE as epoch milliseconds; the dashboard wants
 * numbers and ISO dates, so the conversion is driven by the Arrow schema, not by guessing.
 */
import { DataType, type Table } from 'apache-arrow';

export type Cell = string | number | boolean | null;
export type PlainRow = Record<string, Cell>;

/**
 * A row type that lists its columns and nothing else (no index signature), so a typo such as
 * `row.witing` does not compile.
 */
export type RowOf<T> = { [K in keyof T]: Cell };

type Converter = (value: unknown) => Cell;

const MS_PER_DAY = 86_400_000;

function toSafeNumber(value: unknown): number {
	if (typeof value === 'bigint') {
		if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
			throw new RangeError(`Integer ${value} is too large to show exactly`);
		}
		return Number(value);
	}
	return Number(value);
}

function isoDate(value: unknown): string {
	const ms = typeof value === 'number' ? value : (value as Date).getTime();
	return new Date(Math.round(ms / MS_PER_DAY) * MS_PER_DAY).toISOString().slice(0, 10);
}

function converterFor(type: DataType): Converter {
	if (DataType.isInt(type) || DataType.isFloat(type)) return (v) => toSafeNumber(v);
	if (DataType.isDate(type)) return (v) => isoDate(v);
	if (DataType.isTimestamp(type)) return (v) => new Date(Number(v)).toISOString();
	if (DataType.isBool(type)) return (v) => Boolean(v);
	if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return (v) => String(v);
	if (DataType.isDecimal(type)) {
		throw new TypeError('DECIMAL results are not supported: cast to DOUBLE in the SQL');
	}
	throw new TypeError(`Unsupported Arrow type in a query result: ${type}`);
}

/** Converts every row of an Arrow table; nulls stay null. */
export function arrowToRows<T extends RowOf<T> = PlainRow>(table: Table): T[] {
	const columns = table.schema.fields.map((field) => ({
		name: field.name,
		convert: converterFor(field.type),
		vector: table.getChild(field.name)
	}));
	const rows: T[] = new Array(table.numRows);
	for (let i = 0; i < table.numRows; i++) {
		const row: PlainRow = {};
		for (const { name, convert, vector } of columns) {
			const value = vector?.get(i);
			row[name] = value === null || value === undefined ? null : convert(value);
		}
		rows[i] = row as unknown as T;
	}
	return rows;
}
