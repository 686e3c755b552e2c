/**
 * Weekly demand and capacity for the queue maths: requests added, and requests leaving the list
 * (fitted or removed without a fit), per week over the last 13 weeks (a quarter) up to the as-at
 * date, by reason and locality, plus the whole ICB. Capacity counts every exit, as NHSRwaitinglist's
 * wl_removal_stats does: a removal shortens the list just as a fit does, so counting fits alone
 * would make a flat list look as if it can only grow. Fits and removals are also given apart.
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import { queryRows } from '$lib/data/queryRows';
import type { LarcReason } from '$lib/data/datasets';
import { FILTERED_REQUESTS_CTE, larcFilterParams, type LarcFilter } from './larcFilter';
import { ALL_LOCALITIES } from './larcWaits';

export const FLOW_WINDOW_WEEKS = 13;

export interface FlowsRow {
	locality: string;
	/** The total row of the grouping sets (the whole area). */
	is_total: boolean;
	reason: LarcReason;
	demand_per_week: number;
	fits_per_week: number;
	removals_per_week: number;
	/** Requests leaving the list a week, fitted or removed: the capacity of the queue maths. */
	fits_and_removals_per_week: number;
	queue_size: number;
	/**
	 * The counts over the whole window that the weekly figures divide by its weeks: disclosure
	 * control withholds a weekly figure wherever its count is 1–7 (× weeks would give it back).
	 */
	requests: number;
	fits: number;
	removals: number;
	fits_and_removals: number;
}

const FLOWS_SQL = `
WITH ${FILTERED_REQUESTS_CTE},
window_bounds AS (
	SELECT CAST($asAt AS DATE) AS as_at, CAST($asAt AS DATE) - INTERVAL (${FLOW_WINDOW_WEEKS * 7}) DAY AS window_start
)
SELECT coalesce(locality, CAST($totalLabel AS VARCHAR)) AS locality, grouping(locality) = 1 AS is_total, reason,
	(count(*) FILTER (WHERE request_date > window_start AND request_date <= as_at) / ${FLOW_WINDOW_WEEKS}.0)::DOUBLE AS demand_per_week,
	(count(*) FILTER (WHERE fit_date > window_start AND fit_date <= as_at) / ${FLOW_WINDOW_WEEKS}.0)::DOUBLE AS fits_per_week,
	(count(*) FILTER (WHERE removal_date > window_start AND removal_date <= as_at) / ${FLOW_WINDOW_WEEKS}.0)::DOUBLE AS removals_per_week,
	-- least() skips a NULL: a request leaves the list once, at its fit or its removal.
	(count(*) FILTER (WHERE least(fit_date, removal_date) > window_start AND least(fit_date, removal_date) <= as_at) / ${FLOW_WINDOW_WEEKS}.0)::DOUBLE AS fits_and_removals_per_week,
	count(*) FILTER (WHERE request_date <= as_at
		AND (fit_date IS NULL OR fit_date > as_at)
		AND (removal_date IS NULL OR removal_date > as_at))::INTEGER AS queue_size,
	count(*) FILTER (WHERE request_date > window_start AND request_date <= as_at)::INTEGER AS requests,
	count(*) FILTER (WHERE fit_date > window_start AND fit_date <= as_at)::INTEGER AS fits,
	count(*) FILTER (WHERE removal_date > window_start AND removal_date <= as_at)::INTEGER AS removals,
	count(*) FILTER (WHERE least(fit_date, removal_date) > window_start AND least(fit_date, removal_date) <= as_at)::INTEGER AS fits_and_removals
FROM filtered_requests, window_bounds
GROUP BY GROUPING SETS ((locality, reason), (reason))
ORDER BY is_total, locality, reason`;

export async function larcFlows(
	db: AnalyticsDatabase,
	{
		filter,
		asAt,
		totalLabel = ALL_LOCALITIES
	}: { filter: LarcFilter; asAt: string; totalLabel?: string }
): Promise<FlowsRow[]> {
	return queryRows<FlowsRow>(db, FLOWS_SQL, { ...larcFilterParams(filter), asAt, totalLabel });
}
