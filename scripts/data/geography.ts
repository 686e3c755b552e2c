/**
 * geography_lsoa: one row per 2021 LSOA in Mid and South Essex (720) with its ward, local
 * authority, locality, sub-ICB location, IMD 2025, rural-urban class and a population-weighted
 * centroid. All real data; the centroid method is described in data/README.md.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { LOCALITY_BY_LAD, localityValuesSql } from './localities';
import { readReference } from './reference';
import { queryRows } from './duckdb';

/** How each LSOA21 centroid was obtained, by the ONS LSOA 2011 → 2021 change code. */
export const CENTROID_METHODS = {
	U: 'lsoa11_unchanged',
	S: 'lsoa11_split_parent',
	M: 'lsoa11_merged_mean',
	X: 'lsoa11_irregular_mean'
} as const;

const centroidMethodSql = `CASE change_code ${Object.entries(CENTROID_METHODS)
	.map(([code, method]) => `WHEN '${code}' THEN '${method}'`)
	.join(' ')} END`;

export async function buildGeography(connection: DuckDBConnection): Promise<void> {
	await connection.run(`
		CREATE OR REPLACE TABLE geography_lsoa AS
		WITH ward AS (
			SELECT lsoa21_code, lsoa21_name, ward24_code, ward24_name,
				ltla24_code AS lad24_code, ltla24_name AS lad24_name
			FROM ${readReference('lsoaWardLad')}
		),
		sub_icb AS (
			SELECT lsoa21_code, sicbl24_code_nhs AS sub_icb_code FROM ${readReference('lsoaSubIcb')}
		),
		imd AS (
			SELECT lsoa21_code,
				CAST(IMD_score AS DOUBLE) AS imd25_score,
				CAST(IMD_rank AS INTEGER) AS imd25_rank,
				CAST(IMD_decile AS INTEGER) AS imd25_decile
			FROM ${readReference('imd2025')}
		),
		ruc AS (
			SELECT lsoa21_code, ruc21_code, classification AS ruc21_name, ruc AS ruc21_class
			FROM ${readReference('ruralUrban')}
		),
		lookup AS (
			SELECT lsoa11_code, lsoa21_code, change_code FROM ${readReference('lsoa11To21')}
		),
		centroid11 AS (
			SELECT lsoa11cd AS lsoa11_code,
				CAST(latitude AS DOUBLE) AS lat, CAST(longitude AS DOUBLE) AS lon
			FROM ${readReference('lsoa11Centroids')}
		),
		-- U: the LSOA11 centroid; S: the parent's centroid (children share it);
		-- M and X: the mean of the centroids of every LSOA11 the LSOA21 was formed from.
		centroid21 AS (
			SELECT lookup.lsoa21_code,
				min(change_code) AS change_code,
				count(DISTINCT change_code) AS change_codes,
				avg(centroid11.lat) AS centroid_lat,
				avg(centroid11.lon) AS centroid_lon
			FROM lookup JOIN centroid11 USING (lsoa11_code)
			GROUP BY lookup.lsoa21_code
		)
		SELECT
			ward.lsoa21_code, ward.lsoa21_name, ward.ward24_code, ward.ward24_name,
			ward.lad24_code, ward.lad24_name,
			locality_map.locality,
			sub_icb.sub_icb_code,
			imd.imd25_score, imd.imd25_rank, imd.imd25_decile,
			CAST(ceil(imd.imd25_decile / 2) AS INTEGER) AS imd25_quintile,
			ruc.ruc21_code, ruc.ruc21_name, ruc.ruc21_class,
			centroid21.change_code AS lsoa_change_code,
			centroid21.centroid_lat, centroid21.centroid_lon,
			${centroidMethodSql} AS centroid_method
		FROM ward
		LEFT JOIN ${localityValuesSql(LOCALITY_BY_LAD)} ON locality_map.code = ward.lad24_code
		LEFT JOIN sub_icb USING (lsoa21_code)
		LEFT JOIN imd USING (lsoa21_code)
		LEFT JOIN ruc USING (lsoa21_code)
		LEFT JOIN centroid21 USING (lsoa21_code)
		ORDER BY ward.lsoa21_code
	`);
	await assertGeographyComplete(connection);
}

/** Fails the build if any join above left a gap (a missing code in one of the lookups). */
async function assertGeographyComplete(connection: DuckDBConnection): Promise<void> {
	const [check] = await queryRows<{ rows: number; gaps: number }>(
		connection,
		`SELECT CAST(count(*) AS INTEGER) AS rows,
			CAST(count(*) FILTER (WHERE locality IS NULL OR sub_icb_code IS NULL
				OR imd25_decile IS NULL OR ruc21_class IS NULL OR centroid_lat IS NULL
				OR lsoa_change_code IS NULL) AS INTEGER) AS gaps
		FROM geography_lsoa`
	);
	if (check.rows !== 720 || check.gaps !== 0) {
		throw new Error(
			`geography_lsoa: expected 720 complete rows, got ${check.rows} (${check.gaps} gaps)`
		);
	}
}

export interface CentroidMethodCount {
	centroid_method: string;
	lsoas: number;
}

export async function centroidMethodCounts(
	connection: DuckDBConnection
): Promise<CentroidMethodCount[]> {
	return queryRows<CentroidMethodCount>(
		connection,
		`SELECT centroid_method, CAST(count(*) AS INTEGER) AS lsoas
		FROM geography_lsoa GROUP BY ALL ORDER BY centroid_method`
	);
}
