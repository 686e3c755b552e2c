/**
 * Women within a travel threshold of a site offering a service: for each LSOA, its modelled car
 * minutes to the nearest site offering the service (site_lsoa_minutes, the travel model at its
 * default constants), then the women of the service's ages in LSOAs at or under the threshold.
 * The /access page's coverage for the illustrative configuration, as one headline figure.
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import { queryRows } from '$lib/data/queryRows';

export interface TravelCoverageRow {
	/** Women of the service's ages (modelled, unrounded). */
	women: number;
	/** Of them, those whose nearest site is within the threshold. */
	within: number;
}

const TRAVEL_COVERAGE_SQL = `
WITH offering AS (SELECT site_id FROM site_services WHERE service_code = $service),
nearest AS (
	SELECT m.lsoa21_code, min(m.minutes) AS minutes
	FROM site_lsoa_minutes m JOIN offering USING (site_id)
	WHERE m.mode = 'car'
	GROUP BY m.lsoa21_code
),
women AS (
	SELECT p.lsoa21_code, sum(p.women) AS women
	FROM population_female_lsoa p
	WHERE list_contains(CAST($ageBands AS VARCHAR[]), p.age_band)
	GROUP BY p.lsoa21_code
)
SELECT coalesce(sum(w.women), 0)::DOUBLE AS women,
	coalesce(sum(w.women) FILTER (WHERE n.minutes <= $threshold), 0)::DOUBLE AS within
FROM women w
JOIN geography_lsoa g USING (lsoa21_code)
JOIN access_lsoa USING (lsoa21_code)
LEFT JOIN nearest n USING (lsoa21_code)
WHERE ($locality::VARCHAR IS NULL OR g.locality = $locality)`;

export async function womenWithinTravelThreshold(
	db: AnalyticsDatabase,
	a: { service: string; ageBands: readonly string[]; threshold: number; locality?: string | null }
): Promise<TravelCoverageRow> {
	const [row] = await queryRows<TravelCoverageRow>(db, TRAVEL_COVERAGE_SQL, {
		service: a.service,
		ageBands: `[${a.ageBands.join(',')}]`,
		threshold: a.threshold,
		locality: a.locality ?? null
	});
	return row;
}
