/**
 * Hand-made tables for query tests: each is written by native DuckDB to Parquet and loaded into
 * DuckDB-WASM exactly as the browser loads the real extracts (Parquet → Arrow IPC → table).
 */
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ArrowDatabase } from '../../src/lib/data/database';
import { decodeParquetNode, openNodeDatabase } from '../../src/lib/server/duckdbWasmNode';
import { openNativeDuckdb } from './nativeDuckdb';

/**
 * Opens DuckDB-WASM with one table per entry, each made by the SELECT given. The result is an
 * ArrowDatabase, so it serves query functions (AnalyticsDatabase) and Arrow checks alike.
 */
export async function openHandMadeDatabase(tables: Record<string, string>): Promise<ArrowDatabase> {
	const dir = mkdtempSync(path.join(tmpdir(), 'hand-made-'));
	const native = await openNativeDuckdb();
	const db = await openNodeDatabase();
	try {
		for (const [name, select] of Object.entries(tables)) {
			const file = path.join(dir, `${name}.parquet`);
			await native.rows(`COPY (${select}) TO '${file}' (FORMAT parquet)`);
			await db.insertArrowIpc(name, decodeParquetNode(new Uint8Array(await readFile(file))));
		}
	} finally {
		native.close();
	}
	return db;
}
