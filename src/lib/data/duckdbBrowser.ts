/**
 * DuckDB-WASM in the browser, started once per page load. Every engine file (.wasm, worker)
 * is bundled by Vite and served from our own origin: the dashboard must work offline.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import initParquet, { readParquet } from 'parquet-wasm/esm';
import parquetWasm from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { arrowToRows } from './arrowRows';
import type { ArrowDatabase, ParquetDecoder } from './database';

const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

export async function openBrowserDatabase(): Promise<ArrowDatabase> {
	const bundle = await duckdb.selectBundle(BUNDLES);
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	const conn = await db.connect();
	const database: ArrowDatabase = {
		async rows(sql, values = []) {
			return arrowToRows(await database.query(sql, values));
		},
		async query(sql, params = []) {
			if (params.length === 0) return conn.query(sql);
			const statement = await conn.prepare(sql);
			try {
				return await statement.query(...params);
			} finally {
				await statement.close();
			}
		},
		async insertArrowIpc(name, ipc) {
			await conn.insertArrowFromIPCStream(ipc, { name });
		},
		async registerFile(name, bytes) {
			if (bytes) await db.registerFileBuffer(name, bytes);
			else await db.dropFile(name);
		},
		async close() {
			await conn.close();
			await db.terminate();
		}
	};
	return database;
}

let parquetReady: Promise<unknown> | undefined;

/** parquet-wasm's browser build needs its .wasm fetched (from our origin) before first use. */
export async function browserParquetDecoder(): Promise<ParquetDecoder> {
	parquetReady ??= initParquet({ module_or_path: parquetWasm });
	await parquetReady;
	return (bytes) => readParquet(bytes).intoIPCStream();
}
