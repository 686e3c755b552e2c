/**
 * The inputs of the /access page: each LSOA with where its journeys start, its deprivation and
 * its women by age band; the sites with the services they offer; the travel-time matrix (the
 * site_lsoa_minutes contract); and the map's boundaries.
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import { queryRows } from '$lib/data/queryRows';

export interface AccessLsoaRow {
	lsoa21_code: string;
	lsoa21_name: string;
	locality: string;
	lad24_name: string;
	imd25_decile: number;
	imd25_quintile: number;
	ruc21_class: string;
	origin_lat: number;
	origin_lon: number;
	connectivity_score: number;
}

const ACCESS_LSOAS_SQL = `
SELECT g.lsoa21_code, g.lsoa21_name, g.locality, g.lad24_name, g.imd25_decile, g.imd25_quintile,
	g.ruc21_class, a.origin_lat, a.origin_lon, a.connectivity_score
FROM geography_lsoa g JOIN access_lsoa a USING (lsoa21_code)
ORDER BY g.lsoa21_code`;

export function accessLsoas(db: AnalyticsDatabase): Promise<AccessLsoaRow[]> {
	return queryRows<AccessLsoaRow>(db, ACCESS_LSOAS_SQL);
}

export interface WomenByBandRow {
	lsoa21_code: string;
	age_band: string;
	women: number;
}

const WOMEN_BY_BAND_SQL = `
SELECT lsoa21_code, age_band, women FROM population_female_lsoa ORDER BY lsoa21_code, age_band`;

export function womenByBand(db: AnalyticsDatabase): Promise<WomenByBandRow[]> {
	return queryRows<WomenByBandRow>(db, WOMEN_BY_BAND_SQL);
}

export interface SiteRow {
	site_id: string;
	site_name: string;
	site_type: string;
	pcn_code: string | null;
	locality: string | null;
	lat: number;
	lon: number;
	/** Service codes, comma-separated in code order; '' for none. */
	services: string;
}

const SITES_SQL = `
SELECT s.site_id, s.site_name, s.site_type, s.pcn_code, s.locality, s.lat, s.lon,
	coalesce(string_agg(o.service_code, ',' ORDER BY o.service_code), '') AS services
FROM sites s LEFT JOIN site_services o USING (site_id)
GROUP BY ALL
ORDER BY s.site_id`;

export function accessSites(db: AnalyticsDatabase): Promise<SiteRow[]> {
	return queryRows<SiteRow>(db, SITES_SQL);
}

export interface MatrixSourceRow {
	source: string;
	mode: string;
	rows: number;
}

const MATRIX_SOURCES_SQL = `
SELECT source, mode, count(*)::INTEGER AS rows FROM site_lsoa_minutes GROUP BY ALL ORDER BY 1, 2`;

/** Where the matrix's rows come from: all 'modelled' means the page may re-run the model. */
export function travelMatrixSources(db: AnalyticsDatabase): Promise<MatrixSourceRow[]> {
	return queryRows<MatrixSourceRow>(db, MATRIX_SOURCES_SQL);
}

export interface MatrixRow {
	site_id: string;
	lsoa21_code: string;
	minutes: number;
}

const MATRIX_SQL = `
SELECT site_id, lsoa21_code, minutes FROM site_lsoa_minutes
WHERE mode = $mode ORDER BY site_id, lsoa21_code`;

export function travelMatrix(db: AnalyticsDatabase, a: { mode: string }): Promise<MatrixRow[]> {
	return queryRows<MatrixRow>(db, MATRIX_SQL, { mode: a.mode });
}

const BOUNDARIES_SQL = `SELECT topology FROM map_boundaries WHERE map = $map`;

/** The map's TopoJSON topology, as text. */
export async function mapBoundaries(db: AnalyticsDatabase, a: { map: string }): Promise<string> {
	const rows = await queryRows<{ topology: string }>(db, BOUNDARIES_SQL, { map: a.map });
	if (rows.length !== 1) throw new Error(`map_boundaries: no map called ${a.map}`);
	return rows[0].topology;
}
