/**
 * population_female_lsoa: an estimate (kind 'modelled') of women by 2021 LSOA and age band.
 *
 * No open LSOA-level female population was available (data/reference/README.md), so:
 * 1. ONS mid-2020 persons by LSOA 2011 and single year of age are carried to LSOA 2021:
 *    unchanged LSOAs keep their counts, merged LSOAs sum them, and a split LSOA's persons are
 *    shared among its children in proportion to each child's IoD 2025 income-domain population
 *    (income_domain_numerator ÷ Income_score), falling back to equal shares if that is missing.
 *    (Sums are ordered so that the unrounded doubles come out the same on every build.)
 * 2. Each single year of age is multiplied by the Census 2021 female share of its local authority
 *    and broad age group. The census file's groups are 0–15 (under-1s counted twice), 16–64 and
 *    65–74 only; 75+ is the residual of the totals (see femaleShareSql and data/README.md).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { AGE_BANDS } from '../../src/lib/data/datasets';
import { readReference } from './reference';
import { queryRows } from './duckdb';

/** Single-year age range of each AGE_BANDS label ('65+' runs to the file's top age, 90+). */
export function ageBandRange(band: string): [number, number] {
	const [from, to] = band.endsWith('+') ? [band.slice(0, -1), '90'] : band.split('-');
	return [Number(from), Number(to)];
}

const ageBandValuesSql = `(VALUES ${AGE_BANDS.map((band, order) => {
	const [from, to] = ageBandRange(band);
	return `('${band}', ${order}, ${from}, ${to})`;
}).join(', ')}) AS band(age_band, band_order, age_from, age_to)`;

/**
 * Female share by local authority and age range. The census file (demographr's
 * age_gender21_ltla21_ew, from Census 2021 TS009) sums "under 1" and "4 and under" into its
 * younger group, so under-1s are counted twice there, and its older group holds only 65–74.
 * The 75+ share is therefore (females − the three female groups + infants × younger female share)
 * ÷ (persons − the three groups + infants), with the LA's mid-2020 persons aged 0 standing in
 * for the census under-1s that were double counted.
 */
const femaleShareSql = `
	census AS (
		SELECT ltla21_code,
			CAST(total_population AS DOUBLE) AS persons, CAST(total_females AS DOUBLE) AS females,
			CAST(younger_females AS DOUBLE) AS yf, CAST(younger_males AS DOUBLE) AS ym,
			CAST(working_age_females AS DOUBLE) AS wf, CAST(working_age_males AS DOUBLE) AS wm,
			CAST(older_females AS DOUBLE) AS of_, CAST(older_males AS DOUBLE) AS om
		FROM ${readReference('census2021SexAge')}
	),
	infants AS (
		SELECT geography_lsoa.lad24_code AS ltla21_code, sum(persons ORDER BY lsoa21_code) AS age0
		FROM persons21 JOIN geography_lsoa USING (lsoa21_code)
		WHERE age = 0 GROUP BY ALL
	),
	female_share AS (
		SELECT ltla21_code, 0 AS age_from, 15 AS age_to, yf / (yf + ym) AS share FROM census
		UNION ALL SELECT ltla21_code, 16, 64, wf / (wf + wm) FROM census
		UNION ALL SELECT ltla21_code, 65, 74, of_ / (of_ + om) FROM census
		UNION ALL
		SELECT ltla21_code, 75, 90,
			(females - yf - wf - of_ + age0 * yf / (yf + ym))
				/ (persons - yf - ym - wf - wm - of_ - om + age0)
		FROM census JOIN infants USING (ltla21_code)
	)`;

export async function buildPopulation(connection: DuckDBConnection): Promise<void> {
	await connection.run(`
		CREATE OR REPLACE TEMP TABLE persons21 AS
		WITH sya_wide AS (
			SELECT * EXCLUDE (lsoa11_name, total_population) FROM ${readReference('population2020')}
		),
		sya AS (
			SELECT lsoa11_code,
				CASE age_label WHEN '90+' THEN 90 ELSE CAST(age_label AS INTEGER) END AS age,
				CAST(persons AS DOUBLE) AS persons
			FROM (UNPIVOT sya_wide ON COLUMNS(* EXCLUDE (lsoa11_code)) INTO NAME age_label VALUE persons)
		),
		lookup AS (SELECT lsoa11_code, lsoa21_code FROM ${readReference('lsoa11To21')}),
		income_population AS (
			SELECT lsoa21_code,
				CAST(indicators.income_domain_numerator AS DOUBLE)
					/ nullif(CAST(imd.Income_score AS DOUBLE), 0) AS weight
			FROM ${readReference('iod2025Indicators')} AS indicators
			JOIN ${readReference('imd2025')} AS imd USING (lsoa21_code)
		),
		share AS (
			SELECT lookup.lsoa11_code, lookup.lsoa21_code,
				CASE
					WHEN count(*) OVER parent = 1 THEN 1.0
					WHEN count(weight) OVER parent = count(*) OVER parent
						THEN weight / sum(weight) OVER parent
					ELSE 1.0 / count(*) OVER parent
				END AS share
			FROM lookup LEFT JOIN income_population USING (lsoa21_code)
			WINDOW parent AS (PARTITION BY lookup.lsoa11_code)
		)
		SELECT share.lsoa21_code, sya.age,
			sum(sya.persons * share.share ORDER BY sya.lsoa11_code) AS persons
		FROM sya JOIN share USING (lsoa11_code)
		GROUP BY ALL
	`);
	await connection.run(`
		CREATE OR REPLACE TABLE population_female_lsoa AS
		WITH ${femaleShareSql}
		SELECT persons21.lsoa21_code, band.age_band,
			CAST(sum(persons21.persons * female_share.share ORDER BY persons21.age) AS DOUBLE) AS women
		FROM persons21
		JOIN geography_lsoa USING (lsoa21_code)
		JOIN female_share ON female_share.ltla21_code = geography_lsoa.lad24_code
			AND persons21.age BETWEEN female_share.age_from AND female_share.age_to
		JOIN ${ageBandValuesSql} ON persons21.age BETWEEN band.age_from AND band.age_to
		GROUP BY persons21.lsoa21_code, band.age_band, band.band_order
		ORDER BY persons21.lsoa21_code, band.band_order
	`);
	await assertPopulationComplete(connection);
}

async function assertPopulationComplete(connection: DuckDBConnection): Promise<void> {
	const [check] = await queryRows<{ rows: number; lsoas: number; empty: number }>(
		connection,
		`SELECT CAST(count(*) AS INTEGER) AS rows,
			CAST(count(DISTINCT lsoa21_code) AS INTEGER) AS lsoas,
			CAST((SELECT count(*) FROM (SELECT lsoa21_code FROM population_female_lsoa
				GROUP BY ALL HAVING sum(women) <= 0)) AS INTEGER) AS empty
		FROM population_female_lsoa`
	);
	if (check.lsoas !== 720 || check.rows !== 720 * AGE_BANDS.length || check.empty !== 0) {
		throw new Error(`population_female_lsoa incomplete: ${JSON.stringify(check)}`);
	}
}

export interface FemaleShareRow {
	ltla21_code: string;
	age_from: number;
	age_to: number;
	share: number;
}

/** The female shares used, for the build summary and the data dictionary. */
export async function femaleShares(connection: DuckDBConnection): Promise<FemaleShareRow[]> {
	return queryRows<FemaleShareRow>(
		connection,
		`WITH ${femaleShareSql} SELECT * FROM female_share ORDER BY ltla21_code, age_from`
	);
}
