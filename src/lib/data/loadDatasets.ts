/**
 * Loads the Parquet extracts listed in the manifest into DuckDB tables.
 *
 * Why parquet-wasm: DuckDB-WASM 1.32 has no built-in Parquet reader; `read_parquet` tries to
 * download the extension and hangs on an offline network. parquet-wasm decodes the file to an
 * Arrow IPC stream, which DuckDB-WASM inserts natively, so nothing leaves our own origin.
 */
import { manifestSchema, type DatasetName, type Manifest, type ManifestEntry } from './datasets';
import type { ArrowDatabase, ParquetDecoder } from './database';

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

/** Decodes, inserts and checks one file, then swaps it in: a bad file never replaces good data. */
async function loadOne(
	db: ArrowDatabase,
	entry: ManifestEntry,
	fetchBytes: FetchBytes,
	decodeParquet: ParquetDecoder
): Promise<LoadedDataset> {
	const bytes = await fetchBytes(entry.file);
	const started = performance.now();
	let ipc: Uint8Array;
	try {
		ipc = decodeParquet(bytes);
	} catch (error) {
		throw new Error(`${entry.file} is not a readable Parquet file: ${String(error)}`, {
			cause: error
		});
	}
	const decoded = performance.now();
	// Names come from the manifest schema (an enum), never from user input.
	const staging = `${entry.name}__staging`;
	await db.query(`DROP TABLE IF EXISTS "${staging}"`);
	await db.insertArrowIpc(staging, ipc);
	const table = await db.query(`SELECT count(*)::INTEGER AS n FROM "${staging}"`);
	const rows = Number(table.getChild('n')?.get(0));
	if (rows !== entry.rows) {
		await db.query(`DROP TABLE "${staging}"`);
		throw new Error(`${entry.file}: expected ${entry.rows} rows (manifest), loaded ${rows}`);
	}
	await db.query(`DROP TABLE IF EXISTS "${entry.name}"`);
	await db.query(`ALTER TABLE "${staging}" RENAME TO "${entry.name}"`);
	return {
		name: entry.name,
		rows,
		decodeMs: decoded - started,
		insertMs: performance.now() - decoded
	};
}

/**
 * Loads each dataset into a table named after it, checking its row count against the manifest.
 * A file that fails leaves any table already loaded under that name as it was.
 */
export async function loadDatasets(
	db: ArrowDatabase,
	manifest: Manifest,
	fetchBytes: FetchBytes,
	decodeParquet: ParquetDecoder,
	only?: readonly DatasetName[]
): Promise<LoadedDataset[]> {
	const wanted = manifest.datasets.filter((d) => !only || only.includes(d.name));
	return Promise.all(wanted.map((entry) => loadOne(db, entry, fetchBytes, decodeParquet)));
}
