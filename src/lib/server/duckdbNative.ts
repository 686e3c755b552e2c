/**
 * Native DuckDB (@duckdb/node-api) behind the same `AnalyticsDatabase` interface as DuckDB-WASM,
 * for the server: it reads Parquet itself, runs queries on its own threads (the event loop stays
 * free) and costs a fraction of the memory of a DuckDB-WASM instance in Node. The same query
 * functions, the same SQL and the same row conventions as the browser.
 */
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import type { AnalyticsDatabase } from '$lib/data/database';
import type { Manifest } from '$lib/data/datasets';
import { parseManifest } from '$lib/data/loadDatasets';
import { nativeResultRows } from './duckdbNativeRows';

export interface NativeDatabase extends AnalyticsDatabase {
	/** Creates (or replaces) table `name` from a Parquet file, checking its row count. */
	loadParquet(name: string, file: string, expectedRows: number): Promise<void>;
}

export async function openNativeDatabase(): Promise<NativeDatabase> {
	const instance = await DuckDBInstance.create(':memory:');
	// One connection per statement: DuckDB runs them in parallel over the same in-memory tables.
	async function run(sql: string, values: readonly DuckDBValue[] = []) {
		const connection = await instance.connect();
		try {
			return await connection.runAndReadAll(sql, values.length ? [...values] : undefined);
		} finally {
			connection.closeSync();
		}
	}
	return {
		async rows(sql, values = []) {
			return nativeResultRows(await run(sql, values));
		},
		async loadParquet(name, file, expectedRows) {
			// Names come from the manifest schema (an enum) and paths from the server's own folder.
			const staging = `${name}__staging`;
			const quotedFile = file.replaceAll("'", "''");
			await run(
				`CREATE OR REPLACE TABLE "${staging}" AS SELECT * FROM read_parquet('${quotedFile}')`
			);
			const [{ n }] = nativeResultRows(
				await run(`SELECT count(*)::INTEGER AS n FROM "${staging}"`)
			);
			if (n !== expectedRows) {
				await run(`DROP TABLE "${staging}"`);
				throw new Error(
					`${path.basename(file)}: expected ${expectedRows} rows (manifest), loaded ${n}`
				);
			}
			await run(`DROP TABLE IF EXISTS "${name}"`);
			await run(`ALTER TABLE "${staging}" RENAME TO "${name}"`);
		},
		async close() {
			instance.closeSync();
		}
	};
}

/** Opens native DuckDB with every dataset in the manifest of `dataDir` loaded as a table. */
export async function openNativeDatabaseWithData(
	dataDir: string
): Promise<{ db: NativeDatabase; manifest: Manifest }> {
	const manifest = parseManifest(
		JSON.parse(await readFile(path.join(dataDir, 'manifest.json'), 'utf8'))
	);
	return openNativeDatabaseWithManifest(dataDir, manifest);
}

/** Opens native DuckDB with every dataset of `manifest` (files in `dataDir`) loaded as a table. */
export async function openNativeDatabaseWithManifest(
	dataDir: string,
	manifest: Manifest
): Promise<{ db: NativeDatabase; manifest: Manifest }> {
	const db = await openNativeDatabase();
	for (const entry of manifest.datasets) {
		await db.loadParquet(entry.name, path.join(dataDir, entry.file), entry.rows);
	}
	return { db, manifest };
}
