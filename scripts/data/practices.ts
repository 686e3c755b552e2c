/**
 * practices (147) and pcns (27): real NHS ODS and NHS website data.
 * - Active practices: epraccur December 2023, Status Code A and Prescribing Setting 4 (GP practice).
 * - PCN membership 2022/23: the ePCN practice-to-PCN relationships with no end date; where a
 *   practice has none, the NHS Digital practice → PCN map of January 2022 ('U' = unallocated is
 *   ignored). pcn_source says which; practices in neither have no PCN (pcn_code NULL).
 * - Location: latitude/longitude from the 2019 NHS website GP extract.
 * - Locality: from the practice's sub-ICB location (the commissioner in epraccur).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { LOCALITY_BY_SUB_ICB, localityValuesSql } from './localities';
import { readReference } from './reference';
import { queryRows } from './duckdb';

export const PCN_SOURCES = {
	epcn: 'epcn_2022_23',
	practiceMap: 'gp_practice_pcn_map_2022_01'
} as const;

export async function buildPractices(connection: DuckDBConnection): Promise<void> {
	await connection.run(`
		CREATE OR REPLACE TABLE pcns AS
		WITH details AS (
			SELECT "PCN Code" AS pcn_code, "PCN Name" AS pcn_name,
				"Current Sub ICB Loc Code" AS sub_icb_code
			FROM ${readReference('epcnDetails')}
			WHERE "Close Date" IS NULL
		)
		SELECT details.pcn_code, details.pcn_name, details.sub_icb_code, locality_map.locality
		FROM details
		LEFT JOIN ${localityValuesSql(LOCALITY_BY_SUB_ICB)} ON locality_map.code = details.sub_icb_code
	`);
	await connection.run(`
		CREATE OR REPLACE TABLE practices AS
		WITH active AS (
			SELECT "Organisation Code" AS practice_code, "Name" AS practice_name,
				"Postcode" AS postcode, "Commissioner" AS sub_icb_code
			FROM ${readReference('epraccur')}
			WHERE "Status Code" = 'A' AND "Prescribing Setting" = '4'
		),
		epcn AS (
			SELECT "Partner Organisation Code" AS practice_code, "PCN Code" AS pcn_code
			FROM ${readReference('epcnMembers')}
			WHERE "Practice to PCN Relationship End Date" IS NULL
		),
		practice_map AS (
			SELECT PRACTICE_CODE AS practice_code, PCN_CODE AS pcn_code
			FROM ${readReference('practicePcnMap')}
			WHERE PCN_CODE <> 'U'
		),
		location AS (
			SELECT OrganisationCode AS practice_code,
				CAST(Latitude AS DOUBLE) AS lat, CAST(Longitude AS DOUBLE) AS lon
			FROM ${readReference('practiceLatLong')}
		),
		membership AS (
			SELECT active.practice_code,
				coalesce(epcn.pcn_code, practice_map.pcn_code) AS pcn_code,
				CASE
					WHEN epcn.pcn_code IS NOT NULL THEN '${PCN_SOURCES.epcn}'
					WHEN practice_map.pcn_code IS NOT NULL THEN '${PCN_SOURCES.practiceMap}'
				END AS pcn_source
			FROM active
			LEFT JOIN epcn USING (practice_code)
			LEFT JOIN practice_map USING (practice_code)
		)
		SELECT active.practice_code, active.practice_name, active.postcode,
			membership.pcn_code, pcns.pcn_name, membership.pcn_source,
			active.sub_icb_code, locality_map.locality,
			location.lat, location.lon
		FROM active
		JOIN membership USING (practice_code)
		LEFT JOIN pcns USING (pcn_code)
		LEFT JOIN location USING (practice_code)
		LEFT JOIN ${localityValuesSql(LOCALITY_BY_SUB_ICB)} ON locality_map.code = active.sub_icb_code
		ORDER BY active.practice_code
	`);
	await connection.run(`
		CREATE OR REPLACE TABLE pcns AS
		SELECT pcns.pcn_code, pcns.pcn_name, pcns.sub_icb_code, pcns.locality,
			CAST(count(practices.practice_code) AS INTEGER) AS practice_count
		FROM pcns LEFT JOIN practices USING (pcn_code)
		GROUP BY ALL
		ORDER BY pcns.pcn_code
	`);
	await assertPracticesComplete(connection);
}

async function assertPracticesComplete(connection: DuckDBConnection): Promise<void> {
	const [check] = await queryRows<{ practices: number; pcns: number; gaps: number }>(
		connection,
		`SELECT
			CAST((SELECT count(*) FROM practices) AS INTEGER) AS practices,
			CAST((SELECT count(*) FROM pcns) AS INTEGER) AS pcns,
			CAST((SELECT count(*) FROM practices WHERE lat IS NULL OR locality IS NULL
				OR (pcn_code IS NOT NULL AND pcn_name IS NULL)) AS INTEGER) AS gaps`
	);
	if (check.practices !== 147 || check.pcns !== 27 || check.gaps !== 0) {
		throw new Error(`practices/pcns incomplete: ${JSON.stringify(check)}`);
	}
}

export interface PracticeWithoutPcn {
	practice_code: string;
	practice_name: string;
}

export async function practicesWithoutPcn(
	connection: DuckDBConnection
): Promise<PracticeWithoutPcn[]> {
	return queryRows<PracticeWithoutPcn>(
		connection,
		`SELECT practice_code, practice_name FROM practices WHERE pcn_code IS NULL ORDER BY 1`
	);
}
