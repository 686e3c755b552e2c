/**
 * Loads the Parquet extracts listed in the manifest into DuckDB tables.
 *
 * Why parquet-wasm: DuckDB-WASM 1.32 has no built-in Parquet reader; `read_parquet` tries to
 * download the extension and hangs on an offline network. parquet-wasm decodes the file to an
 * Arrow IPC stream, which DuckDB-WASM inserts natively, so nothing leaves our own origin.
 */
import { manifestSchema, type DatasetName, type Manifest } from './datasets';
import type { AnalyticsDatabase, ParquetDecoder } from './database';

export type FetchBytes = (file: string) => Promise<Uint8Array>;

export function parseManifest(json: unknown): Manifest {
	const parsed = manifestSchema.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new Error(`manifest.json is not valid at ${issue.path.join('.')}: ${issue.message}`);
	}
	return parsed.data;
}

export interface LoadedDataset {
	name: DatasetName;
	rows: number;
	decodeMs: number;
	insertMs: number;
}

/** Loads each dataset into a table named after it and checks its row count against the manifest. */
export async function loadDatasets(
	db: AnalyticsDatabase,
	manifest: Manifest,
	fetchBytes: FetchBytes,
	decodeParquet: ParquetDecoder,
	only?: readonly DatasetName[]
): Promise<LoadedDataset[]> {
	const wanted = manifest.datasets.filter((d) => !only || only.includes(d.name));
	const loaded = await Promise.all(
		wanted.map(async (entry) => {
			const bytes = await fetchBytes(entry.file);
			const started = performance.now();
			let ipc: Uint8Array;
			try {
				ipc = decodeParquet(bytes);
			} catch (error) {
				throw new Error(`${entry.file} is not a readable Parquet file: ${String(error)}`);
			}
			const decoded = performance.now();
			await db.insertArrowIpc(entry.name, ipc);
			return { entry, decodeMs: decoded - started, insertMs: performance.now() - decoded };
		})
	);
	const result: LoadedDataset[] = [];
	for (const { entry, decodeMs, insertMs } of loaded) {
		const table = await db.query(`SELECT count(*)::INTEGER AS n FROM "${entry.name}"`);
		const rows = Number(table.getChild('n')?.get(0));
		if (rows !== entry.rows) {
			throw new Error(`${entry.file}: expected ${entry.rows} rows (manifest), loaded ${rows}`);
		}
		result.push({ name: entry.name, rows, decodeMs, insertMs });
	}
	return result;
}
