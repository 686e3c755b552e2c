/**
 * The one interface every query runs through, so the same named SQL functions run on
 * DuckDB-WASM in the browser and on DuckDB-WASM in Node (tests, benchmark).
 */
import type { Table } from 'apache-arrow';

/** Values that may be bound to a `?` placeholder. Never build SQL from user input. */
export type SqlParam = string | number | boolean | null;

export interface AnalyticsDatabase {
	/** Runs a statement with positional `?` parameters and returns the result as Arrow. */
	query(sql: string, params?: readonly SqlParam[]): Promise<Table>;
	/** Creates table `name` from an Arrow IPC stream (fails if it exists). */
	insertArrowIpc(name: string, ipcStream: Uint8Array): Promise<void>;
	/** Releases the database. */
	close(): Promise<void>;
}

/** Decodes a Parquet file to an Arrow IPC stream (parquet-wasm; see loadDatasets.ts for why). */
export type ParquetDecoder = (parquet: Uint8Array) => Uint8Array;
