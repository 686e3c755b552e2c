/** One native DuckDB connection for the build, with no way to download anything. */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

export async function openDuckDb(): Promise<DuckDBConnection> {
	// CSV and Parquet support are statically linked into @duckdb/node-api; refusing extension
	// auto-install/auto-load makes any accidental need for a download fail loudly instead.
	const instance = await DuckDBInstance.create(':memory:', {
		autoinstall_known_extensions: 'false',
		autoload_known_extensions: 'false'
	});
	return instance.connect();
}

/** Runs a query and returns its rows as plain JS objects (INTEGER → number, DATE → Date). */
export async function queryRows<T>(connection: DuckDBConnection, sql: string): Promise<T[]> {
	const reader = await connection.runAndReadAll(sql);
	return reader.getRowObjectsJS() as T[];
}

/** Runs a query and returns its rows as arrays of JS values, in column order. */
export async function queryArrays(connection: DuckDBConnection, sql: string): Promise<unknown[][]> {
	const reader = await connection.runAndReadAll(sql);
	return reader.getRowsJS();
}

/** Runs a query that returns one row with one column and gives that value. */
export async function queryValue<T>(connection: DuckDBConnection, sql: string): Promise<T> {
	const reader = await connection.runAndReadAll(sql);
	return reader.getRowsJS()[0][0] as T;
}
