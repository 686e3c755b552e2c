/**
 * LARC requests and the women they come from, by national IMD 2025 quintile of where women live
 * (1 = most deprived), for the inequality view. Women are those aged 15–54 (or the chosen band).
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import { arrowToRows } from '$lib/data/arrowRows';
import type { LarcReason, Period } from '$lib/data/datasets';
import { FILTERED_REQUESTS_CTE, filterParams, type LarcFilter } from './larcFilter';
import { RATE_AGE_BANDS } from './femalePopulation';

export interface DeprivationRow {
	[key: string]: string | number;
	imd_quintile: number;
	reason: LarcReason;
	requests: number;
	women: number;
}

const BY_DEPRIVATION_SQL = `
WITH ${FILTERED_REQUESTS_CTE},
women AS (
	SELECT g.imd25_quintile AS imd_quintile, sum(p.women)::DOUBLE AS women
	FROM population_female_lsoa p
	JOIN geography_lsoa g USING (lsoa21_code)
	WHERE list_contains(CAST(? AS VARCHAR[]), p.age_band)
		AND (CAST(? AS VARCHAR) IS NULL OR g.locality = ?)
	GROUP BY ALL
),
requests AS (
	SELECT g.imd25_quintile AS imd_quintile, r.reason, count(*) AS requests
	FROM filtered_requests r
	JOIN geography_lsoa g USING (lsoa21_code)
	WHERE r.request_date BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)
	GROUP BY ALL
)
SELECT w.imd_quintile::INTEGER AS imd_quintile, reasons.reason,
	coalesce(q.requests, 0)::INTEGER AS requests, w.women
FROM women w
CROSS JOIN (VALUES ('gynaecological'), ('contraceptive')) AS reasons(reason)
LEFT JOIN requests q ON q.imd_quintile = w.imd_quintile AND q.reason = reasons.reason
ORDER BY reasons.reason DESC, w.imd_quintile`;

/** Not for a single PCN: registered-list populations by LSOA are not open data. */
export async function larcRequestsByDeprivation(
	db: AnalyticsDatabase,
	filter: Omit<LarcFilter, 'pcnCode'>,
	period: Period
): Promise<DeprivationRow[]> {
	const bands = filter.ageBand ? [filter.ageBand] : RATE_AGE_BANDS;
	const locality = filter.locality ?? null;
	const table = await db.query(BY_DEPRIVATION_SQL, [
		...filterParams(filter),
		`[${bands.join(',')}]`,
		locality,
		locality,
		period.from,
		period.to
	]);
	return arrowToRows<DeprivationRow>(table);
}
