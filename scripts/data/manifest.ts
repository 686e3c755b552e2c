/**
 * Writes each dataset's Parquet file and static/data/manifest.json, validated against the shared
 * manifestSchema (src/lib/data/datasets.ts). The manifest also records the build options that
 * shape the synthetic data (endMonth, larcTargetRows); manifestSchema ignores those extra keys.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { manifestSchema, type Manifest, type ManifestEntry } from '../../src/lib/data/datasets';
import type { DatasetDescription } from './catalogue';
import { queryValue } from './duckdb';
import { sqlString } from './reference';
import { copyToParquet } from './writeParquet';

export const MANIFEST_FILE = 'manifest.json';

export function sha256OfFile(path: string): string {
	return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Writes one dataset's table to <outDir>/<name>.parquet and describes the file written. */
export async function writeDataset(
	connection: DuckDBConnection,
	outDir: string,
	dataset: DatasetDescription
): Promise<ManifestEntry> {
	const file = `${dataset.name}.parquet`;
	const path = join(outDir, file);
	await copyToParquet(connection, dataset.name, path, dataset.orderBy);
	const rows = await queryValue<bigint>(
		connection,
		`SELECT count(*) FROM read_parquet(${sqlString(path)})`
	);
	return {
		name: dataset.name,
		file,
		rows: Number(rows),
		bytes: statSync(path).size,
		sha256: sha256OfFile(path),
		vintage: dataset.vintage,
		kind: dataset.kind,
		description: dataset.description,
		...(dataset.period ? { period: dataset.period } : {})
	};
}

export interface BuildRecord {
	endMonth: string;
	larcTargetRows: number | null;
}

export function writeManifest(outDir: string, manifest: Manifest, build: BuildRecord): void {
	const valid = manifestSchema.parse(manifest);
	const contents = { ...valid, ...build };
	writeFileSync(join(outDir, MANIFEST_FILE), `${JSON.stringify(contents, null, '\t')}\n`);
}
