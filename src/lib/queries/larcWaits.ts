/**
 * How long women wait for a LARC fit, by reason and locality, plus the whole ICB:
 * - those still waiting on the as-at date (wait so far), and
 * - those fitted in the period (wait from request to fit).
 * Medians and 92nd percentiles are interpolated (DuckDB quantile_cont), in weeks.
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import { queryRows } from '$lib/data/queryRows';
import type { LarcReason } from '$lib/data/datasets';
import { ICB_NAME } from '$lib/facts';
import { FILTERED_REQUESTS_CTE, larcFilterParams, type LarcFilter } from './larcFilter';

/** Default label of the total row, which sums every locality in the filter. */
export const ALL_LOCALITIES = ICB_NAME;

export interface WaitTargets {
	gynaecologicalWeeks: number;
	contraceptiveWeeks: number;
}

export interface WaitsRow {
	locality: string;
	/** The total row of the grouping sets (the whole area), labelled with the total label. */
	is_total: boolean;
	reason: LarcReason;
	status: 'waiting' | 'fitted';
	patients: number;
	median_weeks: number | null;
	p92_weeks: number | null;
	mean_weeks: number | null;
	within_target: number;
}

const WAITS_SQL = `
WITH ${FILTERED_REQUESTS_CTE},
params AS (
	SELECT CAST($asAt AS DATE) AS as_at, CAST($from AS DATE) AS period_start,
		CAST($gynaecologicalWeeks AS DOUBLE) AS gynae_target,
		CAST($contraceptiveWeeks AS DOUBLE) AS contra_target
),
episodes AS (
	SELECT locality, reason, 'waiting' AS status,
		date_diff('day', request_date, as_at) / 7.0 AS weeks
	FROM filtered_requests, params
	WHERE request_date <= as_at
		AND (fit_date IS NULL OR fit_date > as_at)
		AND (removal_date IS NULL OR removal_date > as_at)
	UNION ALL
	SELECT locality, reason, 'fitted' AS status,
		date_diff('day', request_date, fit_date) / 7.0 AS weeks
	FROM filtered_requests, params
	WHERE fit_date BETWEEN period_start AND as_at
)
SELECT coalesce(locality, CAST($totalLabel AS VARCHAR)) AS locality, grouping(locality) = 1 AS is_total, reason, status,
	count(*)::INTEGER AS patients,
	quantile_cont(weeks, 0.5)::DOUBLE AS median_weeks,
	quantile_cont(weeks, 0.92)::DOUBLE AS p92_weeks,
	avg(weeks)::DOUBLE AS mean_weeks,
	count(*) FILTER (WHERE weeks <= CASE reason WHEN 'gynaecological' THEN gynae_target ELSE contra_target END)::INTEGER AS within_target
FROM episodes, params
GROUP BY GROUPING SETS ((locality, reason, status), (reason, status))
ORDER BY is_total, locality, reason, status`;

export async function waitsByReasonAndLocality(
	db: AnalyticsDatabase,
	{
		filter,
		period,
		targets,
		totalLabel = ALL_LOCALITIES
	}: {
		filter: LarcFilter;
		/** Waiting is measured on `asAt`; fits are counted from `from` to `asAt`. */
		period: { asAt: string; from: string };
		targets: WaitTargets;
		totalLabel?: string;
	}
): Promise<WaitsRow[]> {
	return queryRows<WaitsRow>(db, WAITS_SQL, {
		...larcFilterParams(filter),
		asAt: period.asAt,
		from: period.from,
		gynaecologicalWeeks: targets.gynaecologicalWeeks,
		contraceptiveWeeks: targets.contraceptiveWeeks,
		totalLabel
	});
}
