/**
 * Getting rows into DuckDB and tables out as Parquet.
 * - Generated (synthetic) rows are column-oriented and go through DuckDB's appender row by row,
 *   which keeps memory flat for the 1,000,000-row benchmark extract.
 * - Every table is written with COPY … (FORMAT parquet, COMPRESSION zstd) in a stated order so
 *   that the same rows give the same file.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { DuckDBDateValue, type DuckDBAppender } from '@duckdb/node-api';
import { sqlString } from './reference';

/** The only column types the dashboard's Parquet files use (never DECIMAL). */
export type ColumnType = 'INTEGER' | 'DOUBLE' | 'DATE' | 'VARCHAR';

export interface Column {
	name: string;
	type: ColumnType;
	/** The value in row i: a number (DATE: day number since 1970-01-01), a string, or null. */
	value: (row: number) => number | string | null;
}

export interface ColumnarTable {
	name: string;
	rowCount: number;
	columns: Column[];
}

/** Appends one value of a known column type (the appender checks it against the table). */
function appendValue(appender: DuckDBAppender, type: ColumnType, value: number | string | null) {
	if (value === null) appender.appendNull();
	else if (type === 'INTEGER') appender.appendInteger(value as number);
	else if (type === 'DOUBLE') appender.appendDouble(value as number);
	else if (type === 'DATE') appender.appendDate(new DuckDBDateValue(value as number));
	else appender.appendVarchar(value as string);
}

/** Creates the table with explicit column types and appends every row through the appender. */
export async function createTableFromColumns(
	connection: DuckDBConnection,
	table: ColumnarTable
): Promise<void> {
	const definition = table.columns.map((column) => `${column.name} ${column.type}`).join(', ');
	await connection.run(`CREATE OR REPLACE TABLE ${table.name} (${definition})`);
	const appender = await connection.createAppender(table.name);
	for (let row = 0; row < table.rowCount; row++) {
		for (const column of table.columns) appendValue(appender, column.type, column.value(row));
		appender.endRow();
	}
	appender.closeSync();
}

/** Writes a table to Parquet (zstd) in the given order. */
export async function copyToParquet(
	connection: DuckDBConnection,
	table: string,
	path: string,
	orderBy: string
): Promise<void> {
	await connection.run(
		`COPY (SELECT * FROM ${table} ORDER BY ${orderBy}) TO ${sqlString(path)}
		(FORMAT parquet, COMPRESSION zstd)`
	);
}
