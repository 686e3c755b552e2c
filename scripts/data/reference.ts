/**
 * Where the build's inputs live and how to read them. Every input is a file in data/reference/
 * (copied unchanged from the published open data; see data/reference/README.md). CSVs are read
 * as text (all_varchar) so that each module casts every column to an explicit type itself.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const REFERENCE_DIR = join(REPO_ROOT, 'data', 'reference');

/** The reference files the build reads, by what they are. */
export const REFERENCE_FILES = {
	lsoaWardLad: 'mse_lookup_lsoa21_ward24_ltla24.csv',
	lsoaSubIcb: 'mse_lookup_lsoa21_sicbl24_icb24.csv',
	lsoa11To21: 'mse_lookup_lsoa11_lsoa21_ltla22.csv',
	lsoa11Centroids: 'mse_lsoa11_pop_weighted_centroids.csv',
	ruralUrban: 'mse_ruc21_lsoa21.csv',
	imd2025: 'mse_iod2025_lsoa21.csv',
	iod2025Indicators: 'mse_iod2025_underlying_indicators_lsoa21.csv',
	population2020: 'mse_population_mid2020_lsoa11_sya_persons.csv',
	census2021SexAge: 'mse_census2021_sex_broad_age_ltla21.csv',
	epraccur: 'mse_epraccur_2023-12.csv',
	practicePcnMap: 'mse_gp_reg_pat_prac_map_2022-01.csv',
	epcnDetails: 'mse_epcn_pcndetails.csv',
	epcnMembers: 'mse_epcn_core_partner_details.csv',
	practiceLatLong: 'mse_gp_practices_nhs_choices_2019_latlong.csv',
	acuteSites: 'mse_acute_trusts_nhs_choices_2019_latlong.csv',
	iod2019Indicators: 'mse_imd2019_underlying_indicators_lsoa11.csv'
} as const;

/** Boundary files (GeoJSON, read by the boundaries step rather than DuckDB). */
export const LSOA_BOUNDARIES_FILE = 'mse_lsoa21_bgc.geojson';

export type ReferenceFile = keyof typeof REFERENCE_FILES;

export function referencePath(file: string): string {
	return join(REFERENCE_DIR, file);
}

/** A SQL string literal. */
export function sqlString(value: string): string {
	return `'${value.replaceAll("'", "''")}'`;
}

/** SQL that reads a reference CSV with every column as VARCHAR (empty cells become NULL). */
export function readCsvText(file: string): string {
	return `read_csv(${sqlString(referencePath(file))}, header = true, all_varchar = true, auto_detect = true)`;
}

export function readReference(file: ReferenceFile): string {
	return readCsvText(REFERENCE_FILES[file]);
}
