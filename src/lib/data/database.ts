/**
 * The one interface every query runs through, so the same named SQL functions run on native
 * DuckDB on the server (first paint, pages without JavaScript, downloads) and on DuckDB-WASM in
 * the browser and in tests.
 */
import type { Table } from 'apache-arrow';
import type { PlainRow } from './arrowRows';

/** Values that may be bound to a parameter. Never build SQL from user input. */
export type SqlParam = string | number | boolean | null;

export interface AnalyticsDatabase {
	/**
	 * Runs a statement with positional `?` values and returns plain rows: whole numbers and
	 * doubles as numbers, DATE as an ISO date, TIMESTAMP as an ISO instant (arrowRows.ts). Query
	 * functions call it through `queryRows`, which binds named parameters.
	 */
	rows(sql: string, values?: readonly SqlParam[]): Promise<PlainRow[]>;
	/** Releases the database. */
	close(): Promise<void>;
}

/** DuckDB-WASM, which loads extracts as Arrow and answers in Arrow. */
export interface ArrowDatabase extends AnalyticsDatabase {
	/** Runs a statement with positional `?` parameters and returns the result as Arrow. */
	query(sql: string, params?: readonly SqlParam[]): Promise<Table>;
	/** Creates table `name` from an Arrow IPC stream (fails if it exists). */
	insertArrowIpc(name: string, ipcStream: Uint8Array): Promise<void>;
	/** Makes bytes readable by SQL under `name` (read_csv), or forgets them when `bytes` is null. */
	registerFile(name: string, bytes: Uint8Array | null): Promise<void>;
}

/** Decodes a Parquet file to an Arrow IPC stream (parquet-wasm; see loadDatasets.ts for why). */
export type ParquetDecoder = (parquet: Uint8Array) => Uint8Array;
