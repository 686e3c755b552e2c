/**
 * Small hand-made tables for query tests: written to Parquet by native DuckDB, then decoded and
 * loaded into DuckDB-WASM exactly as the dashboard loads its extracts.
 */
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AnalyticsDatabase } from '$lib/data/database';
import { decodeParquetNode, openNodeDatabase } from '$lib/server/duckdbWasmNode';
import { openNativeDuckdb } from './nativeDuckdb';

/** Table name → a SELECT producing its rows (with explicit column types). */
export type HandMadeTables = Record<string, string>;

export async function loadHandMadeTables(tables: HandMadeTables): Promise<AnalyticsDatabase> {
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
