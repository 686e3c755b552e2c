/**
 * Weekly demand and capacity for the queue maths: requests added, and requests leaving the list
 * (fitted or removed without a fit), per week over the last 13 weeks (a quarter) up to the as-at
 * date, by reason and locality, plus the whole ICB. Capacity counts every exit, as NHSRwaitinglist's
 * wl_removal_stats does: a removal shortens the list just as a fit does, so counting fits alone
 * would make a flat list look as if it can only grow. Fits and removals are also given apart.
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import { arrowToRows } from '$lib/data/arrowRows';
import type { LarcReason } from '$lib/data/datasets';
import { FILTERED_REQUESTS_CTE, filterParams, type LarcFilter } from './larcFilter';
import { ALL_LOCALITIES } from './larcWaits';

export const FLOW_WINDOW_WEEKS = 13;

export interface FlowsRow {
	[key: string]: string | number | boolean;
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
}

const FLOWS_SQL = `
WITH ${FILTERED_REQUESTS_CTE},
window_bounds AS (
	SELECT CAST(? AS DATE) AS as_at, CAST(? AS DATE) - INTERVAL (${FLOW_WINDOW_WEEKS * 7}) DAY AS window_start
)
SELECT coalesce(locality, CAST(? AS VARCHAR)) AS locality, grouping(locality) = 1 AS is_total, reason,
	(count(*) FILTER (WHERE request_date > window_start AND request_date <= as_at) / ${FLOW_WINDOW_WEEKS}.0)::DOUBLE AS demand_per_week,
	(count(*) FILTER (WHERE fit_date > window_start AND fit_date <= as_at) / ${FLOW_WINDOW_WEEKS}.0)::DOUBLE AS fits_per_week,
	(count(*) FILTER (WHERE removal_date > window_start AND removal_date <= as_at) / ${FLOW_WINDOW_WEEKS}.0)::DOUBLE AS removals_per_week,
	-- least() skips a NULL: a request leaves the list once, at its fit or its removal.
	(count(*) FILTER (WHERE least(fit_date, removal_date) > window_start AND least(fit_date, removal_date) <= as_at) / ${FLOW_WINDOW_WEEKS}.0)::DOUBLE AS fits_and_removals_per_week,
	count(*) FILTER (WHERE request_date <= as_at
		AND (fit_date IS NULL OR fit_date > as_at)
		AND (removal_date IS NULL OR removal_date > as_at))::INTEGER AS queue_size
FROM filtered_requests, window_bounds
GROUP BY GROUPING SETS ((locality, reason), (reason))
ORDER BY is_total, locality, reason`;

export async function larcFlows(
	db: AnalyticsDatabase,
	filter: LarcFilter,
	asAt: string,
	totalLabel = ALL_LOCALITIES
): Promise<FlowsRow[]> {
	const table = await db.query(FLOWS_SQL, [...filterParams(filter), asAt, asAt, totalLabel]);
	return arrowToRows<FlowsRow>(table);
}
