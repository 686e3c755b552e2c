/**
 * DuckDB-WASM in Node, for tests and the benchmark: the same engine and the same query
 * functions as the browser, through the package's blocking Node build.
 */
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readParquet } from 'parquet-wasm';
import { arrowToRows } from '$lib/data/arrowRows';
import type { ArrowDatabase, ParquetDecoder } from '$lib/data/database';
import { loadDatasets, parseManifest, type LoadedDataset } from '$lib/data/loadDatasets';
import type { DatasetName, Manifest } from '$lib/data/datasets';

const require = createRequire(import.meta.url);
type BlockingModule = typeof import('@duckdb/duckdb-wasm/blocking');
const duckdb: BlockingModule = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');

export const decodeParquetNode: ParquetDecoder = (bytes) => readParquet(bytes).intoIPCStream();

export async function openNodeDatabase(): Promise<ArrowDatabase> {
	const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
	const bundles = {
		mvp: {
			mainModule: path.join(dist, 'duckdb-mvp.wasm'),
			mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs')
		},
		eh: {
			mainModule: path.join(dist, 'duckdb-eh.wasm'),
			mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs')
		}
	};
	const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
	await db.instantiate();
	const conn = db.connect();
	const database: ArrowDatabase = {
		async rows(sql, values = []) {
			return arrowToRows(await database.query(sql, values));
		},
		async query(sql, params = []) {
			if (params.length === 0) return conn.query(sql);
			const statement = conn.prepare(sql);
			try {
				return statement.query(...params);
			} finally {
				statement.close();
			}
		},
		async insertArrowIpc(name, ipc) {
			conn.insertArrowFromIPCStream(ipc, { name });
		},
		async registerFile(name, bytes) {
			if (bytes) db.registerFileBuffer(name, bytes);
			else db.dropFile(name);
		},
		async close() {
			conn.close();
			db.reset();
		}
	};
	return database;
}

/** Opens DuckDB-WASM in Node and loads the extracts from a folder holding manifest.json. */
export async function openNodeDatabaseWithData(
	dataDir: string,
	only?: readonly DatasetName[]
): Promise<{ db: ArrowDatabase; manifest: Manifest; loaded: LoadedDataset[] }> {
	const manifest = parseManifest(
		JSON.parse(await readFile(path.join(dataDir, 'manifest.json'), 'utf8'))
	);
	const db = await openNodeDatabase();
	const loaded = await loadDatasets(
		db,
		manifest,
		async (file) => new Uint8Array(await readFile(path.join(dataDir, file))),
		decodeParquetNode,
		only
	);
	return { db, manifest, loaded };
}
