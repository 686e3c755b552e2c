/**
 * Ring pessary care (phase one's other service): where episodes are done, which changes are
 * overdue, and how much has moved out of hospital since the hubs opened.
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import { arrowToRows } from '$lib/data/arrowRows';
import type { CareSetting } from '$lib/data/datasets';
import { FILTERED_PESSARY_CTE, filterParams, type LarcFilter } from './larcFilter';
import { ALL_LOCALITIES } from './larcWaits';

export interface PessaryByMonthRow {
	[key: string]: string | number;
	month_end: string;
	setting: CareSetting;
	episodes: number;
}

export interface PessaryOverdueRow {
	[key: string]: string | number | boolean | null;
	locality: string;
	/** The total row of the grouping sets (the whole area). */
	is_total: boolean;
	due: number;
	overdue: number;
	median_weeks_overdue: number | null;
}

export interface PessaryShiftRow {
	[key: string]: string | number;
	phase: 'before_hubs' | 'since_hubs';
	community_episodes: number;
	all_episodes: number;
}

const BY_MONTH_SQL = `
WITH ${FILTERED_PESSARY_CTE}
SELECT last_day(done_date)::DATE AS month_end, setting, count(*)::INTEGER AS episodes
FROM filtered_episodes
WHERE done_date IS NOT NULL AND done_date <= CAST(? AS DATE)
GROUP BY ALL
ORDER BY month_end, setting`;

/** Overdue = due on or before the as-at date and not done by then. */
const OVERDUE_SQL = `
WITH ${FILTERED_PESSARY_CTE},
as_at AS (SELECT CAST(? AS DATE) AS d)
SELECT coalesce(locality, CAST(? AS VARCHAR)) AS locality, grouping(locality) = 1 AS is_total,
	count(*) FILTER (WHERE due_date <= d)::INTEGER AS due,
	count(*) FILTER (WHERE due_date <= d AND (done_date IS NULL OR done_date > d))::INTEGER AS overdue,
	quantile_cont(date_diff('day', due_date, d) / 7.0, 0.5)
		FILTER (WHERE due_date <= d AND (done_date IS NULL OR done_date > d))::DOUBLE AS median_weeks_overdue
FROM filtered_episodes, as_at
GROUP BY GROUPING SETS ((locality), ())
ORDER BY is_total, locality`;

/**
 * Community share (primary care + hub) of episodes done in the 12 months before the first hub
 * opened and in the 12 months to the as-at date.
 */
const SHIFT_SQL = `
WITH ${FILTERED_PESSARY_CTE},
bounds AS (
	SELECT (SELECT min(open_date) FROM hubs) AS first_open, CAST(? AS DATE) AS as_at
)
SELECT CASE WHEN done_date < first_open THEN 'before_hubs' ELSE 'since_hubs' END AS phase,
	count(*) FILTER (WHERE setting IN ('primary_care', 'hub'))::INTEGER AS community_episodes,
	count(*)::INTEGER AS all_episodes
FROM filtered_episodes, bounds
WHERE (done_date >= first_open - INTERVAL 12 MONTH AND done_date < first_open)
	OR (done_date > as_at - INTERVAL 12 MONTH AND done_date <= as_at)
GROUP BY ALL
ORDER BY phase`;

export async function pessaryEpisodesByMonth(
	db: AnalyticsDatabase,
	filter: LarcFilter,
	asAt: string
): Promise<PessaryByMonthRow[]> {
	return arrowToRows<PessaryByMonthRow>(
		await db.query(BY_MONTH_SQL, [...filterParams(filter), asAt])
	);
}

export async function pessaryOverdue(
	db: AnalyticsDatabase,
	filter: LarcFilter,
	asAt: string,
	totalLabel = ALL_LOCALITIES
): Promise<PessaryOverdueRow[]> {
	const params = [...filterParams(filter), asAt, totalLabel];
	return arrowToRows<PessaryOverdueRow>(await db.query(OVERDUE_SQL, params));
}

export async function pessaryShiftSinceHubs(
	db: AnalyticsDatabase,
	filter: LarcFilter,
	asAt: string
): Promise<PessaryShiftRow[]> {
	return arrowToRows<PessaryShiftRow>(await db.query(SHIFT_SQL, [...filterParams(filter), asAt]));
}
