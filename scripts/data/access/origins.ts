/**
 * access_lsoa: where each LSOA's journeys start (its travel origin) and its IoD 2025 public
 * transport connectivity score.
 *
 * Origins are population-weighted centroids. ONS publishes them for LSOA 2011 only, so (the
 * geography_lsoa centroid, refined for splits):
 * - unchanged LSOAs (690) keep their LSOA 2011 centroid (`lsoa11_unchanged`);
 * - of the children of a split LSOA 2011, the one whose boundary holds the parent's centroid keeps
 *   it (`lsoa11_split_parent_inside`); the others take the centroid of their own area
 *   (`lsoa21_area_centroid`), since the parent's people-weighted point lies outside them;
 * - merged or irregular LSOAs (none in Mid and South Essex) keep the geography_lsoa mean.
 */
import { readFileSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { geoCentroid, geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { queryRows } from '../duckdb';
import { LSOA_BOUNDARIES_FILE, readReference, referencePath } from '../reference';
import { createTableFromColumns } from '../writeParquet';

export const ORIGIN_METHODS = [
	'lsoa11_unchanged',
	'lsoa11_split_parent_inside',
	'lsoa21_area_centroid',
	'lsoa11_merged_mean',
	'lsoa11_irregular_mean'
] as const;

interface OriginRow {
	lsoa21_code: string;
	origin_lat: number;
	origin_lon: number;
	origin_method: (typeof ORIGIN_METHODS)[number];
	connectivity_score: number | null;
}

type Boundary = Feature<Polygon | MultiPolygon, { LSOA21CD: string }>;

export async function buildAccessLsoa(connection: DuckDBConnection): Promise<void> {
	const boundaries = new Map<string, Boundary>(
		(
			JSON.parse(readFileSync(referencePath(LSOA_BOUNDARIES_FILE), 'utf8')).features as Boundary[]
		).map((f) => [f.properties.LSOA21CD, f])
	);
	const lsoas = await queryRows<{
		code: string;
		lat: number;
		lon: number;
		method: string;
		connectivity: string | null;
	}>(
		connection,
		`SELECT g.lsoa21_code AS code, g.centroid_lat AS lat, g.centroid_lon AS lon,
			g.centroid_method AS method, i.connectivity_score AS connectivity
		FROM geography_lsoa AS g
		LEFT JOIN ${readReference('iod2025Indicators')} AS i USING (lsoa21_code)
		ORDER BY 1`
	);
	const rows: OriginRow[] = lsoas.map((lsoa) => {
		const connectivity = lsoa.connectivity === null ? null : Number(lsoa.connectivity);
		const base = { lsoa21_code: lsoa.code, connectivity_score: connectivity };
		if (lsoa.method !== 'lsoa11_split_parent') {
			return {
				...base,
				origin_lat: lsoa.lat,
				origin_lon: lsoa.lon,
				origin_method: lsoa.method as OriginRow['origin_method']
			};
		}
		const boundary = boundaries.get(lsoa.code);
		if (!boundary) throw new Error(`${LSOA_BOUNDARIES_FILE}: no boundary for ${lsoa.code}`);
		if (geoContains(boundary, [lsoa.lon, lsoa.lat])) {
			return {
				...base,
				origin_lat: lsoa.lat,
				origin_lon: lsoa.lon,
				origin_method: 'lsoa11_split_parent_inside'
			};
		}
		const [lon, lat] = geoCentroid(boundary);
		return { ...base, origin_lat: lat, origin_lon: lon, origin_method: 'lsoa21_area_centroid' };
	});
	const bad = rows.find((r) => r.connectivity_score === null || Number.isNaN(r.connectivity_score));
	if (bad) {
		throw new Error(
			`mse_iod2025_underlying_indicators_lsoa21.csv, column connectivity_score: no number for ${bad.lsoa21_code}`
		);
	}
	await createTableFromColumns(connection, {
		name: 'access_lsoa',
		rowCount: rows.length,
		columns: [
			{ name: 'lsoa21_code', type: 'VARCHAR', value: (i) => rows[i].lsoa21_code },
			{ name: 'origin_lat', type: 'DOUBLE', value: (i) => rows[i].origin_lat },
			{ name: 'origin_lon', type: 'DOUBLE', value: (i) => rows[i].origin_lon },
			{ name: 'origin_method', type: 'VARCHAR', value: (i) => rows[i].origin_method },
			{ name: 'connectivity_score', type: 'DOUBLE', value: (i) => rows[i].connectivity_score }
		]
	});
}
