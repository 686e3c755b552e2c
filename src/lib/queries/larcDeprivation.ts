/**
 * LARC requests and the women they come from, by national IMD 2025 quintile of where women live
 * (1 = most deprived), for the inequality view. Requests and women cover the same ages: those of
 * each reason's rate (larcRateAges.ts), or the chosen band.
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import { arrowToRows } from '$lib/data/arrowRows';
import type { LarcReason, Period } from '$lib/data/datasets';
import { FILTERED_REQUESTS_CTE, filterParams, type LarcFilter } from './larcFilter';
import { RATE_AGES_CTE, rateAgesParams } from './larcRateAges';

export interface DeprivationRow {
	[key: string]: string | number;
	imd_quintile: number;
	reason: LarcReason;
	requests: number;
	women: number;
}

const BY_DEPRIVATION_SQL = `
WITH ${FILTERED_REQUESTS_CTE},
${RATE_AGES_CTE},
women AS (
	SELECT g.imd25_quintile AS imd_quintile, a.reason, sum(p.women)::DOUBLE AS women
	FROM population_female_lsoa p
	JOIN geography_lsoa g USING (lsoa21_code)
	JOIN rate_ages a USING (age_band)
	WHERE CAST(? AS VARCHAR) IS NULL OR g.locality = ?
	GROUP BY ALL
),
requests AS (
	SELECT g.imd25_quintile AS imd_quintile, r.reason, count(*) AS requests
	FROM filtered_requests r
	JOIN rate_ages a USING (reason, age_band)
	JOIN geography_lsoa g USING (lsoa21_code)
	WHERE r.request_date BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)
	GROUP BY ALL
)
SELECT w.imd_quintile::INTEGER AS imd_quintile, w.reason,
	coalesce(q.requests, 0)::INTEGER AS requests, w.women
FROM women w
LEFT JOIN requests q USING (imd_quintile, reason)
ORDER BY w.reason DESC, w.imd_quintile`;

/** Not for a single PCN: registered-list populations by LSOA are not open data. */
export async function larcRequestsByDeprivation(
	db: AnalyticsDatabase,
	filter: Omit<LarcFilter, 'pcnCode'>,
	period: Period
): Promise<DeprivationRow[]> {
	const locality = filter.locality ?? null;
	const table = await db.query(BY_DEPRIVATION_SQL, [
		...filterParams(filter),
		...rateAgesParams(filter.ageBand),
		locality,
		locality,
		period.from,
		period.to
	]);
	return arrowToRows<DeprivationRow>(table);
}
