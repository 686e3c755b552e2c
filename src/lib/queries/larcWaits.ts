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

/**
 * One scan: a request still waiting on the as-at date has no fit by then, so it cannot also be
 * one fitted in the period, and each request is at most one episode. Both quantiles come from
 * one sorted list (quantile_cont with a list of fractions).
 */
const WAITS_SQL = `
WITH ${FILTERED_REQUESTS_CTE},
params AS (
	SELECT CAST($asAt AS DATE) AS as_at, CAST($from AS DATE) AS period_start,
		CAST($gynaecologicalWeeks AS DOUBLE) AS gynae_target,
		CAST($contraceptiveWeeks AS DOUBLE) AS contra_target
),
flagged AS (
	SELECT locality, reason, request_date, fit_date,
		request_date <= as_at
			AND (fit_date IS NULL OR fit_date > as_at)
			AND (removal_date IS NULL OR removal_date > as_at) AS still_waiting,
		fit_date BETWEEN period_start AND as_at AS fitted
	FROM filtered_requests, params
),
episodes AS (
	SELECT locality, reason,
		CASE WHEN still_waiting THEN 'waiting' ELSE 'fitted' END AS status,
		date_diff('day', request_date, CASE WHEN still_waiting THEN as_at ELSE fit_date END) / 7.0 AS weeks
	FROM flagged, params
	WHERE still_waiting OR fitted
),
summary AS (
	SELECT coalesce(locality, CAST($totalLabel AS VARCHAR)) AS locality, grouping(locality) = 1 AS is_total, reason, status,
		count(*)::INTEGER AS patients,
		quantile_cont(weeks, [0.5, 0.92]) AS quantiles,
		avg(weeks)::DOUBLE AS mean_weeks,
		count(*) FILTER (WHERE weeks <= CASE reason WHEN 'gynaecological' THEN gynae_target ELSE contra_target END)::INTEGER AS within_target
	FROM episodes, params
	GROUP BY GROUPING SETS ((locality, reason, status), (reason, status))
)
SELECT locality, is_total, reason, status, patients,
	quantiles[1]::DOUBLE AS median_weeks, quantiles[2]::DOUBLE AS p92_weeks,
	mean_weeks, within_target
FROM summary
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
