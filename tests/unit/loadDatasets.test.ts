/** Loading extracts fails loudly, naming the file, when a file is damaged or does not match the manifest. */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { loadDatasets, parseManifest } from '$lib/data/loadDatasets';
import { decodeParquetNode, openNodeDatabase } from '$lib/server/duckdbWasmNode';
import type { Manifest } from '$lib/data/datasets';

const ENTRY = {
	name: 'pcns',
	file: 'pcns.parquet',
	rows: 27,
	bytes: 1,
	sha256: '0'.repeat(64),
	vintage: 'test',
	kind: 'real',
	description: 'test'
} as const;
const manifest = (rows = 27): Manifest => ({
	generatedAt: 'now',
	seed: 1,
	datasets: [{ ...ENTRY, rows }]
});

describe('loadDatasets', () => {
	it('names the file when its bytes are not Parquet', async () => {
		const db = await openNodeDatabase();
		await expect(
			loadDatasets(
				db,
				manifest(),
				async () => new TextEncoder().encode('PAR1 not really'),
				decodeParquetNode
			)
		).rejects.toThrow(/^pcns\.parquet is not a readable Parquet file/);
		await db.close();
	});

	it('refuses a bad file and keeps the data already loaded under that name', async () => {
		const db = await openNodeDatabase();
		const bytes = new Uint8Array(await readFile('static/data/pcns.parquet'));
		await loadDatasets(db, manifest(27), async () => bytes, decodeParquetNode);
		await expect(
			loadDatasets(db, manifest(28), async () => bytes, decodeParquetNode)
		).rejects.toThrow('pcns.parquet: expected 28 rows (manifest), loaded 27');
		await expect(
			loadDatasets(db, manifest(), async () => new Uint8Array([1, 2, 3]), decodeParquetNode)
		).rejects.toThrow(/^pcns\.parquet is not a readable Parquet file/);
		const kept = await db.query('SELECT count(*)::INTEGER AS n FROM pcns');
		expect(kept.getChild('n')?.get(0)).toBe(27);
		const staging = await db.query(
			"SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name LIKE '%staging%'"
		);
		expect(staging.getChild('n')?.get(0)).toBe(0);
		await db.close();
	});

	it('replaces a table when a good file is loaded again', async () => {
		const db = await openNodeDatabase();
		const bytes = new Uint8Array(await readFile('static/data/pcns.parquet'));
		await loadDatasets(db, manifest(), async () => bytes, decodeParquetNode);
		const [again] = await loadDatasets(db, manifest(), async () => bytes, decodeParquetNode);
		expect(again.rows).toBe(27);
		await db.close();
	});

	it('rejects a manifest that breaks the schema, saying where', () => {
		expect(() =>
			parseManifest({ generatedAt: 'x', seed: 1, datasets: [{ ...ENTRY, sha256: 'abc' }] })
		).toThrow(/^manifest\.json is not valid at datasets\.0\.sha256/);
	});
});
