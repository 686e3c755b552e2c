/**
 * Native DuckDB (@duckdb/node-api), used by tests as an independent second opinion on the
 * figures the dashboard computes with DuckDB-WASM.
 */
import { DuckDBInstance } from '@duckdb/node-api';

export type NativeRow = Record<string, unknown>;

export interface NativeDuckdb {
	rows(sql: string): Promise<NativeRow[]>;
	close(): void;
}

export async function openNativeDuckdb(): Promise<NativeDuckdb> {
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	return {
		async rows(sql) {
			const reader = await connection.runAndReadAll(sql);
			return reader.getRowObjectsJS() as NativeRow[];
		},
		close() {
			connection.closeSync();
			instance.closeSync();
		}
	};
}
