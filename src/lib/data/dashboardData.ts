/**
 * The browser's one database: started on first use, with each extract loaded the first time a
 * page asks for it. Pages call `useDatasets([...])` and then run named queries on the result.
 */
import { base } from '$app/paths';
import type { AnalyticsDatabase, ArrowDatabase, ParquetDecoder } from './database';
import type { DatasetName, Manifest } from './datasets';
import { loadDatasets, parseManifest } from './loadDatasets';
import { browserParquetDecoder, openBrowserDatabase } from './duckdbBrowser';

interface Engine {
	/** Loads extracts as Arrow; pages see only its rows. */
	db: ArrowDatabase;
	manifest: Manifest;
	decode: ParquetDecoder;
}

let engine: Promise<Engine> | undefined;
const datasetLoads = new Map<DatasetName, Promise<unknown>>();

async function fetchBytes(file: string): Promise<Uint8Array> {
	const response = await fetch(`${base}/data/${file}`);
	if (!response.ok) throw new Error(`Could not fetch ${file}: HTTP ${response.status}`);
	return new Uint8Array(await response.arrayBuffer());
}

async function startEngine(): Promise<Engine> {
	const manifestResponse = await fetch(`${base}/data/manifest.json`);
	if (!manifestResponse.ok) {
		throw new Error(`Could not fetch manifest.json: HTTP ${manifestResponse.status}`);
	}
	const [db, decode, manifest] = await Promise.all([
		openBrowserDatabase(),
		browserParquetDecoder(),
		manifestResponse.json().then(parseManifest)
	]);
	return { db, decode, manifest };
}

/** Resolves once every named dataset is a table in DuckDB; loads each one at most once. */
export async function useDatasets(
	names: readonly DatasetName[]
): Promise<{ db: AnalyticsDatabase; manifest: Manifest }> {
	engine ??= startEngine().catch((error: unknown) => {
		engine = undefined;
		throw error;
	});
	const { db, manifest, decode } = await engine;
	await Promise.all(
		names.map((name) => {
			let load = datasetLoads.get(name);
			if (!load) {
				// A failed load is forgotten so that the next visit can try again.
				load = loadDatasets(db, manifest, fetchBytes, decode, [name]).catch((error: unknown) => {
					datasetLoads.delete(name);
					throw error;
				});
				datasetLoads.set(name, load);
			}
			return load;
		})
	);
	return { db, manifest };
}
