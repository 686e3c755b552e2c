/**
 * The real inputs the synthetic generators are calibrated on, read from the built tables (during
 * the build) or from the published Parquet files (in tests), so that the generators themselves
 * stay pure functions of (seed, inputs, options).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { AGE_BANDS, type Locality } from '../../../src/lib/data/datasets';
import { queryRows } from '../duckdb';

export interface LsoaInput {
	code: string;
	locality: Locality;
	lat: number;
	lon: number;
	/** IMD 2025 national quintile, 1 = most deprived. */
	imdQuintile: number;
	/** Estimated women by AGE_BANDS index. */
	women: number[];
}

export interface PracticeInput {
	code: string;
	pcnCode: string;
	locality: Locality;
	lat: number;
	lon: number;
}

export interface PcnInput {
	code: string;
	name: string;
	locality: Locality;
}

export interface SyntheticInputs {
	lsoas: LsoaInput[];
	/** Practices with a PCN; the synthetic activity is generated for these only. */
	practices: PracticeInput[];
	pcns: PcnInput[];
}

/** Maps a dataset name to the SQL relation holding it (a table, or read_parquet(...)). */
export type RelationOf = (dataset: string) => string;

export async function readSyntheticInputs(
	connection: DuckDBConnection,
	relationOf: RelationOf = (dataset) => dataset
): Promise<SyntheticInputs> {
	const lsoaRows = await queryRows<{
		code: string;
		locality: Locality;
		lat: number;
		lon: number;
		imd_quintile: number;
	}>(
		connection,
		`SELECT lsoa21_code AS code, locality, centroid_lat AS lat, centroid_lon AS lon,
			imd25_quintile AS imd_quintile
		FROM ${relationOf('geography_lsoa')} ORDER BY lsoa21_code`
	);
	const populationRows = await queryRows<{ code: string; age_band: string; women: number }>(
		connection,
		`SELECT lsoa21_code AS code, age_band, women FROM ${relationOf('population_female_lsoa')}`
	);
	const women = new Map(lsoaRows.map((row) => [row.code, AGE_BANDS.map(() => 0)]));
	for (const row of populationRows) {
		women.get(row.code)![AGE_BANDS.indexOf(row.age_band as (typeof AGE_BANDS)[number])] = row.women;
	}
	const practices = await queryRows<PracticeInput>(
		connection,
		`SELECT practice_code AS code, pcn_code AS "pcnCode", locality, lat, lon
		FROM ${relationOf('practices')} WHERE pcn_code IS NOT NULL ORDER BY practice_code`
	);
	const pcns = await queryRows<PcnInput>(
		connection,
		`SELECT pcn_code AS code, pcn_name AS name, locality FROM ${relationOf('pcns')} ORDER BY pcn_code`
	);
	return {
		lsoas: lsoaRows.map(({ imd_quintile, ...row }) => ({
			...row,
			imdQuintile: imd_quintile,
			women: women.get(row.code)!
		})),
		practices,
		pcns
	};
}
