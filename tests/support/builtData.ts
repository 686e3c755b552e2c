/**
 * The built data (static/data, written by `npm run data` before the unit tests) as seen by the
 * data-build tests: a native DuckDB connection, each dataset as a read_parquet(...) relation,
 * and the manifest as written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { openDuckDb, queryRows } from '../../scripts/data/duckdb';
import { REPO_ROOT, sqlString } from '../../scripts/data/reference';
import type { RelationOf } from '../../scripts/data/synthetic/inputs';

export const BUILT_DATA_DIR = join(REPO_ROOT, 'static', 'data');

export const builtRelation: RelationOf = (dataset) =>
	`read_parquet(${sqlString(join(BUILT_DATA_DIR, `${dataset}.parquet`))})`;

export interface BuiltManifest {
	generatedAt: string;
	seed: number;
	endMonth: string;
	larcTargetRows: number | null;
	datasets: {
		name: string;
		file: string;
		rows: number;
		bytes: number;
		sha256: string;
		kind: string;
	}[];
}

export function readBuiltManifest(dir = BUILT_DATA_DIR): BuiltManifest {
	return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as BuiltManifest;
}

export interface BuiltData {
	connection: DuckDBConnection;
	rows<T>(sql: string): Promise<T[]>;
	/** `FROM <dataset>` as SQL: read_parquet of the built file. */
	from: RelationOf;
}

export async function openBuiltData(): Promise<BuiltData> {
	const connection = await openDuckDb();
	return {
		connection,
		rows: <T>(sql: string) => queryRows<T>(connection, sql),
		from: builtRelation
	};
}
